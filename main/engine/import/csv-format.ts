import { z } from 'zod';
import { assertNever } from '../../../shared/assert-never';

/** Text encodings the import understands; detection picks one, the user may override it. */
export const csvEncodings = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type CsvEncoding = (typeof csvEncodings)[number];
export const csvEncodingSchema = z.enum(csvEncodings);

/** Delimiters offered in the preview step (Excel, European Excel, "Unicode text", database dumps). */
export const csvDelimiters = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];
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
