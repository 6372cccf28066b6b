/**
 * Spreadsheet apps run a cell that starts with = + - @ (or a tab/CR before one) as a formula.
 * Exported cells get a leading apostrophe so a hostile value in a contact's field stays text.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV line (RFC 4180 quoting), every cell neutralised. */
export function toCsvLine(cells: readonly (string | number | null)[]): string {
  return cells
    .map((cell) => {
      const text = neutralizeFormula(cell === null ? '' : String(cell));
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}
