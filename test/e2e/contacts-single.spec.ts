import type { PeaksendApi } from '../../shared/contract/contract';
import { listPhones, openContacts, savedLists } from './contacts-steps';
import { expect, test } from './fixtures';
import { importList } from './segments-steps';

const csv = [
  'Téléphone,Prénom,Ville',
  '+33612345601,Chloé,Paris',
  '+33612345602,CHLOE,Lyon',
  '+33612345603,Zoë,Zürich',
  '+33612345604,Marc,Nice',
].join('\n');

test('one contact is added, refused, edited and deleted from the Contacts page', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  const report = await importList(page, {
    name: 'clients.csv',
    csv,
    listName: 'Clients',
    phoneColumn: 0,
    fieldColumns: { '1': 'prenom', '2': 'ville' },
    country: 'FR',
  });
  const listId = report.listId ?? 0;
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    await api.suppressions.add({ phones: ['+33 6 12 34 56 98'] });
  });
  await page.reload();
  await openContacts(page, app);
  await page.getByRole('button', { name: 'Clients' }).click();
  const browser = page.getByRole('region', { name: 'List Clients' });
  const table = browser.getByRole('table', { name: 'Contacts of Clients' });

  // Numbers read the way people write them, with their country's name.
  const first = table.getByRole('row', { name: /\+33612345601/ });
  await expect(first).toContainText('+33 6 12 34 56 01');
  await expect(first).toContainText('France');

  // Add: a local number takes the list's country; mistakes are explained on the field.
  await browser.getByRole('button', { name: 'Add contact…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add a contact to “Clients”' });
  await expect(dialog.getByText(/read as France \(FR\), the list’s default country/)).toBeVisible();
  const phone = dialog.getByLabel('Phone number');
  await phone.fill('12');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByText('"12" is too short to be a phone number.')).toBeVisible();
  await expect(phone).toBeFocused();
  await phone.fill('06 12 34 56 02');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog.getByText('+33612345602 is already in “Clients”.')).toBeVisible();
  await phone.fill('06 12 34 56 99');
  await expect(dialog.getByText(/is already in/)).toHaveCount(0);
  await dialog.getByLabel('prenom').fill('Hélène');
  await dialog.getByLabel('ville').fill('Bordeaux');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').getByText('Added +33 6 12 34 56 99 in “Clients”.'),
  ).toBeVisible();
  await expect(page.getByTestId('contacts-count')).toHaveText('5 contacts');
  await expect(table.getByRole('row', { name: /\+33612345699/ })).toContainText('Hélène');

  // An opted-out number can be added; it shows as opted out and is never sent to.
  await browser.getByRole('button', { name: 'Add contact…' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a contact to “Clients”' });
  await dialog.getByLabel('Phone number').fill('+33 6 12 34 56 98');
  await dialog.getByRole('button', { name: 'Add contact' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /\+33612345698/ })).toContainText('Opted out');

  // Search ignores case and accents: "chloe" finds Chloé and CHLOE, "helene" finds Hélène.
  const search = browser.getByRole('searchbox', { name: 'Search contacts' });
  await search.fill('chloe');
  await expect(page.getByTestId('contacts-count')).toHaveText('2 of 6 contacts match');
  await search.fill('ZURICH');
  await expect(page.getByTestId('contacts-count')).toHaveText('1 of 6 contacts match');
  await search.fill('');

  // Edit: fields and the number, checked again.
  await table.getByRole('button', { name: 'Edit +33612345604' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit contact' });
  await expect(dialog.getByLabel('prenom')).toHaveValue('Marc');
  await dialog.getByLabel('Phone number').fill('+33 6 12 34 56 01');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('+33612345601 is already in “Clients”.')).toBeVisible();
  await dialog.getByLabel('Phone number').fill('0612345605');
  await dialog.getByLabel('prenom').fill('Marcel');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /\+33612345605/ })).toContainText('Marcel');
  await search.fill('marcel');
  await expect(page.getByTestId('contacts-count')).toHaveText('1 of 6 contacts match');
  await search.fill('');

  // Delete one contact from its dialog.
  await table.getByRole('button', { name: 'Edit +33612345605' }).click();
  await page
    .getByRole('dialog', { name: 'Edit contact' })
    .getByRole('button', { name: 'Delete contact…' })
    .click();
  const confirm = page.getByRole('dialog', { name: 'Delete +33612345605?' });
  await confirm.getByRole('button', { name: 'Delete contact' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('contacts-count')).toHaveText('5 contacts');
  expect(await listPhones(page, listId)).toEqual([
    '+33612345601',
    '+33612345602',
    '+33612345603',
    '+33612345699',
    '+33612345698',
  ]);
});

test('right-to-left names read in their own direction', async ({ page, app }) => {
  await openContacts(page, app);
  await importList(page, {
    name: 'rtl.csv',
    csv: 'phone,name\n+972524265201,שירה\n+971501234567,مريم\n',
    listName: 'לקוחות VIP',
    phoneColumn: 0,
    fieldColumns: { '1': 'name' },
    country: null,
  });
  await page.reload();
  await openContacts(page, app);
  const overview = page.getByRole('table', { name: 'Contact lists' });
  await expect(overview.getByRole('button', { name: 'לקוחות VIP' })).toHaveAttribute('dir', 'auto');
  await overview.getByRole('button', { name: 'לקוחות VIP' }).click();
  await expect(page.getByRole('heading', { name: 'לקוחות VIP' })).toHaveAttribute('dir', 'auto');
  const table = page.getByRole('table', { name: 'Contacts of לקוחות VIP' });
  const cell = table.getByRole('cell', { name: 'مريم' });
  await expect(cell).toHaveAttribute('dir', 'auto');
  // The browser resolves "auto" from the text: right to left for Arabic and Hebrew.
  expect(await cell.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect((await savedLists(page)).map((l) => l.name)).toEqual(['לקוחות VIP']);
});
