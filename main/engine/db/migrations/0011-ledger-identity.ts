import type { Migration } from '../migration';

const BASE32 = `'abcdefghijklmnopqrstuvwxyz234567'`;
/** One random base32 character, drawn by SQLite when the migration runs (once per database). */
const randomChar = `substr(${BASE32}, (random() & 31) + 1, 1)`;
const SEVENTY_TWO_HOURS_MS = 72 * 3600_000;

/**
 * CommPeak's `internal_id` becomes unique per data folder, not only per campaign: every folder
 * (a reinstall, the CLI's, a colleague's) used to start at `c1-000001`.
 *
 * - `ledger_identity` holds this database's random prefix (8 base32 characters), made once here.
 * - `ledger.internal_id` stores the id a row was sent with. Rows that have been submitted keep
 *   the old form they went out with (`c7-000001`, `-rN` after a resend), so answers, polls and
 *   resumes never see a changed id; rows not sent yet get the prefixed form when they go out.
 * - `poll_failures` keeps the latest failed status query per campaign (403, 422, an unreadable
 *   reply) until one succeeds, so the progress page and `peaksend status` can say so.
 * - Accepted rows the poller had already given up on (72 h, no final status) become `no_report`.
 */
export const migration0011: Migration = {
  id: 11,
  name: 'ledger-identity',
  sql: `
    CREATE TABLE ledger_identity (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      internal_id_prefix TEXT NOT NULL
    ) STRICT;
    INSERT INTO ledger_identity (id, internal_id_prefix)
      VALUES (1, ${Array.from({ length: 8 }, () => randomChar).join(' || ')});

    ALTER TABLE ledger ADD COLUMN internal_id TEXT;
    UPDATE ledger
      SET internal_id = 'c' || campaign_id || '-' || printf('%06d', seq)
        || CASE WHEN resends > 0 THEN '-r' || resends ELSE '' END
      WHERE attempts > 0 AND state <> 'pending';

    CREATE TABLE poll_failures (
      campaign_id INTEGER PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
      message TEXT NOT NULL,
      http_status INTEGER,
      since INTEGER NOT NULL,
      at INTEGER NOT NULL
    ) STRICT;

    UPDATE ledger SET state = 'no_report', final_at = accepted_at + ${SEVENTY_TWO_HOURS_MS}
      WHERE state IN ('accepted', 'sent') AND message_uuid IS NOT NULL
        AND next_poll_at IS NULL AND accepted_at IS NOT NULL
        AND accepted_at < CAST(unixepoch('subsec') * 1000 AS INTEGER) - ${SEVENTY_TWO_HOURS_MS};
  `,
};
