import { describe, expect, it } from 'vitest';
import { fakeCommpeak } from '../../support/fake-commpeak';
import { seedList } from '../../support/seed-contacts';
import { engineWithSandbox, testCampaign, testEngine, TEST_TOKEN } from '../../support/test-engine';
import { waitForStatus } from '../../support/wait';
import { duplicatesIn } from '../../support/peaksend-process';

/** Messages per simple_send request, in order, from the audit log. */
function requestSizes(engine: ReturnType<typeof testEngine>): { n: number; status: number }[] {
  return engine.db
    .prepare(
      "SELECT message_count AS n, http_status AS s FROM api_audit WHERE endpoint = 'simple_send' ORDER BY id",
    )
    .all()
    .map((r) => ({ n: Number(r.n), status: Number(r.s) }));
}

describe('a 422 for a batch', () => {
  it('halves the batch until CommPeak takes it, and sends every message once', async () => {
    const { engine, sandbox, creds } = await engineWithSandbox({ sandbox: { batchCap: 6 } });
    const c = testCampaign(engine, seedList(engine.db, 'L', 40), { batchSize: 50, concurrency: 1 });
    await engine.coordinator.start(c.id, creds);
    await waitForStatus(engine, c.id, ['done']);
    expect(engine.coordinator.progress(c.id).byGroup.accepted).toBe(40);
    expect(sandbox.received().filter((m) => m.accepted)).toHaveLength(40);
    expect(duplicatesIn(sandbox.received())).toBe(0);
    const sizes = requestSizes(engine);
    // 40 refused, then 20, 10, then batches of 5 the sandbox takes.
    expect(sizes.slice(0, 3)).toEqual([
      { n: 40, status: 422 },
      { n: 20, status: 422 },
      { n: 10, status: 422 },
    ]);
    expect(sizes.slice(3).every((s) => s.n <= 5 && s.status === 200)).toBe(true);
  });

  it('pauses with CommPeak’s words when even one message is refused as invalid', async () => {
    const server = await fakeCommpeak({
      send: () => ({
        status: 422,
        body: { detail: [{ loc: ['body', 'messages', 0], msg: 'Sender is not valid', type: 'x' }] },
      }),
    });
    const engine = testEngine();
    const c = testCampaign(engine, seedList(engine.db, 'L', 8), { batchSize: 8, concurrency: 1 });
    await engine.coordinator.start(c.id, {
      id: 's1',
      name: 'Fake',
      sandbox: false,
      baseUrl: server.baseUrl,
      origin: server.baseUrl,
      token: TEST_TOKEN,
      rateLimit: 1000,
      defaultSender: 'Brand',
    });
    await waitForStatus(engine, c.id, ['paused']);
    const reason = engine.campaigns.get(c.id).pauseReason;
    expect(reason).toMatchObject({ kind: 'commpeak', failure: 'config' });
    expect(reason?.kind === 'commpeak' && reason.message).toMatch(/Sender is not valid/);
    expect(requestSizes(engine).map((s) => s.n)).toEqual([8, 4, 2, 1]);
    // Nothing was accepted, so nothing is uncertain: every row is pending again.
    expect(engine.coordinator.progress(c.id).byGroup.pending).toBe(8);
  });
});
