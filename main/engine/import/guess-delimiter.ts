import { csvDelimiters, type CsvDelimiter } from './csv-format';
import { RecordSplitter } from './csv-records';

export interface DelimiterGuess {
  readonly delimiter: CsvDelimiter;
  /** No candidate splits the lines into 2+ fields consistently. */
  readonly singleColumn: boolean;
}

const SAMPLE_LINES = 50;

/**
 * Chooses the delimiter whose field counts agree best across the first lines (quotes respected):
 * the share of records with the most common count, that count being at least 2. Ties go to the
 * candidate producing more fields, then to list order (comma first). Papa's own guess looks at
 * ten rows only and fails on single-column files, hence our own.
 */
export function guessDelimiter(text: string): DelimiterGuess {
  let best: { delimiter: CsvDelimiter; consistency: number; fields: number } | null = null;
  for (const delimiter of csvDelimiters) {
    const counts = sampleFieldCounts(text, delimiter);
    if (counts.length === 0) continue;
    const mode = modeOf(counts);
    if (mode < 2) continue;
    const consistency = counts.filter((c) => c === mode).length / counts.length;
    if (
      !best ||
      consistency > best.consistency ||
      (consistency === best.consistency && mode > best.fields)
    ) {
      best = { delimiter, consistency, fields: mode };
    }
  }
  return best
    ? { delimiter: best.delimiter, singleColumn: false }
    : { delimiter: ',', singleColumn: true };
}

function sampleFieldCounts(text: string, delimiter: CsvDelimiter): number[] {
  const splitter = new RecordSplitter(delimiter);
  const records = splitter.push(text);
  return records.slice(0, SAMPLE_LINES).map((r) => r.fields.length);
}

function modeOf(values: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  let mode = 0;
  let top = 0;
  for (const [value, n] of tally) {
    if (n > top || (n === top && value > mode)) {
      mode = value;
      top = n;
    }
  }
  return mode;
}
