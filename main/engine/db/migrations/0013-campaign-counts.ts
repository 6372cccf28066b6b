import type { Migration } from '../migration';

/**
 * Per-campaign counters, so nothing on the way to the Campaigns page sums a ledger.
 *
 * - `campaign_counts`: rows and parts per campaign, variant, state and country ('' for none),
 *   kept by the ledger writer (main/engine/ledger/) in the same transactions as the ledger rows
 *   it changes. Backfilled here from every existing ledger (the one scan, through
 *   `ledger_summary`, which is still there at that point).
 * - `ledger_summary` is dropped: its only readers were those sums, which now read the counters;
 *   one index fewer to change with every row's state.
 */
export const migration0013: Migration = {
  id: 13,
  name: 'campaign-counts',
  sql: `
    CREATE TABLE campaign_counts (
      campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
      variant TEXT NOT NULL,
      state TEXT NOT NULL,
      country TEXT NOT NULL,
      n INTEGER NOT NULL,
      parts INTEGER NOT NULL,
      PRIMARY KEY (campaign_id, variant, state, country)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO campaign_counts (campaign_id, variant, state, country, n, parts)
      SELECT campaign_id, variant, state, COALESCE(country, ''), COUNT(*), SUM(parts)
      FROM ledger GROUP BY campaign_id, variant, state, COALESCE(country, '');
    DROP INDEX ledger_summary;
  `,
};
