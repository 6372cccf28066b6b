import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../main/engine/db/open-database';
import { scribbleBtreePage, truncateHalf } from '../support/damage-file';
import type { Page } from '@playwright/test';
import { dataWithBackup, newDataDir, startAppOn } from './data-folder-steps';
import { expect, test } from './fixtures';

/** The app's own navigation (the page is already open; only the hash would change). */
async function toContacts(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Contacts' })
    .click();
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(page.getByText('Loading lists…')).toBeHidden();
}

test('a damaged database opens the recovery screen; restoring a backup brings its data back', async ({
  page,
}) => {
  const dataDir = newDataDir();
  await dataWithBackup(dataDir);
  scribbleBtreePage(join(dataDir, DATABASE_FILE));
  const app = await startAppOn(dataDir);
  try {
    await app.open(page);
    const screen = page.getByRole('main', { name: 'Peaksend cannot open its data' });
    await expect(screen).toBeVisible();
    await expect(screen.getByRole('alert')).toContainText(
      "Peaksend's database (peaksend.sqlite) is damaged and cannot be opened",
    );
    // None of the app's pages: nothing there could work.
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    const backups = screen.getByRole('list', { name: 'Backups' });
    await expect(backups.getByRole('listitem')).toHaveCount(1);
    await expect(backups.getByRole('listitem')).toContainText(
      '0 campaigns · 3,000 contacts in 1 list · 0 ledger rows',
    );
    await backups.getByRole('button', { name: 'Restore this backup' }).click();

    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await toContacts(page);
    const overview = page.getByRole('table', { name: 'Contact lists' });
    await expect(overview.getByRole('row', { name: /Backed up/ })).toContainText('3,000');
    await expect(overview.getByRole('row', { name: /After the backup/ })).toHaveCount(0);
    expect(readdirSync(dataDir).some((f) => f.startsWith(`${DATABASE_FILE}.damaged-`))).toBe(true);
  } finally {
    await app.close();
  }
});

test('moving the damaged file aside starts an empty app and keeps the file', async ({ page }) => {
  const dataDir = newDataDir();
  await dataWithBackup(dataDir);
  truncateHalf(join(dataDir, DATABASE_FILE));
  const app = await startAppOn(dataDir);
  try {
    await app.open(page);
    const screen = page.getByRole('main', { name: 'Peaksend cannot open its data' });
    await expect(screen.getByRole('alert')).toContainText('the file was cut off');
    await screen
      .getByRole('button', { name: 'Move the damaged file aside and start empty' })
      .click();
    await page
      .getByRole('dialog', { name: 'Start with empty data?' })
      .getByRole('button', { name: 'Move aside and start empty' })
      .click();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await toContacts(page);
    await expect(page.getByRole('table', { name: 'Contact lists' })).toHaveCount(0);
    const kept = readdirSync(dataDir).filter((f) => f.startsWith(`${DATABASE_FILE}.damaged-`));
    expect(kept.length).toBeGreaterThanOrEqual(1);
  } finally {
    await app.close();
  }
});
