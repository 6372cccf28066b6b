import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { chooseCsv, expectCounts, openContacts, toMapping } from './contacts-steps';

const COLUMNS = 5_000;
let dir = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peaksend-wide-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a 5,000-column file maps like any other: every column reachable, only those in view rendered', async ({
  page,
  app,
}) => {
  const header = ['phone', ...Array.from({ length: COLUMNS - 1 }, (_, i) => `col${i + 1}`)];
  const row = (n: number) => [
    `+97252${1_000_000 + n}`,
    ...Array.from({ length: COLUMNS - 1 }, (_, i) => `v${n}.${i}`),
  ];
  const file = join(dir, 'wide.csv');
  writeFileSync(file, `${[header, row(1), row(2), row(3)].map((r) => r.join(',')).join('\n')}\n`);

  await openContacts(page, app);
  const dialog = await chooseCsv(page, file);
  await toMapping(dialog);
  const fields = dialog.getByRole('region', { name: 'Merge fields, scrollable' });
  await expect(fields.getByLabel('Field name for col1', { exact: true })).toHaveValue('col1');
  // Virtualised: a screenful of rows is in the page, not 5,000.
  expect(await fields.getByRole('textbox').count()).toBeLessThan(200);

  // The last column is reached by scrolling, and its field can be renamed and kept.
  await fields.evaluate((el) => (el.scrollTop = el.scrollHeight));
  const last = fields.getByLabel(`Field name for col${COLUMNS - 1}`, { exact: true });
  await expect(last).toBeVisible();
  await last.fill('last_one');
  await fields.evaluate((el) => (el.scrollTop = 0));
  await expect(fields.getByLabel('Field name for col1', { exact: true })).toHaveValue('col1');
  await fields.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(last).toHaveValue('last_one');

  await dialog.getByLabel('Default country').selectOption('IL');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expectCounts(dialog, { Imported: 3 });
});
