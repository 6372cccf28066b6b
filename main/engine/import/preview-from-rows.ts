import type { CsvPreview } from '../../../shared/contacts/contact-types';
import { normalizeFieldNames, positionalFieldNames } from '../../../shared/contacts/field-names';
import { guessCountries } from './guess-country';
import { guessPhoneColumn, looksLikePhone } from './guess-phone-column';

/** What the reader settled before looking at the rows. */
export type PreviewBase = Pick<
  CsvPreview,
  'fileName' | 'sizeBytes' | 'format' | 'encoding' | 'delimiter' | 'sheets' | 'sheet'
> & {
  /** The delimiter guess found one column only; null when it was not guessed. */
  readonly singleColumn: boolean | null;
};

const PREVIEW_ROWS = 20;
const GUESS_ROWS = 50;
const COUNTRY_ROWS = 1000;

/**
 * The preview step's proposal from the first rows of a CSV or a sheet: header or not (a first
 * row with a phone number in it is data), field names, the phone column, a country guess per
 * column and the rows to show.
 */
export function previewFromRows(
  base: PreviewBase,
  rows: readonly string[][],
  hasHeaderChoice: boolean | undefined,
): CsvPreview {
  const first = rows[0];
  if (!first) {
    return {
      ...base,
      singleColumn: base.singleColumn ?? false,
      hasHeader: hasHeaderChoice ?? true,
      headers: [],
      fieldNames: [],
      columnCount: 0,
      phoneColumn: null,
      previewRows: [],
      countryGuesses: [],
      empty: true,
    };
  }
  const hasHeader = hasHeaderChoice ?? !first.some(looksLikePhone);
  const headers = hasHeader ? first.map((h) => h.trim()) : [];
  const dataRows = hasHeader ? rows.slice(1) : rows;
  const columnCount = hasHeader ? headers.length : commonLength(dataRows.slice(0, GUESS_ROWS));
  return {
    ...base,
    singleColumn: base.singleColumn ?? columnCount === 1,
    hasHeader,
    headers,
    fieldNames: hasHeader ? normalizeFieldNames(headers) : positionalFieldNames(columnCount),
    columnCount,
    phoneColumn: guessPhoneColumn(headers, dataRows.slice(0, GUESS_ROWS), columnCount),
    previewRows: dataRows.slice(0, PREVIEW_ROWS),
    countryGuesses: guessCountries(dataRows.slice(0, COUNTRY_ROWS), columnCount),
    empty: false,
  };
}

/** The most common field count (ties: the larger), for files without a header row. */
function commonLength(rows: readonly (readonly string[])[]): number {
  const tally = new Map<number, number>();
  for (const row of rows) tally.set(row.length, (tally.get(row.length) ?? 0) + 1);
  let best = 0;
  let top = 0;
  for (const [length, n] of tally) {
    if (n > top || (n === top && length > best)) {
      best = length;
      top = n;
    }
  }
  return best;
}
