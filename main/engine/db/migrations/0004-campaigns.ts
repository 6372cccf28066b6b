import type { Migration } from '../migration';

/**
 * Campaigns and the per-recipient send ledger (DESIGN.md §3). Ledger rows are created when a
 * campaign starts (the audience and rendered text are frozen then), one per recipient, keyed by
 * (campaign_id, seq); `seq` makes the CommPeak internal_id deterministic.
 */
export const migration0004: Migration = {
  id: 4,
  name: 'campaigns',
  sql: `
    CREATE TABLE campaigns (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      status TEXT NOT NULL,
      stream_id TEXT,
      sender TEXT NOT NULL DEFAULT '',
      template TEXT NOT NULL DEFAULT '',
      opt_out_footer TEXT,
      list_ids_json TEXT NOT NULL DEFAULT '[]',
      exclude_list_ids_json TEXT NOT NULL DEFAULT '[]',
      schedule_at TEXT,
      quiet_hours INTEGER NOT NULL DEFAULT 1,
      batch_size INTEGER NOT NULL DEFAULT 50,
      concurrency INTEGER NOT NULL DEFAULT 4,
      pause_reason TEXT,
      draft_step TEXT NOT NULL DEFAULT 'audience',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      started_at TEXT,
      finished_at TEXT,
      archived INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX campaigns_status ON campaigns (status);

    CREATE TABLE ledger (
      campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      phone TEXT NOT NULL,
      country TEXT,
      fields_json TEXT NOT NULL,
      text TEXT NOT NULL,
      parts INTEGER NOT NULL,
      state TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      resends INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER NOT NULL DEFAULT 0,
      message_uuid TEXT,
      error_code TEXT,
      error_detail TEXT,
      delivery_status TEXT,
      submitted_at INTEGER,
      accepted_at INTEGER,
      final_at INTEGER,
      next_poll_at INTEGER,
      PRIMARY KEY (campaign_id, seq)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX ledger_state ON ledger (campaign_id, state, next_attempt_at);
    CREATE INDEX ledger_poll ON ledger (campaign_id, next_poll_at) WHERE next_poll_at IS NOT NULL;
    CREATE INDEX ledger_phone ON ledger (campaign_id, phone);

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL
    ) STRICT;
  `,
};
