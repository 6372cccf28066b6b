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

/**
 * A price in the table's currency. SMS prices are fractions of a cent, so amounts under 100 keep
 * up to four decimals instead of rounding a real cost to zero.
 */
export function formatMoney(amount: number, currency: string): string {
  const digits = Math.abs(amount) >= 100 ? 2 : 4;
  try {
    return new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency,
      minimumFractionDigits: 2,
      maximumFractionDigits: digits,
    }).format(amount);
  } catch {
    // Not a currency code Intl accepts: show the number with the code rather than nothing.
    return `${amount.toFixed(digits)} ${currency}`;
  }
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
