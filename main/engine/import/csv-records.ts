import Papa from 'papaparse';
import type { CsvDelimiter, CsvEncoding } from './csv-format';
import { decodedText, type DecodeOptions } from './decoded-text';
import { repairQuotes } from './repair-quotes';

/** Why a record could not be read cleanly. */
export type RecordProblem =
  /** A quote opens a field and never closes; the record is that one physical line. */
  | 'unclosed_quote'
  /** The record is longer than the limit; it was skipped up to the next line break. */
  | 'too_long'
  /** A quote closed a field early (`"abc"def`); the field was read leniently, values may be off. */
  | 'odd_quotes';

export interface CsvRecord {
  readonly fields: string[];
  readonly problem?: RecordProblem;
}

export interface RecordChunk {
  readonly records: CsvRecord[];
  readonly bytesRead: number;
}

export interface ReadRecordsOptions extends DecodeOptions {
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  /** Longest record kept in memory while waiting for its end (bounds memory on a stray quote). */
  readonly maxRecordChars?: number;
}

/** Shape of `Papa.Parser#parse`'s result; @types/papaparse types it as `any`. */
interface ParserResult {
  data: string[][];
  errors: { code: string; row: number }[];
  meta: { cursor: number };
}

const DEFAULT_MAX_RECORD_CHARS = 2_000_000;

/**
 * Streams the records of a CSV file as arrays of strings, a batch per decoded chunk.
 *
 * The text is fed to papaparse's Parser ourselves instead of through its stream wrapper, which
 * lets us keep the unfinished last record between chunks, bound its size, and recover from an
 * unclosed quote: papaparse would otherwise swallow the rest of the file into one field. Blank and
 * whitespace-only lines are skipped (papaparse's `skipEmptyLines: 'greedy'`), and so is Excel's
 * `sep=;` first line and a DOS end-of-file byte (0x1A) at the very end.
 */
export async function* readCsvRecords(
  path: string,
  options: ReadRecordsOptions,
): AsyncGenerator<RecordChunk> {
  const splitter = new RecordSplitter(options.delimiter, options.maxRecordChars);
  let bytesRead = 0;
  for await (const chunk of decodedText(path, options.encoding, options)) {
    bytesRead = chunk.bytesRead;
    const records = splitter.push(chunk.text);
    if (records.length > 0) yield { records, bytesRead };
  }
  const rest = splitter.end();
  if (rest.length > 0) yield { records: rest, bytesRead };
}

/** Incremental record splitting over decoded text; exported for the sniffer. */
export class RecordSplitter {
  private pending = '';
  private skippingLongRecord = false;
  private sepLineChecked = false;
  private carriedOdd: Set<number> | null = null;
  private final = false;
  private readonly maxRecordChars: number;

  constructor(
    private readonly delimiter: CsvDelimiter,
    maxRecordChars = DEFAULT_MAX_RECORD_CHARS,
  ) {
    this.maxRecordChars = maxRecordChars;
  }

  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    this.pending += text;
    if (this.skippingLongRecord && !this.skipToNextLine()) return out;
    if (!this.sepLineChecked && !this.dropSepLine(false)) return out;
    this.parsePending(out);
    while (this.pending.length > this.maxRecordChars) {
      const newline = this.pending.indexOf('\n');
      if (newline === -1) {
        out.push(this.brokenLine(this.pending.slice(0, 200), 'too_long'));
        this.pending = '';
        this.skippingLongRecord = true;
        break;
      }
      // An open quote is holding many lines hostage: treat it like an unclosed quote now
      // instead of buffering the rest of the file.
      out.push(this.brokenLine(this.pending.slice(0, newline), 'unclosed_quote'));
      this.pending = this.pending.slice(newline + 1);
      this.parsePending(out);
    }
    return out;
  }

  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.skippingLongRecord) return out;
    if (!this.sepLineChecked) this.dropSepLine(true);
    this.final = true;
    // DOS end-of-file marker: some old exporters end the file with 0x1A.
    while (this.pending.endsWith('\u001a')) this.pending = this.pending.slice(0, -1);
    if (this.pending.length > 0 && !this.pending.endsWith('\n')) this.pending += '\n';
    this.parsePending(out);
    // Whatever is left has a quote that never closes. Report its first line and read the
    // lines after it normally, so one stray quote costs one row.
    while (this.pending.length > 0) {
      const newline = this.pending.indexOf('\n');
      out.push(this.brokenLine(this.pending.slice(0, newline), 'unclosed_quote'));
      this.pending = this.pending.slice(newline + 1);
      this.parsePending(out);
    }
    return out;
  }

  /**
   * Drops Excel's `sep=;` line (it says which delimiter the file uses; the sniffer reads it).
   * False while the first line is not complete yet.
   */
  private dropSepLine(final: boolean): boolean {
    const newline = this.pending.indexOf('\n');
    if (newline === -1 && !final && this.pending.length < SEP_LINE_LIMIT) return false;
    this.sepLineChecked = true;
    const line = newline === -1 ? this.pending : this.pending.slice(0, newline);
    if (readSepLine(line) !== null)
      this.pending = newline === -1 ? '' : this.pending.slice(newline + 1);
    return true;
  }

  private skipToNextLine(): boolean {
    const newline = this.pending.indexOf('\n');
    if (newline === -1) {
      this.pending = '';
      return false;
    }
    this.pending = this.pending.slice(newline + 1);
    this.skippingLongRecord = false;
    return true;
  }

  private parsePending(out: CsvRecord[]): void {
    if (this.pending.length === 0) return;
    const repaired = repairQuotes(this.pending, this.delimiter, this.final);
    this.pending = repaired.text;
    const parser = new Papa.Parser({ delimiter: this.delimiter, newline: '\n' });
    // ignoreLastRow: the last record may continue in the next chunk (at the end, a complete
    // last record is followed by "\n", so only a record with an open quote is left over).
    const result = parser.parse(this.pending, 0, true) as ParserResult;
    // Repaired rows the parser kept for the next round stay flagged: the repaired text no
    // longer shows what was wrong with them.
    let oddRows = this.carriedOdd ?? undefined;
    this.carriedOdd = null;
    for (const record of repaired.oddRecords ?? []) (oddRows ??= new Set()).add(record);
    const emitted = result.data.length;
    for (const record of oddRows ?? []) {
      if (record >= emitted) (this.carriedOdd ??= new Set()).add(record - emitted);
    }
    for (const error of result.errors) {
      if (error.code === 'InvalidQuotes' && error.row < result.data.length) {
        (oddRows ??= new Set()).add(error.row);
      }
    }
    result.data.forEach((fields, index) => {
      if (isBlank(fields)) return;
      out.push(oddRows?.has(index) ? { fields, problem: 'odd_quotes' } : { fields });
    });
    this.pending = this.pending.slice(result.meta.cursor);
  }

  private brokenLine(line: string, problem: RecordProblem): CsvRecord {
    return { fields: line.split(this.delimiter), problem };
  }
}

// A first line longer than this is data, not `sep=;`.
const SEP_LINE_LIMIT = 64;

/** The delimiter named by Excel's `sep=;` first line, or null when the line is not one. */
export function readSepLine(line: string): CsvDelimiter | null {
  const match = /^\s*sep=(.)\s*$/i.exec(line.replace(/^\uFEFF/, ''));
  if (!match) return null;
  const char = match[1] as string;
  return char === ',' || char === ';' || char === '|' || char === '\t' ? char : ',';
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '' && field !== '\u001a') return false;
  return true;
}
