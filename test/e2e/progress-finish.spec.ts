import { expect, test } from './fixtures';
import {
  countValue,
  prepareCampaign,
  progressBar,
  startCampaign,
  statusBadge,
} from './progress-steps';

test('a campaign to the Sandbox is followed live until it is done', async ({ page, app }) => {
  const id = await prepareCampaign(page, app, { recipients: 150, rateLimit: 60 });
  await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '0');
  await startCampaign(page, id);

  // Mid-send: the badge says so and the bar moves without a reload.
  await expect(statusBadge(page, 'Sending')).toBeVisible();
  await expect
    .poll(async () => Number(await progressBar(page).getAttribute('aria-valuenow')))
    .toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeEnabled();

  await expect(progressBar(page)).toHaveAttribute('aria-valuenow', '100', { timeout: 30_000 });
  await expect(statusBadge(page, 'Done')).toBeVisible();
  await expect(progressBar(page)).toHaveAttribute(
    'aria-valuetext',
    '100 %: 150 of 150 recipients done',
  );
  // Every recipient was accepted (some may already have a delivery report).
  await expect
    .poll(async () => (await countValue(page, 'Accepted')) + (await countValue(page, 'Delivered')))
    .toBe(150);
  expect(await countValue(page, 'Uncertain')).toBe(0);
  expect(await countValue(page, 'Pending')).toBe(0);
  await expect(page.getByText(/^Finished at /)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Retry failed only' })).toBeDisabled();
  await expect(
    page.getByRole('status').getByText('“Spring sale” has finished sending.'),
  ).toBeVisible();

  // The results table lists the recipients, pages in on scroll, filters and searches.
  const table = page.getByRole('table', { name: 'Campaign results' });
  await expect(table.getByRole('row').nth(1)).toContainText('+4915200000001');
  await expect(table).toHaveAttribute('aria-rowcount', '151');
  await page.getByRole('region', { name: 'Results rows' }).evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(table.getByRole('row', { name: /\+4915200000150/ })).toBeVisible();
  await page.getByLabel('Search by phone').fill('00000042');
  await expect(page.getByText('1 recipient shown')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('+4915200000042');
  await page.getByLabel('Search by phone').fill('');
  await page.getByLabel('Show').selectOption('uncertain');
  await expect(page.getByText('No recipients match.')).toBeVisible();

  // Main showed a desktop notification too.
  expect(app.host.notifications).toContainEqual({
    title: 'Campaign finished',
    body: '"Spring sale" has been sent.',
  });
});
