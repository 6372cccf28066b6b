import type { DatabaseSync } from 'node:sqlite';
import { z } from 'zod';
import { AppFailure } from '../../../shared/contract/result';
import { setListShape, type ListShape } from '../contacts/contact-list';
import { statement } from '../db/statement-cache';
import { inTransaction } from '../db/transaction';
import type { ImportCounts } from './import-issue';

const runStatusSchema = z.enum(['running', 'done', 'canceled', 'failed']);
export type ImportRunStatus = z.infer<typeof runStatusSchema>;

export interface ImportRun extends ImportCounts {
  readonly id: number;
  readonly listId: number | null;
  readonly fileName: string;
  readonly encoding: string;
  readonly delimiter: string;
  readonly defaultCountry: string | null;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly status: ImportRunStatus;
  readonly error: string | null;
  /** Into a list, or into the opt-out list (whose rows are kept even when the run stops). */
  readonly target: 'list' | 'opt_outs';
}

/** What the list looked like before the run, to put back if the run is undone. */
export interface ListBefore extends ListShape {
  readonly updatedAt?: string;
}

const SQL = {
  maxContactId: `SELECT IFNULL(MAX(id), 0) AS id FROM contacts`,
  insert: `INSERT INTO import_runs (list_id, created_list, max_contact_id_before, previous_list_json,
      file_name, encoding, delimiter, default_country, started_at, status, import_key, target)
    VALUES (:listId, :createdList, :before, :previous, :fileName, :encoding, :delimiter, :country, :now,
      'running', :key, :target)`,
  finish: `UPDATE import_runs SET status = :status, error = :error, finished_at = :now, total = :total,
      imported = :imported, invalid = :invalid, duplicates = :duplicates, suppressed = :suppressed,
      warnings = :warnings WHERE id = :id`,
  byId: `SELECT * FROM import_runs WHERE id = :id`,
  byList: `SELECT * FROM import_runs WHERE list_id = :listId ORDER BY id DESC`,
  byKey: `SELECT * FROM import_runs WHERE import_key = :key ORDER BY id DESC LIMIT 1`,
  running: `SELECT * FROM import_runs WHERE status = 'running'`,
  deleteChunk: `DELETE FROM contacts WHERE id IN (SELECT id FROM contacts
    WHERE id > :before AND import_run_id = :id LIMIT :limit)`,
  deleteList: `DELETE FROM contact_lists WHERE id = :listId`,
} as const;

export function startRun(
  db: DatabaseSync,
  run: {
    /** Null for an opt-out import (its rows go to the opt-out list). */
    listId: number | null;
    createdList: boolean;
    previous: ListBefore | null;
    fileName: string;
    encoding: string;
    delimiter: string;
    defaultCountry: string | null;
    /** The id main knows the import by (see contacts:importOutcome). */
    importKey?: string | null;
  },
): number {
  const before = Number(statement(db, SQL.maxContactId).get()?.id ?? 0);
  const result = statement(db, SQL.insert).run({
    listId: run.listId,
    createdList: run.createdList ? 1 : 0,
    before,
    previous: run.previous ? JSON.stringify(run.previous) : null,
    fileName: run.fileName,
    encoding: run.encoding,
    delimiter: run.delimiter,
    country: run.defaultCountry,
    now: new Date().toISOString(),
    key: run.importKey ?? null,
    target: run.listId === null ? 'opt_outs' : 'list',
  });
  return Number(result.lastInsertRowid);
}

export function finishRun(
  db: DatabaseSync,
  id: number,
  status: Exclude<ImportRunStatus, 'running'>,
  counts: ImportCounts,
  error: string | null = null,
): void {
  statement(db, SQL.finish).run({
    id,
    status,
    error,
    now: new Date().toISOString(),
    total: counts.total,
    imported: counts.imported,
    invalid: counts.invalid,
    duplicates: counts.duplicates,
    suppressed: counts.suppressed,
    warnings: counts.warnings,
  });
}

// Rows deleted per transaction while undoing. A million-row undo in one transaction needs as
// much free space for its WAL as the rows took; in chunks, each commit fits in WAL space the
// import already had, and checkpoints between them let that space be reused.
const UNDO_CHUNK_ROWS = 20_000;

/**
 * Takes a run's rows back out so the list is exactly as before: a list the run created is
 * deleted; otherwise the run's contacts are deleted and the list's columns restored.
 *
 * The run stays 'running' — so its list cannot be chosen as an audience — until the last step,
 * which restores the list and records the outcome in one transaction. A failure part-way (a full
 * disk) can therefore be retried from where it stopped, and an undone run is left alone.
 */
export function undoRun(
  db: DatabaseSync,
  id: number,
  status: 'canceled' | 'failed',
  counts: ImportCounts,
  error: string | null = null,
): void {
  const run = statement(db, SQL.byId).get({ id });
  if (!run || run.status !== 'running') return;
  const before = Number(run.max_contact_id_before);
  for (;;) {
    const deleted = inTransaction(db, () =>
      Number(statement(db, SQL.deleteChunk).run({ before, id, limit: UNDO_CHUNK_ROWS }).changes),
    );
    if (deleted < UNDO_CHUNK_ROWS) break;
  }
  inTransaction(db, () => {
    const listId = run.list_id === null ? null : Number(run.list_id);
    if (listId !== null && Number(run.created_list) === 1) {
      statement(db, SQL.deleteList).run({ listId });
    } else if (listId !== null && typeof run.previous_list_json === 'string') {
      const shape = JSON.parse(run.previous_list_json) as ListBefore;
      setListShape(db, listId, shape, shape.updatedAt);
    }
    finishRun(db, id, status, counts, error);
  });
}

export const INTERRUPTED_MESSAGE =
  'The import was interrupted before it finished; nothing was kept.';

/** Runs left 'running' by an engine that stopped (crash, kill, quit, a full disk). */
export function interruptedRuns(db: DatabaseSync): ImportRun[] {
  return statement(db, SQL.running).all().map(toRun);
}

/** Undoes one interrupted run, keeping the counts it had reached. */
export function undoInterruptedRun(db: DatabaseSync, run: ImportRun): void {
  const message =
    run.target === 'opt_outs'
      ? 'The opt-out import was interrupted; the numbers read before were kept.'
      : INTERRUPTED_MESSAGE;
  undoRun(db, run.id, 'failed', run, run.error ?? message);
}

/**
 * Ends a run that created its list but imported nothing: the empty list is deleted (the run's
 * report stays, its `list_id` becomes NULL) in the same transaction that marks the run done.
 */
export function dropEmptyCreatedList(db: DatabaseSync, id: number, counts: ImportCounts): void {
  inTransaction(db, () => {
    const run = statement(db, SQL.byId).get({ id });
    if (run && run.list_id !== null && Number(run.created_list) === 1) {
      statement(db, SQL.deleteList).run({ listId: Number(run.list_id) });
    }
    finishRun(db, id, 'done', counts);
  });
}

/**
 * Undoes imports that were running when the engine stopped (crash, kill, quit). Returns the runs
 * it undid. The engine calls `undoInterruptedRun` per run instead, so one it cannot undo yet (a
 * full disk) waits without keeping the others or the engine from starting.
 */
export function recoverInterruptedImports(db: DatabaseSync): number[] {
  const runs = interruptedRuns(db);
  for (const run of runs) undoInterruptedRun(db, run);
  return runs.map((r) => r.id);
}

/** The newest run started under `importKey`; null when none was (it never got that far). */
export function runByKey(db: DatabaseSync, importKey: string): ImportRun | null {
  const row = statement(db, SQL.byKey).get({ key: importKey });
  return row ? toRun(row) : null;
}

export function getImportRun(db: DatabaseSync, id: number): ImportRun {
  const row = statement(db, SQL.byId).get({ id });
  if (!row) throw new AppFailure('NOT_FOUND', 'That import no longer exists.');
  return toRun(row);
}

export function listImportRuns(db: DatabaseSync, listId: number): ImportRun[] {
  return statement(db, SQL.byList).all({ listId }).map(toRun);
}

function toRun(row: Record<string, unknown>): ImportRun {
  const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(row.id),
    listId: row.list_id === null ? null : Number(row.list_id),
    fileName: String(row.file_name),
    encoding: String(row.encoding),
    delimiter: String(row.delimiter),
    defaultCountry: text(row.default_country),
    startedAt: String(row.started_at),
    finishedAt: text(row.finished_at),
    status: runStatusSchema.parse(row.status),
    error: text(row.error),
    target: row.target === 'opt_outs' ? 'opt_outs' : 'list',
    total: Number(row.total),
    imported: Number(row.imported),
    invalid: Number(row.invalid),
    duplicates: Number(row.duplicates),
    suppressed: Number(row.suppressed),
    warnings: Number(row.warnings),
  };
}
