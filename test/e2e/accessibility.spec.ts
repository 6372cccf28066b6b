import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startSandbox } from '../../main/sandbox/start-sandbox';
import { checkA11y, printA11ySummary } from './axe-steps';
import { daytimeCountry, goToStep, messageBox, seed } from './campaigns-steps';
import { chooseCsv, openContacts, throughOptOutSteps, toMapping } from './contacts-steps';
import { expect, test } from './fixtures';
import { prepareCampaign, startCampaign, statusBadge } from './progress-steps';
import {
  importThroughChooser,
  openSettings,
  pricesSection,
  priceInput,
  pricesCsv,
} from './settings-steps';
import { addStream, openStreams, streamCard } from './streams-steps';

// One worker, in order, so the summary at the end covers every view; axe takes 1–5 s a view.
test.describe.configure({ mode: 'default', timeout: 180_000 });
test.afterAll(() => printA11ySummary());

const sidebar = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

async function inDialog(page: Page, name: string | RegExp, where: string, close = 'Cancel') {
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await checkA11y(page, where, 'dialog');
  await dialog.getByRole('button', { name: close, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('campaigns: the empty page, every editor step, its dialogs, progress and the list', async ({
  page,
  app,
}) => {
  await app.open(page, '#campaigns');
  await expect(page.getByRole('button', { name: 'Try it with the Sandbox' })).toBeVisible();
  await checkA11y(page, 'Campaigns, empty (first steps)');

  await page.getByRole('button', { name: 'Try it with the Sandbox' }).click();
  await expect(page.getByTestId('pf-recipients')).toHaveText('8');
  await checkA11y(page, 'Campaign editor: Review');
  await goToStep(page, 'Audience');
  await checkA11y(page, 'Campaign editor: Audience');
  await goToStep(page, 'Message');
  await expect(messageBox(page)).toBeVisible();
  await checkA11y(page, 'Campaign editor: Message');
  await page.getByRole('button', { name: 'Insert field' }).click();
  await checkA11y(page, 'Campaign editor: Insert field popover');
  await page.keyboard.press('Escape');
  await messageBox(page).fill('Hi {first_name|there}, it’s “today”! Reply STOP to opt out');
  await page
    .getByRole('button', { name: /^Replace/ })
    .first()
    .click();
  await inDialog(page, /GSM/, 'Dialog: replace with GSM characters');
  await messageBox(page).fill('Hi {first_name|there}, it is today! Reply STOP to opt out');
  await goToStep(page, 'Send');
  await checkA11y(page, 'Campaign editor: Send');
  const acknowledge = page.getByLabel('I have read the warnings and want to send anyway');
  if (await acknowledge.isVisible()) await acknowledge.check();
  await page.getByRole('button', { name: 'Send…' }).click();
  await inDialog(page, /^Send to 8 recipients/, 'Dialog: send confirmation');
  await page.getByRole('button', { name: 'Send…' }).click();
  await page.getByRole('button', { name: 'Send now' }).click();
  await expect(page.locator('.cp-badge')).toHaveText('Done', { timeout: 30_000 });
  await checkA11y(page, 'Campaign progress (done, with results)');

  await sidebar(page, 'Campaigns').click();
  const table = page.getByRole('table', { name: 'Campaigns' });
  await table.getByRole('button', { name: /^Duplicate / }).click();
  await expect(table.getByRole('row')).toHaveCount(3);
  await checkA11y(page, 'Campaigns list');
  await table.getByRole('button', { name: /^Delete / }).click();
  await inDialog(page, 'Delete this draft?', 'Dialog: delete a draft');
});

test('campaign progress: while sending, and the cancel confirmation', async ({ page, app }) => {
  const id = await prepareCampaign(page, app, { recipients: 40, rateLimit: 2 });
  await startCampaign(page, id);
  await expect(statusBadge(page, 'Sending')).toBeVisible();
  await checkA11y(page, 'Campaign progress (sending)');
  await page.getByRole('button', { name: 'Cancel campaign' }).click();
  await inDialog(page, /^Cancel/, 'Dialog: cancel a campaign', 'Keep the campaign');
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(statusBadge(page, 'Paused')).toBeVisible();
  await checkA11y(page, 'Campaign progress (paused)');
});

test('campaign progress: the retry confirmation', async ({ page, app }) => {
  const TOKEN = 'axe-retry-token';
  const sandbox = await startSandbox({
    port: 0,
    tokens: [TOKEN],
    delivery: { delayMs: [0, 0], weights: { undelivered: 1 } },
  });
  try {
    const failed = await prepareCampaign(page, app, {
      recipients: 2,
      name: 'Undelivered',
      stream: { baseUrl: sandbox.baseUrl, token: TOKEN },
    });
    await startCampaign(page, failed);
    await expect(page.getByRole('button', { name: 'Retry failed only' })).toBeEnabled({
      timeout: 30_000,
    });
    await page.getByRole('button', { name: 'Retry failed only' }).click();
    await inDialog(page, /^Retry/, 'Dialog: retry failed recipients', 'Don’t retry');
  } finally {
    await sandbox.close();
  }
});

test('contacts: lists, the import dialog’s steps, a list, its dialogs and the opt-outs', async ({
  page,
  app,
}) => {
  await openContacts(page, app);
  await checkA11y(page, 'Contacts, no lists');
  // Enough rows with problems that the report's list of them scrolls.
  const rows = ['name,phone'];
  for (let i = 0; i < 30; i++) rows.push(`Name ${i},+49152${String(i).padStart(8, '0')}`);
  for (let i = 0; i < 30; i++) rows.push(`Bad ${i},12${i}`);
  const file = join(app.dataDir, 'customers.csv');
  writeFileSync(file, rows.join('\n'));
  const dialog = await chooseCsv(page, file);
  await checkA11y(page, 'Import dialog: preview', 'dialog');
  await toMapping(dialog);
  await checkA11y(page, 'Import dialog: columns', 'dialog');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('dialog');
  await expect(report.getByRole('button', { name: 'Open list' })).toBeVisible({ timeout: 30_000 });
  await checkA11y(page, 'Import dialog: report', 'dialog');
  await report.getByRole('button', { name: 'Close', exact: true }).click();

  await checkA11y(page, 'Contacts, lists');
  await page.getByRole('table', { name: 'Contact lists' }).getByRole('button').first().click();
  await expect(page.getByRole('button', { name: 'Add contact…' })).toBeVisible();
  await checkA11y(page, 'Contacts: a list');
  for (const [button, name, where] of [
    ['Add contact…', /^Add a contact/, 'Dialog: add a contact'],
    ['Rename…', 'Rename list', 'Dialog: rename a list'],
    ['Default country…', 'Default country', 'Dialog: a list’s default country'],
    ['Export…', /^Export/, 'Dialog: export a list'],
    ['New segment…', /^New segment/, 'Dialog: new segment'],
    ['Delete list…', /^Delete “/, 'Dialog: delete a list'],
  ] as const) {
    await page.getByRole('button', { name: button }).click();
    await inDialog(page, name, where);
  }

  // A segment, and the confirmations of deleting it and a contact.
  await page.getByRole('button', { name: 'New segment…' }).click();
  const editor = page.getByRole('dialog', { name: /^New segment/ });
  await editor.getByLabel('Segment name').fill('Some');
  await editor.getByLabel('Comparison of condition 1').selectOption('isEmpty');
  await editor.getByRole('button', { name: 'Save segment' }).click();
  await expect(editor).toBeHidden();
  await checkA11y(page, 'Contacts: a list with a segment');
  await page.getByRole('button', { name: 'Delete segment Some' }).click();
  await inDialog(page, /^Delete the segment/, 'Dialog: delete a segment');
  await page
    .getByRole('checkbox', { name: /^Select \+49/ })
    .first()
    .check();
  await page.getByRole('button', { name: 'Delete selected…' }).click();
  await inDialog(page, /^Delete 1 contact/, 'Dialog: delete contacts');

  await page.getByRole('tab', { name: 'Opt-outs' }).click();
  await expect(page.getByRole('button', { name: 'Add numbers…' })).toBeVisible();
  await page.getByRole('button', { name: 'Add numbers…' }).click();
  await inDialog(page, 'Add opt-outs', 'Dialog: add opt-outs');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV of numbers…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('dialog', { name: 'Import opt-outs' })).toBeVisible();
  await checkA11y(page, 'Dialog: import opt-outs', 'dialog');
  const optOutReport = await throughOptOutSteps(page, 'DE');
  await checkA11y(page, 'Dialog: opt-outs imported', 'dialog');
  await optOutReport.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('table', { name: 'Opted-out numbers' })).toBeVisible();
  await checkA11y(page, 'Contacts: opt-outs');
  await page
    .getByRole('button', { name: /^Remove .* from opt-outs$|^Remove from opt-outs/ })
    .first()
    .click();
  await inDialog(page, 'Remove from opt-outs?', 'Dialog: remove from opt-outs');
});

test('streams: the page and every stream dialog', async ({ page, app }) => {
  await openStreams(page, app);
  await checkA11y(page, 'Streams');
  await page.getByRole('button', { name: 'Add stream' }).click();
  await inDialog(page, 'Add stream', 'Dialog: add a stream');
  await addStream(page, {
    name: 'Marketing',
    token: 'tok_live_1234567890ab',
    baseUrl: 'http://127.0.0.1:9/',
  });
  const card = streamCard(page, 'Marketing');
  await checkA11y(page, 'Streams, with a stream');
  for (const [button, name, where] of [
    [
      'Send test message from Marketing',
      'Send a test message from Marketing',
      'Dialog: send a test',
    ],
    ['Edit Marketing', /^Edit/, 'Dialog: edit a stream'],
    ['Replace token for Marketing', 'Replace the token of Marketing', 'Dialog: replace a token'],
    ['Delete Marketing', /^Delete/, 'Dialog: delete a stream'],
  ] as const) {
    await card.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    await checkA11y(page, where, 'dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('settings: every section, the price import, the sender rule and leave dialogs', async ({
  page,
  app,
}) => {
  await seed(app, { lists: [{ name: 'Customers', count: 1, country: daytimeCountry() }] });
  await openSettings(page, app);
  await checkA11y(page, 'Settings');
  await importThroughChooser(page, pricesCsv);
  await checkA11y(page, 'Dialog: import prices', 'dialog');
  await page
    .getByRole('dialog', { name: 'Import prices' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  const rules = page.getByRole('region', { name: 'Sender rules' });
  await rules.getByRole('button', { name: 'Edit the rule for France (FR)' }).click();
  await inDialog(page, 'Sender rule for France (FR)', 'Dialog: edit a sender rule');
  await rules.getByRole('button', { name: 'Add a country' }).click();
  await inDialog(page, 'Add a sender rule', 'Dialog: add a sender rule');

  await pricesSection(page).getByRole('button', { name: 'Add price' }).click();
  await pricesSection(page).getByRole('textbox', { name: 'Country of row 1' }).fill('DE');
  await priceInput(page, 'Germany (DE)').fill('0.05');
  await sidebar(page, 'Streams').click();
  await inDialog(page, 'Save or discard your changes?', 'Dialog: save or discard', 'Stay here');
});
