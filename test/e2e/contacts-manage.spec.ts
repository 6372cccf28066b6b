import type { PeaksendApi } from '../../shared/contract/contract';
import { expect, test } from './fixtures';
import { importThroughApi, listPhones, openContacts, savedLists } from './contacts-steps';

const csv = [
  'name,phone',
  'Avi,+972524265201',
  'Bat,+972524265202',
  'Carmel,+972524265203',
  'Dana,+972524265204',
  'Eli,+972524265205',
].join('\n');

test('contacts are deleted by selection, and a list is renamed and deleted naming its campaigns', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  const { listId } = await importThroughApi(page, {
    name: 'a.csv',
    csv,
    listName: 'Customers',
    country: 'IL',
  });
  await importThroughApi(page, { name: 'b.csv', csv, listName: 'Leads', country: null });
  // A campaign that sends to the list.
  await page.evaluate(async (id) => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    const created = await api.campaigns.create({ name: 'Spring sale' });
    if (!created.ok) throw new Error(created.error.message);
    await api.campaigns.update({ id: created.value.id, patch: { listIds: [id ?? 0] } });
  }, listId);
  await page.reload();
  await openContacts(page, app);

  await page.getByRole('button', { name: 'Customers' }).click();
  const browser = page.getByRole('region', { name: 'List Customers' });
  const table = browser.getByRole('table', { name: 'Contacts of Customers' });
  await expect(table.getByRole('row')).toHaveCount(6);
  await table.getByRole('checkbox', { name: 'Select +972524265202' }).check();
  await table.getByRole('checkbox', { name: 'Select +972524265204' }).press('Space');
  await expect(browser.getByText('2 selected')).toBeVisible();
  await browser.getByRole('button', { name: 'Delete selected…' }).click();
  let confirm = page.getByRole('dialog', { name: 'Delete 2 contacts?' });
  await confirm.getByRole('button', { name: 'Delete 2 contacts' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('contacts-count')).toHaveText('3 contacts');
  expect(await listPhones(page, listId ?? 0)).toEqual([
    '+972524265201',
    '+972524265203',
    '+972524265205',
  ]);

  // Select all matching a search.
  await browser.getByRole('searchbox', { name: 'Search contacts' }).fill('Carmel');
  await expect(page.getByTestId('contacts-count')).toHaveText('1 of 3 contacts match');
  await table.getByRole('checkbox', { name: 'Select all matching contacts' }).check();
  await expect(browser.getByText('1 selected')).toBeVisible();
  await browser.getByRole('button', { name: 'Clear selection' }).click();
  await expect(browser.getByText('1 selected')).toBeHidden();
  await browser.getByRole('searchbox', { name: 'Search contacts' }).fill('');

  // Rename: a taken name is refused in place.
  await browser.getByRole('button', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename list' });
  await rename.getByLabel('List name').fill('Leads');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename.getByText('A list named "Leads" already exists.')).toBeVisible();
  await rename.getByLabel('List name').fill('Spring customers');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Spring customers' })).toBeVisible();

  // Delete: the confirmation names the campaign that uses the list.
  await page.getByRole('button', { name: 'Delete list…' }).click();
  confirm = page.getByRole('dialog', { name: 'Delete “Spring customers”?' });
  await expect(confirm.getByRole('list', { name: 'Campaigns using this list' })).toHaveText(
    'Spring sale',
  );
  await expect(confirm).toContainText('3 contacts will be deleted');
  await confirm.getByRole('button', { name: 'Delete list' }).click();
  await expect(confirm).toBeHidden();
  const overview = page.getByRole('table', { name: 'Contact lists' });
  await expect(overview.getByRole('row')).toHaveCount(2);
  expect((await savedLists(page)).map((l) => l.name)).toEqual(['Leads']);
});
