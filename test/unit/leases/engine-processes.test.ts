import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { DATABASE_FILE } from '../../../main/engine/db/open-database';
import { EngineSupervisor } from '../../../main/engine-host/engine-supervisor';
import type { EngineProcess } from '../../../main/engine-host/engine-process';
import { spawnNodeEngine } from '../../../main/engine-host/spawn-node-engine';
import { duplicatesIn } from '../../support/peaksend-process';
import { leaseCount, stateCounts } from '../../support/lease-rows';
import { seedList } from '../../support/seed-contacts';
import {
  streamTo,
  testCampaign,
  testDataDir,
  testEngine,
  testSandbox,
} from '../../support/test-engine';
import { waitFor, waitForStatus } from '../../support/wait';

/** A folder with one campaign of `n` recipients, ready to start (the engine that made it closed). */
async function preparedFolder(n: number): Promise<{ dataDir: string; id: number }> {
  const dataDir = testDataDir();
  const setup = testEngine({ dataDir });
  const c = testCampaign(setup, seedList(setup.db, 'L', n), { batchSize: 10, concurrency: 2 });
  await setup.close();
  return { dataDir, id: c.id };
}

/** The app's engine: a real child process behind the supervisor, as main runs it. */
async function appEngine(dataDir: string) {
  const procs: EngineProcess[] = [];
  const supervisor = new EngineSupervisor({
    spawn: () => {
      const p = spawnNodeEngine(dataDir);
      procs.push(p);
      return p;
    },
    restartDelayMs: () => 60_000,
  });
  onTestFinished(() => supervisor.stop(500));
  supervisor.start();
  await supervisor.ready();
  return { supervisor, kill: () => procs[0]?.kill() };
}

function read<T>(dataDir: string, f: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE));
  try {
    return f(db);
  } finally {
    db.close();
  }
}

describe('one owner per campaign across engine processes', () => {
  it('an engine started while another process sends does not touch that campaign; it takes over once that process dies', async () => {
    const { dataDir, id } = await preparedFolder(200);
    const sandbox = await testSandbox({ latencyMs: [250, 250] });
    const creds = streamTo(sandbox);
    const app = await appEngine(dataDir);
    expect(await app.supervisor.invoke('campaigns:start', { id, stream: creds })).toMatchObject({
      ok: true,
    });
    await waitFor(() => sandbox.received().length >= 20);

    const second = testEngine({ dataDir });
    expect(second.campaigns.get(id).status).toBe('sending');
    expect(stateCounts(second.db, id).uncertain ?? 0).toBe(0);
    const heldBy = second.coordinator.progress(id).heldBy;
    expect(heldBy).toMatchObject({ kind: 'app' });
    expect(heldBy?.pid).not.toBe(process.pid);
    await expect(second.coordinator.resume(id, creds)).rejects.toMatchObject({
      code: 'CAMPAIGN_BUSY',
      message: expect.stringContaining(`(the app, pid ${heldBy?.pid} on host `),
    });

    app.kill();
    await waitFor(() => app.supervisor.currentState === 'down');
    await second.coordinator.resume(id, creds);
    await waitForStatus(second, id, ['done']);
    const counts = stateCounts(second.db, id);
    expect((counts.accepted ?? 0) + (counts.uncertain ?? 0)).toBe(200);
    expect(duplicatesIn(sandbox.received())).toBe(0);
  });

  it('quitting the app drains: answers in flight are recorded, nothing is uncertain, the lease is given up', async () => {
    const { dataDir, id } = await preparedFolder(400);
    const sandbox = await testSandbox({ latencyMs: [300, 300] });
    const app = await appEngine(dataDir);
    await app.supervisor.invoke('campaigns:start', { id, stream: streamTo(sandbox) });
    await waitFor(() => sandbox.received().length >= 20);
    await app.supervisor.stop();

    const counts = read(dataDir, (db) => stateCounts(db, id));
    expect(counts.submitting ?? 0).toBe(0);
    expect(counts.uncertain ?? 0).toBe(0);
    expect(counts.accepted).toBe(sandbox.received().length);
    expect(counts.pending).toBeGreaterThan(0);
    const after = read(dataDir, (db) => ({
      status: db.prepare('SELECT status, pause_reason FROM campaigns WHERE id = ?').get(id),
      leases: leaseCount(db, id),
    }));
    expect(after.status).toEqual({ status: 'paused', pause_reason: '{"kind":"interrupted"}' });
    expect(after.leases).toBe(0);
  });

  it('a stop gives up after its bound: what is still unanswered becomes uncertain, the rest is kept', async () => {
    const { dataDir, id } = await preparedFolder(40);
    // Answers never come: the drain can only give up.
    const sandbox = await testSandbox({ latencyMs: [60_000, 60_000] });
    const engine = testEngine({ dataDir });
    await engine.coordinator.start(id, streamTo(sandbox));
    await waitFor(() => sandbox.received().length >= 20);
    const t0 = Date.now();
    await engine.close(500);
    expect(Date.now() - t0).toBeLessThan(2000);
    const counts = read(dataDir, (db) => stateCounts(db, id));
    expect(counts).toEqual({ uncertain: 20, pending: 20 });
    expect(read(dataDir, (db) => leaseCount(db, id))).toBe(0);
  });
});
