import { lookupCountry } from '../../../../shared/pricing/country-lookup';
import { isCurrencyCode, parsePriceCell } from '../../../../shared/pricing/parse-price-cell';
import { priceTableSchema, type PriceTable } from '../../../../shared/pricing/price-table';

/** One editable row: what the user typed, kept as text until it is saved. */
export interface PriceRow {
  readonly id: number;
  readonly country: string;
  readonly price: string;
}

export interface PriceDraft {
  readonly currency: string;
  readonly rows: readonly PriceRow[];
}

export interface PriceRowErrors {
  readonly country?: string;
  readonly price?: string;
}

export interface PriceDraftCheck {
  /** The table to save, or null while anything is wrong. */
  readonly entries: PriceTable | null;
  readonly currencyError: string | null;
  readonly rowErrors: ReadonlyMap<number, PriceRowErrors>;
  /** Rows whose country already has a price in an earlier row. */
  readonly duplicates: ReadonlySet<number>;
}

/** A fresh table needs some currency; EUR is shown and can be changed before the first save. */
export const DEFAULT_CURRENCY = 'EUR';

let lastRowId = 0;

export function newPriceRow(country = '', price = ''): PriceRow {
  lastRowId += 1;
  return { id: lastRowId, country, price };
}

/** Plain digits with a dot, never "1e-7", so what the user sees is what they typed back. */
export function formatPrice(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 8 });
}

export function draftFromTable(table: PriceTable): PriceDraft {
  return {
    currency: table[0]?.currency ?? DEFAULT_CURRENCY,
    rows: table.map((entry) => newPriceRow(entry.country, formatPrice(entry.pricePerPart))),
  };
}

export type CountryCell = { ok: true; code: string } | { ok: false; message: string };

/** A country typed in a row: a code (DE) or an English name; dialling codes only when unique. */
export function readCountryCell(raw: string): CountryCell {
  if (raw.trim() === '') return { ok: false, message: 'Enter a country code, like DE.' };
  const found = lookupCountry(raw);
  if (!found.ok) return found;
  if (found.sharedWith) {
    return {
      ok: false,
      message: `Dialling code ${raw.trim()} is shared by several countries; use a two-letter code.`,
    };
  }
  return { ok: true, code: found.country };
}

export function readCurrency(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && isCurrencyCode(code) ? code : null;
}

/**
 * Checks every cell, then lets the shared schema have the last word (one currency, one price per
 * country, no negative prices), so the editor refuses exactly what the engine would refuse.
 */
export function checkPriceDraft(draft: PriceDraft): PriceDraftCheck {
  const rowErrors = new Map<number, PriceRowErrors>();
  const currency = readCurrency(draft.currency);
  const currencyError = currency ? null : 'Use a three-letter currency code, like EUR or USD.';
  const addError = (id: number, field: keyof PriceRowErrors, message: string) => {
    const existing = rowErrors.get(id) ?? {};
    if (existing[field] === undefined) rowErrors.set(id, { ...existing, [field]: message });
  };

  const entries: PriceTable = [];
  const rowIds: number[] = [];
  // Checked here as well as by the schema so a duplicate shows even while its price is wrong.
  const firstRowFor = new Map<string, number>();
  const duplicates = new Set<number>();
  draft.rows.forEach((row, index) => {
    const country = readCountryCell(row.country);
    if (!country.ok) addError(row.id, 'country', country.message);
    else {
      const earlier = firstRowFor.get(country.code);
      if (earlier !== undefined) {
        addError(row.id, 'country', `${country.code} already has a price in row ${earlier}.`);
        duplicates.add(row.id);
      } else firstRowFor.set(country.code, index + 1);
    }
    const price = parsePriceCell(row.price);
    if (!price.ok) addError(row.id, 'price', price.message);
    else if (currency && price.currency && price.currency !== currency) {
      addError(row.id, 'price', `This price is in ${price.currency}; the table is in ${currency}.`);
    }
    if (country.ok && price.ok && currency && !rowErrors.has(row.id)) {
      entries.push({ country: country.code, pricePerPart: price.value, currency });
      rowIds.push(row.id);
    }
  });

  let schemaOk = true;
  if (currency) {
    const parsed = priceTableSchema.safeParse(entries);
    if (!parsed.success) {
      schemaOk = false;
      for (const issue of parsed.error.issues) {
        const [index, field] = issue.path;
        const id = typeof index === 'number' ? rowIds[index] : undefined;
        if (id === undefined) continue;
        addError(id, field === 'pricePerPart' ? 'price' : 'country', issue.message);
      }
    }
  }

  const valid = schemaOk && currencyError === null && rowErrors.size === 0;
  return { entries: valid ? entries : null, currencyError, rowErrors, duplicates };
}
