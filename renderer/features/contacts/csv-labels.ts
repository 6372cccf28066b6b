import { assertNever } from '../../../shared/assert-never';
import type { CsvDelimiter } from '../../../shared/contacts/contact-types';
import { csvEncodingLabels, type CsvEncoding } from '../../../shared/contacts/csv-encodings';

export function encodingLabel(encoding: CsvEncoding): string {
  return csvEncodingLabels[encoding];
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
