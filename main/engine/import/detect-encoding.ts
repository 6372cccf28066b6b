import { AppFailure } from '../../../shared/contract/result';
import type { CsvEncoding } from './csv-format';

export const BINARY_FILE_MESSAGE = 'This looks like a binary file, not a CSV';

/**
 * Picks the encoding of a CSV from its first bytes.
 *
 * A BOM decides. Without one, UTF-16 shows as NUL bytes in every other position (CSV text is
 * mostly ASCII digits and delimiters); otherwise the sample is tried as strict UTF-8 and, if it is
 * not, Windows-1252 (what Excel on Windows writes for "CSV" in Western locales) is assumed.
 * `truncated` says the sample stops before the end of the file, so a multi-byte character cut at
 * the end of the sample is not held against UTF-8.
 */
export function detectEncoding(sample: Uint8Array, truncated: boolean): CsvEncoding {
  rejectKnownBinaryFormats(sample);
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(sample, [0xff, 0xfe])) return checkedUtf16(sample, 'utf-16le');
  if (startsWith(sample, [0xfe, 0xff])) return checkedUtf16(sample, 'utf-16be');

  const utf16 = guessUtf16WithoutBom(sample);
  if (utf16) return checkedUtf16(sample, utf16);
  if (sample.includes(0) || controlRatio(sample) > 0.05) {
    throw new AppFailure('INVALID_INPUT', BINARY_FILE_MESSAGE);
  }
  const body = truncated ? trimToUtf8Boundary(sample) : sample;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Spreadsheets and documents people pick by mistake get a message that says what to do. */
function rejectKnownBinaryFormats(sample: Uint8Array): void {
  if (startsWith(sample, [0x50, 0x4b, 0x03, 0x04])) {
    throw new AppFailure(
      'INVALID_INPUT',
      'This looks like an Excel workbook or another zip file, not a CSV. In Excel, use Save As and pick "CSV UTF-8".',
    );
  }
  if (startsWith(sample, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw new AppFailure(
      'INVALID_INPUT',
      'This looks like an old Excel workbook (.xls), not a CSV. In Excel, use Save As and pick "CSV UTF-8".',
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
    if (isControl(text.charCodeAt(i))) control++;
  }
  if (text.length > 0 && control / text.length > 0.05) {
    throw new AppFailure('INVALID_INPUT', BINARY_FILE_MESSAGE);
  }
  return encoding;
}

function isControl(code: number): boolean {
  // Tab, LF, FF, CR and the DOS end-of-file marker (0x1A) appear in real exports.
  return (
    (code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13 && code !== 0x1a) ||
    code === 0x7f
  );
}

function controlRatio(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let control = 0;
  for (const byte of sample) if (isControl(byte)) control++;
  return control / sample.length;
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
