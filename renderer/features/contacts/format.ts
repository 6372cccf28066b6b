import { assertNever } from '../../../shared/assert-never';
import type { CsvDelimiter, CsvEncoding } from '../../../shared/contacts/contact-types';

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** 1234 → "1,234" in the user's locale. */
export function formatCount(n: number): string {
  return integer.format(n);
}

/** "1 contact", "3 contacts". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "512 bytes", "4.2 MB" (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return plural(bytes, 'byte');
  const units = ['kB', 'MB', 'GB'] as const;
  let value = bytes / 1000;
  for (const unit of units) {
    if (value < 1000 || unit === 'GB') return `${oneDecimal.format(value)} ${unit}`;
    value /= 1000;
  }
  return `${oneDecimal.format(value)} GB`;
}

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
