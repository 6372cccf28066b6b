import type { Page } from '@playwright/test';
import { seed } from './campaigns-steps';
import { expect, test } from './fixtures';

/** Creates campaigns through the app's own API (the editor has its own tests). */
async function makeCampaigns(page: Page, listId: number, names: readonly string[]) {
  await page.evaluate(
    async ({ listId, names }) => {
      for (const name of names) {
        const r = await window.peaksend.campaigns.create({ name });
        if (!r.ok) throw new Error(r.error.message);
        if (name.includes('ready')) {
          await window.peaksend.campaigns.update({
            id: r.value.id,
            patch: { streamId: 'sandbox', template: 'Hi Reply STOP to opt out', listIds: [listId] },
          });
        }
      }
    },
    { listId, names },
  );
}

test('filter, search, duplicate and delete campaigns', async ({ page, app }) => {
  const [listId] = await seed(app, { lists: [{ name: 'Customers', count: 3 }] });
  await app.open(page, '#campaigns');
  await makeCampaigns(page, listId ?? 0, ['Spring draft', 'Summer ready', 'Winter draft']);
  await page.reload();
  const table = page.getByRole('table', { name: 'Campaigns' });
  await expect(table.getByRole('row')).toHaveCount(4);

  await page.getByLabel('Status').selectOption('ready');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('button', { name: 'Open Summer ready' })).toBeVisible();
  await page.getByLabel('Status').selectOption('all');

  await page.getByRole('searchbox', { name: 'Search campaigns by name' }).fill('winter');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('button', { name: 'Open Winter draft' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search campaigns by name' }).fill('');

  await table.getByRole('button', { name: 'Duplicate Summer ready' }).click();
  await expect(table.getByRole('button', { name: 'Open Summer ready (copy)' })).toBeVisible();
  const copy = table.getByRole('row', { name: /Summer ready \(copy\)/ });
  await expect(copy.getByText('Ready', { exact: true })).toBeVisible();

  await table.getByRole('button', { name: 'Delete Spring draft' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this draft?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Delete draft' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('button', { name: 'Open Spring draft' })).toHaveCount(0);
  await expect(table.getByRole('row')).toHaveCount(4);
});

test('a sent campaign can be archived, not deleted, and comes back with "Show archived"', async ({
  page,
  app,
}) => {
  const [listId] = await seed(app, { lists: [{ name: 'Customers', count: 2 }] });
  await app.open(page, '#campaigns');
  const id = await page.evaluate(async (listId) => {
    const api = window.peaksend.campaigns;
    const c = await api.create({ name: 'Sent one' });
    if (!c.ok) throw new Error(c.error.message);
    await api.update({
      id: c.value.id,
      patch: {
        streamId: 'sandbox',
        template: 'Hi Reply STOP to opt out',
        listIds: [listId],
        quietHours: false,
      },
    });
    const started = await api.start({ id: c.value.id });
    if (!started.ok) throw new Error(started.error.message);
    return c.value.id;
  }, listId ?? 0);
  const table = page.getByRole('table', { name: 'Campaigns' });
  const row = table.getByRole('row', { name: /Sent one/ });
  // Live updates: the row turns "Done" without a reload.
  await expect(row.getByText('Done', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(row.getByText('2 / 2')).toBeVisible();
  await expect(row.getByRole('button', { name: 'Delete Sent one' })).toHaveCount(0);

  await row.getByRole('button', { name: 'Archive Sent one' }).click();
  await expect(table.getByRole('button', { name: 'Open Sent one' })).toHaveCount(0);
  await expect(page.getByText('1 archived campaign is hidden.')).toBeVisible();
  await page.getByLabel('Show archived').check();
  await expect(row.getByText('Archived', { exact: true })).toBeVisible();

  await row.getByRole('button', { name: 'Open Sent one' }).click();
  await expect(page).toHaveURL(new RegExp(`#campaigns/progress/${id}$`));
});
