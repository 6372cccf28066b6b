import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../../main/sandbox/start-sandbox';
import { runPeaksend, sendArgs, writeRecipientsCsv } from '../support/peaksend-process';
import { expect, test } from './fixtures';
import { progressBar, statusBadge } from './progress-steps';

const TOKEN = 'e2e-cli-token';

test('a campaign the CLI is sending on the same data folder shows who sends it and offers nothing that could send it twice', async ({
  page,
  app,
}) => {
  const sandbox = await startSandbox({ tokens: [TOKEN], latencyMs: [300, 300] });
  const dir = mkdtempSync(join(tmpdir(), 'peaksend-e2e-cli-'));
  const csv = writeRecipientsCsv(join(dir, 'recipients.csv'), 300);
  const cli = runPeaksend(
    sendArgs(csv, sandbox.baseUrl, app.dataDir, [
      '--batch',
      '10',
      '--concurrency',
      '2',
      '--name',
      'From the CLI',
    ]),
    { PEAKSEND_TOKEN: TOKEN },
  );
  try {
    const id = Number((await cli.waitForStderr(/campaign (\d+)/))[1]);
    await cli.waitForStderr(/progress \d+\/300/);
    const holder = new RegExp(
      `This campaign is being sent by another Peaksend \\(the CLI, pid ${cli.child.pid} on host .+, since \\d\\d:\\d\\d:\\d\\d\\)`,
    );

    await app.open(page, '#campaigns');
    const row = page.getByRole('row', { name: /From the CLI/ });
    await expect(row).toContainText(holder);

    await app.open(page, `#campaigns/progress/${id}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'From the CLI' })).toBeVisible();
    const banner = page.getByRole('status', { name: 'Being sent elsewhere' });
    await expect(banner).toContainText(holder);
    for (const name of ['Pause', 'Resume', 'Cancel campaign', 'Retry failed only']) {
      await expect(page.getByRole('button', { name })).toHaveCount(0);
    }
    // The figures follow the other sender although it sends no events here.
    const first = Number(await progressBar(page).getAttribute('aria-valuenow'));
    await expect
      .poll(async () => Number(await progressBar(page).getAttribute('aria-valuenow')))
      .toBeGreaterThan(first);

    expect(await cli.exited).toBe(0);
    await expect(statusBadge(page, 'Done')).toBeVisible();
    await expect(banner).toHaveCount(0);
    await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100');
    await expect(page.getByRole('button', { name: 'Retry failed only' })).toBeVisible();
  } finally {
    if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
