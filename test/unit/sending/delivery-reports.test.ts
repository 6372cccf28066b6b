import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StreamCredentials } from '../../../main/engine-contract/stream-credentials';
import { exportResults } from '../../../main/engine/campaigns/campaign-results';
import { fakeCommpeak, type FakeCommpeak } from '../../support/fake-commpeak';
import { runPeaksend } from '../../support/peaksend-process';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testDataDir, testEngine, TEST_TOKEN } from '../../support/test-engine';
import { waitFor, waitForStatus } from '../../support/wait';

const HOUR = 3600_000;

function credsFor(server: FakeCommpeak): StreamCredentials {
  return {
    id: 's1',
    name: 'Fake',
    sandbox: false,
    baseUrl: server.baseUrl,
    origin: server.baseUrl,
    token: TEST_TOKEN,
    rateLimit: 1000,
    defaultSender: 'Brand',
  };
}

/** An engine on a clock the test moves, with a campaign of `n` sent to `server`. */
async function sentCampaign(server: FakeCommpeak, n: number) {
  const clock = { now: Date.now() };
  const dataDir = testDataDir();
  const engine = testEngine({ dataDir, now: () => clock.now });
  const c = testCampaign(engine, seedList(engine.db, 'L', n));
  await engine.coordinator.start(c.id, credsFor(server));
  await waitForStatus(engine, c.id, ['done']);
  return { engine, clock, dataDir, id: c.id };
}

const statuses = (reply: (uuid: string) => string) => (uuids: readonly string[]) => ({
  status: 200,
  body: { status: true, messages: uuids.map((u) => ({ message_uuid: u, status: reply(u) })) },
});

describe('delivery reports', () => {
  it('reads CommPeak’s statuses in any letter case', async () => {
    const server = await fakeCommpeak({
      status: statuses((u) =>
        u.endsWith('1') ? 'DELIVERED' : u.endsWith('2') ? 'Undelivered' : 'SENT',
      ),
    });
    const { engine, clock, id } = await sentCampaign(server, 3);
    clock.now += 6000;
    await engine.coordinator.pollNow();
    await waitFor(() => (engine.coordinator.progress(id).byState.delivered ?? 0) === 1);
    const p = engine.coordinator.progress(id);
    expect(p.byState).toMatchObject({ delivered: 1, undelivered: 1, sent: 1 });
    // The status is kept as CommPeak wrote it.
    const raw = engine.db
      .prepare('SELECT delivery_status AS s FROM ledger WHERE campaign_id = ? ORDER BY seq')
      .all(id)
      .map((r) => r.s);
    expect(raw).toEqual(['DELIVERED', 'Undelivered', 'SENT']);
  });

  it('shows a failed status query on the progress snapshot and in `peaksend status` until one works', async () => {
    const server = await fakeCommpeak();
    const { engine, clock, dataDir, id } = await sentCampaign(server, 2);
    server.answerStatus(() => ({ status: 403, body: { detail: 'Not authenticated' } }));
    clock.now += 6000;
    await engine.coordinator.pollNow();
    const failure = engine.coordinator.progress(id).pollFailure;
    expect(failure).toMatchObject({ httpStatus: 403 });
    expect(failure?.message).toMatch(/refused the token/);

    const status = runPeaksend(['status', String(id), '--data-dir', dataDir, '--json']);
    expect(await status.exited).toBe(0);
    expect(JSON.parse(status.stdout()).pollFailure).toMatchObject({ httpStatus: 403 });
    const text = runPeaksend(['status', String(id), '--data-dir', dataDir]);
    expect(await text.exited).toBe(0);
    expect(text.stdout()).toMatch(/delivery reports cannot be fetched .*refused the token/);

    // An unreadable reply is a failure too; a good answer clears it.
    server.answerStatus(() => ({ status: 200, body: 'not json' }));
    clock.now += 60_000;
    await engine.coordinator.pollNow();
    expect(engine.coordinator.progress(id).pollFailure?.message).toMatch(/could not be read/);
    server.answerStatus(statuses(() => 'delivered'));
    clock.now += 120_000;
    await engine.coordinator.pollNow();
    expect(engine.coordinator.progress(id).pollFailure).toBeNull();
    expect(engine.coordinator.progress(id).byState.delivered).toBe(2);
  });

  it('gives rows with no final status after 72 h the final state "no report", in the results and the export', async () => {
    const server = await fakeCommpeak();
    const { engine, clock, dataDir, id } = await sentCampaign(server, 2);
    clock.now += 6000;
    await engine.coordinator.pollNow();
    expect(engine.coordinator.progress(id).byState.accepted ?? 0).toBe(0);
    expect(engine.coordinator.progress(id).byState.sent).toBe(2);
    clock.now += 73 * HOUR;
    await engine.coordinator.pollNow();
    const p = engine.coordinator.progress(id);
    expect(p.byState.no_report).toBe(2);
    expect(p.byGroup.accepted).toBe(2);
    const left = engine.db
      .prepare(
        'SELECT COUNT(*) AS n FROM ledger WHERE campaign_id = ? AND next_poll_at IS NOT NULL',
      )
      .get(id);
    expect(left?.n).toBe(0);
    const file = join(dataDir, 'results.csv');
    await exportResults(engine.db, id, file);
    expect(readFileSync(file, 'utf8')).toContain(',no_report,');
  });
});
