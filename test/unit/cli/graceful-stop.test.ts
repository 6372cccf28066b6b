import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../main/engine/db/open-database';
import {
  duplicatesIn,
  runPeaksend,
  sendArgs,
  writeRecipientsCsv,
} from '../../support/peaksend-process';
import { testDataDir, testSandbox, TEST_TOKEN } from '../../support/test-engine';

const env = { PEAKSEND_TOKEN: TEST_TOKEN };

function ledgerOf(dataDir: string, id: number) {
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE), { readOnly: true });
  try {
    const counts = Object.fromEntries(
      db
        .prepare('SELECT state, COUNT(*) AS n FROM ledger WHERE campaign_id = ? GROUP BY state')
        .all(id)
        .map((r) => [String(r.state), Number(r.n)]),
    );
    const c = db.prepare('SELECT status, pause_reason FROM campaigns WHERE id = ?').get(id);
    const leases = Number(
      db.prepare('SELECT COUNT(*) AS n FROM campaign_leases WHERE campaign_id = ?').get(id)?.n,
    );
    return { counts, status: String(c?.status), pauseReason: String(c?.pause_reason), leases };
  } finally {
    db.close();
  }
}

describe('stopping the CLI with a signal', () => {
  it('SIGINT mid-send waits for the answers in flight: exit 130, nothing uncertain; resume finishes the rest exactly once', async () => {
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    const sandbox = await testSandbox({ latencyMs: [300, 300] });
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 400);
    const send = runPeaksend(
      sendArgs(csv, sandbox.baseUrl, dataDir, ['--batch', '10', '--concurrency', '4']),
      env,
    );
    const id = Number((await send.waitForStderr(/campaign (\d+)/))[1]);
    // Once something was accepted (the first progress line can come before any answer).
    await send.waitForStderr(/progress [1-9]\d*\/400/);
    send.child.kill('SIGINT');
    expect(await send.exited).toBe(130);

    const stopped = ledgerOf(dataDir, id);
    expect(stopped.counts.uncertain ?? 0).toBe(0);
    expect(stopped.counts.submitting ?? 0).toBe(0);
    expect(stopped.counts.accepted).toBeGreaterThan(0);
    expect(stopped.counts.pending).toBeGreaterThan(0);
    expect(stopped.status).toBe('paused');
    expect(JSON.parse(stopped.pauseReason)).toEqual({ kind: 'interrupted' });
    expect(stopped.leases).toBe(0);
    expect(sandbox.received().filter((m) => m.accepted)).toHaveLength(stopped.counts.accepted ?? 0);

    const resume = runPeaksend(['resume', String(id), '--data-dir', dataDir], env);
    expect(await resume.exited).toBe(0);
    expect(JSON.parse(resume.stdout())).toMatchObject({ accepted: 400, uncertain: 0 });
    expect(sandbox.received().filter((m) => m.accepted)).toHaveLength(400);
    expect(duplicatesIn(sandbox.received())).toBe(0);
  }, 60_000);

  it('SIGTERM exits 143 the same way; a second signal stops at once', async () => {
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    // Answers take 8 s: the first signal waits for them, the second does not.
    const sandbox = await testSandbox({ latencyMs: [8000, 8000] });
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 50);
    const term = runPeaksend(
      sendArgs(csv, sandbox.baseUrl, dataDir, ['--batch', '10', '--concurrency', '1']),
      env,
    );
    await term.waitForStderr(/campaign (\d+)/);
    await new Promise((r) => setTimeout(r, 800));
    term.child.kill('SIGTERM');
    await term.waitForStderr(/stopping/i);
    const t0 = Date.now();
    term.child.kill('SIGTERM');
    expect(await term.exited).toBe(143);
    expect(Date.now() - t0).toBeLessThan(2000);
  }, 60_000);
});
