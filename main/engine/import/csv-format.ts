import { z } from 'zod';
import { assertNever } from '../../../shared/assert-never';

import {
  csvDelimiters,
  csvEncodings,
  type CsvDelimiter,
  type CsvEncoding,
} from '../../../shared/contacts/contact-types';

// The lists live in shared/ (the preview step's selects offer them too).
export { csvDelimiters, csvEncodings, type CsvDelimiter, type CsvEncoding };
export const csvEncodingSchema = z.enum(csvEncodings);
export const csvDelimiterSchema = z.enum(csvDelimiters);

export function delimiterName(delimiter: CsvDelimiter): string {
  switch (delimiter) {
    case ',':
      return 'comma';
    case ';':
      return 'semicolon';
    case '\t':
      return 'tab';
    case '|':
      return 'pipe';
    default:
      return assertNever(delimiter);
  }
}
