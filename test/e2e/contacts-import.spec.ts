import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
  chooseCsv,
  csvFixture,
  expectCounts,
  openContacts,
  savedLists,
  toMapping,
} from './contacts-steps';

// Counts from test/unit/import/csv-fixtures.test.ts: 11 rows, 10 valid, 1 invalid (the Excel
// scientific-notation cell), with IL as the default country.
test('a CSV is previewed, mapped and imported with an exact report, then browsed and searched', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  await expect(page.getByRole('region', { name: 'No contact lists yet' })).toBeVisible();

  const dialog = await chooseCsv(page, csvFixture('phones-il-notations.csv'));
  await expect(dialog.getByText('phones-il-notations.csv')).toBeVisible();
  await expect(dialog.getByLabel('Encoding')).toHaveValue('utf-8');
  await expect(dialog.getByLabel('Delimiter')).toHaveValue(',');
  await expect(dialog.getByLabel('First row is a header')).toBeChecked();
  const preview = dialog.getByRole('table', { name: 'First rows of the file' });
  await expect(preview.getByRole('row')).toHaveCount(12); // header + 11 data rows
  await expect(preview.getByRole('columnheader', { name: /phone/ })).toContainText('phone');
  await expect(preview.getByRole('row', { name: /scientific/ })).toContainText('9.72524E+11');

  // Another delimiter reads the file again: one column only.
  await dialog.getByLabel('Delimiter').selectOption(';');
  await expect(preview.getByRole('columnheader')).toHaveCount(2); // row number + one column
  await expect(dialog.getByText('Only one column was found.')).toBeVisible();
  await dialog.getByLabel('Delimiter').selectOption(',');
  await expect(preview.getByRole('columnheader')).toHaveCount(3);

  await toMapping(dialog);
  await expect(dialog.getByLabel('Phone number column')).toHaveValue('1');
  await expect(dialog.getByLabel('Keep name')).toBeChecked();
  await dialog.getByLabel('Field name for name').fill('First Name');
  await expect(
    dialog.getByRole('table', { name: 'Merge fields' }).getByText('{first_name}'),
  ).toBeVisible();
  await dialog.getByLabel('Default country').selectOption('IL');
  const listName = dialog.getByLabel('List name');
  await expect(listName).toHaveValue('phones-il-notations');
  await listName.fill('Israel notations');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(dialog.getByText(/Imported 10 of 11 rows/)).toBeVisible();
  await expectCounts(dialog, {
    'Total rows': 11,
    Imported: 10,
    Invalid: 1,
    Duplicates: 0,
    Suppressed: 0,
    Warnings: 0,
  });
  const issues = dialog.getByRole('table', { name: 'Issues by row' });
  await expect(issues.getByRole('row')).toHaveCount(2);
  await expect(issues.getByRole('row').nth(1)).toContainText('11');
  await expect(issues.getByRole('row').nth(1)).toContainText('Mangled by Excel');
  await dialog.getByRole('button', { name: 'Invalid (1)' }).click();
  await expect(dialog.getByRole('button', { name: 'Invalid (1)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(issues.getByRole('row')).toHaveCount(2);

  await dialog.getByRole('button', { name: 'Export report CSV' }).click();
  await expect(page.getByRole('status').getByText(/Saved the report \(1 rows\) to/)).toBeVisible();
  const exports = join(app.dataDir, 'exports');
  const [report] = readdirSync(exports);
  const text = readFileSync(join(exports, report ?? ''), 'utf8');
  expect(text.split(/\r?\n/).filter(Boolean)).toHaveLength(2);
  expect(text).toContain('mangled_by_excel');

  await dialog.getByRole('button', { name: 'Open list' }).click();
  await expect(dialog).toBeHidden();
  const browser = page.getByRole('region', { name: 'List Israel notations' });
  await expect(browser.getByRole('heading', { name: 'Israel notations' })).toBeVisible();
  await expect(page.getByTestId('contacts-count')).toHaveText('10 contacts');
  const table = browser.getByRole('table', { name: 'Contacts of Israel notations' });
  await expect(table.getByRole('columnheader', { name: 'first_name' })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(11);
  await expect(table.getByRole('row', { name: /\+972524265201/ })).toContainText('intl');

  await browser.getByRole('searchbox', { name: 'Search contacts' }).fill('5207');
  await expect(page.getByTestId('contacts-count')).toHaveText('1 of 10 contacts match');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('dots');
  await browser.getByRole('searchbox', { name: 'Search contacts' }).fill('brackets');
  await expect(page.getByTestId('contacts-count')).toHaveText('1 of 10 contacts match');
  await expect(table.getByRole('row').nth(1)).toContainText('+972524265208');

  const [saved] = await savedLists(page);
  expect(saved).toMatchObject({
    name: 'Israel notations',
    contactCount: 10,
    defaultCountry: 'IL',
    columns: ['first_name'],
  });
  await browser.getByRole('button', { name: 'All lists' }).click();
  const overview = page.getByRole('table', { name: 'Contact lists' });
  await expect(overview.getByRole('row', { name: /Israel notations/ })).toContainText('10');
  await expect(overview.getByRole('row', { name: /Israel notations/ })).toContainText(
    'Israel (IL)',
  );
});
