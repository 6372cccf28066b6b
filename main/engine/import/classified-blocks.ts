import type { CsvLayout } from './csv-settings';
import { classifyBlock, type BlockWants, type ContactBlock } from './contact-block';
import type { CsvRecord } from './csv-records';
import { readFailure } from './sniff-csv';
import { readTableRecords } from './table-records';

export type { CsvLayout };

/** Everything a reader needs, as plain data (it is posted to the import worker as it is). */
export interface ReadPlan {
  readonly path: string;
  readonly csv: CsvLayout;
  readonly wants: BlockWants;
  readonly highWaterMark?: number;
}

/** A run of data records not classified yet, numbered from `firstRow`. */
export interface RecordRun {
  readonly records: CsvRecord[];
  readonly firstRow: number;
  readonly bytesRead: number;
}

// Rows per block: big enough that the per-message cost between threads is noise, small enough
// that the blocks in flight between reader, classifiers and writer stay a few megabytes.
export const BLOCK_ROWS = 2_000;

/** Just the layout of a `ResolvedCsv` (which also carries the preview, never needed here). */
export function layoutOf(csv: CsvLayout): CsvLayout {
  const { format, sheet, encoding, delimiter, hasHeader, mapping } = csv;
  return { format, sheet, encoding, delimiter, hasHeader, mapping };
}

/**
 * The file's data records in runs of at most `BLOCK_ROWS`, the header skipped and every row
 * numbered. File-system errors become plain words (`readFailure`); errors of our own pass through.
 */
export async function* recordRuns(plan: ReadPlan): AsyncGenerator<RecordRun> {
  const { csv } = plan;
  const records = readTableRecords(plan.path, csv, {
    highWaterMark: plan.highWaterMark,
    // Room for ragged rows beyond the header (they warn), not for a stray cell at column XFD.
    maxColumns: csv.mapping.columnCount + 64,
  });
  let headerSeen = !csv.hasHeader;
  let nextRow = 1;
  try {
    for (;;) {
      let next;
      try {
        next = await records.next();
      } catch (error) {
        throw readFailure(plan.path, error);
      }
      if (next.done) return;
      let list = next.value.records;
      if (!headerSeen && list.length > 0) {
        headerSeen = true;
        list = list.slice(1);
      }
      for (let start = 0; start < list.length; start += BLOCK_ROWS) {
        const slice =
          start === 0 && list.length <= BLOCK_ROWS ? list : list.slice(start, start + BLOCK_ROWS);
        yield { records: slice, firstRow: nextRow, bytesRead: next.value.bytesRead };
        nextRow += slice.length;
      }
    }
  } finally {
    // Closes the file when the caller stops early (cancel, or a database error).
    await records.return(undefined);
  }
}

/** The file's rows classified, block by block, on this thread (what the import worker runs). */
export async function* classifiedBlocks(plan: ReadPlan): AsyncGenerator<ContactBlock> {
  for await (const run of recordRuns(plan)) {
    yield classifyBlock(run.records, run.firstRow, run.bytesRead, plan.csv.mapping, plan.wants);
  }
}
