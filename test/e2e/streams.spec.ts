import { expect, test } from './fixtures';

test('the Streams page shows the built-in Sandbox stream', async ({ page, app }) => {
  await app.open(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Streams' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Streams' })).toBeFocused();
  const sandbox = page.getByRole('listitem', { name: 'Stream Sandbox' });
  await expect(sandbox).toBeVisible();
  await expect(sandbox.getByText('no real messages')).toBeVisible();
  await expect(sandbox.getByText('Marketing')).toBeVisible();
});

test('the frame is keyboard navigable', async ({ page, app }) => {
  await app.open(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  // Tab past the skip link to the first nav link, then move to Contacts and open it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Campaigns' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeFocused();
});
