import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { countValue, prepareCampaign, startCampaign, statusBadge } from './progress-steps';

const UNCERTAIN_TITLE = /^\d+ messages? may or may not have reached CommPeak$/;

/**
 * A flaky Sandbox (5xx after accepting, resets, hangs) with tiny batches: among ~100 requests
 * some are bound to end uncertain. The campaign finishes with those rows left for the user.
 */
async function flakyCampaignWithUncertainRows(
  page: Page,
  app: Parameters<typeof prepareCampaign>[1],
) {
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
  const banner = page.getByRole('region', { name: UNCERTAIN_TITLE });
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('heading')).toContainText(`${uncertain} message`);
  await expect(
    banner.getByRole('list', { name: 'Uncertain messages' }).getByRole('listitem'),
  ).toHaveCount(uncertain);
  // Back to a well-behaved Sandbox so what the user does next settles deterministically.
  await page.evaluate(() => window.peaksend.streams.setSandboxProfile({ profile: 'clean' }));
  return { banner, uncertain, campaignId: id };
}

test('uncertain rows can be resent, with a warning about duplicates', async ({ page, app }) => {
  test.setTimeout(120_000);
  const { banner, uncertain, campaignId } = await flakyCampaignWithUncertainRows(page, app);
  const accepted = (await countValue(page, 'Accepted')) + (await countValue(page, 'Delivered'));

  await banner.getByRole('button', { name: 'Resend these' }).click();
  const dialog = page.getByRole('dialog', { name: /^Resend \d+ messages?\?$/ });
  await expect(dialog).toContainText('Some of these recipients may get the message twice.');
  await expect(dialog.getByRole('button', { name: 'Don’t resend' })).toBeFocused();
  await dialog.getByRole('button', { name: /^Resend \d+ messages?$/ }).click();

  await expect(banner).toBeHidden({ timeout: 30_000 });
  await expect(statusBadge(page, 'Done')).toBeVisible({ timeout: 30_000 });
  expect(await countValue(page, 'Uncertain')).toBe(0);
  expect(await countValue(page, 'Pending')).toBe(0);
  // The resent rows went out to the (now clean) Sandbox and were accepted.
  const nowAccepted = (await countValue(page, 'Accepted')) + (await countValue(page, 'Delivered'));
  expect(nowAccepted).toBeGreaterThan(accepted);
  // Every recipient has an outcome (read together: delivery reports keep moving rows).
  await expect
    .poll(async () =>
      page.evaluate(async (id) => {
        const r = await window.peaksend.campaigns.progress({ id });
        if (!r.ok) return -1;
        const g = r.value.byGroup;
        return g.accepted + g.delivered + g.failed;
      }, campaignId),
    )
    .toBe(200);
  expect(uncertain).toBeGreaterThan(0);
});

test('uncertain rows can be marked as sent', async ({ page, app }) => {
  test.setTimeout(120_000);
  const { banner, uncertain } = await flakyCampaignWithUncertainRows(page, app);

  await banner.getByRole('button', { name: 'Mark as sent' }).click();
  const dialog = page.getByRole('dialog', { name: /^Mark \d+ messages? as sent\?$/ });
  await dialog.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(banner).toBeHidden();
  expect(await countValue(page, 'Uncertain')).toBe(0);
  await expect(
    page.getByRole('status').getByText(/^Marked \d+ messages? as sent\.$/),
  ).toBeVisible();

  // The rows now count as accepted and say who decided.
  await page.getByLabel('Search by phone').fill('');
  await page.getByLabel('Show').selectOption('accepted');
  const table = page.getByRole('table', { name: 'Campaign results' });
  await expect(table.getByRole('row', { name: /Marked as sent by you/ }).first()).toBeVisible();
  expect(uncertain).toBeGreaterThan(0);
});
