/**
 * Safe CSV output for files people open in Excel, LibreOffice or Google Sheets.
 *
 * A cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return, which some apps skip
 * before looking) is run as a formula when the file is opened: CSV injection. Such cells get a
 * leading apostrophe, which spreadsheets read as "this is text" and hide. A side effect we want:
 * `+972524265292` stays a phone number instead of becoming 9.72525E+11.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** A sign, digits and at most one decimal part: read as a number, never run as a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * For files meant to be imported elsewhere (a contact list): only cells that could run are
 * neutralised, so `+4915200000003` stays a clean E.164 number for the next tool to read, while
 * `+1+cmd|…` or `=HYPERLINK(…)` still get their apostrophe.
 */
export function neutralizeFormulaExceptNumbers(cell: string): string {
  return PLAIN_NUMBER.test(cell) ? cell : neutralizeFormula(cell);
}

export type Neutralizer = (cell: string) => string;

/**
 * One CSV cell: text is neutralised, then quoted when it holds the delimiter, a quote or a line
 * break. Numbers and booleans are written as they are (a negative number is data, not a formula).
 */
export function toCsvCell(
  value: CsvValue,
  delimiter = ',',
  neutralize: Neutralizer = neutralizeFormula,
): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutralize(value) : String(value);
  const needsQuotes =
    text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line without its line break. */
export function toCsvLine(
  values: readonly CsvValue[],
  delimiter = ',',
  neutralize: Neutralizer = neutralizeFormula,
): string {
  return values.map((v) => toCsvCell(v, delimiter, neutralize)).join(delimiter);
}

/** One CSV line ending in CRLF, as RFC 4180 and Excel expect. */
export function toCsvRow(
  values: readonly CsvValue[],
  delimiter = ',',
  neutralize: Neutralizer = neutralizeFormula,
): string {
  return `${toCsvLine(values, delimiter, neutralize)}\r\n`;
}
