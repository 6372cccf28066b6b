import Papa from 'papaparse';
import { lookupCountry } from '../../../shared/pricing/country-lookup';
import {
  findCurrency,
  isCurrencyCode,
  parsePriceCell,
} from '../../../shared/pricing/parse-price-cell';
import type { PriceCsvIssue, PriceCsvResult } from '../../../shared/pricing/price-csv-result';
import type { PriceEntry } from '../../../shared/pricing/price-table';

export interface PriceCsvOptions {
  /** Used when neither a currency column, the price header nor the cell names a currency. */
  defaultCurrency?: string;
}

// Normalised header names (lower case, letters and digits only), best candidates first.
const COUNTRY_HEADERS = [
  'iso2',
  'iso',
  'isocode',
  'countryiso',
  'countryiso2',
  'countrycode',
  'country',
  'cc',
  'code',
  'countryname',
  'destination',
  'name',
  'dialcode',
  'dialingcode',
  'diallingcode',
  'callingcode',
  'prefix',
  'countryprefix',
  'phonecode',
];
const PRICE_HEADERS = [
  'priceperpart',
  'pricepersms',
  'pricepermessage',
  'price',
  'rate',
  'cost',
  'smsprice',
  'smsrate',
];
const CURRENCY_HEADERS = ['currency', 'cur', 'ccy', 'currencycode'];

/**
 * Reads a price list such as `country,price` / `Country Code;Rate` / `Country,Price (EUR)`.
 * Countries may be ISO codes, dialling codes or English names; prices may use a decimal comma.
 * Without a recognisable header the first two columns are read as country and price.
 */
export function parsePriceCsv(text: string, options: PriceCsvOptions = {}): PriceCsvResult {
  const source = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(source, {
    delimiter: guessDelimiter(source),
    skipEmptyLines: false,
  });
  const errors: PriceCsvIssue[] = parsed.errors.map((e) => ({
    row: (e.row ?? 0) + 1,
    message: `This row could not be read as CSV (${e.message}).`,
  }));
  return parsePriceRows(parsed.data, options, errors);
}

/**
 * The same from rows already split into cells (a spreadsheet's sheet, shown as the user sees
 * it), the header row first when there is one.
 */
export function parsePriceRows(
  rows: readonly (readonly string[])[],
  options: PriceCsvOptions = {},
  readErrors: readonly PriceCsvIssue[] = [],
): PriceCsvResult {
  const errors: PriceCsvIssue[] = [...readErrors];
  const warnings: PriceCsvIssue[] = [];
  const entries: PriceEntry[] = [];

  const header = (rows[0] ?? []).map(normalizeHeader);
  const countryCol = pickColumn(header, COUNTRY_HEADERS);
  const priceCol = pickPriceColumn(header);
  const hasHeader = countryCol !== -1 && priceCol !== -1;
  const columns = hasHeader ? { country: countryCol, price: priceCol } : { country: 0, price: 1 };
  const currencyCol = hasHeader ? pickColumn(header, CURRENCY_HEADERS) : -1;
  const headerCurrency = hasHeader ? findCurrency(rows[0]?.[priceCol] ?? '') : undefined;

  let currency: string | null = null;
  const firstRowFor = new Map<string, number>();
  for (let i = hasHeader ? 1 : 0; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    const row = i + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    const fail = (message: string): void => void errors.push({ row, message });

    const country = lookupCountry(cells[columns.country] ?? '');
    if (!country.ok) {
      fail(country.message);
      continue;
    }
    const price = parsePriceCell(cells[columns.price] ?? '');
    if (!price.ok) {
      fail(price.message);
      continue;
    }
    const columnCurrency = currencyCol === -1 ? '' : (cells[currencyCol] ?? '').trim();
    const rowCurrency = (
      columnCurrency ||
      price.currency ||
      headerCurrency ||
      options.defaultCurrency ||
      ''
    ).toUpperCase();
    if (!isCurrencyCode(rowCurrency)) {
      fail(
        rowCurrency === ''
          ? 'No currency: add a currency column or choose the currency before importing.'
          : `"${rowCurrency}" is not a three-letter currency code.`,
      );
      continue;
    }
    if (currency !== null && rowCurrency !== currency) {
      fail(`This row is in ${rowCurrency} but earlier rows are in ${currency}; use one currency.`);
      continue;
    }
    const earlier = firstRowFor.get(country.country);
    if (earlier !== undefined) {
      fail(`${country.country} already has a price on row ${earlier}; this row was skipped.`);
      continue;
    }
    if (country.sharedWith) {
      const others = country.sharedWith.slice(0, 5).join(', ');
      const more = country.sharedWith.length > 5 ? ', …' : '';
      warnings.push({
        row,
        message: `Dialling code ${cells[columns.country]?.trim()} is shared with ${others}${more}; the price was used for ${country.country} only.`,
      });
    }
    currency = rowCurrency;
    firstRowFor.set(country.country, row);
    entries.push({ country: country.country, pricePerPart: price.value, currency: rowCurrency });
  }
  if (!hasHeader && entries.length === 0 && rows.length > 0) {
    errors.unshift({
      row: 1,
      message: 'No country and price columns found: name them, for example "country,price".',
    });
  }
  return { entries, currency, errors: errors.sort((a, b) => a.row - b.row), warnings };
}

/**
 * Guess from the header line only: Papa's own guess is fooled by decimal commas
 * ("DE;0,05") and by short files, and a header never contains decimal commas.
 */
function guessDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best = ',';
  let bestCount = 0;
  for (const candidate of [',', ';', '\t', '|']) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

function normalizeHeader(cell: string): string {
  return cell.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

function pickColumn(header: readonly string[], candidates: readonly string[]): number {
  for (const name of candidates) {
    const index = header.indexOf(name);
    if (index !== -1) return index;
  }
  return -1;
}

/** "Price (EUR)" normalises to "priceeur": accept a known header followed by a currency. */
function pickPriceColumn(header: readonly string[]): number {
  const exact = pickColumn(header, PRICE_HEADERS);
  if (exact !== -1) return exact;
  return header.findIndex((h) => PRICE_HEADERS.some((p) => h.startsWith(p)));
}
