import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInternalId } from '../../../main/engine/ledger/internal-id';
import { folderSnapshot, peaksend } from '../../support/cli-runs';
import { sendArgs, writeRecipientsCsv } from '../../support/peaksend-process';
import { testDataDir, testSandbox } from '../../support/test-engine';

/** A campaign of 20 where one batch of 5 got a 500 after CommPeak took it: exit 3. */
async function campaignWithUncertain(sandbox: Awaited<ReturnType<typeof testSandbox>>) {
  const dir = testDataDir();
  const dataDir = join(dir, 'data');
  const csv = writeRecipientsCsv(join(dir, 'r.csv'), 20);
  sandbox.injectFault('status500After', { times: 1 });
  const send = await peaksend(
    sendArgs(csv, sandbox.baseUrl, dataDir, ['--batch', '5', '--concurrency', '1']),
  );
  expect(send.code).toBe(3);
  expect(JSON.parse(send.stdout)).toMatchObject({ recipients: 20, uncertain: 5, accepted: 15 });
  expect(send.stderr).toContain('5 recipient(s) uncertain: `peaksend uncertain 1` lists them');
  return { dir, dataDir };
}

describe('peaksend uncertain', () => {
  it('lists the uncertain rows (reading only), then --resend sends them again as -r1: exit 0', async () => {
    const sandbox = await testSandbox();
    const { dataDir } = await campaignWithUncertain(sandbox);
    const before = folderSnapshot(dataDir);
    const listed = await peaksend(['uncertain', '1', '--data-dir', dataDir, '--json']);
    expect(listed.code).toBe(0);
    const out = JSON.parse(listed.stdout);
    expect(out).toMatchObject({ campaignId: 1, uncertain: 5 });
    expect(out.rows).toHaveLength(5);
    expect(out.rows[0]).toMatchObject({ reason: 'http_5xx', internalId: expect.any(String) });
    const text = await peaksend(['uncertain', '1', '--data-dir', dataDir]);
    expect(text.stdout).toMatch(/campaign 1 ".*": 5 uncertain/);
    expect(folderSnapshot(dataDir)).toEqual(before);

    const resend = await peaksend(['uncertain', '1', '--resend', '--data-dir', dataDir]);
    expect(resend.code).toBe(0);
    expect(JSON.parse(resend.stdout)).toMatchObject({ accepted: 20, uncertain: 0 });
    const resent = sandbox.received().filter((m) => parseInternalId(m.internalId)?.resends === 1);
    expect(resent.map((m) => parseInternalId(m.internalId)?.seq).sort()).toEqual(
      out.rows.map((r: { seq: number }) => r.seq).sort(),
    );
    const none = await peaksend(['uncertain', '1', '--resend', '--data-dir', dataDir]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no uncertain recipients to resend/);
  }, 90_000);

  it('--mark-sent records them as sent; both flags at once is bad usage', async () => {
    const sandbox = await testSandbox();
    const { dataDir } = await campaignWithUncertain(sandbox);
    const both = await peaksend([
      'uncertain',
      '1',
      '--resend',
      '--mark-sent',
      '--data-dir',
      dataDir,
    ]);
    expect(both.code).toBe(2);
    const marked = await peaksend([
      'uncertain',
      '1',
      '--mark-sent',
      '--data-dir',
      dataDir,
      '--json',
    ]);
    expect(marked.code).toBe(0);
    expect(JSON.parse(marked.stdout)).toEqual({ campaignId: 1, markedSent: 5 });
    const status = await peaksend(['status', '1', '--data-dir', dataDir, '--json']);
    expect(JSON.parse(status.stdout).states.uncertain).toBeUndefined();
    expect(sandbox.received().filter((m) => m.accepted)).toHaveLength(20);
  }, 90_000);
});

describe('peaksend retry and export', () => {
  it('--wait-delivery collects the reports; retry sends only the failed rows again; export writes the results CSV', async () => {
    const sandbox = await testSandbox({
      seed: 7,
      delivery: { delayMs: [0, 100], weights: { delivered: 1, undelivered: 1 } },
    });
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 20);
    const send = await peaksend(sendArgs(csv, sandbox.baseUrl, dataDir, ['--wait-delivery', '60']));
    expect(send.code).toBe(0);
    const summary = JSON.parse(send.stdout);
    expect(summary.delivered + summary.undelivered).toBe(20);
    expect(summary.undelivered).toBeGreaterThan(0);
    expect(summary.failed).toBe(summary.undelivered);
    expect(new Set(sandbox.received().map((m) => m.internalId)).size).toBe(20);

    const retry = await peaksend(['retry', '1', '--data-dir', dataDir, '--wait-delivery', '60']);
    expect(retry.code).toBe(0);
    const again = sandbox.received().filter((m) => parseInternalId(m.internalId)?.resends === 1);
    expect(again).toHaveLength(summary.undelivered);
    const after = JSON.parse(retry.stdout);
    expect(after.recipients).toBe(20);
    expect(after.delivered).toBeGreaterThan(summary.delivered);

    const file = join(dir, 'results.csv');
    const exported = await peaksend(['export', '1', '--out', file, '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    expect(exported.stderr).toMatch(/exported 20 rows of campaign 1/);
    const raw = readFileSync(file, 'utf8');
    // The results CSV starts with a UTF-8 BOM (Excel reads accents right), then the header.
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const csvText = raw.slice(1);
    expect(csvText.split('\r\n')[0]).toMatch(/^phone,first_name,message,parts,state,commpeak_uuid/);
    expect(csvText.trim().split('\r\n')).toHaveLength(21);
    expect(csvText).toMatch(/,delivered,/);
    const toStdout = await peaksend(['export', '1', '--data-dir', dataDir]);
    expect(toStdout.code).toBe(0);
    // The same CSV; on a terminal records end in LF.
    expect(toStdout.stdout).toBe(csvText.replace(/\r\n/g, '\n'));
  }, 120_000);

  it('retry with nothing failed exits 1 and says so', async () => {
    const sandbox = await testSandbox();
    const dir = testDataDir();
    const dataDir = join(dir, 'data');
    const csv = writeRecipientsCsv(join(dir, 'r.csv'), 3);
    expect((await peaksend(sendArgs(csv, sandbox.baseUrl, dataDir))).code).toBe(0);
    const retry = await peaksend(['retry', '1', '--data-dir', dataDir]);
    expect(retry.code).toBe(1);
    expect(retry.stderr).toMatch(/No failed recipients to retry/);
  }, 60_000);
});
