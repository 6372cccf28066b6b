import { describe, expect, it } from 'vitest';
import { methods } from '../../../shared/contract/contract';
import { createDispatcher } from '../../../shared/contract/dispatcher';
import { AppFailure } from '../../../shared/contract/result';
import type { StreamView } from '../../../shared/streams/stream-types';
import { createMainHandlers } from '../../../main/handlers/create-main-handlers';
import { fakeEngine } from '../../support/fake-engine';
import { testPorts } from '../../support/main-ports';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, TEST_STREAM_ID, testCampaign } from '../../support/test-engine';
import { waitFor, waitForStatus } from '../../support/wait';

const ctx = { trusted: true, origin: 'test' };
const acme = {
  name: 'Acme',
  type: 'marketing',
  defaultSender: '',
  allowedIps: [],
  baseUrl: 'https://textpeak-streams.commpeak.com',
  rateLimit: 50,
  token: 'tok_acme_0001',
} as const;

describe('deleting a stream a campaign is sending through', () => {
  it('the engine pauses that campaign with the reason, and only that one', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox({
      sandbox: { delivery: { delayMs: [0, 0] } },
      stream: { rateLimit: 5 },
    });
    const c = testCampaign(engine, seedList(engine.db, 'L', 200));
    await engine.coordinator.start(c.id, creds);
    await waitFor(() => sandbox.received().length > 0, 5000);
    const via = await engine.dispatch('campaigns:sendingVia', { streamId: TEST_STREAM_ID }, ctx);
    expect(via).toEqual({ ok: true, value: [{ id: c.id, name: 'Test campaign' }] });
    const r = await engine.dispatch(
      'campaigns:pauseForDeletedStream',
      { streamId: TEST_STREAM_ID, streamName: 'Acme' },
      ctx,
    );
    expect(r).toEqual({ ok: true, value: [{ id: c.id, name: 'Test campaign' }] });
    await waitForStatus(engine, c.id, ['paused'], 5000);
    expect(engine.campaigns.get(c.id).pauseReason).toEqual({
      kind: 'streamDeleted',
      streamName: 'Acme',
    });
    const sent = sandbox.received().length;
    expect(sent).toBeLessThan(200);
    expect(
      await engine.dispatch('campaigns:sendingVia', { streamId: TEST_STREAM_ID }, ctx),
    ).toEqual({ ok: true, value: [] });
  });

  it('main names the running campaigns, pauses them first, and deletes nothing if that fails', async () => {
    let pauseFails = true;
    const engine = fakeEngine({
      'streams:usage': () => ({ usage: {}, campaignCounts: {} }),
      'campaigns:sendingVia': () => [{ id: 4, name: 'Spring sale' }],
      'campaigns:pauseForDeletedStream': () => {
        if (pauseFails) throw new AppFailure('ENGINE_UNAVAILABLE', 'The engine is restarting.');
        return [{ id: 4, name: 'Spring sale' }];
      },
    });
    const ports = testPorts({ engine });
    const dispatch = createDispatcher(methods, createMainHandlers(ports));
    const added = await dispatch('streams:add', acme, ctx);
    if (!added.ok) throw new Error(added.error.message);
    const id = (added.value as StreamView).id;
    expect(await dispatch('streams:deleteInfo', { id }, ctx)).toEqual({
      ok: true,
      value: { campaigns: 0, sending: [{ id: 4, name: 'Spring sale' }] },
    });
    expect(await dispatch('streams:delete', { id }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'ENGINE_UNAVAILABLE' },
    });
    expect(ports.streams.list().map((s) => s.id)).toContain(id);
    pauseFails = false;
    expect(await dispatch('streams:delete', { id }, ctx)).toMatchObject({ ok: true });
    expect(ports.streams.list().map((s) => s.id)).not.toContain(id);
    const order = engine.calls.map((call) => call.method);
    expect(order.filter((m) => m === 'campaigns:pauseForDeletedStream')).toHaveLength(2);
    expect(engine.calls.at(-1)?.input).toEqual({ streamId: id, streamName: 'Acme' });
  });
});
