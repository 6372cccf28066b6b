import type { DatabaseSync } from 'node:sqlite';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import { acceptedStates, type LedgerState } from '../../../shared/campaigns/ledger-state';
import { statement } from '../db/statement-cache';
import { stateIn, stateIs } from './ledger-row';

const AWAITING = `variant = '${AWAITING_WINNER}'`;

const SQL = {
  // Both read only the `ledger_summary` index (campaign, state, country, parts, variant).
  counts: `SELECT variant, state, COUNT(*) AS n FROM ledger
    WHERE campaign_id = ? GROUP BY variant, state`,
  acceptedParts: `SELECT variant, country, SUM(parts) AS parts FROM ledger
    WHERE campaign_id = ? AND ${stateIn(acceptedStates)} GROUP BY variant, country`,
  awaiting: `SELECT COUNT(*) AS n FROM ledger
    WHERE campaign_id = ? AND ${AWAITING} AND ${stateIs('pending')}`,
  // Opted-out rows held back too: they were never going to be sent, but they belong to the
  // winner's share from now on, so no row still looks as if it waited.
  heldBackPage: `SELECT seq, fields_json FROM ledger
    WHERE campaign_id = ? AND seq > ? AND ${AWAITING} ORDER BY seq LIMIT ?`,
  assign: `UPDATE ledger SET variant = ?, text = ?, parts = ?
    WHERE campaign_id = ? AND seq = ? AND ${AWAITING}`,
} as const;

/**
 * The ledger by variant: the counts the progress page splits per variant, and the rows a test
 * split holds back until the user chooses the winner (the only writes here: giving those rows
 * the winner's variant and text).
 */
export class LedgerVariants {
  constructor(readonly db: DatabaseSync) {}

  private s(sql: string) {
    return statement(this.db, sql);
  }

  /** Rows per variant and state. */
  counts(campaignId: number): { variant: string; state: LedgerState; n: number }[] {
    return this.s(SQL.counts)
      .all(campaignId)
      .map((r) => ({ variant: String(r.variant), state: r.state as LedgerState, n: Number(r.n) }));
  }

  /** Parts CommPeak has accepted, per variant and recipient country (for the cost so far). */
  acceptedParts(campaignId: number): { variant: string; country: string; parts: number }[] {
    return this.s(SQL.acceptedParts)
      .all(campaignId)
      .map((r) => ({
        variant: String(r.variant),
        country: String(r.country),
        parts: Number(r.parts ?? 0),
      }));
  }

  /** Rows still waiting for the winner (not skipped by a cancel). */
  awaitingWinner(campaignId: number): number {
    return Number(this.s(SQL.awaiting).get(campaignId)?.n ?? 0);
  }

  /** Rows a test split held back (any state), in seq order. */
  heldBackPage(
    campaignId: number,
    afterSeq: number,
    limit: number,
  ): { seq: number; fieldsJson: string }[] {
    return this.s(SQL.heldBackPage)
      .all(campaignId, afterSeq, limit)
      .map((r) => ({ seq: Number(r.seq), fieldsJson: String(r.fields_json) }));
  }

  /** A held-back row gets the winner: its variant, and its text rendered now. */
  assign(campaignId: number, seq: number, variant: string, text: string, parts: number): void {
    this.s(SQL.assign).run(variant, text, parts, campaignId, seq);
  }
}
