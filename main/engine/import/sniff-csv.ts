import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CsvPreview } from '../../../shared/contacts/contact-types';
import { AppFailure } from '../../../shared/contract/result';
import type { CsvDelimiter, CsvEncoding } from './csv-format';
import { readSepLine, RecordSplitter } from './csv-records';
import { detectEncoding } from './detect-encoding';
import { guessDelimiter } from './guess-delimiter';
import { previewFromRows } from './preview-from-rows';
import { sniffSheet } from './sniff-sheet';
import { detectFileKind } from './spreadsheet/file-kind';
import { createDecoder } from './text-decoder';

export interface SniffOptions {
  /** Bytes read for detection; default 256 KiB. */
  readonly sampleBytes?: number;
  /** Choices the user already made in the preview; the rest is detected. */
  readonly encoding?: CsvEncoding;
  readonly delimiter?: CsvDelimiter;
  readonly hasHeader?: boolean;
  /** A spreadsheet's sheet (index); default the first visible one. */
  readonly sheet?: number;
}

const DEFAULT_SAMPLE_BYTES = 256 * 1024;
const SAMPLE_ROWS = 1001;

/**
 * Reads the start of a CSV or a spreadsheet (told apart by content) and proposes the settings
 * for the preview step.
 */
export async function sniffCsv(path: string, options: SniffOptions = {}): Promise<CsvPreview> {
  const sizeBytes = await fileSize(path);
  let kind;
  try {
    kind = await detectFileKind(path);
  } catch (error) {
    throw readFailure(path, error);
  }
  if (kind !== 'csv') return sniffSheet(path, sizeBytes, options);
  const sample = await readStart(
    path,
    Math.min(sizeBytes, options.sampleBytes ?? DEFAULT_SAMPLE_BYTES),
  );
  const truncated = sample.length < sizeBytes;
  const encoding = options.encoding ?? (await detectEncoding(sample, truncated));
  const decoded = decodeSample(sample, encoding, truncated);
  // Excel's "sep=;" first line names the delimiter; the record reader drops the line.
  const firstBreak = decoded.indexOf('\n');
  const sep = readSepLine(firstBreak === -1 ? decoded : decoded.slice(0, firstBreak));
  const text = sep === null ? decoded : decoded.slice(firstBreak + 1);

  const guess = options.delimiter || sep ? null : guessDelimiter(text);
  const delimiter = options.delimiter ?? sep ?? guess?.delimiter ?? ',';
  const splitter = new RecordSplitter(delimiter);
  const records = splitter.push(decoded);
  if (!truncated) records.push(...splitter.end());
  // NUL bytes are dropped (the import warns on those rows); the preview shows the same values.
  const rows = records
    .slice(0, SAMPLE_ROWS)
    .map((r) => r.fields.map((f) => (f.includes('\u0000') ? f.replaceAll('\u0000', '') : f)));
  return previewFromRows(
    {
      fileName: basename(path),
      sizeBytes,
      format: 'csv',
      encoding,
      delimiter,
      sheets: [],
      sheet: null,
      singleColumn: guess?.singleColumn ?? null,
    },
    rows,
    options.hasHeader,
  );
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new AppFailure('IO', `"${basename(path)}" is a folder, not a CSV file`);
    }
    return info.size;
  } catch (error) {
    throw readFailure(path, error);
  }
}

async function readStart(path: string, length: number): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw readFailure(path, error);
  }
}

/** Plain-words failure for a file that cannot be opened; used by the import too. */
export function readFailure(path: string, error: unknown): AppFailure {
  if (error instanceof AppFailure) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const name = basename(path);
  if (code === 'ENOENT') return new AppFailure('IO', `Cannot find the file "${name}"`);
  if (code === 'EISDIR') return new AppFailure('IO', `"${name}" is a folder, not a CSV file`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppFailure('IO', `No permission to read "${name}"`);
  }
  return new AppFailure('IO', `Cannot read "${name}"${code ? ` (${code})` : ''}`);
}

function decodeSample(sample: Uint8Array, encoding: CsvEncoding, truncated: boolean): string {
  // Without end(), the decoder holds back a character cut off by the end of the sample.
  const decoder = createDecoder(encoding);
  let text = decoder.write(sample) + (truncated ? '' : decoder.end());
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (truncated && text.endsWith('\r')) text = text.slice(0, -1);
  text = text.replace(/\r\n?/g, '\n');
  return truncated || text.endsWith('\n') || text === '' ? text : `${text}\n`;
}
