import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { stateCounts } from '../../support/lease-rows';
import { duplicatesIn } from '../../support/peaksend-process';
import { seedList } from '../../support/seed-contacts';
import { mountSmallDisk } from '../../support/small-disk';
import { streamTo, testCampaign, testEngine, testSandbox } from '../../support/test-engine';
import { waitFor, waitForStatus } from '../../support/wait';

const disk = mountSmallDisk(16);
const skipped = 'skipped' in disk ? disk.skipped : null;
if (skipped) process.stderr.write(`disk-full-send: skipped: ${skipped}\n`);

describe.skipIf(skipped !== null)('a send on a disk that fills up (real tmpfs)', () => {
  it('pauses with "The disk is full", keeps the answers in flight, never crashes; resumes to the end once space is back', async () => {
    if ('skipped' in disk) return;
    onTestFinished(() => disk.unmount());
    const dataDir = join(disk.path, 'data');
    const sandbox = await testSandbox({ latencyMs: [100, 100] });
    const creds = streamTo(sandbox);
    const engine = testEngine({ dataDir });
    const c = testCampaign(engine, seedList(engine.db, 'L', 3000), {
      batchSize: 25,
      concurrency: 4,
    });
    await engine.coordinator.start(c.id, creds);
    await waitFor(() => sandbox.received().length >= 300);
    disk.fill();

    await waitFor(() => !engine.coordinator.isActive(c.id), 20_000, 'the send to stop');
    const paused = engine.campaigns.get(c.id);
    expect(paused.status).toBe('paused');
    expect(paused.pauseReason).toEqual({ kind: 'storage', fault: 'diskFull', freeMb: 0 });
    const counts = stateCounts(engine.db, c.id);
    // The answers to the requests in flight were saved in the space the reserve gave back.
    expect(counts.submitting ?? 0).toBe(0);
    expect(counts.uncertain ?? 0).toBe(0);
    expect(counts.accepted).toBe(sandbox.received().length);

    disk.free();
    await engine.coordinator.resume(c.id, creds);
    await waitForStatus(engine, c.id, ['done'], 60_000);
    expect(stateCounts(engine.db, c.id)).toEqual({ accepted: 3000 });
    expect(sandbox.received()).toHaveLength(3000);
    expect(duplicatesIn(sandbox.received())).toBe(0);
  }, 90_000);
});
