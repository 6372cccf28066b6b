import { readFileSync } from 'node:fs';
import { startSandbox } from '../../main/sandbox/start-sandbox';
import { expect, test } from './fixtures';
import {
  addStream,
  filesContaining,
  openStreams,
  startLoggedApp,
  streamCard,
} from './streams-steps';

const TOKEN = 'tok_live_5b1e77c0d9aa41f8';

test('a revealed token hides itself again after 30 seconds', async ({ page, app }) => {
  await page.clock.install();
  await openStreams(page, app);
  await addStream(page, { name: 'Acme', token: TOKEN });
  const card = streamCard(page, 'Acme');
  await expect(card.getByText('••••41f8')).toBeVisible();

  await card.getByRole('button', { name: 'Reveal token for Acme' }).click();
  await expect(card.getByText(TOKEN)).toBeVisible();
  await expect(card.getByText('••••41f8')).toHaveCount(0);
  await expect(card.getByRole('button', { name: 'Hide token for Acme' })).toBeVisible();

  await page.clock.runFor(29_000);
  await expect(card.getByText(TOKEN)).toBeVisible();
  await page.clock.runFor(1_500);
  await expect(card.getByText(TOKEN)).toHaveCount(0);
  await expect(card.getByText('••••41f8')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Reveal token for Acme' })).toBeVisible();
  expect(await page.content()).not.toContain(TOKEN);
});

test('a revealed token is hidden by its button and when leaving the page', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  await addStream(page, { name: 'Acme', token: TOKEN });
  const card = streamCard(page, 'Acme');

  await card.getByRole('button', { name: 'Reveal token for Acme' }).click();
  await expect(card.getByText(TOKEN)).toBeVisible();
  await card.getByRole('button', { name: 'Hide token for Acme' }).click();
  await expect(card.getByText(TOKEN)).toHaveCount(0);

  await card.getByRole('button', { name: 'Reveal token for Acme' }).click();
  await expect(card.getByText(TOKEN)).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Campaigns' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  expect(await page.content()).not.toContain(TOKEN);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Streams' })
    .click();
  await expect(streamCard(page, 'Acme').getByText('••••41f8')).toBeVisible();
  expect(await page.content()).not.toContain(TOKEN);
});

test('copy puts the token on the clipboard without it ever reaching the page', async ({
  page,
  app,
}) => {
  await openStreams(page, app);
  await addStream(page, { name: 'Acme', token: TOKEN });
  expect(await page.content()).not.toContain(TOKEN);
  expect(app.host.clipboard.current()).toBe('');

  await streamCard(page, 'Acme').getByRole('button', { name: 'Copy token for Acme' }).click();
  await expect(
    page
      .getByRole('status')
      .getByText('Token copied. The clipboard will be cleared in 60 seconds.'),
  ).toBeVisible();
  expect(app.host.clipboard.current()).toBe(TOKEN);
  expect(await page.content()).not.toContain(TOKEN);
});

test('the token is absent from the settings file, the database files, the host log and the page after use', async ({
  page,
}) => {
  // A real send against a CommPeak look-alike that knows the token, so the engine writes its
  // audit records and statuses to SQLite.
  const sandbox = await startSandbox({ port: 0, tokens: [TOKEN] });
  const { app, logs, close } = await startLoggedApp();
  try {
    await openStreams(page, app);
    await addStream(page, { name: 'Acme', token: TOKEN, baseUrl: sandbox.baseUrl });
    const card = streamCard(page, 'Acme');

    // Reveal, then hide.
    await card.getByRole('button', { name: 'Reveal token for Acme' }).click();
    await expect(card.getByText(TOKEN)).toBeVisible();
    await card.getByRole('button', { name: 'Hide token for Acme' }).click();
    await expect(card.getByText(TOKEN)).toHaveCount(0);

    // Copy.
    await card.getByRole('button', { name: 'Copy token for Acme' }).click();
    await expect(page.getByRole('status').getByText(/Token copied/)).toBeVisible();

    // Use it: main decrypts it for the engine, which sends and polls the status.
    await card.getByRole('button', { name: 'Send test message from Acme' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send a test message from Acme' });
    await dialog.getByLabel('Phone number').fill('+447911123456');
    await dialog.getByRole('button', { name: 'Send test message' }).click();
    const outcome = dialog.getByRole('status');
    await expect(outcome.getByText('Accepted by CommPeak')).toBeVisible();
    await expect(outcome.getByText(/Delivery status: Delivered/)).toBeVisible({ timeout: 20_000 });
    expect(sandbox.received()).toHaveLength(1);
    expect(await page.content()).not.toContain(TOKEN);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByText('OK', { exact: true })).toBeVisible();

    expect(await page.content()).not.toContain(TOKEN);
    const storage = await page.evaluate(() =>
      JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
    );
    expect(storage).not.toContain(TOKEN);

    const settings = readFileSync(app.host.settingsFile, 'utf8');
    expect(settings).toContain('Acme');
    expect(settings).not.toContain(TOKEN);
    expect(filesContaining(app.dataDir, TOKEN)).toEqual([]);
    // The scan can fail: the phone number sent is in the database files of the same folder.
    expect(filesContaining(app.dataDir, '447911123456').length).toBeGreaterThan(0);
    expect(logs.filter((line) => line.includes(TOKEN))).toEqual([]);
  } finally {
    await close();
    await sandbox.close();
  }
});
