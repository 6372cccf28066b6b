import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { PeaksendApi } from '../../shared/contract/contract';
import type { AppSettings } from '../../shared/contract/settings-contract';
import type { PriceTable } from '../../shared/pricing/price-table';
import type { AppFixture } from './fixtures';

export const pricesCsv = 'test/fixtures/prices/prices.csv';
export const decimalCommaCsv = 'test/fixtures/prices/prices-decimal-comma.csv';

/** Opens the app on the Settings page and waits until the saved settings are shown. */
export async function openSettings(page: Page, app: AppFixture): Promise<void> {
  await app.open(page, '#settings');
  await expect(page.getByRole('button', { name: 'Save quiet hours' })).toBeVisible();
}

export function pricesSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Prices', exact: true });
}

export function quietHoursSection(page: Page): Locator {
  return page.getByRole('region', { name: 'Quiet hours' });
}

export function priceInput(page: Page, country: string): Locator {
  return page.getByRole('textbox', { name: `Price per part for ${country}`, exact: true });
}

/** "Import CSV…" through the file chooser (the preview's stand-in for the native dialog). */
export async function importThroughChooser(page: Page, file: string): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Import prices' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Drops a file on the price drop zone the way a browser does: a drop event with a DataTransfer. */
export async function dropOnPriceZone(page: Page, file: string, name: string): Promise<void> {
  const text = readFileSync(file, 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ([content, fileName]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
      return transfer;
    },
    [text, name] as const,
  );
  const zone = page.getByTestId('price-drop-zone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await zone.dispatchEvent('dragover', { dataTransfer });
  await zone.dispatchEvent('drop', { dataTransfer });
}

/** What the engine has saved, asked through the same API the page uses. */
export async function savedSettings(page: Page): Promise<AppSettings> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    const result = await api.settings.get();
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  });
}

export async function savePrices(page: Page, entries: PriceTable): Promise<void> {
  await page.evaluate(async (table) => {
    const api = (globalThis as unknown as { peaksend: PeaksendApi }).peaksend;
    const result = await api.settings.setPriceTable({ entries: table });
    if (!result.ok) throw new Error(result.error.message);
  }, entries);
}
