import type { CountryGuess } from '../../../shared/contacts/import-types';
import { normalizePhone } from '../phone/normalize-phone';

const INTERNATIONAL = /^\s*(?:\+|00)/;
// 12+ digits with no "+" (a spreadsheet cannot store one in a number): national numbers are
// rarely that long, so these count as international for the guess — and only for the guess.
const LONG_DIGITS = /^\d{12,15}$/;

/**
 * Per column, the country most of its international-format numbers belong to (+…, 00…, or 12+
 * bare digits as a spreadsheet stores them): the suggestion
 * for the default country, which then reads the same file's national numbers the same way.
 * Null for a column with no international number.
 */
export function guessCountries(
  rows: readonly (readonly string[])[],
  columnCount: number,
): (CountryGuess | null)[] {
  return Array.from({ length: columnCount }, (_, column) => guessColumn(rows, column));
}

function guessColumn(rows: readonly (readonly string[])[], column: number): CountryGuess | null {
  const tally = new Map<string, number>();
  let international = 0;
  let sampled = 0;
  for (const row of rows) {
    const value = row[column];
    if (value === undefined || value.trim() === '') continue;
    sampled++;
    const written = INTERNATIONAL.test(value);
    if (!written && !LONG_DIGITS.test(value.trim())) continue;
    const phone = normalizePhone(written ? value : `+${value.trim()}`, undefined);
    if (!phone.ok || phone.country === null) continue;
    international++;
    tally.set(phone.country, (tally.get(phone.country) ?? 0) + 1);
  }
  let best: CountryGuess | null = null;
  for (const [country, matches] of tally) {
    if (!best || matches > best.matches) best = { country, matches, international, sampled };
  }
  return best;
}
