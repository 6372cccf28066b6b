import { startSandbox, type SandboxHandle } from '../../main/sandbox/start-sandbox';
import { expect, test } from './fixtures';
import {
  countValue,
  prepareCampaign,
  progressBar,
  startCampaign,
  statusBadge,
} from './progress-steps';

/** Figures that only grow while messages go out. */
async function doneSoFar(page: Parameters<typeof countValue>[0]): Promise<number> {
  return Number(await progressBar(page).getAttribute('aria-valuenow'));
}

test('pause stops sending and resume finishes the campaign', async ({ page, app }) => {
  const id = await prepareCampaign(page, app, { recipients: 200, rateLimit: 20 });
  await startCampaign(page, id);
  await expect.poll(() => countValue(page, 'Accepted')).toBeGreaterThan(10);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(statusBadge(page, 'Paused')).toBeVisible();
  await expect(
    page.getByText('You paused this campaign. Nothing is being sent; press Resume to continue.'),
  ).toBeVisible();
  await expect(page.getByText(/^Paused with \d+ recipients still to send$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  const pending = await countValue(page, 'Pending');
  expect(pending).toBeGreaterThan(0);
  expect(await countValue(page, 'Sending')).toBe(0);
  // Nothing moves while paused.
  const before = await doneSoFar(page);
  await page.waitForTimeout(1500);
  expect(await doneSoFar(page)).toBe(before);
  expect(await countValue(page, 'Pending')).toBe(pending);

  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(statusBadge(page, 'Sending')).toBeVisible();
  await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
  await expect(statusBadge(page, 'Done')).toBeVisible();
  await expect
    .poll(async () => (await countValue(page, 'Accepted')) + (await countValue(page, 'Delivered')))
    .toBe(200);
  // A pause the user asked for is not announced as news.
  expect(app.host.notifications.map((n) => n.title)).not.toContain('Campaign paused');
});

test('cancel asks first, then skips everyone not yet sent', async ({ page, app }) => {
  const id = await prepareCampaign(page, app, { recipients: 200, rateLimit: 20 });
  await startCampaign(page, id);
  await expect.poll(() => countValue(page, 'Accepted')).toBeGreaterThan(5);

  const open = page.getByRole('button', { name: 'Cancel campaign' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Cancel the campaign?' });
  await expect(dialog).toContainText(/The \d+ recipients not yet sent will be skipped\./);
  // The safe choice has the focus and keeps the campaign going.
  await expect(dialog.getByRole('button', { name: 'Keep the campaign' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep the campaign' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusBadge(page, 'Sending')).toBeVisible();

  await open.click();
  await dialog.getByRole('button', { name: 'Cancel campaign' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusBadge(page, 'Canceled')).toBeVisible();
  await expect(page.getByText('Canceled; recipients not yet sent were skipped')).toBeVisible();
  await expect(page.getByRole('button', { name: /Pause|Resume|Cancel campaign/ })).toHaveCount(0);

  const skipped = await countValue(page, 'Skipped');
  expect(skipped).toBeGreaterThan(0);
  expect(await countValue(page, 'Pending')).toBe(0);
  expect(await countValue(page, 'Sending')).toBe(0);
  const sent = (await countValue(page, 'Accepted')) + (await countValue(page, 'Delivered'));
  expect(sent + skipped).toBe(200);
  // The bar shows what was sent, not 100 %: skipping the rest is not sending them.
  await expect(progressBar(page)).toHaveAttribute(
    'aria-valuenow',
    String(Math.floor((sent * 100) / 200)),
  );
  await expect(page.getByText(`${sent} sent, ${skipped} skipped of 200 recipients`)).toBeVisible();

  // The skipped rows say why.
  await page.getByLabel('Show').selectOption('skipped');
  await expect(page.getByText(`${skipped} recipients shown`)).toBeVisible();
  const row = page.getByRole('table', { name: 'Campaign results' }).getByRole('row').nth(1);
  await expect(row).toContainText('Skipped');
  await expect(row).toContainText('Campaign canceled');
});

test.describe('through a stream whose server the test controls', () => {
  let sandbox: SandboxHandle;
  test.beforeEach(async () => {
    sandbox = await startSandbox({ port: 0, tokens: ['the-right-token'] });
  });
  test.afterEach(async () => {
    await sandbox.close();
  });

  test('a refused token pauses the campaign with the reason and what to do', async ({
    page,
    app,
  }) => {
    const id = await prepareCampaign(page, app, {
      recipients: 200,
      rateLimit: 20,
      stream: { baseUrl: sandbox.baseUrl, token: 'the-right-token' },
    });
    await expect(page.getByText('via Test stream')).toBeVisible();
    await startCampaign(page, id);
    await expect.poll(() => countValue(page, 'Accepted')).toBeGreaterThan(5);

    // The server starts refusing the token, as CommPeak does after it is revoked.
    await sandbox.setProfile('auth');
    await expect(statusBadge(page, 'Paused')).toBeVisible();
    const alert = page.getByRole('alert').filter({ hasText: 'Sending paused' });
    await expect(alert).toContainText(/CommPeak refused the token/);
    await expect(alert).toContainText('Replace the stream’s token on the Streams page');
    await expect(alert.getByRole('button', { name: 'Open Streams' })).toBeVisible();
    await expect(
      page.getByRole('status').getByText(/“Spring sale” paused: CommPeak refused the token/),
    ).toBeVisible();
    expect(app.host.notifications.map((n) => n.title)).toContain('Campaign paused');
    expect(await countValue(page, 'Pending')).toBeGreaterThan(0);
    // Refused requests reached nobody: nothing is uncertain.
    expect(await countValue(page, 'Uncertain')).toBe(0);

    // Fixed: resume finishes it.
    await sandbox.setProfile('clean');
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(alert).toBeHidden();
    await expect(statusBadge(page, 'Done')).toBeVisible({ timeout: 30_000 });
    await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100');
    // Exactly once each: the refused batches were sent again, nothing twice.
    expect(sandbox.stats().accepted).toBe(200);
  });
});
