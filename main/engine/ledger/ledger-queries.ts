import type { DatabaseSync } from 'node:sqlite';
import { statement } from '../db/statement-cache';
import { stateIs } from './ledger-row';

/** An uncertain row as `peaksend uncertain` lists it. */
export interface UncertainRow {
  readonly seq: number;
  readonly phone: string;
  /** The id it went out with; CommPeak's support can look it up. */
  readonly internalId: string | null;
  readonly reason: string | null;
  readonly detail: string | null;
  readonly submittedAt: number | null;
}

const SQL = {
  awaiting: `SELECT COUNT(*) AS n FROM ledger
    WHERE campaign_id = ? AND next_poll_at IS NOT NULL`,
  uncertain: `SELECT seq, phone, internal_id, error_code, error_detail, submitted_at FROM ledger
    WHERE campaign_id = ? AND ${stateIs('uncertain')} ORDER BY seq LIMIT ?`,
} as const;

/**
 * Reads of the ledger for the CLI that work on a read-only connection too (`peaksend uncertain`
 * without a flag opens the database read-only).
 */
export function awaitingStatusCount(db: DatabaseSync, campaignId: number): number {
  return Number(statement(db, SQL.awaiting).get(campaignId)?.n ?? 0);
}

export function uncertainRows(db: DatabaseSync, campaignId: number, limit: number): UncertainRow[] {
  return statement(db, SQL.uncertain)
    .all(campaignId, limit)
    .map((r) => ({
      seq: Number(r.seq),
      phone: String(r.phone),
      internalId: r.internal_id === null ? null : String(r.internal_id),
      reason: r.error_code === null ? null : String(r.error_code),
      detail: r.error_detail === null ? null : String(r.error_detail),
      submittedAt: r.submitted_at === null ? null : Number(r.submitted_at),
    }));
}
