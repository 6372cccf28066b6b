import { describe, expect, it } from 'vitest';
import { queryStatuses } from '../../../main/engine/commpeak/query-statuses';
import { sendBatch } from '../../../main/engine/commpeak/send-batch';
import { createHarness, messages } from '../commpeak/harness';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign } from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';

const ELSEWHERE = 'https://textpeak-streams.commpeak.com';

/**
 * Defence in depth behind main's binding: the client refuses to put a token on a request to any
 * origin but the one the credentials say it was entered for, before anything leaves.
 */
describe('the engine sends a token only to its bound origin', () => {
  it('refuses a send and a status query to another origin without making a request', async () => {
    const h = await createHarness();
    let requests = 0;
    const deps = {
      ...h.deps,
      fetch: (async (...args: Parameters<typeof fetch>) => {
        requests++;
        return h.deps.fetch(...args);
      }) as typeof fetch,
    };
    const stream = h.stream({ boundOrigin: ELSEWHERE });

    const sent = await sendBatch(stream, messages(2), deps);
    expect(sent.callFailure).toMatchObject({ kind: 'config', cause: 'origin_mismatch' });
    expect(sent.callFailure?.message).toMatch(/entered for another address/);
    const polled = await queryStatuses(stream, ['uuid-1'], deps);
    expect(polled.failures[0]?.failure).toMatchObject({ kind: 'config', cause: 'origin_mismatch' });

    expect(requests).toBe(0);
    expect(h.sandbox.received()).toEqual([]);

    // The same stream bound to where it points goes through.
    const ok = await sendBatch(h.stream(), messages(1), deps);
    expect(ok.outcomes[0]).toMatchObject({ status: 'accepted' });
    expect(requests).toBe(1);
  });

  it('pauses a campaign whose credentials point away from the bound origin, sending nothing', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox({ engine: { timeoutMs: 2000 } });
    const listId = seedList(engine.db, 'L', 10);
    const c = testCampaign(engine, listId, { template: 'Hi {first_name} Reply STOP to opt out' });
    // As if a bug in main had changed the base URL but not the binding.
    await engine.coordinator.start(c.id, { ...creds, origin: ELSEWHERE });
    await waitForStatus(engine, c.id, ['paused']);
    expect(engine.campaigns.get(c.id).pauseReason).toMatchObject({ failure: 'config' });
    expect(sandbox.received()).toEqual([]);
  });
});
