import type { Migration } from '../migration';

/**
 * One owner per campaign: whoever sends or resumes a campaign (the app's engine, the CLI) holds
 * its row here while the run lasts, renews `heartbeat_at` with its ledger writes, and deletes it
 * when the run ends. Another process refuses to send the campaign while the holder is alive, and
 * takes it over (turning its `submitting` rows uncertain) only once it is gone. Times are epoch ms.
 */
export const migration0006: Migration = {
  id: 6,
  name: 'campaign-leases',
  sql: `CREATE TABLE campaign_leases (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
    owner_id TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('app', 'cli')),
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    acquired_at INTEGER NOT NULL,
    heartbeat_at INTEGER NOT NULL
  ) STRICT;`,
};
