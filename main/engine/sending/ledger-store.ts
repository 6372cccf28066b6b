import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { LedgerState } from '../../../shared/campaigns/ledger-state';

export interface LedgerRow {
  readonly seq: number;
  readonly phone: string;
  readonly country: string | null;
  readonly text: string;
  readonly parts: number;
  readonly attempts: number;
  readonly resends: number;
  readonly nextAttemptAt: number;
}

/** CommPeak's internal_id: deterministic per campaign and row; a user-chosen resend gets -rN. */
export function internalIdOf(campaignId: number, seq: number, resends: number): string {
  const base = `c${campaignId}-${String(seq).padStart(6, '0')}`;
  return resends > 0 ? `${base}-r${resends}` : base;
}

function toRow(r: Record<string, unknown>): LedgerRow {
  return {
    seq: Number(r.seq),
    phone: String(r.phone),
    country: r.country === null ? null : String(r.country),
    text: String(r.text),
    parts: Number(r.parts),
    attempts: Number(r.attempts),
    resends: Number(r.resends),
    nextAttemptAt: Number(r.next_attempt_at),
  };
}

const ROW_COLUMNS = 'seq, phone, country, text, parts, attempts, resends, next_attempt_at';

/** Named statements over the ledger table; the only code that writes ledger rows. */
export class LedgerStore {
  private readonly s: Record<string, StatementSync>;

  constructor(readonly db: DatabaseSync) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      pendingPage: p(`SELECT ${ROW_COLUMNS} FROM ledger
        WHERE campaign_id = ? AND seq > ? AND state = 'pending' ORDER BY seq LIMIT ?`),
      retryRows: p(`SELECT ${ROW_COLUMNS} FROM ledger
        WHERE campaign_id = ? AND state = 'failed_retryable'`),
      // One statement per batch: the seqs travel as a JSON array.
      markSubmitting: p(`UPDATE ledger SET state = 'submitting', attempts = attempts + 1,
        submitted_at = ? WHERE campaign_id = ? AND seq IN (SELECT value FROM json_each(?))`),
      suppressedAmong: p(`SELECT phone FROM suppressions
        WHERE phone IN (SELECT value FROM json_each(?))`),
      // Per row on purpose: an UPDATE … FROM json_each() join is planned as a scan of the ledger.
      accepted: p(`UPDATE ledger SET state = 'accepted', message_uuid = ?, accepted_at = ?,
        next_poll_at = ?, error_code = NULL, error_detail = NULL WHERE campaign_id = ? AND seq = ?`),
      retryable: p(`UPDATE ledger SET state = 'failed_retryable', next_attempt_at = ?,
        error_code = ?, error_detail = ? WHERE campaign_id = ? AND seq = ?`),
      setState: p(`UPDATE ledger SET state = ?, error_code = ?, error_detail = ?
        WHERE campaign_id = ? AND seq = ?`),
      backToPending: p(`UPDATE ledger SET state = 'pending', attempts = MAX(attempts - 1, 0)
        WHERE campaign_id = ? AND seq = ?`),
      skip: p(`UPDATE ledger SET state = 'skipped', error_code = ?, error_detail = ?
        WHERE campaign_id = ? AND seq = ?`),
      counts: p(`SELECT state, COUNT(*) AS n, SUM(parts) AS parts FROM ledger
        WHERE campaign_id = ? GROUP BY state`),
      skipOpen: p(`UPDATE ledger SET state = 'skipped', error_code = 'canceled',
        error_detail = 'Campaign canceled' WHERE campaign_id = ? AND state IN ('pending', 'failed_retryable')`),
      errors: p(`SELECT COALESCE(error_code, state) AS reason, COUNT(*) AS n FROM ledger
        WHERE campaign_id = ? AND error_code IS NOT NULL AND state <> 'accepted'
        GROUP BY reason ORDER BY n DESC LIMIT 12`),
      interruptedSubmitting: p(`UPDATE ledger SET state = 'uncertain', error_code = 'interrupted',
        error_detail = 'Peaksend stopped while this message was being sent; it may have reached CommPeak.'
        WHERE state = 'submitting'`),
    };
  }

  pendingPage(campaignId: number, afterSeq: number, limit: number): LedgerRow[] {
    return this.s.pendingPage!.all(campaignId, afterSeq, limit).map(toRow);
  }

  retryRows(campaignId: number): LedgerRow[] {
    return this.s.retryRows!.all(campaignId).map(toRow);
  }

  markSubmitting(campaignId: number, seqs: readonly number[], at: number): void {
    this.s.markSubmitting!.run(at, campaignId, JSON.stringify(seqs));
  }

  /** Marks a batch's accepted rows with their CommPeak uuids (one statement per batch). */
  accepted(
    campaignId: number,
    rows: readonly { s: number; u: string }[],
    at: number,
    pollAt: number,
  ): void {
    for (const r of rows) this.s.accepted!.run(r.u, at, pollAt, campaignId, r.s);
  }

  retryable(campaignId: number, seq: number, dueAt: number, code: string, detail: string): void {
    this.s.retryable!.run(dueAt, code, detail, campaignId, seq);
  }

  setState(
    campaignId: number,
    seq: number,
    state: LedgerState,
    code: string | null,
    detail: string | null,
  ): void {
    this.s.setState!.run(state, code, detail, campaignId, seq);
  }

  backToPending(campaignId: number, seq: number): void {
    this.s.backToPending!.run(campaignId, seq);
  }

  skip(campaignId: number, seq: number, code: string, detail: string): void {
    this.s.skip!.run(code, detail, campaignId, seq);
  }

  /** Which of `phones` are on the opt-out list (one query for a whole page of candidates). */
  suppressedAmong(phones: readonly string[]): Set<string> {
    if (phones.length === 0) return new Set();
    return new Set(this.s.suppressedAmong!.all(JSON.stringify(phones)).map((r) => String(r.phone)));
  }

  counts(campaignId: number): Map<LedgerState, { n: number; parts: number }> {
    const out = new Map<LedgerState, { n: number; parts: number }>();
    for (const r of this.s.counts!.all(campaignId)) {
      out.set(r.state as LedgerState, { n: Number(r.n), parts: Number(r.parts ?? 0) });
    }
    return out;
  }

  errorBreakdown(campaignId: number): { reason: string; count: number }[] {
    return this.s
      .errors!.all(campaignId)
      .map((r) => ({ reason: String(r.reason), count: Number(r.n) }));
  }

  skipOpenRows(campaignId: number): number {
    return Number(this.s.skipOpen!.run(campaignId).changes);
  }

  /** Crash recovery: a row left "submitting" may have reached CommPeak. Never resend it blindly. */
  markInterruptedUncertain(): number {
    return Number(this.s.interruptedSubmitting!.run().changes);
  }
}
