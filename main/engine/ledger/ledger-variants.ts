import type { DatabaseSync } from 'node:sqlite';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import type { LedgerState } from '../../../shared/campaigns/ledger-state';
import { statement } from '../db/statement-cache';
import {
  acceptedPartsOf,
  awaitingWinnerCount,
  countDeltaSql,
  countsByVariant,
} from './campaign-counts';

const AWAITING = `variant = '${AWAITING_WINNER}'`;

const SQL = {
  // Opted-out rows held back too: they were never going to be sent, but they belong to the
  // winner's share from now on, so no row still looks as if it waited.
  heldBackPage: `SELECT seq, fields_json FROM ledger
    WHERE campaign_id = ? AND seq > ? AND ${AWAITING} ORDER BY seq LIMIT ?`,
  assign: `UPDATE ledger SET variant = ?, text = ?, parts = ?
    WHERE campaign_id = ? AND seq = ? AND ${AWAITING}`,
  // The row moves to the winner's variant with its new parts (same parameters as `assign`).
  assignDelta: countDeltaSql(
    `SELECT variant AS ov, state AS os, parts AS op, ?1 AS nv, state AS ns, ?3 AS np,
      COALESCE(country, '') AS c FROM ledger WHERE campaign_id = ?4 AND seq = ?5 AND ${AWAITING}`,
    '?4',
  ),
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
    return countsByVariant(this.db, campaignId);
  }

  /** Parts CommPeak has accepted, per variant and recipient country (for the cost so far). */
  acceptedParts(campaignId: number): { variant: string; country: string; parts: number }[] {
    return acceptedPartsOf(this.db, campaignId);
  }

  /** Rows still waiting for the winner (not skipped by a cancel). */
  awaitingWinner(campaignId: number): number {
    return awaitingWinnerCount(this.db, campaignId);
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
    this.s(SQL.assignDelta).run(variant, text, parts, campaignId, seq);
    this.s(SQL.assign).run(variant, text, parts, campaignId, seq);
  }
}
