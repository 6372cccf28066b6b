import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkA11y } from './axe-steps';
import { chooseCsv, openContacts, toMapping } from './contacts-steps';
import { expect, test } from './fixtures';

const COLUMNS = 5_000;
let dir = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peaksend-wide-preview-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a 5,000-column preview renders the columns in view, reaches the last, and offers every column for the phone', async ({
  page,
  app,
}) => {
  // The phone is the last column, so finding it takes the whole width of the file.
  const header = [...Array.from({ length: COLUMNS - 1 }, (_, i) => `col${i + 1}`), 'mobile'];
  const row = (n: number) => [
    ...Array.from({ length: COLUMNS - 1 }, (_, i) => `v${n}.${i}`),
    `+97252${1_000_000 + n}`,
  ];
  const file = join(dir, 'wide-phone-last.csv');
  writeFileSync(file, `${[header, row(1), row(2), row(3)].map((r) => r.join(',')).join('\n')}\n`);

  await openContacts(page, app);
  const dialog = await chooseCsv(page, file);
  const table = dialog.getByRole('table', { name: 'First rows of the file' });
  await expect(table.getByRole('columnheader', { name: 'col1', exact: true })).toBeVisible();
  // Columns, not just rows, are virtualised: a screenful of cells, and the table says how many.
  expect(await table.getByRole('cell').count()).toBeLessThan(200);
  await expect(table).toHaveAttribute('aria-colcount', String(COLUMNS + 1));
  await checkA11y(page, 'Import dialog: preview of a 5,000-column file', 'dialog');

  const region = dialog.getByRole('region', { name: 'First rows of the file, scrollable' });
  await region.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  const last = table.getByRole('columnheader', { name: /^mobile/ });
  await expect(last).toBeVisible();
  await expect(last).toHaveAttribute('aria-colindex', String(COLUMNS + 1));
  await expect(table.getByRole('cell', { name: '+972521000002', exact: true })).toBeVisible();

  await toMapping(dialog);
  // The phone column was found at the far end, and every column can be chosen instead.
  const phone = dialog.getByLabel('Phone number column');
  await expect(phone).toHaveValue(String(COLUMNS - 1));
  await expect(phone.locator('option')).toHaveCount(COLUMNS);
  await phone.selectOption({ label: 'col2500' });
  await expect(phone).toHaveValue('2499');
  await checkA11y(page, 'Import dialog: columns of a 5,000-column file', 'dialog');
});
