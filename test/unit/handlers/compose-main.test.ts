import { afterEach, describe, expect, it } from 'vitest';
import { events, methods } from '../../../shared/contract/contract';
import { fail } from '../../../shared/contract/result';
import { engineEvents } from '../../../main/engine-contract/engine-events';
import type { FromEngine } from '../../../main/engine-contract/engine-protocol';
import { composeMain } from '../../../main/handlers/compose-main';
import { fakeEngineProcess, type EngineAnswers } from '../../support/fake-engine';
import { testHostPorts } from '../../support/main-ports';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const ctx = { trusted: true, origin: 'test' };
const handover: EngineAnswers = {
  'sandbox:configure': () => undefined,
  'sending:streamsNeedingCredentials': () => [],
};

async function start(
  answers: EngineAnswers = {},
  fileIntake?: 'uploads',
  results?: Parameters<typeof fakeEngineProcess>[1],
) {
  const proc = fakeEngineProcess({ ...handover, ...answers }, results);
  const host = testHostPorts(() => proc, {
    ...(fileIntake ? { fileIntake: { kind: 'uploads', dir: '/tmp/unused' } } : {}),
  });
  const main = composeMain(host);
  cleanups.push(() => main.close());
  await main.ready();
  return { proc, host, main };
}

const event = (name: string, payload: unknown) =>
  ({ type: 'event', name, payload }) as unknown as FromEngine;

describe('the main-side composition', () => {
  it('forwards to the renderer only engine events the renderer contract declares', async () => {
    const { proc, host } = await start();
    expect(host.events).toEqual([['app:engineStatus', { state: 'up', reason: undefined }]]);
    host.events.length = 0;
    // A misbehaving engine: undeclared names, and names of events only main may send.
    for (const name of ['engine:log', 'contacts:secret', 'app:engineStatus', 'streams:changed']) {
      proc.send(event(name, { leaked: true }));
    }
    for (const name of Object.keys(engineEvents)) proc.send(event(name, { from: name }));
    const forwarded = host.events.map(([name]) => name);
    expect(forwarded).toEqual(Object.keys(engineEvents));
    for (const name of forwarded) expect(Object.hasOwn(events, name)).toBe(true);
    expect(JSON.stringify(host.events)).not.toContain('leaked');
  });

  it('shows a notification when a campaign finishes', async () => {
    const { proc, host } = await start();
    proc.send(
      event('campaigns:status', { campaignId: 1, name: 'May', status: 'done', pauseReason: null }),
    );
    expect(host.notifications).toEqual([['Campaign finished', '"May" has been sent.']]);
  });

  it("hands the engine's Result through as is on pass-through calls", async () => {
    const refusal = fail('NOT_FOUND', 'That campaign no longer exists.', { id: 'gone' });
    const list = { ok: true as const, value: [] };
    const { main } = await start({}, undefined, {
      'campaigns:get': refusal,
      'campaigns:list': list,
    });
    // The very objects the engine answered: nothing unwrapped and rebuilt on the way.
    expect(await main.dispatch('campaigns:get', { id: 7 }, ctx)).toBe(refusal);
    expect(await main.dispatch('campaigns:list', undefined, ctx)).toBe(list);
  });

  it('answers the renderer contract plus the host’s own file intake, nothing else', async () => {
    const app = await start();
    expect(app.main.channels).toEqual([...Object.keys(methods), 'files:registerPath']);
    const preview = await start({}, 'uploads');
    expect(preview.main.channels).toEqual(Object.keys(methods));
    const r = await preview.main.dispatch('files:registerPath', { path: '/etc/passwd' }, ctx);
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
