import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseCsv, openContacts, toMapping } from './contacts-steps';
import { expect, test } from './fixtures';

const ROWS = 3_000;
let dir = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peaksend-scroll-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const phone = (n: number) => `+4915${String(10_000_000 + n)}`;

test('a long list scrolls to any row, and a focused row handed to another contact gives focus back to the table', async ({
  page,
  app,
}) => {
  const lines = ['phone,name'];
  for (let i = 0; i < ROWS; i++) lines.push(`${phone(i)},Name ${i}`);
  const file = join(dir, 'long.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);

  await openContacts(page, app);
  const dialog = await chooseCsv(page, file);
  await toMapping(dialog);
  await dialog.getByLabel('Default country').selectOption('DE');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: 'Open list' }).click();

  const table = page.getByRole('region', { name: /^Contacts of long, scrollable/ });
  const grid = page.getByRole('table', { name: 'Contacts of long' });
  await expect(grid.getByRole('cell', { name: `Name 0`, exact: true })).toBeVisible();

  // Focus a row's checkbox, then scroll it away within the rows loaded: its DOM now shows
  // another contact, and focus is back on the table.
  const first = grid.getByLabel(`Select ${phone(0)}`, { exact: true });
  await first.focus();
  await expect(first).toBeFocused();
  await table.evaluate((el) => (el.scrollTop = 32 * 100));
  await expect(grid.getByRole('cell', { name: 'Name 100', exact: true })).toBeVisible();
  await expect(table).toBeFocused();
  await expect(grid.getByLabel(`Select ${phone(0)}`, { exact: true })).toHaveCount(0);

  // The same far away, where the rows are still loading when they come into view.
  const near = grid.getByLabel(`Select ${phone(101)}`, { exact: true });
  await near.focus();
  await table.evaluate((el) => (el.scrollTop = 32 * 1500));
  await expect(grid.getByRole('cell', { name: 'Name 1500', exact: true })).toBeVisible();
  await expect(table).toBeFocused();

  // Rows far apart, one after another, each shown with its own contact and its own index.
  for (const n of [2999, 10, 2200]) {
    await table.evaluate((el, top) => (el.scrollTop = top), 32 * n);
    const row = grid.getByRole('row', { name: new RegExp(`Name ${n}\\b`) });
    await expect(row).toBeVisible();
    await expect(row).toHaveAttribute('aria-rowindex', String(n + 2));
    await expect(row.getByLabel(`Select ${phone(n)}`, { exact: true })).toBeVisible();
  }
});
