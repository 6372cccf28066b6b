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

/**
 * The single-byte code pages that jschardet, iconv-lite and we all call by the same name; the
 * detector's and the decoder's name tables start from these and add only their differences.
 */
const SAME_NAMED_CODE_PAGES = [
  'windows-1252',
  'iso-8859-15',
  'windows-1250',
  'iso-8859-2',
  'windows-1251',
  'iso-8859-5',
  'koi8-r',
  'windows-1253',
  'iso-8859-7',
  'windows-1254',
  'windows-1255',
  'iso-8859-8',
  'windows-1256',
] as const satisfies readonly CsvEncoding[];
type SameNamedCodePage = (typeof SAME_NAMED_CODE_PAGES)[number];

/** Each same-named code page mapped to itself, typed so a table built on it is checked whole. */
export function sameNamedCodePages(): Record<SameNamedCodePage, SameNamedCodePage> {
  return Object.fromEntries(SAME_NAMED_CODE_PAGES.map((e) => [e, e])) as Record<
    SameNamedCodePage,
    SameNamedCodePage
  >;
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
