import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getExampleNumber } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import type { CountryCode } from 'libphonenumber-js';
import { expect, test } from '@playwright/test';
import type { PeaksendApi } from '../../shared/contract/contract';
import { chooseList, daytimeCountry, goToStep, messageBox } from '../e2e/campaigns-steps';
import { importDialog, toMapping } from '../e2e/contacts-steps';
import { streamCard } from '../e2e/streams-steps';
import {
  addStream,
  answerMessageBoxes,
  chooseFileInOpenDialog,
  goTo,
  launchApp,
  messageBoxesShown,
  type RunningApp,
} from './launch-app';

const TOKEN = 'tok_live_5b1e77c0d9aa41f8';

let app: RunningApp;
test.beforeEach(async () => {
  app = await launchApp();
});
test.afterEach(async () => {
  await app.close();
});

/** Three mobile numbers of a country where it is daytime, so quiet hours let them go now. */
function daytimeCsv(dir: string): string {
  const country = daytimeCountry() as CountryCode;
  const example = getExampleNumber(country, examples)?.number ?? '';
  const rows = [1, 2, 3].map((i) => `${example.slice(0, -1)}${i},Name${i}`);
  const path = join(dir, 'customers.csv');
  writeFileSync(path, ['phone,first_name', ...rows].join('\n'));
  return path;
}

test('the main journey: add a stream, import a CSV, compose, send to the Sandbox, watch it finish', async () => {
  const { page, electron } = app;
  await goTo(page, 'Streams');
  await addStream(page, 'Acme', TOKEN);
  await expect(streamCard(page, 'Acme').getByText('••••41f8')).toBeVisible();

  await goTo(page, 'Contacts');
  await chooseFileInOpenDialog(electron, daytimeCsv(app.dataDir));
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = importDialog(page);
  await expect(dialog.getByText('customers.csv')).toBeVisible();
  await toMapping(dialog);
  await dialog.getByLabel('List name').fill('Customers');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByText(/Imported 3 of 3 rows/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Open list' }).click();
  await expect(dialog).toBeHidden();

  await goTo(page, 'Campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  await messageBox(page).fill('Hi {first_name}, doors open at 9!');
  await goToStep(page, 'Send');
  await expect(page.getByTestId('send-recipients')).toHaveText('3');
  await page.getByRole('button', { name: 'Send…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Send to 3 recipients through Sandbox?' });
  await confirm.getByRole('button', { name: 'Send now' }).click();
  await expect(page).toHaveURL(/#campaigns\/progress\/\d+$/);
  await expect(page.locator('.cp-badge')).toHaveText('Done', { timeout: 60_000 });
});

test('a token is shown only after the native dialog says yes; Cancel leaves none in the page', async () => {
  const { page, electron } = app;
  await goTo(page, 'Streams');
  await addStream(page, 'Production marketing', TOKEN);
  const card = streamCard(page, 'Production marketing');

  await answerMessageBoxes(electron, 1);
  await card.getByRole('button', { name: 'Reveal token for Production marketing' }).click();
  await expect(page.getByRole('status').getByText(/showing it was not confirmed/)).toBeVisible();
  expect(await messageBoxesShown(electron)).toEqual(["Show the token of 'Production marketing'?"]);
  expect(await page.content()).not.toContain(TOKEN);
  // A script in the page gets the same answer.
  const fromScript = await page.evaluate(async () => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    const list = await api.streams.list();
    const id = list.ok ? (list.value.find((s) => !s.builtIn)?.id ?? '') : '';
    return api.streams.reveal({ id });
  });
  expect(fromScript).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });

  await answerMessageBoxes(electron, 0);
  await card.getByRole('button', { name: 'Reveal token for Production marketing' }).click();
  await expect(card.getByText(TOKEN)).toBeVisible();
  expect(await messageBoxesShown(electron)).toHaveLength(3);
});

test('the window stays on app://peaksend and has the app menu', async () => {
  const { page, electron } = app;
  const start = page.url();
  expect(start).toMatch(/^app:\/\/peaksend\//);
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
    'undefined',
  );
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  const opened = await page.evaluate(() => window.open('https://evil.example/') === null);
  expect(opened).toBe(true);
  await page.waitForTimeout(500);
  expect(page.url()).toBe(start);
  expect(electron.windows()).toHaveLength(1);

  const menu = await electron.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((item) => item.label),
  );
  expect(menu).toEqual(expect.arrayContaining(['Edit', 'View', 'Window', 'Help']));
  // Not packaged here, so the development items are present; test/shell checks the packaged menu.
});
