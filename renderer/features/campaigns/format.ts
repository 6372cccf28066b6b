const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

/** 1234 → "1,234" in the user's locale. */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** "3 messages", "1 message". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/**
 * A price in the table's currency. SMS prices are fractions of a cent, so small totals keep up
 * to four decimals instead of rounding a real cost to zero.
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
    // An unknown currency code: show the number with the code rather than nothing.
    return `${amount.toFixed(digits)} ${currency}`;
  }
}

/** "850 ms", "2.4 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' });
  } catch {
    return null;
  }
})();

/** "DE" → "Germany (DE)"; '' is the engine's "country unknown". */
export function countryName(code: string): string {
  if (code === '') return 'Unknown country';
  const name = regionNames?.of(code);
  return name && name !== code ? `${name} (${code})` : code;
}
