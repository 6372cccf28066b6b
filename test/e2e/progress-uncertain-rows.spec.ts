import { expect, test } from './fixtures';
import { countValue, prepareCampaign, startCampaign, statusBadge } from './progress-steps';

test('uncertain rows can be found by phone and resolved one by one', async ({ page, app }) => {
  test.setTimeout(120_000);
  // A flaky Sandbox with tiny batches: some of ~100 requests end uncertain.
  const id = await prepareCampaign(page, app, {
    recipients: 200,
    rateLimit: 200,
    profile: 'flaky',
    batchSize: 2,
  });
  await startCampaign(page, id);
  await expect(statusBadge(page, 'Done')).toBeVisible({ timeout: 60_000 });
  const uncertain = await countValue(page, 'Uncertain');
  expect(uncertain).toBeGreaterThan(0);
  await page.evaluate(() => window.peaksend.streams.setSandboxProfile({ profile: 'clean' }));
  const panel = page.getByRole('region', { name: /may or may not have reached CommPeak$/ });
  const list = panel.getByRole('list', { name: 'Uncertain messages' });
  await expect(list.getByRole('listitem')).toHaveCount(uncertain);

  // Find one row by its phone number and mark only that one as sent.
  const phone = (await list.getByRole('listitem').first().locator('.mono').innerText()).trim();
  await panel.getByLabel('Phone').fill(phone);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await panel.getByLabel(`Select ${phone}`).check();
  await panel.getByRole('button', { name: 'Mark selected as sent (1)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark 1 message as sent?' });
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByRole('status').getByText('Marked 1 message as sent.')).toBeVisible();
  await expect.poll(() => countValue(page, 'Uncertain')).toBe(uncertain - 1);
  // The others are still there for the user to decide.
  if (uncertain > 1) {
    await panel.getByLabel('Phone').fill('');
    await expect(list.getByRole('listitem')).toHaveCount(uncertain - 1);
    await expect(panel.getByRole('button', { name: 'Resend these' })).toBeVisible();
  }
});
