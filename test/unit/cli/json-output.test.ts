import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabaseReadOnly } from '../../../main/engine/db/open-read-only';
import { freePort, jsonLines, peaksend, tokenEnv } from '../../support/cli-runs';
import {
  duplicatesIn,
  runPeaksend,
  sendArgs,
  writeRecipientsCsv,
} from '../../support/peaksend-process';
import { testDataDir, testSandbox } from '../../support/test-engine';

describe('--json: every stderr line is one JSON object', () => {
  it('busy (exit 4), then after a kill the recovery warning and the uncertain rows (exit 3)', async () => {
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    const sandbox = await testSandbox({ latencyMs: [400, 400] });
    // 20 requests one after another, 400 ms each: still sending while the others run.
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 200);
    const send = runPeaksend(
      sendArgs(csv, sandbox.baseUrl, dataDir, ['--batch', '10', '--concurrency', '1', '--json']),
      tokenEnv,
    );
    await send.waitForStderr(/"event":"progress"/);
    const busy = await peaksend(['resume', '1', '--data-dir', dataDir, '--json']);
    expect(busy.code).toBe(4);
    const [line, ...more] = jsonLines(busy.stderr);
    expect(more).toEqual([]);
    expect(line).toMatchObject({ event: 'error', kind: 'CAMPAIGN_BUSY', exitCode: 4 });
    expect(line?.message).toMatch(/Campaign 1 is being sent by another Peaksend \(the CLI, pid/);

    send.child.kill('SIGKILL');
    await send.exited;
    expect(() => jsonLines(send.stderr())).not.toThrow();
    const resume = await peaksend(['resume', '1', '--data-dir', dataDir, '--json']);
    expect(resume.code).toBe(3);
    const lines = jsonLines(resume.stderr);
    expect(lines).toContainEqual(
      expect.objectContaining({
        event: 'log',
        level: 'warn',
        message: expect.stringMatching(/recovered after an interruption/),
      }),
    );
    expect(lines.at(-1)).toMatchObject({ event: 'uncertain', campaignId: 1 });
    const summary = JSON.parse(resume.stdout);
    expect(summary.uncertain).toBeGreaterThan(0);
    expect(summary.accepted + summary.uncertain).toBe(200);
    expect(duplicatesIn(sandbox.received())).toBe(0);
  }, 90_000);

  it('bad usage is one JSON line too (exit 2)', async () => {
    const r = await peaksend(['send', '--json']);
    expect(r.code).toBe(2);
    expect(jsonLines(r.stderr)).toEqual([
      expect.objectContaining({ event: 'error', kind: 'usage', exitCode: 2 }),
    ]);
  });
});

describe('peaksend resume --batch', () => {
  it('changes the campaign’s batch size for this run and the next', async () => {
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 12);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const send = await peaksend(sendArgs(csv, base, dataDir, ['--max-wait', '2', '--batch', '50']));
    expect(send.code).toBe(1);
    const sandbox = await testSandbox({ port });
    const resume = await peaksend(['resume', '1', '--batch', '3', '--data-dir', dataDir]);
    expect(resume.code).toBe(0);
    expect(sandbox.received().filter((m) => m.accepted)).toHaveLength(12);
    const db = openDatabaseReadOnly(dataDir);
    try {
      expect(db.prepare('SELECT batch_size AS b FROM campaigns WHERE id = 1').get()?.b).toBe(3);
      const sent = db
        .prepare(
          "SELECT message_count AS n FROM api_audit WHERE endpoint = 'simple_send' AND http_status = 200",
        )
        .all()
        .map((r) => Number(r.n));
      expect(sent.length).toBeGreaterThanOrEqual(4);
      expect(Math.max(...sent)).toBeLessThanOrEqual(3);
    } finally {
      db.close();
    }
    const bad = await peaksend(['resume', '1', '--batch', '0', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
  }, 60_000);
});
