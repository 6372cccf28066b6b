import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { statement } from '../db/statement-cache';
import type { LedgerState } from '../../../shared/campaigns/ledger-state';
import { countDeltaSql, stateChange } from './campaign-counts';
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

// The counters' delta, run just before its UPDATE with the same parameters: the batch's rows
// through the same VALUES table, each found by its primary key (CROSS JOIN keeps that order).
const batchDeltaSql = (values: string, newState: string) =>
  countDeltaSql(
    stateChange(
      newState,
      `(VALUES ${values}) AS v CROSS JOIN ledger AS l`,
      'l.campaign_id = ?2 AND l.seq = v.column1',
    ),
    '?2',
  );
const markSubmittingDeltaSql = (rows: number) =>
  batchDeltaSql(valuesOf(rows, 2, 3), stateLiteral('submitting'));
const outcomesDeltaSql = (rows: number) => batchDeltaSql(valuesOf(rows, 7, 3), 'v.column2');

// Status polls and rows CommPeak did not take, a batch each: `?1` unused (the time elsewhere).
const deliveriesSql = (rows: number) => `UPDATE ledger
  SET state = v.column2, delivery_status = v.column3, final_at = v.column4, next_poll_at = v.column5
  FROM (VALUES ${valuesOf(rows, 5, 3)}) AS v
  WHERE ledger.campaign_id = ?2 AND ledger.seq = v.column1`;
const deliveriesDeltaSql = (rows: number) => batchDeltaSql(valuesOf(rows, 5, 3), 'v.column2');
const backToPendingSql = (rows: number) => `UPDATE ledger
  SET state = ${stateLiteral('pending')}, attempts = MAX(attempts - 1, 0)
  FROM (VALUES ${valuesOf(rows, 1, 3)}) AS v
  WHERE ledger.campaign_id = ?2 AND ledger.seq = v.column1`;
const backToPendingDeltaSql = (rows: number) =>
  batchDeltaSql(valuesOf(rows, 1, 3), stateLiteral('pending'));

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

export const BATCH_SQL = {
  markSubmittingSql,
  outcomesSql,
  deliveriesSql,
  backToPendingSql,
  markSubmittingDeltaSql,
  outcomesDeltaSql,
  deliveriesDeltaSql,
  backToPendingDeltaSql,
};

/** The counters' delta, then the UPDATE: both with the same parameters, in the caller's transaction. */
function counted(db: DatabaseSync, delta: string, update: string, args: SQLInputValue[]): void {
  statement(db, delta).run(...args);
  statement(db, update).run(...args);
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
    const n = part.length;
    counted(db, markSubmittingDeltaSql(n), markSubmittingSql(n), [at, campaignId, ...args]);
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
    const args = part.flatMap((r) => [
      r.seq,
      r.state,
      r.uuid,
      r.pollAt,
      r.nextAttemptAt,
      r.code,
      r.detail,
    ]);
    const n = part.length;
    counted(db, outcomesDeltaSql(n), outcomesSql(n), [at, campaignId, ...args]);
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
    const n = part.length;
    counted(db, deliveriesDeltaSql(n), deliveriesSql(n), [null, campaignId, ...args]);
  }
}

/** Rows CommPeak did not take, back to pending (their attempt not counted): one UPDATE. */
export function batchBackToPending(
  db: DatabaseSync,
  campaignId: number,
  seqs: readonly number[],
): void {
  for (const part of chunks(seqs)) {
    const n = part.length;
    counted(db, backToPendingDeltaSql(n), backToPendingSql(n), [null, campaignId, ...part]);
  }
}
