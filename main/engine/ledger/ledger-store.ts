import type { DatabaseSync } from 'node:sqlite';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import {
  acceptedStates,
  failedStates,
  notYetSentStates,
  type LedgerState,
} from '../../../shared/campaigns/ledger-state';
import { statement } from '../db/statement-cache';
import { markBatchSubmitting, recordBatchOutcomes, type RowOutcome } from './batch-writes';
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

// An optional list of seqs travels as one JSON array (NULL = every row), so each statement is
// prepared once whatever the list's length.
const SEQS = `(:seqs IS NULL OR seq IN (SELECT value FROM json_each(:seqs)))`;

// A campaign's rows in some states, for an UPDATE that changes `state`: SQLite plans
// `WHERE campaign_id = ? AND state = …` there as a scan of the campaign's rows (20k rows: 2 ms,
// for each campaign at every start), while the subquery finds them in `ledger_state`.
const ofCampaignIn = (id: string, states: string) =>
  `campaign_id = ${id} AND seq IN (SELECT seq FROM ledger WHERE campaign_id = ${id} AND ${states})`;

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
  backToPending: `UPDATE ledger SET state = ${stateLiteral('pending')},
    attempts = MAX(attempts - 1, 0) WHERE campaign_id = ? AND seq = ?`,
  skip: `UPDATE ledger SET state = ${stateLiteral('skipped')}, error_code = ?, error_detail = ?
    WHERE campaign_id = ? AND seq = ?`,
  skipOpen: `UPDATE ledger SET state = ${stateLiteral('skipped')}, error_code = 'canceled',
    error_detail = 'Campaign canceled' WHERE ${ofCampaignIn('?1', stateIn(notYetSentStates))}`,
  // A resend is a new message: its id is made again (with -rN) when it goes out.
  resendUncertain: `UPDATE ledger SET state = ${stateLiteral('pending')},
    resends = resends + 1, error_code = NULL, error_detail = NULL, next_attempt_at = 0,
    internal_id = NULL
    WHERE ${ofCampaignIn(':id', stateIs('uncertain'))} AND ${SEQS}`,
  markUncertainSent: `UPDATE ledger SET state = ${stateLiteral('accepted')},
    error_code = 'marked_sent', error_detail = 'Marked as sent by you'
    WHERE ${ofCampaignIn(':id', stateIs('uncertain'))} AND ${SEQS}`,
  retryFailed: `UPDATE ledger SET state = ${stateLiteral('pending')},
    resends = resends + 1, error_code = NULL, error_detail = NULL, next_attempt_at = 0,
    message_uuid = NULL, delivery_status = NULL, next_poll_at = NULL, internal_id = NULL
    WHERE ${ofCampaignIn('?1', stateIn(failedStates))}`,
  interrupted: `UPDATE ledger SET state = ${stateLiteral('uncertain')},
    error_code = 'interrupted',
    error_detail = 'Peaksend stopped while this message was being sent; it may have reached CommPeak.'
    WHERE ${ofCampaignIn('?1', stateIs('submitting'))}`,
  counts: `SELECT state, COUNT(*) AS n, SUM(parts) AS parts FROM ledger
    WHERE campaign_id = ? GROUP BY state`,
  acceptedParts: `SELECT country, SUM(parts) AS parts FROM ledger
    WHERE campaign_id = ? AND ${stateIn(acceptedStates)} GROUP BY country`,
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
  delivery: `UPDATE ledger SET state = ?, delivery_status = ?, final_at = ?, next_poll_at = ?
    WHERE campaign_id = ? AND seq = ?`,
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

  rowCount(campaignId: number): number {
    return Number(this.s(LEDGER_SQL.rowCount).get(campaignId)?.n ?? 0);
  }

  insert(campaignId: number, row: NewLedgerRow): void {
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
    this.s(LEDGER_SQL.backToPending).run(campaignId, seq);
  }

  skip(campaignId: number, seq: number, code: string, detail: string): void {
    this.s(LEDGER_SQL.skip).run(code, detail, campaignId, seq);
  }

  skipOpenRows(campaignId: number): number {
    return Number(this.s(LEDGER_SQL.skipOpen).run(campaignId).changes);
  }

  /** The user chose to resend uncertain rows (all, or the given seqs) under a new internal_id. */
  resendUncertain(campaignId: number, seqs?: readonly number[]): number {
    return Number(
      this.s(LEDGER_SQL.resendUncertain).run({ id: campaignId, seqs: seqsParam(seqs) }).changes,
    );
  }

  /** The user says the uncertain rows (all, or the given seqs) did reach their recipients. */
  markUncertainSent(campaignId: number, seqs?: readonly number[]): number {
    return Number(
      this.s(LEDGER_SQL.markUncertainSent).run({ id: campaignId, seqs: seqsParam(seqs) }).changes,
    );
  }

  /** Failed rows back to pending, to be sent again as new messages. */
  resetFailedForRetry(campaignId: number): number {
    return Number(this.s(LEDGER_SQL.retryFailed).run(campaignId).changes);
  }

  /**
   * A campaign's rows left "submitting" by a sender that is gone (crash, kill, a stop that gave
   * up waiting) may have reached CommPeak: never resend them blindly. Only the lease's new holder
   * calls this, once it knows the old one cannot answer any more.
   */
  markInterruptedUncertain(campaignId: number): number {
    return Number(this.s(LEDGER_SQL.interrupted).run(campaignId).changes);
  }

  counts(campaignId: number): Map<LedgerState, { n: number; parts: number }> {
    const out = new Map<LedgerState, { n: number; parts: number }>();
    for (const r of this.s(LEDGER_SQL.counts).all(campaignId)) {
      out.set(r.state as LedgerState, { n: Number(r.n), parts: Number(r.parts ?? 0) });
    }
    return out;
  }

  /** Parts CommPeak has accepted, per recipient country (for the cost so far). */
  acceptedPartsByCountry(campaignId: number): { country: string; parts: number }[] {
    return this.s(LEDGER_SQL.acceptedParts)
      .all(campaignId)
      .map((r) => ({ country: String(r.country), parts: Number(r.parts ?? 0) }));
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
    this.s(LEDGER_SQL.delivery).run(
      update.state,
      update.status,
      update.finalAt,
      update.nextPollAt,
      campaignId,
      seq,
    );
  }
}
