import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { openContacts } from './contacts-steps';
import { expect, test } from './fixtures';
import { readZip, sheetRows } from '../support/read-zip';
import { importList } from './segments-steps';

const HOSTILE = '=HYPERLINK("http://example.test","x")';
const csv = [
  'Mobile,Prénom,Note',
  '+33612345601,Chloé,ok',
  `+33612345602,Zoë,"${HOSTILE.replace(/"/g, '""')}"`,
  '0612345603,Ünal,@home',
].join('\n');

test('a list exports as CSV that re-imports the same, and as an Excel workbook', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  const first = await importList(page, {
    name: 'clients.csv',
    csv,
    listName: 'Clients été',
    phoneColumn: 0,
    fieldColumns: { '1': 'prenom', '2': 'note' },
    country: 'FR',
  });
  expect(first).toMatchObject({ imported: 3, invalid: 0 });
  await page.reload();
  await openContacts(page, app);
  await page.getByRole('button', { name: 'Clients été' }).click();
  const exports = join(app.dataDir, 'exports');

  // CSV: a BOM for Excel, formulas neutralised, numbers left clean for the next tool.
  await page.getByRole('button', { name: 'Export…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Export “Clients été”' });
  await expect(dialog.getByLabel('CSV (UTF-8)')).toBeChecked();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const csvFile = join(exports, 'Clients été.csv');
  await expect(
    page.getByRole('status').getByText(`Exported 3 contacts to ${csvFile}`),
  ).toBeVisible();
  const text = readFileSync(csvFile, 'utf8');
  expect(text.startsWith('\uFEFFMobile,prenom,note\r\n')).toBe(true);
  expect(Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data).toEqual([
    ['Mobile', 'prenom', 'note'],
    ['+33612345601', 'Chloé', 'ok'],
    ['+33612345602', 'Zoë', `'${HOSTILE}`],
    ['+33612345603', 'Ünal', "'@home"],
  ]);
  const again = await importList(page, {
    name: 'round-trip.csv',
    csv: text,
    listName: 'Round trip',
    phoneColumn: 0,
    fieldColumns: { '1': 'prenom', '2': 'note' },
    country: null,
  });
  expect(again).toMatchObject({ total: 3, imported: 3, invalid: 0, duplicates: 0 });

  // XLSX: every value a text cell, so nothing runs and +33… keeps its plus.
  await page.getByRole('button', { name: 'Export…' }).click();
  dialog = page.getByRole('dialog', { name: 'Export “Clients été”' });
  await dialog.getByLabel('Excel workbook (.xlsx)').check();
  await dialog.getByRole('button', { name: 'Export…' }).click();
  const xlsx = join(exports, 'Clients été.xlsx');
  await expect(page.getByRole('status').getByText(`Exported 3 contacts to ${xlsx}`)).toBeVisible();
  const zip = readZip(xlsx);
  expect(zip.get('[Content_Types].xml')?.toString()).toContain('spreadsheetml.sheet.main+xml');
  expect(sheetRows(zip.get('xl/worksheets/sheet1.xml')?.toString() ?? '')).toEqual([
    ['Mobile', 'prenom', 'note'],
    ['+33612345601', 'Chloé', 'ok'],
    ['+33612345602', 'Zoë', HOSTILE],
    ['+33612345603', 'Ünal', '@home'],
  ]);
});
