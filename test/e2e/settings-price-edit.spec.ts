import { expect, test } from './fixtures';
import {
  openSettings,
  priceInput,
  pricesSection,
  savedSettings,
  savePrices,
} from './settings-steps';

const seeded = [
  { country: 'DE', pricePerPart: 0.045, currency: 'EUR' },
  { country: 'FR', pricePerPart: 0.052, currency: 'EUR' },
  { country: 'US', pricePerPart: 0.011, currency: 'EUR' },
];

test('a negative price or a second price for a country is shown at the cell and not saved', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  await savePrices(page, seeded);
  await page.reload();
  const prices = pricesSection(page);
  const save = prices.getByRole('button', { name: 'Save prices' });
  await expect(save).toBeDisabled();

  const germany = priceInput(page, 'Germany (DE)');
  await germany.fill('-0.01');
  await germany.blur();
  await expect(germany).toHaveAttribute('aria-invalid', 'true');
  await expect(germany).toHaveAccessibleDescription('A price cannot be negative.');

  await prices.getByRole('button', { name: 'Add price' }).click();
  const newCountry = prices.getByRole('textbox', { name: 'Country of row 4' });
  await expect(newCountry).toBeFocused();
  await newCountry.fill('fr');
  await priceInput(page, 'France (FR)').last().fill('0.06');
  await save.click();

  await expect(prices.getByRole('alert')).toHaveText(/Nothing was saved: 2 rows need a fix/);
  await expect(newCountry).toHaveValue('FR');
  await expect(newCountry).toHaveAccessibleDescription('FR already has a price in row 2.');
  // The first bad cell gets the focus so the keyboard user lands on it.
  await expect(germany).toBeFocused();
  expect((await savedSettings(page)).priceTable).toEqual(seeded);

  // An unknown currency is refused too.
  const currency = prices.getByLabel('Currency');
  await currency.fill('ZZZ');
  await currency.blur();
  await expect(currency).toHaveAccessibleDescription(/three-letter currency code/);
  await currency.fill('usd');
  await expect(currency).toHaveValue('USD');
  await expect(prices.getByRole('cell', { name: 'USD' })).toHaveCount(4);

  // Fix both rows: a decimal comma is read as a decimal mark, a country name becomes its code.
  await germany.fill('0,05');
  await newCountry.fill('italy');
  await newCountry.blur();
  await expect(newCountry).toHaveValue('IT');
  await expect(priceInput(page, 'Italy (IT)')).toHaveValue('0.06');
  await prices.getByRole('button', { name: 'Remove United States (US)' }).click();
  await expect(priceInput(page, 'United States (US)')).toHaveCount(0);
  await save.click();
  await expect(page.getByText('Saved 3 prices.')).toBeVisible();
  await expect(save).toBeDisabled();

  await page.reload();
  await expect(priceInput(page, 'Germany (DE)')).toHaveValue('0.05');
  await expect(priceInput(page, 'France (FR)')).toHaveValue('0.052');
  await expect(priceInput(page, 'Italy (IT)')).toHaveValue('0.06');
  await expect(priceInput(page, 'United States (US)')).toHaveCount(0);
  expect((await savedSettings(page)).priceTable).toEqual([
    { country: 'DE', pricePerPart: 0.05, currency: 'USD' },
    { country: 'FR', pricePerPart: 0.052, currency: 'USD' },
    { country: 'IT', pricePerPart: 0.06, currency: 'USD' },
  ]);
});

test('discarding edits restores the saved table, and removing every row empties it', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  await savePrices(page, seeded.slice(0, 1));
  await page.reload();
  const prices = pricesSection(page);

  // An empty new row waits for Save before it complains.
  await prices.getByRole('button', { name: 'Add price' }).click();
  const emptyCountry = prices.getByRole('textbox', { name: 'Country of row 2' });
  await expect(emptyCountry).not.toHaveAttribute('aria-invalid');
  await prices.getByRole('button', { name: 'Save prices' }).click();
  await expect(emptyCountry).toHaveAccessibleDescription('Enter a country code, like DE.');
  await expect(priceInput(page, 'row 2')).toHaveAccessibleDescription('The price is empty.');
  await expect(emptyCountry).toBeFocused();
  await prices.getByRole('button', { name: 'Discard changes' }).click();
  await expect(emptyCountry).toHaveCount(0);

  await priceInput(page, 'Germany (DE)').fill('9');
  await expect(prices.getByText('Unsaved changes')).toBeVisible();
  await prices.getByRole('button', { name: 'Discard changes' }).click();
  await expect(priceInput(page, 'Germany (DE)')).toHaveValue('0.045');

  await prices.getByRole('button', { name: 'Remove Germany (DE)' }).click();
  await expect(prices.getByText('No prices yet — costs will show as unknown.')).toBeVisible();
  await expect(prices.getByRole('button', { name: 'Add price' })).toBeFocused();
  await prices.getByRole('button', { name: 'Save prices' }).click();
  await expect(page.getByText('Price table cleared.')).toBeVisible();
  await page.reload();
  await expect(prices.getByText('No prices yet — costs will show as unknown.')).toBeVisible();
});
