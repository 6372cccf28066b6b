import { stat } from 'node:fs/promises';
import { assertNever } from '../../../shared/assert-never';
import type { DuplicateReason } from '../../../shared/contacts/contact-types';
import { classifiedBlocks, layoutOf, type CsvLayout, type ReadPlan } from './classified-blocks';
import { blockRowCount, type BlockWants, type ContactBlock } from './contact-block';
import { emptyCounts, type ImportCounts, type RowIssue } from './import-issue';
import { ProgressThrottle, type PipelineHooks } from './import-progress';
import { blocksFromWorkers, importWorkerEntry } from './import-workers';
import { readFailure } from './sniff-csv';

export type { CsvLayout } from './classified-blocks';

export type ContactFate =
  | { readonly kind: 'imported' }
  | { readonly kind: 'duplicate'; readonly reason: DuplicateReason; readonly detail: string }
  | { readonly kind: 'suppressed'; readonly detail: string };

/** Where classified rows go: the database (import), the opt-out list or memory (check). */
export interface RowSink {
  /** What each contact needs besides its number (fields JSON, search text). */
  readonly wants: BlockWants;
  /** Runs one batch of `place`/`report` calls; the database sink makes it one transaction. */
  batch(work: () => void): void;
  /**
   * Places a block's contacts, in row order, and returns the fate of each one that was not
   * imported, by its index in the block (the others were imported).
   */
  place(block: ContactBlock): ReadonlyMap<number, ContactFate>;
  report(issue: RowIssue): void;
}

export interface PipelineSettings {
  readonly path: string;
  readonly csv: CsvLayout;
  /** Rows per database transaction. */
  readonly batchRows?: number;
  readonly highWaterMark?: number;
  /**
   * Where rows are read and classified: worker threads (`auto` does so for files of a megabyte
   * or more, where a worker's start-up is worth it) or this thread.
   */
  readonly workers?: 'auto' | 'always' | 'never';
}

export interface PipelineResult {
  readonly counts: ImportCounts;
  readonly canceled: boolean;
}

// Rows per transaction. Random-order phone numbers dirty most pages of the (list_id, phone)
// index on every commit, so commits must be few: measured on a 1M-row import (2 vCPU),
// 2k rows/commit ≈ 50k rows/s, 20k ≈ 85k, 50k ≈ 100k, writing on one thread. With workers
// reading meanwhile the writer is not the slower side on 2 cores, so a smaller batch costs
// little and bounds what is held (a batch's blocks plus the workers' window, see WINDOW_BLOCKS):
// 14k rows took the same engine CPU as 30k on a million rows with ≈25 MB less peak. The
// engine's event loop is held for one batch's writes while it commits.
export const DEFAULT_BATCH_ROWS = 14_000;
// Wide rows (long notes columns) reach this first, so a batch never holds much of the file.
const MAX_BATCH_BYTES = 8 * 1024 * 1024;
// Below this a worker's start costs more than classifying on this thread.
const WORKER_MIN_BYTES = 1024 * 1024;

/**
 * Reads, classifies and hands every data row to the sink, batch by batch.
 *
 * Reading and classifying (phone normalisation, fields JSON, search text) happen in worker
 * threads (`import-workers.ts`) while this thread writes; the blocks come back in file order.
 * Every row ends up counted exactly once: invalid by the classifier, imported/duplicate/
 * suppressed by the sink. The workers stop reading while a few blocks wait to be written, so
 * memory is bounded by the batch size, not the file size.
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
  const plan: ReadPlan = {
    path: settings.path,
    csv: layoutOf(settings.csv),
    wants: sink.wants,
    ...(settings.highWaterMark === undefined ? {} : { highWaterMark: settings.highWaterMark }),
  };
  const blocks = blockSource(plan, settings.workers ?? 'auto', totalBytes);
  let pending: ContactBlock[] = [];
  let pendingRows = 0;
  let rowsRead = 0;
  let bytesRead = 0;
  let bytesAtFlush = 0;

  const flush = (): void => {
    const batch = pending;
    pending = [];
    pendingRows = 0;
    bytesAtFlush = bytesRead;
    if (batch.length === 0) return;
    sink.batch(() => {
      for (const block of batch) applyBlock(block, sink, counts);
    });
  };

  try {
    for (;;) {
      const next = await blocks.next();
      if (next.done) break;
      if (hooks.signal?.aborted) return { counts, canceled: true };
      const block = next.value;
      pending.push(block);
      const rows = blockRowCount(block);
      pendingRows += rows;
      rowsRead += rows;
      bytesRead = block.bytesRead;
      if (pendingRows >= batchRows || bytesRead - bytesAtFlush >= MAX_BATCH_BYTES) {
        flush();
        if (hooks.signal?.aborted) {
          progress.report(rowsRead, bytesRead);
          return { counts, canceled: true };
        }
      }
      progress.report(rowsRead, bytesRead);
    }
  } finally {
    // Stops the workers and closes the file when the loop stops early (cancel, a database error).
    await blocks.return(undefined);
  }
  if (hooks.signal?.aborted) return { counts, canceled: true };
  flush();
  progress.report(rowsRead, bytesRead, true);
  return { counts, canceled: false };
}

function blockSource(
  plan: ReadPlan,
  workers: NonNullable<PipelineSettings['workers']>,
  totalBytes: number,
): AsyncGenerator<ContactBlock> {
  const wanted = workers === 'always' || (workers === 'auto' && totalBytes >= WORKER_MIN_BYTES);
  const entry = wanted ? importWorkerEntry() : null;
  return entry ? blocksFromWorkers(plan, entry) : classifiedBlocks(plan);
}

/** Counts and reports a block's rows in row order (invalid ones interleaved with contacts). */
function applyBlock(block: ContactBlock, sink: RowSink, counts: ImportCounts): void {
  const fates = block.rows.length > 0 ? sink.place(block) : new Map<number, ContactFate>();
  const { rows, invalid } = block;
  let c = 0;
  let v = 0;
  while (c < rows.length || v < invalid.length) {
    const nextInvalid = invalid[v];
    counts.total++;
    if (nextInvalid && (c >= rows.length || nextInvalid.row < (rows[c] as number))) {
      counts.invalid++;
      sink.report(nextInvalid);
      v++;
      continue;
    }
    applyContact(block, c, fates.get(c) ?? IMPORTED, sink, counts);
    c++;
  }
}

const IMPORTED: ContactFate = { kind: 'imported' };

function applyContact(
  block: ContactBlock,
  index: number,
  fate: ContactFate,
  sink: RowSink,
  counts: ImportCounts,
): void {
  switch (fate.kind) {
    case 'imported': {
      counts.imported++;
      const warnings = block.warnings.get(index);
      if (warnings && warnings.length > 0) {
        counts.warnings++;
        for (const w of warnings) {
          sink.report(contactIssue(block, index, 'warning', w.reason, w.detail));
        }
      }
      return;
    }
    case 'duplicate':
      counts.duplicates++;
      sink.report(contactIssue(block, index, 'duplicate', fate.reason, fate.detail));
      return;
    case 'suppressed':
      counts.suppressed++;
      sink.report(contactIssue(block, index, 'suppressed', 'suppressed', fate.detail));
      return;
    default:
      assertNever(fate);
  }
}

function contactIssue(
  block: ContactBlock,
  index: number,
  kind: RowIssue['kind'],
  reason: RowIssue['reason'],
  detail: string,
): RowIssue {
  return {
    row: block.rows[index] as number,
    kind,
    reason,
    detail,
    rawPhone: block.rawPhones[index] as string,
    rawLine: block.rawLines[index] as string,
  };
}
