import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../shared/campaigns/campaign-types';
import { methods } from '../../../shared/contract/contract';
import { createDispatcher } from '../../../shared/contract/dispatcher';
import { AppFailure } from '../../../shared/contract/result';
import { createMainHandlers } from '../../../main/handlers/create-main-handlers';
import { fakeEngine } from '../../support/fake-engine';
import { testPorts } from '../../support/main-ports';

const campaign = (over: Partial<Campaign> = {}): Campaign => ({
  id: 3,
  name: 'May',
  status: 'ready',
  streamId: 'sandbox',
  sender: 'Peaksend',
  template: 'Hi',
  variants: [{ name: '', template: 'Hi' }],
  split: { kind: 'equal' },
  utm: { enabled: false, source: 'sms', medium: 'sms', campaign: '', content: '{variant}' },
  winner: null,
  optOutFooter: null,
  listIds: [1],
  excludeListIds: [],
  segmentIds: [],
  excludeSegmentIds: [],
  scheduleAt: null,
  quietHours: false,
  batchSize: 100,
  concurrency: 1,
  pauseReason: null,
  draftStep: 'send',
  archived: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  ...over,
});

const ctx = { trusted: true, origin: 'test' };

describe('main handlers', () => {
  it('lists the built-in Sandbox stream on a fresh store', async () => {
    const dispatch = createDispatcher(methods, createMainHandlers(testPorts()));
    const r = await dispatch('streams:list', undefined, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject([
      { id: 'sandbox', name: 'Sandbox', type: 'marketing', builtIn: true, sandboxProfile: 'clean' },
    ]);
  });

  it('opens only allow-listed https links', async () => {
    const ports = testPorts();
    const dispatch = createDispatcher(methods, createMainHandlers(ports));
    const good = await dispatch(
      'app:openExternal',
      { url: 'https://docs.commpeak.com/docs/x' },
      ctx,
    );
    expect(good.ok).toBe(true);
    for (const url of [
      'http://docs.commpeak.com/',
      'https://commpeak.com.evil.example/',
      'https://user:pw@commpeak.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
    ]) {
      const r = await dispatch('app:openExternal', { url }, ctx);
      expect(r, url).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(ports.opened).toEqual(['https://docs.commpeak.com/docs/x']);
  });

  it('reports the engine state in app:info', async () => {
    const dispatch = createDispatcher(methods, createMainHandlers(testPorts()));
    expect(await dispatch('app:info', undefined, ctx)).toMatchObject({
      ok: true,
      value: { host: 'preview', engine: 'up' },
    });
  });

  it("starts a campaign with its stream's credentials, handed to the engine in memory", async () => {
    const engine = fakeEngine({
      'campaigns:get': ({ id }) => campaign({ id }),
      'campaigns:start': ({ id }) => campaign({ id, status: 'sending' }),
    });
    const dispatch = createDispatcher(methods, createMainHandlers(testPorts({ engine })));
    const r = await dispatch('campaigns:start', { id: 3 }, ctx);
    expect(r).toMatchObject({ ok: true, value: { id: 3, status: 'sending' } });
    expect(engine.calls.map((c) => c.method)).toEqual(['campaigns:get', 'campaigns:start']);
    expect(engine.calls[1]?.input).toMatchObject({
      id: 3,
      stream: { id: 'sandbox', sandbox: true, rateLimit: 50 },
    });
  });

  it("fails a composed call with the engine's own code and words", async () => {
    const engine = fakeEngine({
      'campaigns:get': () => {
        throw new AppFailure('NOT_FOUND', 'That campaign no longer exists.');
      },
    });
    const dispatch = createDispatcher(methods, createMainHandlers(testPorts({ engine })));
    expect(await dispatch('campaigns:start', { id: 3 }, ctx)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That campaign no longer exists.' },
    });
    expect(engine.calls.map((c) => c.method)).toEqual(['campaigns:get']);
  });
});
