import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import { notYetSentStates, type LedgerState } from '../../../shared/campaigns/ledger-state';
import { statement } from '../db/statement-cache';
import {
  batchBackToPending,
  markBatchSubmitting,
  recordBatchDeliveries,
  recordBatchOutcomes,
  type RowDelivery,
  type RowOutcome,
} from './batch-writes';
import { countInserted, countsByState } from './campaign-counts';
import { COUNT_DELTA_SQL, ROWS_WHERE } from './ledger-row-sets';
import {
  ROW_COLUMNS,
  stateIn,
  stateIs,
  stateLiteral,
  toLedgerRow,
  type LedgerRow,
  type NewLedgerRow,
  type PolledRow,
} from './ledger-row';

export const LEDGER_SQL = {
  rowCount: `SELECT COUNT(*) AS n FROM ledger WHERE campaign_id = ?`,
  insert: `INSERT INTO ledger
    (campaign_id, seq, phone, country, fields_json, variant, text, parts, state, error_code,
     error_detail, zone, zone_uncertain)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  // Rows a test split holds back wait for the winner's text: never picked before it is chosen.
  pendingPage: `SELECT ${ROW_COLUMNS} FROM ledger
    WHERE campaign_id = ? AND seq > ? AND ${stateIs('pending')} AND variant <> '${AWAITING_WINNER}'
    ORDER BY seq LIMIT ?`,
  retryRows: `SELECT ${ROW_COLUMNS} FROM ledger
    WHERE campaign_id = ? AND ${stateIs('failed_retryable')}`,
  skip: `UPDATE ledger SET state = ${stateLiteral('skipped')}, error_code = ?1, error_detail = ?2
    WHERE ${ROWS_WHERE.skip}`,
  skipOpen: `UPDATE ledger SET state = ${stateLiteral('skipped')}, error_code = 'canceled',
    error_detail = 'Campaign canceled' WHERE ${ROWS_WHERE.skipOpen}`,
  // A resend is a new message: its id is made again (with -rN) when it goes out.
  resendUncertain: `UPDATE ledger SET state = ${stateLiteral('pending')},
    resends = resends + 1, error_code = NULL, error_detail = NULL, next_attempt_at = 0,
    internal_id = NULL
    WHERE ${ROWS_WHERE.resendUncertain}`,
  markUncertainSent: `UPDATE ledger SET state = ${stateLiteral('accepted')},
    error_code = 'marked_sent', error_detail = 'Marked as sent by you'
    WHERE ${ROWS_WHERE.markUncertainSent}`,
  retryFailed: `UPDATE ledger SET state = ${stateLiteral('pending')},
    resends = resends + 1, error_code = NULL, error_detail = NULL, next_attempt_at = 0,
    message_uuid = NULL, delivery_status = NULL, next_poll_at = NULL, internal_id = NULL
    WHERE ${ROWS_WHERE.retryFailed}`,
  interrupted: `UPDATE ledger SET state = ${stateLiteral('uncertain')},
    error_code = 'interrupted',
    error_detail = 'Peaksend stopped while this message was being sent; it may have reached CommPeak.'
    WHERE ${ROWS_WHERE.interrupted}`,
  errors: `SELECT COALESCE(error_code, state) AS reason, COUNT(*) AS n FROM ledger
    WHERE campaign_id = ? AND error_code IS NOT NULL AND NOT ${stateIs('accepted')}
    GROUP BY reason ORDER BY n DESC LIMIT ?`,
  settledErrors: `SELECT COALESCE(error_code, state) AS reason, COUNT(*) AS n FROM ledger
    WHERE campaign_id = ? AND error_code IS NOT NULL AND NOT ${stateIs('accepted')}
    AND NOT ${stateIn(notYetSentStates)} AND NOT ${stateIs('submitting')}
    GROUP BY reason ORDER BY n DESC LIMIT ?`,
  retrying: `SELECT COALESCE(error_code, state) AS reason, COUNT(*) AS n FROM ledger
    WHERE campaign_id = ? AND ${stateIs('failed_retryable')}
    GROUP BY reason ORDER BY n DESC LIMIT ?`,

  awaitingStatus: `SELECT id FROM campaigns WHERE EXISTS
    (SELECT 1 FROM ledger WHERE campaign_id = campaigns.id AND next_poll_at IS NOT NULL)`,
  duePolls: `SELECT seq, variant, message_uuid, accepted_at, state FROM ledger
    WHERE campaign_id = ? AND next_poll_at IS NOT NULL AND next_poll_at <= ?
    ORDER BY next_poll_at LIMIT ?`,
} as const;

const seqsParam = (seqs: readonly number[] | undefined) => (seqs ? JSON.stringify(seqs) : null);

/**
 * The only code that writes ledger rows (and the reads the sender and poller need). Callers
 * decide the transactions: the sender's writes go through GroupCommit, the others through
 * `inTransaction`.
 */
export class LedgerStore {
  constructor(readonly db: DatabaseSync) {}

  private s(sql: string) {
    return statement(this.db, sql);
  }

  /** The counters' delta, then the UPDATE, with the same parameters: rows changed. */
  private counted(key: keyof typeof COUNT_DELTA_SQL, ...args: SQLInputValue[]): number;
  private counted(key: keyof typeof COUNT_DELTA_SQL, named: Record<string, SQLInputValue>): number;
  private counted(key: keyof typeof COUNT_DELTA_SQL, ...args: unknown[]): number {
    const run = (sql: string) => this.s(sql).run(...(args as SQLInputValue[]));
    run(COUNT_DELTA_SQL[key]);
    return Number(run(LEDGER_SQL[key]).changes);
  }

  rowCount(campaignId: number): number {
    return Number(this.s(LEDGER_SQL.rowCount).get(campaignId)?.n ?? 0);
  }

  insert(campaignId: number, row: NewLedgerRow): void {
    this.insertRows(campaignId, [row]);
  }

  /** New rows (one chunk of the ledger's creation), counted with one UPSERT per group. */
  insertRows(campaignId: number, rows: readonly NewLedgerRow[]): void {
    for (const row of rows) this.insertOne(campaignId, row);
    countInserted(
      this.db,
      campaignId,
      rows.map((r) => ({
        variant: r.variant,
        state: r.suppressed ? 'skipped' : 'pending',
        country: r.country,
        parts: r.parts,
      })),
    );
  }

  private insertOne(campaignId: number, row: NewLedgerRow): void {
    this.s(LEDGER_SQL.insert).run(
      campaignId,
      row.seq,
      row.phone,
      row.country,
      row.fieldsJson,
      row.variant,
      row.text,
      row.parts,
      row.suppressed ? 'skipped' : 'pending',
      row.suppressed ? 'suppressed' : null,
      row.suppressed ? 'On the opt-out list' : null,
      row.zone,
      row.zoneUncertain ? 1 : 0,
    );
  }

  pendingPage(campaignId: number, afterSeq: number, limit: number): LedgerRow[] {
    return this.s(LEDGER_SQL.pendingPage).all(campaignId, afterSeq, limit).map(toLedgerRow);
  }

  retryRows(campaignId: number): LedgerRow[] {
    return this.s(LEDGER_SQL.retryRows).all(campaignId).map(toLedgerRow);
  }

  /** The batch's rows go out now, each with its internal_id (one statement). */
  markSubmitting(
    campaignId: number,
    rows: readonly { readonly seq: number; readonly internalId: string }[],
    at: number,
  ): void {
    markBatchSubmitting(this.db, campaignId, rows, at);
  }

  /** What CommPeak said about each row of a batch (one statement). */
  recordOutcomes(campaignId: number, rows: readonly RowOutcome[], at: number): void {
    recordBatchOutcomes(this.db, campaignId, rows, at);
  }

  backToPending(campaignId: number, seq: number): void {
    batchBackToPending(this.db, campaignId, [seq]);
  }

  /** A batch CommPeak did not take, back to pending (one statement). */
  backToPendingRows(campaignId: number, seqs: readonly number[]): void {
    batchBackToPending(this.db, campaignId, seqs);
  }

  skip(campaignId: number, seq: number, code: string, detail: string): void {
    this.counted('skip', code, detail, campaignId, seq);
  }

  skipOpenRows(campaignId: number): number {
    return this.counted('skipOpen', campaignId);
  }

  /** The user chose to resend uncertain rows (all, or the given seqs) under a new internal_id. */
  resendUncertain(campaignId: number, seqs?: readonly number[]): number {
    return this.counted('resendUncertain', { id: campaignId, seqs: seqsParam(seqs) });
  }

  /** The user says the uncertain rows (all, or the given seqs) did reach their recipients. */
  markUncertainSent(campaignId: number, seqs?: readonly number[]): number {
    return this.counted('markUncertainSent', { id: campaignId, seqs: seqsParam(seqs) });
  }

  /** Failed rows back to pending, to be sent again as new messages. */
  resetFailedForRetry(campaignId: number): number {
    return this.counted('retryFailed', campaignId);
  }

  /**
   * A campaign's rows left "submitting" by a sender that is gone (crash, kill, a stop that gave
   * up waiting) may have reached CommPeak: never resend them blindly. Only the lease's new holder
   * calls this, once it knows the old one cannot answer any more.
   */
  markInterruptedUncertain(campaignId: number): number {
    return this.counted('interrupted', campaignId);
  }

  /** Rows and parts per state, from the campaign's counters. */
  counts(campaignId: number): Map<LedgerState, { n: number; parts: number }> {
    return countsByState(this.db, campaignId);
  }

  /** Why rows did not go (error codes with their counts), commonest first. */
  errorBreakdown(campaignId: number, limit = 12): { reason: string; count: number }[] {
    return this.s(LEDGER_SQL.errors)
      .all(campaignId, limit)
      .map((r) => ({ reason: String(r.reason), count: Number(r.n) }));
  }

  /**
   * The progress page's split: recipients with an outcome that has an error (`failed`), apart
   * from rows that will be tried again (`retrying`, by the reason of their last attempt), so an
   * outage never reads as recipients failing.
   */
  errorSplit(
    campaignId: number,
    limit = 12,
  ): {
    failed: { reason: string; count: number }[];
    retrying: { reason: string; count: number }[];
  } {
    const of = (sql: string) =>
      this.s(sql)
        .all(campaignId, limit)
        .map((r) => ({ reason: String(r.reason), count: Number(r.n) }));
    return { failed: of(LEDGER_SQL.settledErrors), retrying: of(LEDGER_SQL.retrying) };
  }

  /** Campaigns with rows whose delivery status is still awaited. */
  campaignsAwaitingStatus(): number[] {
    return this.s(LEDGER_SQL.awaitingStatus)
      .all()
      .map((r) => Number(r.id));
  }

  /** Accepted rows whose next status query is due at `now`, soonest first. */
  duePolls(campaignId: number, now: number, limit: number): PolledRow[] {
    return this.s(LEDGER_SQL.duePolls)
      .all(campaignId, now, limit)
      .map((r) => ({
        seq: Number(r.seq),
        variant: String(r.variant),
        uuid: String(r.message_uuid),
        acceptedAt: Number(r.accepted_at ?? now),
        state: String(r.state) as LedgerState,
      }));
  }

  /** Stores what a status query said; `nextPollAt` null stops polling the row. */
  recordDelivery(
    campaignId: number,
    seq: number,
    update: {
      state: LedgerState;
      status: string | null;
      finalAt: number | null;
      nextPollAt: number | null;
    },
  ): void {
    this.recordDeliveries(campaignId, [{ seq, ...update }]);
  }

  /** A round of status answers (one statement). */
  recordDeliveries(campaignId: number, rows: readonly RowDelivery[]): void {
    recordBatchDeliveries(this.db, campaignId, rows);
  }
}
