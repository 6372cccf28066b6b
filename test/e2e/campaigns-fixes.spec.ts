import { startSandbox } from '../../main/sandbox/start-sandbox';
import {
  chooseList,
  daytimeCountry,
  goToStep,
  messageBox,
  newCampaign,
  seed,
  waitSaved,
} from './campaigns-steps';
import { expect, test } from './fixtures';
import { prepareCampaign, startCampaign, statusBadge } from './progress-steps';
import { savePrices } from './settings-steps';

test('Review shows the cost as soon as prices are saved, without "Check again"; money lines up', async ({
  page,
  app,
}) => {
  await seed(app, { lists: [{ name: 'Customers', count: 13 }] });
  await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  await messageBox(page).fill('Hi {first_name}, doors open at 9!');
  await goToStep(page, 'Review');
  await expect(page.getByText('No price table: import one in Settings')).toBeVisible();

  // Saved elsewhere (another window, or Settings): the open Review checks again by itself.
  await savePrices(page, [
    { country: 'DE', pricePerPart: 0.045, currency: 'EUR' },
    { country: 'FR', pricePerPart: 0.05, currency: 'EUR' },
  ]);
  // 13 parts × €0.045 = €0.585: the currency's two decimals, the part price keeps its own.
  await expect(page.getByTestId('cost-total')).toHaveText('€0.59');
  const row = page.getByRole('table', { name: 'Cost by country' }).getByRole('row', {
    name: /Germany \(DE\)/,
  });
  await expect(row.getByRole('cell')).toHaveText(['13', '€0.59', '€0.045']);
  await expect(page.getByRole('columnheader', { name: 'Price per part' })).toBeVisible();

  // Through the Settings page and back: the same, with no click on "Check again".
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByRole('textbox', { name: 'Price per part for Germany (DE)' }).fill('0.1');
  await page.getByRole('button', { name: 'Save prices' }).click();
  await expect(page.getByRole('status').getByText('Saved 2 prices.')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Campaigns' })
    .click();
  await page.getByRole('button', { name: /^Open Campaign / }).click();
  await expect(page.getByTestId('cost-total')).toHaveText('€1.30');
});

test('a scheduled campaign shows its fields read-only, with "Unschedule to edit"', async ({
  page,
  app,
}) => {
  await seed(app, { lists: [{ name: 'Customers', count: 2, country: daytimeCountry() }] });
  const id = await newCampaign(page, app);
  await chooseList(page, 'Customers');
  await goToStep(page, 'Message');
  const text = messageBox(page);
  await text.fill('See you tomorrow!');
  await waitSaved(page);
  const editable = await text.evaluate(
    (el) => getComputedStyle(el.parentElement ?? el).borderStyle,
  );
  await page.evaluate(async (campaignId) => {
    const api = window.peaksend.campaigns;
    const at = new Date(Date.now() + 3600_000).toISOString();
    await api.update({ id: campaignId, patch: { scheduleAt: at, streamId: 'sandbox' } });
    const r = await api.start({ id: campaignId });
    if (!r.ok) throw new Error(r.error.message);
  }, id);
  await page.reload();
  const note = page.getByTestId('locked-note');
  await expect(note).toHaveText(/Read-only while scheduled\. Unschedule to edit\./);
  await expect(text).not.toBeEditable();
  // It looks read-only, not like an input that ignores the keyboard.
  const frozen = await text.evaluate((el) => getComputedStyle(el.parentElement ?? el).borderStyle);
  expect(editable).toBe('solid');
  expect(frozen).toBe('dashed');

  await page
    .getByRole('status')
    .filter({ hasText: 'Scheduled to start' })
    .getByRole('button', {
      name: 'Unschedule',
    })
    .click();
  await expect(note).toHaveCount(0);
  await expect(text).toBeEditable();
});

test('the "Retry failed" dialog has a dialog title, not the panel-heading style', async ({
  page,
  app,
}) => {
  const TOKEN = 'retry-token-1234';
  // Every message is accepted, then reported undelivered: all of them can be retried.
  const sandbox = await startSandbox({
    port: 0,
    tokens: [TOKEN],
    delivery: { delayMs: [0, 0], weights: { undelivered: 1 } },
  });
  try {
    const id = await prepareCampaign(page, app, {
      recipients: 3,
      stream: { baseUrl: sandbox.baseUrl, token: TOKEN },
    });
    await startCampaign(page, id);
    await expect(statusBadge(page, 'Done')).toBeVisible({ timeout: 30_000 });
    const retry = page.getByRole('button', { name: 'Retry failed only' });
    await expect(retry).toBeEnabled({ timeout: 30_000 });
    const panelHeading = await page
      .getByRole('heading', { name: 'Results', exact: true })
      .evaluate((el) => getComputedStyle(el).textTransform);
    await retry.click();
    const dialog = page.getByRole('dialog', { name: /^Retry \d failed recipients?\?$/ });
    const title = dialog.getByRole('heading', { level: 2 });
    const style = await title.evaluate((el) => {
      const s = getComputedStyle(el);
      return { transform: s.textTransform, size: s.fontSize, spacing: s.letterSpacing };
    });
    expect(panelHeading).toBe('uppercase');
    expect(style).toEqual({ transform: 'none', size: '17px', spacing: 'normal' });
    await dialog.getByRole('button', { name: 'Don’t retry' }).click();
  } finally {
    await sandbox.close();
  }
});
