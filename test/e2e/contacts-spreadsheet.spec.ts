import type { Page } from '@playwright/test';
import {
  chooseCsv,
  expectCounts,
  importDialog,
  openContacts,
  savedLists,
  toMapping,
} from './contacts-steps';
import { expect, test } from './fixtures';

const sheets = (name: string) => `test/fixtures/sheets/${name}`;

/** Imports a chosen file with GB as the default country and returns the report's counts. */
async function importWithCountry(page: Page, listName: string) {
  const dialog = importDialog(page);
  await toMapping(dialog);
  await dialog.getByLabel('List name').fill(listName);
  await dialog.getByLabel('Default country').selectOption('GB');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('heading', { name: /Import contacts/ })).toBeVisible();
  return dialog;
}

test('an .xlsx list with phones stored as numbers imports exactly like the same data as CSV', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  const counts = {
    'Total rows': 40,
    Imported: 36,
    Invalid: 2,
    Duplicates: 2,
    Suppressed: 0,
    Warnings: 0,
  };

  // The CSV export of the workbook, as Excel shows its cells.
  let dialog = await chooseCsv(page, sheets('contacts-numbers.csv'));
  await importWithCountry(page, 'From CSV');
  await expectCounts(dialog, counts);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  // The workbook itself: detected by content, sheets offered, numbers shown as in Excel.
  dialog = await chooseCsv(page, sheets('contacts-numbers.xlsx'));
  const sheet = dialog.getByLabel('Sheet');
  await expect(sheet).toHaveValue('0');
  await expect(sheet.locator('option')).toHaveText(['Contacts', 'Notes']);
  await expect(dialog.getByLabel('Encoding')).toHaveCount(0);
  const preview = dialog.getByRole('table', { name: 'First rows of the file' });
  // Never 4.47E+11, and the zero-padded national number keeps its leading zero.
  await expect(preview.getByRole('row').nth(1)).toContainText('447400100001');
  await expect(preview.getByRole('row').nth(3)).toContainText('07400100003');
  await expect(preview).toContainText('02/01/2000');
  await expect(preview).not.toContainText('E+');

  // The file's international numbers suggest the country; the suggestion is only applied on request.
  await toMapping(dialog);
  await dialog.getByLabel('List name').fill('From Excel');
  await dialog.getByLabel('Default country').selectOption('');
  await dialog.getByRole('button', { name: 'Use United Kingdom (GB)' }).click();
  await expect(dialog.getByLabel('Default country')).toHaveValue('GB');
  await expect(dialog.getByText(/like 07400 123456/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expectCounts(dialog, counts);
  await expect(dialog.getByText(/sheet “Contacts”/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();

  const lists = await savedLists(page);
  const csv = lists.find((l) => l.name === 'From CSV');
  const xlsx = lists.find((l) => l.name === 'From Excel');
  expect(xlsx?.contactCount).toBe(36);
  expect(xlsx?.contactCount).toBe(csv?.contactCount);
  // The column titles as the file wrote them travel with the list.
  expect(xlsx?.headers).toEqual({ name: 'Name', joined: 'Joined', score: 'Score' });
});

test('another sheet is read as soon as it is picked', async ({ page, app }) => {
  await openContacts(page, app);
  const dialog = await chooseCsv(page, sheets('multi-sheet.xlsx'));
  const sheet = dialog.getByLabel('Sheet');
  await expect(sheet.locator('option')).toHaveText(['Read me', 'Old list (hidden)', 'Guests']);
  const preview = dialog.getByRole('table', { name: 'First rows of the file' });
  await expect(preview).toContainText('Updated weekly.');
  await sheet.selectOption({ label: 'Guests' });
  await expect(preview.getByRole('columnheader', { name: /Mobile/ })).toBeVisible();
  await expect(preview).toContainText('447400100101');
  await importWithCountry(page, 'Guests');
  await expectCounts(dialog, { 'Total rows': 3, Imported: 3, Invalid: 0 });
});

test('the encoding can be chosen in the preview, which reads the file again at once', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  const dialog = await chooseCsv(page, 'test/fixtures/csv/shift-jis.csv');
  const encoding = dialog.getByLabel('Encoding');
  const preview = dialog.getByRole('table', { name: 'First rows of the file' });
  await expect(encoding).toHaveValue('shift_jis');
  await expect(preview).toContainText('山田太郎');
  await encoding.selectOption('windows-1252');
  await expect(preview).not.toContainText('山田太郎');
  await encoding.selectOption('shift_jis');
  await expect(preview).toContainText('東京都新宿区西新宿二丁目');
});

test('an import that imports nothing leaves no list behind', async ({ page, app }) => {
  await openContacts(page, app);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,phone\nAnn,call me\nBob,n/a\n'),
  });
  const dialog = await importWithCountry(page, 'Broken');
  await expectCounts(dialog, { 'Total rows': 2, Imported: 0, Invalid: 2 });
  await expect(
    dialog.getByText('No contacts were imported, so no list was created.'),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Open list' })).toHaveCount(0);
  expect(await savedLists(page)).toEqual([]);
});
