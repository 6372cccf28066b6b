/**
 * Numbers, counts and money as the app shows them, in the user's locale. The words around them
 * are English, so plurals follow English rules.
 */
const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const englishPlurals = new Intl.PluralRules('en');

/** 1234 → "1,234". */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** 2.35 → "2.4": a rate or a size with one decimal at most. */
export function formatDecimal(n: number): string {
  return oneDecimal.format(n);
}

/** "1 contact", "3 contacts", "2 recipients are" (`many` for irregular plurals). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${englishPlurals.select(n) === 'one' ? one : many}`;
}

const moneyFormats = new Map<string, Intl.NumberFormat | null>();

/** The currency's own format (EUR and USD: 2 decimals, JPY: none); null for a code Intl refuses. */
function moneyFormat(currency: string, extraDigits = 0): Intl.NumberFormat | null {
  const key = `${currency}:${extraDigits}`;
  if (!moneyFormats.has(key)) moneyFormats.set(key, buildMoneyFormat(currency, extraDigits));
  return moneyFormats.get(key) ?? null;
}

function buildMoneyFormat(currency: string, extraDigits: number): Intl.NumberFormat | null {
  try {
    const digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .minimumFractionDigits ?? 2;
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits + extraDigits,
    });
  } catch {
    return null;
  }
}

/**
 * An amount of money (a cost, a total) with the currency's own decimals, so amounts side by side
 * line up: €0.65, €1,234.57, ¥120. An amount too small to show is "under €0.01", never "€0.00".
 */
export function formatMoney(amount: number, currency: string): string {
  const format = moneyFormat(currency);
  if (!format) return `${amount.toFixed(2)} ${currency}`;
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const smallest = 10 ** -digits;
  if (amount !== 0 && Math.abs(amount) < smallest / 2) {
    return `under ${format.format(amount < 0 ? -smallest : smallest)}`;
  }
  return format.format(amount);
}

/**
 * The price of one message part, which is often a fraction of a cent: up to three more decimals
 * than the currency's (€0.045, €0.0123). Only for prices labelled "per part".
 */
export function formatPartPrice(amount: number, currency: string): string {
  const format = moneyFormat(currency, 3);
  return format ? format.format(amount) : `${amount} ${currency}`;
}

/** "512 bytes", "4.2 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return plural(bytes, 'byte');
  let value = bytes / 1000;
  for (const unit of ['kB', 'MB'] as const) {
    if (value < 1000) return `${formatDecimal(value)} ${unit}`;
    value /= 1000;
  }
  return `${formatDecimal(value)} GB`;
}

/** "850 ms", "2.4 s", "12 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
