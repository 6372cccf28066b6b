import { assertNever } from '../../../shared/assert-never';
import type { CsvDelimiter, CsvEncoding } from '../../../shared/contacts/contact-types';

export function encodingLabel(encoding: CsvEncoding): string {
  switch (encoding) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-8-bom':
      return 'UTF-8 with BOM';
    case 'utf-16le':
      return 'UTF-16 LE';
    case 'utf-16be':
      return 'UTF-16 BE';
    case 'windows-1252':
      return 'Windows-1252 (Western European)';
    default:
      return assertNever(encoding);
  }
}

export function delimiterLabel(delimiter: CsvDelimiter): string {
  switch (delimiter) {
    case ',':
      return 'Comma ( , )';
    case ';':
      return 'Semicolon ( ; )';
    case '\t':
      return 'Tab';
    case '|':
      return 'Pipe ( | )';
    default:
      return assertNever(delimiter);
  }
}

/** "report.final.csv" → "report.final"; the default name of a list made from a file. */
export function fileStem(name: string): string {
  const dot = name.lastIndexOf('.');
  return (dot > 0 ? name.slice(0, dot) : name).trim() || name;
}
