import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountTmpfs, tmpfsUnavailable, type Tmpfs } from '../support/tmpfs';
import { chooseCsv, openContacts, savedLists, toMapping } from './contacts-steps';
import { startAppOn } from './data-folder-steps';
import { expect, test } from './fixtures';

const unavailable = tmpfsUnavailable();
const ROWS = 600_000;
let dir = '';
let bigCsv = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'peaksend-big-'));
  bigCsv = join(dir, 'big-list.csv');
  const lines = ['name,phone,city'];
  for (let i = 0; i < ROWS; i++) lines.push(`Person ${i},+97252${1_000_000 + i},Haifa`);
  writeFileSync(bigCsv, `${lines.join('\n')}\n`);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the disk fills during an import: the dialog and the banner say so, and clean-up ends it', async ({
  page,
}) => {
  test.skip(unavailable !== null, `disk-full e2e skipped: ${unavailable}`);
  const fs: Tmpfs = mountTmpfs(400);
  const app = await startAppOn(join(fs.path, 'data'));
  try {
    await openContacts(page, app);
    const dialog = await chooseCsv(page, bigCsv);
    await toMapping(dialog);
    await dialog.getByLabel('List name').fill('Big');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByTestId('import-rows-read')).not.toHaveText('0');
    fs.fill(); // another program takes the rest of the disk

    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText("The disk holding Peaksend's data is full");
    const pending = (await alert.textContent())?.includes('not usable') ?? false;
    if (pending) {
      await expect(dialog).toContainText('cannot be chosen for a campaign');
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();
      const banner = page.getByRole('alert', { name: 'Disk problem' });
      await expect(banner).toContainText('Some clean-up is waiting');
      await expect(banner).toContainText('Undo the interrupted import of big-list.csv');
      const overview = page.getByRole('table', { name: 'Contact lists' });
      await expect(overview.getByRole('row', { name: /Big/ })).toContainText(
        'Import interrupted — not usable',
      );
      fs.free();
      await expect(banner).toBeHidden({ timeout: 30_000 });
    } else {
      await expect(alert).toContainText('nothing was saved');
      fs.free();
    }
    await expect.poll(async () => (await savedLists(page)).length, { timeout: 30_000 }).toBe(0);
  } finally {
    await app.close().catch(() => {});
    fs.unmount();
  }
});
