import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { statement } from '../db/statement-cache';
import type { LedgerState } from '../../../shared/campaigns/ledger-state';
import { moveCounts } from './campaign-counts';
import { stateLiteral } from './ledger-row';

/** What one row of a batch came back as, ready to store. */
export interface RowOutcome {
  readonly seq: number;
  readonly state: 'accepted' | 'failed_retryable' | 'uncertain' | 'failed_permanent';
  /** Accepted: CommPeak's uuid ('[redacted]' when it was withheld). */
  readonly uuid: string | null;
  /** Accepted: when to ask for its delivery status first (null: never). */
  readonly pollAt: number | null;
  /** failed_retryable: when it is due again. */
  readonly nextAttemptAt: number | null;
  readonly code: string | null;
  readonly detail: string | null;
}

// `(?3, ?4), (?5, ?6), …`: the batch's rows as a VALUES table, from parameter `first` on.
const valuesOf = (rows: number, columns: number, first: number): string =>
  Array.from({ length: rows }, (_, r) => {
    const at = first + r * columns;
    return `(${Array.from({ length: columns }, (_, c) => `?${at + c}`).join(', ')})`;
  }).join(', ');

// One statement per batch, not one per row. Planned as a scan of the VALUES rows with a primary
// key lookup into the ledger for each (test/unit/ledger/batch-writes.test.ts checks the plan):
// json_each() in the same place is planned as a scan of the campaign's ledger instead.
const markSubmittingSql = (rows: number) => `UPDATE ledger
  SET state = ${stateLiteral('submitting')}, attempts = attempts + 1, submitted_at = ?1,
    internal_id = v.column2
  FROM (VALUES ${valuesOf(rows, 2, 3)}) AS v
  WHERE ledger.campaign_id = ?2 AND ledger.seq = v.column1`;

// What the counters need of a batch's rows before they change: one SELECT through a VALUES
// table of the seqs and the primary key (CROSS JOIN keeps that order); the sums are moved in
// JS, one UPSERT per group (campaign-counts.ts). Moving them in SQL (a grouped INSERT … SELECT
// over the same rows) cost ≈5 µs a row more (bench/ledger-writes-bench.ts).
// Grouped in the same statement: a batch's 50 rows come back as the few groups they move.
const rowsBeforeSql = (rows: number) => `SELECT l.variant, l.state, l.country, v.column2 AS next,
    COUNT(*) AS n, SUM(l.parts) AS parts
  FROM (VALUES ${valuesOf(rows, 2, 2)}) AS v CROSS JOIN ledger AS l
  WHERE l.campaign_id = ?1 AND l.seq = v.column1
  GROUP BY l.variant, l.state, l.country, v.column2`;

// Status polls and rows CommPeak did not take, a batch each: `?1` unused (the time elsewhere).
const deliveriesSql = (rows: number) => `UPDATE ledger
  SET state = v.column2, delivery_status = v.column3, final_at = v.column4, next_poll_at = v.column5
  FROM (VALUES ${valuesOf(rows, 5, 3)}) AS v
  WHERE ledger.campaign_id = ?2 AND ledger.seq = v.column1`;
const backToPendingSql = (rows: number) => `UPDATE ledger
  SET state = ${stateLiteral('pending')}, attempts = MAX(attempts - 1, 0)
  FROM (VALUES ${valuesOf(rows, 1, 3)}) AS v
  WHERE ledger.campaign_id = ?2 AND ledger.seq = v.column1`;

const A = `v.column2 = ${stateLiteral('accepted')}`;
const outcomesSql = (rows: number) => `UPDATE ledger
  SET state = v.column2,
    message_uuid = IIF(${A}, v.column3, ledger.message_uuid),
    accepted_at = IIF(${A}, ?1, ledger.accepted_at),
    next_poll_at = IIF(${A}, v.column4, ledger.next_poll_at),
    next_attempt_at = IIF(v.column2 = ${stateLiteral('failed_retryable')}, v.column5,
      ledger.next_attempt_at),
    error_code = v.column6, error_detail = v.column7
  FROM (VALUES ${valuesOf(rows, 7, 3)}) AS v
  WHERE ledger.campaign_id = ?2 AND ledger.seq = v.column1`;

// Batches are cut at most this long, so a statement's parameters stay well under SQLite's limit.
const CHUNK = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** The VALUES of `outcomesSql`, row after row, in its column order. */
export const outcomeValues = (rows: readonly RowOutcome[]): SQLInputValue[] =>
  rows.flatMap((r) => [r.seq, r.state, r.uuid, r.pollAt, r.nextAttemptAt, r.code, r.detail]);

export const BATCH_SQL = {
  markSubmittingSql,
  outcomesSql,
  deliveriesSql,
  backToPendingSql,
  rowsBeforeSql,
};

/**
 * Moves the counters of a batch's rows (to the state `to` gives each), then runs the UPDATE:
 * in the caller's transaction, so both commit or neither.
 */
function counted(
  db: DatabaseSync,
  campaignId: number,
  moves: readonly (readonly [seq: number, to: LedgerState])[],
  update: string,
  args: SQLInputValue[],
): void {
  const groups = statement(db, sqlOf(rowsBeforeSql, moves.length)).all(campaignId, ...moves.flat());
  moveCounts(
    db,
    campaignId,
    groups.map((g) => ({
      variant: String(g.variant),
      from: g.state as LedgerState,
      to: g.next as LedgerState,
      country: g.country === null ? null : String(g.country),
      n: Number(g.n),
      parts: Number(g.parts),
    })),
  );
  statement(db, update).run(...args);
}

// Each statement's text once per batch length, not built again for every batch.
const texts = new Map<(rows: number) => string, Map<number, string>>();
function sqlOf(make: (rows: number) => string, rows: number): string {
  let bySize = texts.get(make);
  if (!bySize) texts.set(make, (bySize = new Map()));
  let text = bySize.get(rows);
  if (text === undefined) bySize.set(rows, (text = make(rows)));
  return text;
}

/** A batch's rows go out now, each with its internal_id: one UPDATE. */
export function markBatchSubmitting(
  db: DatabaseSync,
  campaignId: number,
  rows: readonly { readonly seq: number; readonly internalId: string }[],
  at: number,
): void {
  for (const part of chunks(rows)) {
    const args = part.flatMap((r) => [r.seq, r.internalId]);
    const moves = part.map((r) => [r.seq, 'submitting'] as const);
    counted(db, campaignId, moves, sqlOf(markSubmittingSql, part.length), [
      at,
      campaignId,
      ...args,
    ]);
  }
}

/** A batch's answer, every row's outcome: one UPDATE. */
export function recordBatchOutcomes(
  db: DatabaseSync,
  campaignId: number,
  rows: readonly RowOutcome[],
  at: number,
): void {
  for (const part of chunks(rows)) {
    const moves = part.map((r) => [r.seq, r.state] as const);
    counted(db, campaignId, moves, sqlOf(outcomesSql, part.length), [
      at,
      campaignId,
      ...outcomeValues(part),
    ]);
  }
}

/** What status queries said about a batch of rows; `nextPollAt` null stops polling a row. */
export interface RowDelivery {
  readonly seq: number;
  readonly state: LedgerState;
  readonly status: string | null;
  readonly finalAt: number | null;
  readonly nextPollAt: number | null;
}

/** A round of status answers: one UPDATE per chunk. */
export function recordBatchDeliveries(
  db: DatabaseSync,
  campaignId: number,
  rows: readonly RowDelivery[],
): void {
  for (const part of chunks(rows)) {
    const args = part.flatMap((r) => [r.seq, r.state, r.status, r.finalAt, r.nextPollAt]);
    const moves = part.map((r) => [r.seq, r.state] as const);
    counted(db, campaignId, moves, sqlOf(deliveriesSql, part.length), [null, campaignId, ...args]);
  }
}

/** Rows CommPeak did not take, back to pending (their attempt not counted): one UPDATE. */
export function batchBackToPending(
  db: DatabaseSync,
  campaignId: number,
  seqs: readonly number[],
): void {
  for (const part of chunks(seqs)) {
    const moves = part.map((seq) => [seq, 'pending'] as const);
    counted(db, campaignId, moves, sqlOf(backToPendingSql, part.length), [
      null,
      campaignId,
      ...part,
    ]);
  }
}
