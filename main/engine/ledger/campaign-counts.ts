import type { DatabaseSync } from 'node:sqlite';
import { AWAITING_WINNER } from '../../../shared/campaigns/message-variants';
import { acceptedStates, type LedgerState } from '../../../shared/campaigns/ledger-state';
import { statement } from '../db/statement-cache';
import { stateIn } from './ledger-row';

/**
 * `campaign_counts` (migration 0013): rows and parts per campaign, variant, state and country,
 * kept by the ledger writer in the same transaction as the rows it changes, so the campaign
 * list, the progress page and the tracker read a few counter rows instead of summing a ledger.
 * A NULL country is counted as ''.
 */

/**
 * The delta for rows about to change. `rows` is a SELECT of the rows, before the change, with
 * the columns ov, os, op (variant, state, parts now), nv, ns, np (after the change) and c
 * (country); `campaign` the campaign's parameter. One statement: one UPSERT per group, run
 * just before the UPDATE with the same parameters, so it sees exactly the rows the UPDATE will.
 */
export const countDeltaSql = (
  rows: string,
  campaign: string,
): string => `WITH r AS MATERIALIZED (${rows})
  INSERT INTO campaign_counts (campaign_id, variant, state, country, n, parts)
  SELECT ${campaign}, ov, os, c, -COUNT(*), -SUM(op) FROM r GROUP BY ov, os, c
  UNION ALL
  SELECT ${campaign}, nv, ns, c, COUNT(*), SUM(np) FROM r GROUP BY nv, ns, c
  ON CONFLICT (campaign_id, variant, state, country)
  DO UPDATE SET n = n + excluded.n, parts = parts + excluded.parts`;

/** `rows` for a change of state only (to a constant or a column of a VALUES list). */
export const stateChange = (newState: string, from: string, where: string): string =>
  `SELECT l.variant AS ov, l.state AS os, l.parts AS op, l.variant AS nv, ${newState} AS ns,
    l.parts AS np, COALESCE(l.country, '') AS c FROM ${from} WHERE ${where}`;

const ADD_SQL = `INSERT INTO campaign_counts (campaign_id, variant, state, country, n, parts)
  VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, variant, state, country)
  DO UPDATE SET n = n + excluded.n, parts = parts + excluded.parts`;

// The same sums as a GROUP BY over the ledger: what the migration backfills, what a test
// compares the counters against, what a bench that writes ledger rows directly rebuilds.
const GROUPED = `SELECT campaign_id, variant, state, COALESCE(country, '') AS country,
  COUNT(*) AS n, SUM(parts) AS parts FROM ledger`;
const GROUP_BY = `GROUP BY campaign_id, variant, state, COALESCE(country, '')`;
export const BACKFILL_COUNTS_SQL = `INSERT INTO campaign_counts
  (campaign_id, variant, state, country, n, parts) ${GROUPED} ${GROUP_BY}`;

const SQL = {
  byVariant: `SELECT variant, state, SUM(n) AS n FROM campaign_counts
    WHERE campaign_id = ? AND n <> 0 GROUP BY variant, state`,
  byState: `SELECT state, SUM(n) AS n, SUM(parts) AS parts FROM campaign_counts
    WHERE campaign_id = ? AND n <> 0 GROUP BY state`,
  // A read-only look (`peaksend status`) at a folder an older Peaksend wrote: not migrated yet.
  byStateFromLedger: `SELECT state, COUNT(*) AS n, SUM(parts) AS parts FROM ledger
    WHERE campaign_id = ? GROUP BY state`,
  hasCounters: `SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'campaign_counts'`,
  acceptedParts: `SELECT variant, country, SUM(parts) AS parts FROM campaign_counts
    WHERE campaign_id = ? AND ${stateIn(acceptedStates)} AND n <> 0 GROUP BY variant, country`,
  awaiting: `SELECT COALESCE(SUM(n), 0) AS n FROM campaign_counts
    WHERE campaign_id = ? AND variant = '${AWAITING_WINNER}' AND state = 'pending'`,
  clear: `DELETE FROM campaign_counts WHERE campaign_id = ?`,
  rebuild: `INSERT INTO campaign_counts (campaign_id, variant, state, country, n, parts)
    ${GROUPED} WHERE campaign_id = ? ${GROUP_BY}`,
  fromLedger: `${GROUPED} ${GROUP_BY}`,
  counters: `SELECT campaign_id, variant, state, country, n, parts FROM campaign_counts
    WHERE n <> 0 OR parts <> 0`,
} as const;

/** Sums per (variant, state, country) group, written as one UPSERT per group that changed. */
class CountGroups {
  private readonly groups = new Map<string, { n: number; parts: number; key: string[] }>();

  add(variant: string, state: LedgerState, country: string | null, n: number, parts: number) {
    const key = [variant, state, country ?? ''];
    const k = key.join('\u0000');
    const g = this.groups.get(k) ?? { n: 0, parts: 0, key };
    g.n += n;
    g.parts += parts;
    this.groups.set(k, g);
  }

  write(db: DatabaseSync, campaignId: number): void {
    for (const g of this.groups.values()) {
      if (g.n !== 0 || g.parts !== 0)
        statement(db, ADD_SQL).run(campaignId, ...g.key, g.n, g.parts);
    }
  }
}

/** New rows (the ledger's creation): their sums per group, one UPSERT per group. */
export function countInserted(
  db: DatabaseSync,
  campaignId: number,
  rows: readonly {
    variant: string;
    state: LedgerState;
    country: string | null;
    parts: number;
  }[],
): void {
  const groups = new CountGroups();
  for (const r of rows) groups.add(r.variant, r.state, r.country, 1, r.parts);
  groups.write(db, campaignId);
}

/** `n` rows and `parts` parts more (or fewer) in one group: one UPSERT. */
export function addCounts(
  db: DatabaseSync,
  campaignId: number,
  variant: string,
  state: LedgerState,
  country: string | null,
  n: number,
  parts: number,
): void {
  statement(db, ADD_SQL).run(campaignId, variant, state, country ?? '', n, parts);
}

/** Rows that change state (variant, country and parts stay): one UPSERT per group moved. */
export function moveCounts(
  db: DatabaseSync,
  campaignId: number,
  rows: readonly {
    variant: string;
    from: LedgerState;
    to: LedgerState;
    country: string | null;
    /** How many rows move this way (1 when not given), and their parts. */
    n?: number;
    parts: number;
  }[],
): void {
  const groups = new CountGroups();
  for (const r of rows) {
    if (r.from === r.to) continue;
    const n = r.n ?? 1;
    groups.add(r.variant, r.from, r.country, -n, -r.parts);
    groups.add(r.variant, r.to, r.country, n, r.parts);
  }
  groups.write(db, campaignId);
}

/** Rows per variant and state. */
export function countsByVariant(
  db: DatabaseSync,
  campaignId: number,
): { variant: string; state: LedgerState; n: number }[] {
  return statement(db, SQL.byVariant)
    .all(campaignId)
    .map((r) => ({ variant: String(r.variant), state: r.state as LedgerState, n: Number(r.n) }));
}

/** Rows and parts per state. */
export function countsByState(
  db: DatabaseSync,
  campaignId: number,
): Map<LedgerState, { n: number; parts: number }> {
  const out = new Map<LedgerState, { n: number; parts: number }>();
  const sql = statement(db, SQL.hasCounters).get() ? SQL.byState : SQL.byStateFromLedger;
  for (const r of statement(db, sql).all(campaignId)) {
    out.set(r.state as LedgerState, { n: Number(r.n), parts: Number(r.parts ?? 0) });
  }
  return out;
}

/** Parts CommPeak has accepted, per variant and country ('' when the row has none). */
export function acceptedPartsOf(
  db: DatabaseSync,
  campaignId: number,
): { variant: string; country: string; parts: number }[] {
  return statement(db, SQL.acceptedParts)
    .all(campaignId)
    .map((r) => ({
      variant: String(r.variant),
      country: String(r.country),
      parts: Number(r.parts ?? 0),
    }));
}

/** Rows still waiting for a test split's winner. */
export function awaitingWinnerCount(db: DatabaseSync, campaignId: number): number {
  return Number(statement(db, SQL.awaiting).get(campaignId)?.n ?? 0);
}

/**
 * Counts a campaign again from its ledger (a scan of its rows): for rows written without the
 * ledger writer (a bench's seed). Run it inside the transaction that wrote them.
 */
export function recountCampaign(db: DatabaseSync, campaignId: number): void {
  statement(db, SQL.clear).run(campaignId);
  statement(db, SQL.rebuild).run(campaignId);
}

type CounterRow = {
  campaignId: number;
  variant: string;
  state: string;
  country: string;
  n: number;
  parts: number;
};
const toCounter = (r: Record<string, unknown>): CounterRow => ({
  campaignId: Number(r.campaign_id),
  variant: String(r.variant),
  state: String(r.state),
  country: String(r.country),
  n: Number(r.n),
  parts: Number(r.parts ?? 0),
});
const sorted = (rows: CounterRow[]) =>
  rows.sort((a, b) =>
    `${a.campaignId}|${a.variant}|${a.state}|${a.country}` <
    `${b.campaignId}|${b.variant}|${b.state}|${b.country}`
      ? -1
      : 1,
  );

/** Every non-zero counter, in key order (tests and `peaksend` checks compare the two). */
export function allCounters(db: DatabaseSync): CounterRow[] {
  return sorted(db.prepare(SQL.counters).all().map(toCounter));
}

/** The same sums freshly counted over the whole ledger, in key order. */
export function countersFromLedger(db: DatabaseSync): CounterRow[] {
  return sorted(db.prepare(SQL.fromLedger).all().map(toCounter));
}
