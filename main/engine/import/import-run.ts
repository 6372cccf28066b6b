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
      file_name, encoding, delimiter, default_country, started_at, status, target)
    VALUES (:listId, :createdList, :before, :previous, :fileName, :encoding, :delimiter, :country, :now, 'running', :target)`,
  finish: `UPDATE import_runs SET status = :status, error = :error, finished_at = :now, total = :total,
      imported = :imported, invalid = :invalid, duplicates = :duplicates, suppressed = :suppressed,
      warnings = :warnings WHERE id = :id`,
  byId: `SELECT * FROM import_runs WHERE id = :id`,
  byList: `SELECT * FROM import_runs WHERE list_id = :listId ORDER BY id DESC`,
  running: `SELECT * FROM import_runs WHERE status = 'running'`,
  deleteRows: `DELETE FROM contacts WHERE id > :before AND import_run_id = :id`,
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

/**
 * Takes a run's rows back out so the list is exactly as before: a list the run created is
 * deleted; otherwise the run's contacts are deleted and the list's columns restored.
 */
export function undoRun(
  db: DatabaseSync,
  id: number,
  status: 'canceled' | 'failed',
  counts: ImportCounts,
  error: string | null = null,
): void {
  inTransaction(db, () => {
    const run = statement(db, SQL.byId).get({ id });
    if (!run) return;
    const listId = run.list_id === null ? null : Number(run.list_id);
    if (listId !== null && Number(run.created_list) === 1) {
      statement(db, SQL.deleteList).run({ listId });
    } else {
      statement(db, SQL.deleteRows).run({ before: Number(run.max_contact_id_before), id });
      if (listId !== null && typeof run.previous_list_json === 'string') {
        const before = JSON.parse(run.previous_list_json) as ListBefore;
        setListShape(db, listId, before, before.updatedAt);
      }
    }
    finishRun(db, id, status, counts, error);
  });
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
 * Undoes imports that were running when the engine stopped (crash, kill, quit). Call once when
 * the engine opens the database, before serving requests. Returns the runs it undid.
 */
export function recoverInterruptedImports(db: DatabaseSync): number[] {
  const ids = statement(db, SQL.running)
    .all()
    .map((row) => Number(row.id));
  for (const id of ids) {
    const run = getImportRun(db, id);
    undoRun(
      db,
      id,
      'failed',
      run,
      run.target === 'opt_outs'
        ? 'The opt-out import was interrupted; the numbers read before were kept.'
        : 'The import was interrupted before it finished; nothing was kept.',
    );
  }
  return ids;
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
