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

/** The WHATWG label for TextDecoder; the BOM variants decode the same way (the BOM is dropped). */
export function decoderLabel(encoding: CsvEncoding): string {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return 'utf-8';
    case 'utf-16le':
      return 'utf-16le';
    case 'utf-16be':
      return 'utf-16be';
    case 'windows-1252':
      return 'windows-1252';
    default:
      return assertNever(encoding);
  }
}

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
