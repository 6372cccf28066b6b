export type PriceCell =
  { ok: true; value: number; currency: string | undefined } | { ok: false; message: string };

const SYMBOLS: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', $: 'USD' };

let currencies: ReadonlySet<string> | undefined;

/** ISO 4217 codes the platform knows (CLDR), so "per" or "sms" is never read as a currency. */
export function isCurrencyCode(code: string): boolean {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code.toUpperCase());
}

/** A currency named in free text ("Price (EUR)", "0.05 usd", "€0,04"), if any. */
export function findCurrency(text: string): string | undefined {
  for (const token of text.split(/[^A-Za-z]+/)) {
    if (token.length === 3 && isCurrencyCode(token)) return token.toUpperCase();
  }
  for (const [symbol, code] of Object.entries(SYMBOLS)) if (text.includes(symbol)) return code;
  return undefined;
}

/**
 * Reads "0.045", "0,045", "€0.05", "0.05 EUR", "1.234,5" or "1,234.5". With a single
 * separator it is the decimal mark: prices per message part are small, so "0,045" is far
 * more likely than a thousands separator.
 */
export function parsePriceCell(raw: string): PriceCell {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, message: 'The price is empty.' };
  const currency = findCurrency(trimmed);
  // Only the currency itself and grouping spaces/apostrophes are dropped; any other letter
  // means the cell is not a plain price ("12abc" must not become 12).
  const withoutCurrency = currency ? trimmed.replace(new RegExp(currency, 'i'), '') : trimmed;
  const number = withoutCurrency.replace(/[€£$\s\u00A0\u202F']/g, '');
  if (number.startsWith('-')) return { ok: false, message: 'A price cannot be negative.' };
  if (!/^(\d[\d.,]*|[.,]\d+)$/.test(number)) {
    return { ok: false, message: `"${trimmed}" is not a price.` };
  }
  const value = Number(normalizeSeparators(number));
  if (!Number.isFinite(value)) return { ok: false, message: `"${trimmed}" is not a price.` };
  return { ok: true, value, currency };
}

function normalizeSeparators(number: string): string {
  const lastDot = number.lastIndexOf('.');
  const lastComma = number.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    return number.split(thousands).join('').replace(decimal, '.');
  }
  const separator = lastDot !== -1 ? '.' : lastComma !== -1 ? ',' : null;
  if (separator === null) return number;
  const pieces = number.split(separator);
  return pieces.length === 2 ? pieces.join('.') : pieces.join('');
}
