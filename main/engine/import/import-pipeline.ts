import { stat } from 'node:fs/promises';
import { assertNever } from '../../../shared/assert-never';
import type { DuplicateReason } from '../../../shared/contacts/contact-types';
import type { FileFormat } from '../../../shared/contacts/import-types';
import type { CsvDelimiter, CsvEncoding } from './csv-format';
import {
  classifyRecord,
  type ClassifiedRow,
  type ContactCandidate,
  type RowMapping,
} from './classify-row';
import { emptyCounts, rawLineOf, type ImportCounts, type RowIssue } from './import-issue';
import { ProgressThrottle, type PipelineHooks } from './import-progress';
import { readFailure } from './sniff-csv';
import { readTableRecords } from './table-records';

export type ContactFate =
  | { readonly kind: 'imported' }
  | { readonly kind: 'duplicate'; readonly reason: DuplicateReason; readonly detail: string }
  | { readonly kind: 'suppressed'; readonly detail: string };

/** Where classified rows go: the database (import) or memory (check). */
export interface RowSink {
  /** Runs one batch of `place`/`report` calls; the database sink makes it one transaction. */
  batch(work: () => void): void;
  place(contact: ContactCandidate): ContactFate;
  report(issue: RowIssue): void;
}

/** How to read the file: what `resolveCsv` settled (a `ResolvedCsv` fits as it is). */
export interface CsvLayout {
  readonly format: FileFormat;
  readonly sheet: number | null;
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter;
  readonly hasHeader: boolean;
  readonly mapping: RowMapping;
}

export interface PipelineSettings {
  readonly path: string;
  readonly csv: CsvLayout;
  /** Rows per database transaction. */
  readonly batchRows?: number;
  readonly highWaterMark?: number;
}

export interface PipelineResult {
  readonly counts: ImportCounts;
  readonly canceled: boolean;
}

// Rows per transaction. Random-order phone numbers dirty most pages of the (list_id, phone)
// index on every commit, so commits must be few: measured on a 1M-row import (2 vCPU),
// 2k rows/commit ≈ 50k rows/s, 20k ≈ 85k, 50k ≈ 100k. The cost is that the engine's event
// loop is held for one batch's writes (~0.3 s at 50k rows) while it commits.
export const DEFAULT_BATCH_ROWS = 50_000;
// Wide rows (long notes columns) reach this first, so a batch never holds much of the file.
const MAX_BATCH_BYTES = 8 * 1024 * 1024;

/**
 * Reads, classifies and hands every data row to the sink, batch by batch.
 *
 * Every row ends up counted exactly once: invalid here, imported/duplicate/suppressed by the
 * sink. The next chunk of the file is read only after the current batch is written, so memory
 * is bounded by the batch size, not the file size.
 */
export async function runImportPipeline(
  settings: PipelineSettings,
  sink: RowSink,
  hooks: PipelineHooks = {},
  /** Filled as rows are written, so a caller still has the counts if the pipeline throws. */
  counts: ImportCounts = emptyCounts(),
): Promise<PipelineResult> {
  const batchRows = settings.batchRows ?? DEFAULT_BATCH_ROWS;
  let totalBytes: number;
  try {
    totalBytes = (await stat(settings.path)).size;
  } catch (error) {
    throw readFailure(settings.path, error);
  }
  const progress = new ProgressThrottle(totalBytes, hooks.onProgress, hooks.progressIntervalMs);
  let pending: ClassifiedRow[] = [];
  const { csv } = settings;
  let headerSeen = !csv.hasHeader;
  let row = 0;
  let bytesRead = 0;
  let bytesAtFlush = 0;

  const flush = (): void => {
    const rows = pending;
    pending = [];
    bytesAtFlush = bytesRead;
    if (rows.length === 0) return;
    sink.batch(() => {
      for (const item of rows) applyRow(item, sink, csv.delimiter, counts);
    });
  };

  const records = readTableRecords(settings.path, csv, {
    highWaterMark: settings.highWaterMark,
    // Room for ragged rows beyond the header (they warn), not for a stray cell at column XFD.
    maxColumns: csv.mapping.columnCount + 64,
  });
  try {
    for (;;) {
      const next = await nextChunk(records, settings.path);
      if (next.done) break;
      if (hooks.signal?.aborted) return { counts, canceled: true };
      const chunk = next.value;
      bytesRead = chunk.bytesRead;
      for (const record of chunk.records) {
        if (!headerSeen) {
          headerSeen = true;
          continue;
        }
        row++;
        pending.push(classifyRecord(record, row, csv.mapping));
        if (pending.length >= batchRows) {
          flush();
          progress.report(row, bytesRead);
          if (hooks.signal?.aborted) return { counts, canceled: true };
        }
      }
      if (bytesRead - bytesAtFlush >= MAX_BATCH_BYTES) flush();
      progress.report(row, bytesRead);
    }
  } finally {
    // Closes the file when the loop stops early (cancel, or a database error).
    await records.return(undefined);
  }
  if (hooks.signal?.aborted) return { counts, canceled: true };
  flush();
  progress.report(row, bytesRead, true);
  return { counts, canceled: false };
}

/** File-system errors become plain words; errors from our own code pass through untouched. */
async function nextChunk<T>(iterator: AsyncGenerator<T>, path: string): Promise<IteratorResult<T>> {
  try {
    return await iterator.next();
  } catch (error) {
    throw readFailure(path, error);
  }
}

function applyRow(
  item: ClassifiedRow,
  sink: RowSink,
  delimiter: string,
  counts: ImportCounts,
): void {
  counts.total++;
  if (item.type === 'invalid') {
    counts.invalid++;
    sink.report(item.issue);
    return;
  }
  const { contact } = item;
  const fate = sink.place(contact);
  switch (fate.kind) {
    case 'imported':
      counts.imported++;
      if (contact.warnings.length > 0) {
        counts.warnings++;
        for (const w of contact.warnings) {
          sink.report(contactIssue(contact, 'warning', w.reason, w.detail, delimiter));
        }
      }
      return;
    case 'duplicate':
      counts.duplicates++;
      sink.report(contactIssue(contact, 'duplicate', fate.reason, fate.detail, delimiter));
      return;
    case 'suppressed':
      counts.suppressed++;
      sink.report(contactIssue(contact, 'suppressed', 'suppressed', fate.detail, delimiter));
      return;
    default:
      assertNever(fate);
  }
}

function contactIssue(
  contact: ContactCandidate,
  kind: RowIssue['kind'],
  reason: RowIssue['reason'],
  detail: string,
  delimiter: string,
): RowIssue {
  return {
    row: contact.row,
    kind,
    reason,
    detail,
    rawPhone: contact.rawPhone.slice(0, 100),
    rawLine: rawLineOf(contact.source, delimiter),
  };
}
