import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import { DATABASE_FILE } from '../../../main/engine/db/open-database';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { recountCampaign } from '../../../main/engine/ledger/campaign-counts';
import { duplicatesIn } from '../../support/peaksend-process';
import { deadPid, leaseCount, liveProcess, putLease, stateCounts } from '../../support/lease-rows';
import { seedList } from '../../support/seed-contacts';
import {
  streamTo,
  testCampaign,
  testDataDir,
  testEngine,
  testSandbox,
} from '../../support/test-engine';
import { sleep, waitFor, waitForStatus } from '../../support/wait';

const BUSY = {
  code: 'CAMPAIGN_BUSY',
  message: expect.stringMatching(/^Campaign \d+ is being sent by another Peaksend \(the /),
};

/** A folder left by a Peaksend that was sending campaign `id` (rows 1–3 in flight) and is gone. */
function leftSending(dataDir: string, recipients = 10) {
  const crashed = createEngine({ dataDir });
  const listId = seedList(crashed.db, 'L', recipients);
  const c = testCampaign(crashed, listId);
  materializeLedger(crashed.db, crashed.campaigns.get(c.id));
  crashed.campaigns.setStatus(c.id, 'sending');
  crashed.db.prepare("UPDATE ledger SET state = 'submitting', attempts = 1 WHERE seq <= 3").run();
  // Written by hand, not by the ledger writer: the counters counted again.
  recountCampaign(crashed.db, c.id);
  return { db: crashed.db, id: c.id };
}

describe('one owner per campaign (in one process)', () => {
  it('a second engine on the same folder leaves a live send alone and refuses every action that could send', async () => {
    const dataDir = testDataDir();
    const sandbox = await testSandbox({ latencyMs: [150, 150] });
    const creds = streamTo(sandbox);
    const a = testEngine({ dataDir });
    const c = testCampaign(a, seedList(a.db, 'L', 120), { batchSize: 10, concurrency: 2 });
    await a.coordinator.start(c.id, creds);
    await waitFor(() => sandbox.received().length > 0);

    const b = testEngine({ dataDir });
    expect(b.campaigns.get(c.id).status).toBe('sending');
    expect(stateCounts(b.db, c.id).uncertain ?? 0).toBe(0);
    expect(b.coordinator.progress(c.id).heldBy).toEqual({
      kind: 'app',
      pid: process.pid,
      host: expect.any(String),
      since: expect.any(Number),
    });
    await expect(b.coordinator.resume(c.id, creds)).rejects.toMatchObject(BUSY);
    await expect(b.coordinator.start(c.id, creds)).rejects.toMatchObject(BUSY);
    await expect(b.coordinator.resendUncertain(c.id, creds)).rejects.toMatchObject(BUSY);
    await expect(b.coordinator.retryFailed(c.id, creds)).rejects.toMatchObject(BUSY);
    await expect(b.coordinator.cancel(c.id)).rejects.toMatchObject(BUSY);
    await expect(b.coordinator.pause(c.id)).rejects.toMatchObject(BUSY);
    await expect(b.coordinator.markUncertainSent(c.id)).rejects.toMatchObject(BUSY);

    await waitForStatus(a, c.id, ['done']);
    expect(leaseCount(a.db, c.id)).toBe(0);
    expect(b.coordinator.progress(c.id)).toMatchObject({ heldBy: null, status: 'done' });
    expect(b.coordinator.progress(c.id).byGroup.accepted).toBe(120);
    expect(sandbox.received()).toHaveLength(120);
    expect(duplicatesIn(sandbox.received())).toBe(0);
  });

  it('a sender whose lease was taken over stops at once and writes nothing more', async () => {
    const dataDir = testDataDir();
    const sandbox = await testSandbox({ latencyMs: [300, 300] });
    const a = testEngine({ dataDir });
    const c = testCampaign(a, seedList(a.db, 'L', 200), { batchSize: 10, concurrency: 2 });
    await a.coordinator.start(c.id, streamTo(sandbox));
    await waitFor(() => (stateCounts(a.db, c.id).accepted ?? 0) >= 20);
    // Another process judged the sender gone and took the campaign (a live pid, a fresh beat).
    const other = new DatabaseSync(join(dataDir, DATABASE_FILE));
    putLease(other, c.id, { pid: liveProcess().pid, heartbeatAt: Date.now() });
    await waitFor(() => !a.coordinator.isActive(c.id), 2000, 'the old sender to stop');
    const received = sandbox.received().length;
    const after = stateCounts(other, c.id);
    await sleep(800);
    expect(stateCounts(other, c.id)).toEqual(after);
    expect(sandbox.received()).toHaveLength(received);
    // The campaign is the new holder's: the old sender neither paused it nor freed the lease.
    expect(a.campaigns.get(c.id).status).toBe('sending');
    expect(leaseCount(other, c.id)).toBe(1);
    other.close();
  });

  it('recovery takes over a lease whose process is gone: only then are its rows uncertain', async () => {
    const dataDir = testDataDir();
    const { db, id } = leftSending(dataDir);
    putLease(db, id, { pid: await deadPid(), heartbeatAt: Date.now() });
    db.close();
    const engine = testEngine({ dataDir });
    expect(engine.campaigns.get(id)).toMatchObject({
      status: 'paused',
      pauseReason: { kind: 'interrupted' },
    });
    expect(stateCounts(engine.db, id)).toEqual({ uncertain: 3, pending: 7 });
    expect(leaseCount(engine.db, id)).toBe(0);
  });

  it('a live holder on this host is left alone until its heartbeat is 30 s old or its process ends', async () => {
    const dataDir = testDataDir();
    const holder = liveProcess();
    const { db, id } = leftSending(dataDir);
    putLease(db, id, { pid: holder.pid, heartbeatAt: Date.now() });
    db.close();

    const engine = testEngine({ dataDir });
    expect(engine.campaigns.get(id).status).toBe('sending');
    expect(stateCounts(engine.db, id)).toEqual({ submitting: 3, pending: 7 });
    const sandbox = await testSandbox();
    await expect(engine.coordinator.resume(id, streamTo(sandbox))).rejects.toMatchObject({
      code: 'CAMPAIGN_BUSY',
      message: expect.stringContaining(`(the CLI, pid ${holder.pid} on host `),
    });

    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    await engine.coordinator.resume(id, streamTo(sandbox));
    await waitForStatus(engine, id, ['done']);
    expect(stateCounts(engine.db, id)).toEqual({ uncertain: 3, accepted: 7 });
    expect(sandbox.received()).toHaveLength(7);

    // A frozen holder: alive, but silent for more than 30 s.
    const stale = testDataDir();
    const left = leftSending(stale);
    putLease(left.db, left.id, { pid: liveProcess().pid, heartbeatAt: Date.now() - 31_000 });
    left.db.close();
    const later = testEngine({ dataDir: stale });
    expect(later.campaigns.get(left.id).status).toBe('paused');
    expect(stateCounts(later.db, left.id)).toEqual({ uncertain: 3, pending: 7 });
  });

  it('a lease on another computer counts as alive while its heartbeat is fresh', async () => {
    const dataDir = testDataDir();
    const { db, id } = leftSending(dataDir);
    putLease(db, id, { pid: 1, host: 'elsewhere.example', heartbeatAt: Date.now() });
    db.close();
    const engine = testEngine({ dataDir });
    expect(engine.coordinator.progress(id).heldBy).toMatchObject({
      host: 'elsewhere.example',
      kind: 'cli',
    });
    expect(engine.campaigns.get(id).status).toBe('sending');
  });

  it('a run with nothing to write (rows held for quiet hours) still renews its lease every 5 s', async () => {
    const clock = { t: Date.parse('2026-11-27T02:00:00Z') }; // 03:00 in Berlin: all held
    const sandbox = await testSandbox();
    const engine = testEngine({ now: () => clock.t });
    const c = testCampaign(engine, seedList(engine.db, 'DE', 5, { country: 'DE' }), {
      quietHours: true,
    });
    await engine.coordinator.start(c.id, streamTo(sandbox));
    const beat = () =>
      Number(
        engine.db
          .prepare('SELECT heartbeat_at AS t FROM campaign_leases WHERE campaign_id = ?')
          .get(c.id)?.t,
      );
    expect(beat()).toBe(clock.t);
    clock.t += 20_000;
    await waitFor(() => beat() === clock.t, 7000, 'a heartbeat');
    expect(sandbox.received()).toHaveLength(0);
  });
});
