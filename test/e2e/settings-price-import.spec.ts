import { expect, test } from './fixtures';
import {
  decimalCommaCsv,
  dropOnPriceZone,
  importThroughChooser,
  openSettings,
  priceInput,
  pricesCsv,
  pricesSection,
  savedSettings,
} from './settings-steps';

test('a price CSV is previewed with its bad rows, then replaces the table and survives a reload', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  const prices = pricesSection(page);
  await expect(prices.getByText('No prices yet — costs will show as unknown.')).toBeVisible();

  const dialog = await importThroughChooser(page, pricesCsv);
  await expect(dialog.getByText(/prices\.csv/)).toBeVisible();
  const summary = dialog.locator('.import-summary');
  await expect(summary.getByText('Prices found')).toBeVisible();
  await expect(summary).toContainText('Prices found5');
  await expect(summary).toContainText('CurrencyEUR');
  await expect(summary).toContainText('Rows skipped1');
  const found = dialog.getByRole('region', { name: 'Prices found' });
  await expect(found.getByRole('row')).toHaveCount(6); // the header and five prices
  await expect(found.getByRole('row', { name: /US United States 0\.011 EUR/ })).toBeVisible();
  const skipped = dialog.getByRole('region', { name: 'Rows skipped' });
  await expect(skipped.getByRole('listitem')).toHaveText(['Row 5 "abc" is not a price.']);
  const toCheck = dialog.getByRole('region', { name: 'Rows to check' });
  await expect(toCheck.getByRole('listitem')).toHaveText([/Row 6 Dialling code 44 is shared/]);

  // Nothing is saved until the user says so.
  expect((await savedSettings(page)).priceTable).toEqual([]);
  await dialog.getByRole('button', { name: 'Replace table' }).click();
  await expect(dialog).toBeHidden();

  const expected = {
    'Germany (DE)': '0.045',
    'France (FR)': '0.052',
    'United States (US)': '0.011',
    'United Kingdom (GB)': '0.04',
    'Spain (ES)': '0.048',
  };
  const check = async () => {
    await expect(
      prices.getByRole('table', { name: 'Prices by country' }).getByRole('row'),
    ).toHaveCount(6);
    for (const [country, price] of Object.entries(expected)) {
      await expect(priceInput(page, country)).toHaveValue(price);
    }
  };
  await check();
  await page.reload();
  await check();
  expect((await savedSettings(page)).priceTable[0]).toEqual({
    country: 'DE',
    pricePerPart: 0.045,
    currency: 'EUR',
  });

  // A decimal-comma file with a semicolon and the currency in the header replaces it all.
  const second = await importThroughChooser(page, decimalCommaCsv);
  await expect(
    second.getByText(/swaps the 5 prices you have now for these 2 prices/),
  ).toBeVisible();
  await expect(second.locator('.import-summary')).toContainText('Prices found2');
  await expect(second.locator('.import-summary')).toContainText('Rows skipped0');
  await second.getByRole('button', { name: 'Replace table' }).click();
  await expect(second).toBeHidden();
  await expect(priceInput(page, 'Germany (DE)')).toHaveValue('0.05');
  await expect(priceInput(page, 'Austria (AT)')).toHaveValue('0.061');
  await expect(priceInput(page, 'France (FR)')).toHaveCount(0);
});

test('a CSV dropped on the drop zone gets the same preview, and Cancel changes nothing', async ({
  page,
  app,
}) => {
  await openSettings(page, app);
  await dropOnPriceZone(page, decimalCommaCsv, 'rates.csv');
  const dialog = page.getByRole('dialog', { name: 'Import prices' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/rates\.csv/)).toBeVisible();
  await expect(
    dialog.getByRole('region', { name: 'Prices found' }).getByRole('row', { name: /AT Austria/ }),
  ).toContainText('0.061');

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(pricesSection(page).getByText('No prices yet')).toBeVisible();
  expect((await savedSettings(page)).priceTable).toEqual([]);

  await dropOnPriceZone(page, decimalCommaCsv, 'rates.csv');
  await page
    .getByRole('dialog', { name: 'Import prices' })
    .getByRole('button', { name: 'Replace table' })
    .click();
  await expect(priceInput(page, 'Austria (AT)')).toHaveValue('0.061');
});
