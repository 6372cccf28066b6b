import * as numfmt from 'numfmt';

interface StyleFormat {
  readonly code: string;
  /** General or text (`@`): integers are shown in full, not as 4.47701E+11. */
  readonly plain: boolean;
  readonly date: boolean;
}

/** 1904-01-01 is serial 1462 in the 1900 system. */
const DAYS_1900_TO_1904 = 1462;
// Above this a double no longer holds every integer exactly.
const MAX_FULL_INTEGER = 1e15;

/**
 * Turns a stored number into the text the user sees in the cell, with the cell's number format
 * (numfmt implements Excel's): a zero-padded `0000000000` keeps its leading zero, a date shows as
 * a date, a percentage as a percentage. One deliberate difference: where Excel would show a
 * General integer as 4.47701E+11, the full digits are kept, because that cell is a phone number
 * and the digits are still there.
 */
export class CellText {
  private readonly styles: StyleFormat[];
  private readonly general: StyleFormat = { code: 'General', plain: true, date: false };
  private readonly options: { locale: string; throws: false };

  constructor(
    formatCodes: readonly string[],
    private readonly date1904: boolean,
    locale: string,
  ) {
    this.options = { locale, throws: false };
    this.styles = formatCodes.map((code) => {
      const info = numfmt.getFormatInfo(code);
      return {
        code,
        plain: info.type === 'general' || info.type === 'text',
        date: info.isDate,
      };
    });
  }

  number(value: number, style: number): string {
    const format = this.styles[style] ?? this.general;
    if (format.plain) {
      return Number.isInteger(value) && Math.abs(value) < MAX_FULL_INTEGER
        ? String(value)
        : numfmt.format('General', value, this.options);
    }
    const serial = format.date && this.date1904 ? value + DAYS_1900_TO_1904 : value;
    return numfmt.format(format.code, serial, this.options);
  }
}

/** Built-in number formats by id (14 is the short date of the locale). */
export function builtInFormat(locale: string): (id: number) => string {
  return (id) => numfmt.getFormatFromId(id, locale) || 'General';
}
