import { AppFailure } from '../../../shared/contract/result';
import type { CsvEncoding } from './csv-format';
import { detectLegacyEncoding } from './detect-legacy-encoding';

export const BINARY_FILE_MESSAGE = 'This looks like a binary file, not a CSV';

/**
 * Picks the encoding of a CSV from its first bytes: a BOM decides; UTF-16 without one shows as
 * NUL bytes in every other position; then a tolerant UTF-8 check (a few bad bytes in a file full
 * of valid multi-byte characters is still UTF-8, and those rows warn); only a file that is not
 * UTF-8 goes to the statistical detector (jschardet) for the legacy code pages.
 *
 * `truncated` says the sample stops before the end of the file, so a multi-byte character cut at
 * the end of the sample is not held against UTF-8. A file that is mostly NUL or control bytes is
 * refused as binary; a few NULs are dropped row by row later, with a warning on the row.
 */
export async function detectEncoding(sample: Uint8Array, truncated: boolean): Promise<CsvEncoding> {
  rejectKnownBinaryFormats(sample);
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(sample, [0xff, 0xfe])) return checkedUtf16(sample, 'utf-16le');
  if (startsWith(sample, [0xfe, 0xff])) return checkedUtf16(sample, 'utf-16be');

  const utf16 = guessUtf16WithoutBom(sample);
  if (utf16) return checkedUtf16(sample, utf16);
  if (isMostlyBinary(sample)) throw new AppFailure('INVALID_INPUT', BINARY_FILE_MESSAGE);
  const body = truncated ? trimToUtf8Boundary(sample) : sample;
  if (looksLikeUtf8(body, !truncated)) return 'utf-8';
  return detectLegacyEncoding(body);
}

/**
 * UTF-8 unless the bad sequences outweigh the good ones: legacy single-byte text almost never
 * forms valid multi-byte UTF-8 by chance, so even two valid sequences are strong evidence.
 */
export function looksLikeUtf8(bytes: Uint8Array, complete: boolean): boolean {
  const { bad, multi } = utf8Sequences(bytes, complete);
  return bad === 0 || (multi >= 2 && bad * 2 <= multi && bad <= Math.max(3, multi / 50));
}

function utf8Sequences(bytes: Uint8Array, complete: boolean): { bad: number; multi: number } {
  let bad = 0;
  let multi = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const need =
      lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 ? 3 : -1;
    if (need < 0 || lead > 0xf4) {
      bad++;
      i++;
      continue;
    }
    if (i + need >= n) {
      // Cut off by the end: fine for a sample of a longer file, an error at the end of a file.
      if (complete) bad++;
      break;
    }
    let ok = true;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) ok = false;
    if (ok && lead === 0xe0 && (bytes[i + 1] as number) < 0xa0) ok = false; // overlong
    if (ok && lead === 0xed && (bytes[i + 1] as number) >= 0xa0) ok = false; // surrogate
    if (ok && lead === 0xf0 && (bytes[i + 1] as number) < 0x90) ok = false; // overlong
    if (ok && lead === 0xf4 && (bytes[i + 1] as number) >= 0x90) ok = false; // above U+10FFFF
    if (ok) {
      multi++;
      i += need + 1;
    } else {
      bad++;
      i++;
    }
  }
  return { bad, multi };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Files people pick by mistake get a message that says what to do. */
function rejectKnownBinaryFormats(sample: Uint8Array): void {
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) {
    throw new AppFailure(
      'INVALID_INPUT',
      'This is a zip file but not an Excel (.xlsx) or OpenDocument (.ods) spreadsheet.',
    );
  }
  if (startsWith(sample, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new AppFailure(
      'INVALID_INPUT',
      'This looks like an old Excel workbook (.xls) or a password-protected one. Open it in Excel and save it as .xlsx or "CSV UTF-8".',
    );
  }
  if (startsWith(sample, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    throw new AppFailure('INVALID_INPUT', 'This looks like a PDF, not a CSV');
  }
}

function guessUtf16WithoutBom(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  // Thresholds leave room for non-Latin names (no NUL bytes) while random binary, whose zeros
  // fall on both sides, never qualifies.
  if (oddZeros / pairs > 0.2 && evenZeros / pairs < 0.02) return 'utf-16le';
  if (evenZeros / pairs > 0.2 && oddZeros / pairs < 0.02) return 'utf-16be';
  return null;
}

function checkedUtf16(sample: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): CsvEncoding {
  const text = new TextDecoder(encoding).decode(sample.subarray(0, sample.length & ~1));
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0 || isControl(code)) control++;
  }
  if (text.length > 0 && control / text.length > 0.05) {
    throw new AppFailure('INVALID_INPUT', BINARY_FILE_MESSAGE);
  }
  return encoding;
}

function isControl(code: number): boolean {
  // Tab, LF, FF, CR and the DOS end-of-file marker (0x1A) appear in real exports; NUL is
  // counted on its own (a few are damage to warn about, many mean binary).
  return (
    ((code > 0 && code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) ||
      code === 0x7f) &&
    code !== 0x1a
  );
}

/** Mostly NULs (over 30 %), or more than 5 % other control bytes: not text. */
function isMostlyBinary(sample: Uint8Array): boolean {
  if (sample.length === 0) return false;
  let nul = 0;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) nul++;
    else if (isControl(byte)) control++;
  }
  return nul / sample.length > 0.3 || control / sample.length > 0.05;
}

/** Drops a multi-byte UTF-8 sequence cut off by the end of the sample. */
export function trimToUtf8Boundary(bytes: Uint8Array): Uint8Array {
  const end = bytes.length;
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back] as number;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.subarray(0, end - back) : bytes;
  }
  return bytes;
}
