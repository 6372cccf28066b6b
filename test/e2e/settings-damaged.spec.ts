import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newDataDir, startAppOn } from './data-folder-steps';
import { expect, test } from './fixtures';
import { streamCard } from './streams-steps';

const record = {
  id: 'b9a0a6f4-0000-4000-8000-000000000001',
  name: 'Main stream',
  type: 'marketing',
  defaultSender: 'Brand',
  allowedIps: [],
  baseUrl: 'https://textpeak-streams.commpeak.com',
  rateLimit: 80,
  tokenCipher: null,
  tokenHint: null,
  protection: 'unprotected',
  createdAt: '2026-04-01T08:00:00.000Z',
  updatedAt: '2026-04-01T08:00:00.000Z',
};

test('a damaged config.json: the app starts, names the file it kept and offers the last good copy', async ({
  page,
}) => {
  const dataDir = newDataDir();
  const good = { streams: [record] };
  writeFileSync(join(dataDir, 'config.json.last-good'), JSON.stringify(good));
  writeFileSync(join(dataDir, 'config.json'), '{"streams": [{"id": "b9a0a6f4-00'); // cut off
  const app = await startAppOn(dataDir);
  try {
    await app.open(page, '#streams');
    const notice = page.getByRole('alert', { name: 'Settings file damaged' });
    await expect(notice).toContainText("Peaksend's settings file could not be read.");
    const kept = readdirSync(dataDir).find((f) => f.startsWith('config.json.corrupt-'));
    expect(kept).toBeDefined();
    await expect(notice).toContainText(`It was kept as ${kept} in the data folder`);
    expect(readFileSync(join(dataDir, kept ?? ''), 'utf8')).toBe(
      '{"streams": [{"id": "b9a0a6f4-00',
    );
    await expect(streamCard(page, 'Sandbox')).toBeVisible();
    await expect(streamCard(page, 'Main stream')).toHaveCount(0);

    await notice.getByRole('button', { name: 'Use the last good copy' }).click();
    await expect(notice).toBeHidden();
    await expect(streamCard(page, 'Main stream')).toBeVisible();
    expect(JSON.parse(readFileSync(join(dataDir, 'config.json'), 'utf8'))).toEqual(good);
  } finally {
    await app.close();
  }
});

test('stream records of the wrong shape are kept, shown as unreadable, and can be restored', async ({
  page,
}) => {
  const dataDir = newDataDir();
  // A record missing most of its fields, as a hand edit or another version might leave it.
  const broken = { name: 'Old stream', baseUrl: 'https://old.example.com', type: 'otp' };
  writeFileSync(join(dataDir, 'config.json'), JSON.stringify({ streams: [broken] }));
  const app = await startAppOn(dataDir);
  try {
    await app.open(page, '#streams');
    const card = page.getByRole('listitem', { name: 'Unreadable stream Old stream' });
    await expect(card).toContainText('cannot be read — enter its token again');
    await expect(card).toContainText('https://old.example.com');

    // Any save (here: adding another stream) writes the unreadable record back untouched.
    await page.getByRole('button', { name: 'Add stream' }).click();
    const add = page.getByRole('dialog', { name: 'Add stream' });
    await add.getByLabel('Name', { exact: true }).fill('New stream');
    await add.getByLabel('Token', { exact: true }).fill('tok-new-0001');
    await add.getByLabel('Store the token unprotected').check();
    await add.getByRole('button', { name: 'Add stream' }).click();
    await expect(streamCard(page, 'New stream')).toBeVisible();
    const saved = JSON.parse(readFileSync(join(dataDir, 'config.json'), 'utf8'));
    expect(saved.streams).toContainEqual(broken);
    expect(existsSync(join(dataDir, 'config.json.last-good'))).toBe(true);

    // Entering its token again makes a usable stream from what could be read.
    await card.getByRole('button', { name: 'Enter token again…' }).click();
    const restore = page.getByRole('dialog', { name: 'Enter the token again' });
    await expect(restore.getByLabel('Name', { exact: true })).toHaveValue('Old stream');
    await expect(restore.getByLabel('Base URL')).toHaveValue('https://old.example.com');
    await restore.getByLabel('Token', { exact: true }).fill('tok-old-0002');
    await restore.getByLabel('Store the token unprotected').check();
    await restore.getByRole('button', { name: 'Add stream' }).click();
    await expect(streamCard(page, 'Old stream')).toBeVisible();
    await expect(card).toHaveCount(0);
    const after = JSON.parse(readFileSync(join(dataDir, 'config.json'), 'utf8'));
    expect(after.streams).not.toContainEqual(broken);
    expect(after.streams.map((s: { name: string }) => s.name).sort()).toEqual([
      'New stream',
      'Old stream',
    ]);
  } finally {
    await app.close();
  }
});
