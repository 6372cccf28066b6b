import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine/engine';
import { openDatabaseReadOnly } from '../../../main/engine/db/open-read-only';
import { materializeLedger } from '../../../main/engine/sending/materialize-ledger';
import { recountCampaign } from '../../../main/engine/ledger/campaign-counts';
import {
  duplicatesIn,
  runPeaksend,
  sendArgs,
  writeRecipientsCsv,
} from '../../support/peaksend-process';
import { seedList } from '../../support/seed-contacts';
import { testCampaign, testDataDir, testSandbox, TEST_TOKEN } from '../../support/test-engine';

/** Every file of the folder with a hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

function states(dataDir: string, campaignId: number): Record<string, string> {
  // Read the way `status` does: a plain read-only open would itself leave -wal and -shm files.
  const db = openDatabaseReadOnly(dataDir);
  try {
    const rows = db.prepare('SELECT seq, state FROM ledger WHERE campaign_id = ?').all(campaignId);
    const campaign = db.prepare('SELECT status FROM campaigns WHERE id = ?').get(campaignId);
    return {
      status: String(campaign?.status),
      ...Object.fromEntries(rows.map((r) => [String(r.seq), String(r.state)])),
    };
  } finally {
    db.close();
  }
}

describe('peaksend status is read-only', () => {
  it('exits 1 for a data folder that does not exist, and does not create it', async () => {
    const missing = join(testDataDir(), 'nothing-here');
    const status = runPeaksend(['status', '1', '--data-dir', missing]);
    expect(await status.exited).toBe(1);
    expect(status.stderr().trim().split('\n')).toHaveLength(1);
    expect(status.stderr()).toMatch(/no Peaksend data/i);
    expect(existsSync(missing)).toBe(false);
  });

  it('changes no byte of a folder left by a crash: no recovery, no migration, no new file', async () => {
    const dataDir = testDataDir();
    // A sender that "crashed": its campaign is still `sending`, three rows `submitting`.
    const crashed = createEngine({ dataDir });
    const listId = seedList(crashed.db, 'L', 10);
    const c = testCampaign(crashed, listId);
    materializeLedger(crashed.db, crashed.campaigns.get(c.id));
    crashed.campaigns.setStatus(c.id, 'sending');
    crashed.db.prepare("UPDATE ledger SET state = 'submitting' WHERE seq <= 3").run();
    // Written by hand, not by the ledger writer: the counters counted again.
    recountCampaign(crashed.db, c.id);
    crashed.db.close();
    const before = snapshot(dataDir);
    const rowsBefore = states(dataDir, c.id);

    const status = runPeaksend(['status', String(c.id), '--data-dir', dataDir, '--json']);
    expect(await status.exited).toBe(0);
    const out = JSON.parse(status.stdout());
    expect(out).toMatchObject({ campaignId: c.id, status: 'sending', total: 10 });
    expect(out.states).toMatchObject({ submitting: 3, pending: 7 });
    expect(snapshot(dataDir)).toEqual(before);
    expect(states(dataDir, c.id)).toEqual(rowsBefore);
  });

  it('during a live send changes nothing: the campaign keeps sending and ends with 0 uncertain and 0 duplicates', async () => {
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    const sandbox = await testSandbox({ latencyMs: [200, 200] });
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 200);
    const send = runPeaksend(
      sendArgs(csv, sandbox.baseUrl, dataDir, ['--batch', '10', '--concurrency', '2']),
      { PEAKSEND_TOKEN: TEST_TOKEN },
    );
    const id = Number((await send.waitForStderr(/campaign (\d+)/))[1]);
    await send.waitForStderr(/progress \d+\/200/);
    for (let i = 0; i < 2; i++) {
      const status = runPeaksend(['status', String(id), '--data-dir', dataDir, '--json']);
      expect(await status.exited).toBe(0);
      const out = JSON.parse(status.stdout());
      expect(out.status).toBe('sending');
      expect(out.heldBy).toMatchObject({ kind: 'cli', pid: send.child.pid });
      expect(out.states.uncertain ?? 0).toBe(0);
    }
    expect(send.child.exitCode).toBeNull();
    expect(await send.exited).toBe(0);
    expect(JSON.parse(send.stdout())).toMatchObject({ accepted: 200, uncertain: 0 });
    expect(duplicatesIn(sandbox.received())).toBe(0);
  }, 60_000);
});
