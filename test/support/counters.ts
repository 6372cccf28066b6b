import type { DatabaseSync } from 'node:sqlite';
import { expect } from 'vitest';
import { allCounters, countersFromLedger } from '../../main/engine/ledger/campaign-counts';
import type { Engine } from '../../main/engine/engine';

/** The per-campaign counters equal a fresh GROUP BY over the whole ledger. */
export function expectCountersMatchLedger(db: DatabaseSync, when: string): void {
  const fresh = countersFromLedger(db);
  expect(fresh.length, `${when}: the ledger has rows`).toBeGreaterThan(0);
  expect(allCounters(db), when).toEqual(fresh);
}

/** Rows per state from a fresh GROUP BY (only states with rows). */
export function ledgerStates(db: DatabaseSync, campaignId: number): Record<string, number> {
  return Object.fromEntries(
    db
      .prepare('SELECT state, COUNT(*) AS n FROM ledger WHERE campaign_id = ? GROUP BY state')
      .all(campaignId)
      .map((r) => [String(r.state), Number(r.n)]),
  );
}

/** The progress page's figures (the tracker) agree with the ledger too. */
export function expectProgressMatchesLedger(engine: Engine, campaignId: number, when: string) {
  const byState = Object.fromEntries(
    Object.entries(engine.coordinator.progress(campaignId).byState).filter(([, n]) => n !== 0),
  );
  expect(byState, when).toEqual(ledgerStates(engine.db, campaignId));
}
