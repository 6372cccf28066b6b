import type { DatabaseSync } from 'node:sqlite';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import type { LedgerState } from '../../../shared/campaigns/ledger-state';
import { statement } from '../db/statement-cache';
import {
  acceptedPartsOf,
  awaitingWinnerCount,
  addCounts,
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
} as const;

// The rows of a page about to get the winner, grouped for the counters: how many move, with
// their parts now and after (`?2, ?3, …`: each row's seq and new parts).
const heldBackGroupsSql = (rows: number) => `SELECT l.state, l.country, COUNT(*) AS n,
    SUM(l.parts) AS parts, SUM(v.column2) AS next_parts
  FROM (VALUES ${Array.from({ length: rows }, (_, i) => `(?${2 + 2 * i}, ?${3 + 2 * i})`).join(', ')}) AS v
  CROSS JOIN ledger AS l
  WHERE l.campaign_id = ?1 AND l.seq = v.column1 AND l.${AWAITING}
  GROUP BY l.state, l.country`;
const CHUNK = 500;

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
    this.assignRows(campaignId, variant, [{ seq, text, parts }]);
  }

  /**
   * A page of held-back rows gets the winner. The counters move per group (one SELECT and an
   * UPSERT per group, in the caller's transaction), the rows one UPDATE each (their texts differ).
   */
  assignRows(
    campaignId: number,
    variant: string,
    rows: readonly { seq: number; text: string; parts: number }[],
  ): void {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const part = rows.slice(i, i + CHUNK);
      const groups = this.s(heldBackGroupsSql(part.length)).all(
        campaignId,
        ...part.flatMap((r) => [r.seq, r.parts]),
      );
      for (const g of groups) {
        const state = g.state as LedgerState;
        const country = g.country === null ? null : String(g.country);
        const n = Number(g.n);
        addCounts(this.db, campaignId, AWAITING_WINNER, state, country, -n, -Number(g.parts));
        addCounts(this.db, campaignId, variant, state, country, n, Number(g.next_parts));
      }
      for (const r of part) this.s(SQL.assign).run(variant, r.text, r.parts, campaignId, r.seq);
    }
  }
}
