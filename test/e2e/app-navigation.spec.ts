import { type Page } from '@playwright/test';
import { newCampaign, seed, stepHeading } from './campaigns-steps';
import { expect, test } from './fixtures';
import { openSettings, pricesSection, priceInput, savedSettings } from './settings-steps';

const sidebar = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });

test('the sidebar "Campaigns" link shows the campaign list, not the last campaign', async ({
  page,
  app,
}) => {
  await seed(app, { lists: [{ name: 'Customers', count: 2 }] });
  await newCampaign(page, app);
  await expect(stepHeading(page, 'Audience')).toBeVisible();

  await sidebar(page, 'Campaigns').click();
  await expect(page.getByRole('table', { name: 'Campaigns' })).toBeVisible();
  await expect(page).toHaveURL(/#campaigns$/);

  await page.getByRole('button', { name: /^Open Campaign / }).click();
  await expect(stepHeading(page, 'Audience')).toBeVisible();
  await sidebar(page, 'Contacts').click();
  await sidebar(page, 'Campaigns').click();
  await expect(page.getByRole('table', { name: 'Campaigns' })).toBeVisible();
});

test('leaving Settings with unsaved edits asks "Save or discard your changes?"', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  const prices = pricesSection(page);
  const ask = page.getByRole('dialog', { name: 'Save or discard your changes?' });

  // Nothing edited: no question.
  await sidebar(page, 'Streams').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Streams' })).toBeVisible();
  await sidebar(page, 'Settings').click();

  await prices.getByRole('button', { name: 'Add price' }).click();
  await prices.getByRole('textbox', { name: 'Country of row 1' }).fill('DE');
  await priceInput(page, 'Germany (DE)').fill('0.05');
  await sidebar(page, 'Campaigns').click();
  await expect(ask).toContainText('Prices has changes that are not saved yet.');
  await expect(ask.getByRole('button', { name: 'Stay here' })).toBeFocused();
  await ask.getByRole('button', { name: 'Stay here' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(priceInput(page, 'Germany (DE)')).toHaveValue('0.05');

  // A save the section refuses keeps the user there, with the section's own message.
  await priceInput(page, 'Germany (DE)').fill('-1');
  await sidebar(page, 'Campaigns').click();
  await ask.getByRole('button', { name: 'Save changes' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(prices.getByRole('alert')).toContainText('Nothing was saved');

  await priceInput(page, 'Germany (DE)').fill('0.05');
  await sidebar(page, 'Campaigns').click();
  await ask.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Campaigns' })).toBeVisible();
  expect((await savedSettings(page)).priceTable).toEqual([
    { country: 'DE', pricePerPart: 0.05, currency: 'EUR' },
  ]);

  await sidebar(page, 'Settings').click();
  await priceInput(page, 'Germany (DE)').fill('0.07');
  await sidebar(page, 'Contacts').click();
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();
  await sidebar(page, 'Settings').click();
  await expect(priceInput(page, 'Germany (DE)')).toHaveValue('0.05');
});

test('closing the window with unsaved Settings edits asks first', async ({ page, app }) => {
  await openSettings(page, app);
  const prices = pricesSection(page);
  await prices.getByRole('button', { name: 'Add price' }).click();
  await prices.getByRole('textbox', { name: 'Country of row 1' }).fill('FR');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
});
