import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, jsonLines, peaksend, tokenEnv } from '../../support/cli-runs';
import { duplicatesIn, sendArgs, writeRecipientsCsv } from '../../support/peaksend-process';
import { testDataDir, testSandbox } from '../../support/test-engine';

describe('peaksend send when CommPeak cannot be reached', () => {
  it('nothing listens, --max-wait 10: exits 1 within 30 s naming the reason; resume sends every message once when it listens', async () => {
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 20);
    const port = await freePort();
    const t0 = Date.now();
    const send = await peaksend(
      sendArgs(csv, `http://127.0.0.1:${port}`, dataDir, ['--max-wait', '10']),
    );
    const took = Date.now() - t0;
    expect(send.code).toBe(1);
    expect(took).toBeLessThan(30_000);
    expect(took).toBeGreaterThanOrEqual(10_000);
    // Progress names the obstacle while it waits, and the end names the reason.
    expect(send.stderr).toMatch(
      new RegExp(`waiting: connection refused at 127\\.0\\.0\\.1:${port}; next try in \\d+ s`),
    );
    expect(send.stderr).toMatch(
      /campaign 1 paused: Nothing could be handed to CommPeak since .*: connection refused/,
    );
    expect(send.stderr).toContain('`peaksend resume 1` continues it');
    expect(JSON.parse(send.stdout)).toMatchObject({
      recipients: 20,
      accepted: 0,
      uncertain: 0,
      errors: { connection_refused: expect.any(Number) },
    });
    const status = await peaksend(['status', '1', '--data-dir', dataDir, '--json']);
    expect(JSON.parse(status.stdout)).toMatchObject({ status: 'paused', pauseKind: 'stalled' });

    // CommPeak is back on that address: resume finishes it, each message exactly once.
    const sandbox = await testSandbox({ port });
    const resume = await peaksend(['resume', '1', '--data-dir', dataDir]);
    expect(resume.code).toBe(0);
    expect(JSON.parse(resume.stdout)).toMatchObject({ accepted: 20, uncertain: 0 });
    expect(sandbox.received().filter((m) => m.accepted)).toHaveLength(20);
    expect(duplicatesIn(sandbox.received())).toBe(0);
  }, 60_000);

  it('a sandbox answering 503 with --max-wait 5 --json: exit 1, the obstacle on every progress line, only JSON on stderr', async () => {
    const dir = testDataDir();
    const sandbox = await testSandbox({ faults: { status503Before: 1 }, retryAfterSeconds: 1 });
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 5);
    const send = await peaksend(
      sendArgs(csv, sandbox.baseUrl, join(dir, 'data'), ['--max-wait', '5', '--json']),
      tokenEnv,
    );
    expect(send.code).toBe(1);
    const lines = jsonLines(send.stderr);
    expect(lines[0]).toMatchObject({ event: 'campaign', campaignId: 1 });
    const waiting = lines.filter((l) => l.event === 'progress' && l.waiting !== null);
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.at(-1)?.waiting).toMatchObject({
      kind: 'http_503',
      reason: 'HTTP 503 Service Unavailable',
      nextTryInSeconds: expect.any(Number),
    });
    expect(lines.at(-1)).toMatchObject({
      event: 'paused',
      campaignId: 1,
      pauseKind: 'stalled',
      reason: expect.stringMatching(/HTTP 503/),
      resume: 'peaksend resume 1',
    });
    expect(JSON.parse(send.stdout)).toMatchObject({ accepted: 0, errors: { http_503: 5 } });
    expect(sandbox.received()).toHaveLength(0);
  }, 60_000);
});
