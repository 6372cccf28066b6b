import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
  chooseCsv,
  importDialog,
  importThroughApi,
  listPhones,
  openContacts,
  savedLists,
  toMapping,
} from './contacts-steps';

const ROWS = 600_000;
let dir = '';
let bigCsv = '';

// Large enough that the import is still running when Cancel is pressed (~5 s here).
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peaksend-big-'));
  bigCsv = join(dir, 'big-list.csv');
  const lines = ['name,phone,city'];
  for (let i = 0; i < ROWS; i++) lines.push(`Person ${i},+97252${1_000_000 + i},Haifa`);
  writeFileSync(bigCsv, `${lines.join('\n')}\n`);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const baseCsv = 'name,phone\nAvi,+972524265201\nBat,+972524265202\nCarmel,+972524265203\n';

test('canceling an import leaves an existing list as it was and creates no new list', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  const base = await importThroughApi(page, {
    name: 'base.csv',
    csv: baseCsv,
    listName: 'Base',
    country: 'IL',
  });
  expect(base.imported).toBe(3);
  await page.reload();
  await openContacts(page, app);
  const before = await savedLists(page);

  // Into the existing list.
  let dialog = await chooseCsv(page, bigCsv);
  await toMapping(dialog);
  await dialog.getByLabel('An existing list').check();
  await expect(dialog.getByLabel('List', { exact: true })).toHaveValue(String(base.listId));
  await expect(dialog.getByLabel('Default country')).toHaveValue('IL');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const rowsRead = dialog.getByTestId('import-rows-read');
  await expect(rowsRead).not.toHaveText('0');
  await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  await expect(dialog.getByText('Import canceled.')).toBeVisible();
  await expect(dialog.getByText('The list is exactly as it was before the import.')).toBeVisible();
  expect(await savedLists(page)).toEqual(before);
  expect(await listPhones(page, base.listId ?? 0)).toEqual([
    '+972524265201',
    '+972524265202',
    '+972524265203',
  ]);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  const overview = page.getByRole('table', { name: 'Contact lists' });
  await expect(overview.getByRole('row', { name: /Base/ })).toContainText('3');

  // Into a new list: canceling removes it again.
  dialog = await chooseCsv(page, bigCsv);
  await toMapping(dialog);
  await dialog.getByLabel('List name').fill('Big');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByTestId('import-rows-read')).not.toHaveText('0');
  await dialog.getByRole('button', { name: 'Cancel import' }).click();
  await expect(dialog.getByText('No list was created.')).toBeVisible();
  expect((await savedLists(page)).map((l) => l.name)).toEqual(['Base']);
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(importDialog(page)).toBeHidden();
  await expect(overview.getByRole('row')).toHaveCount(2);
});
