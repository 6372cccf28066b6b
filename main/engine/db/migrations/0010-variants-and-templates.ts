import type { Migration } from '../migration';

/**
 * A/B variants, link tagging and message templates.
 *
 * - A campaign's messages are `variants_json` (`[]` for campaigns from before: their one message
 *   is `template`, which stays the first variant's text), shared out by `split_json`, with the
 *   link tagging of `utm_json` (NULL = off) and, after a test split, the `winner`.
 * - Every ledger row names the variant it was dealt at start ('A' for every row written before:
 *   they had one message). `*` marks the rows a test split holds back for the winner.
 * - `ledger_summary` gains the variant, so the campaign list and the per-variant progress are
 *   both counted from this index alone.
 * - `message_templates` keeps named messages (variants, footer, split, tagging) as one JSON
 *   value checked with the shared zod schema when read.
 */
export const migration0010: Migration = {
  id: 10,
  name: 'variants-and-templates',
  sql: `
    ALTER TABLE campaigns ADD COLUMN variants_json TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE campaigns ADD COLUMN split_json TEXT NOT NULL DEFAULT '{"kind":"equal"}';
    ALTER TABLE campaigns ADD COLUMN utm_json TEXT;
    ALTER TABLE campaigns ADD COLUMN winner TEXT;

    ALTER TABLE ledger ADD COLUMN variant TEXT NOT NULL DEFAULT 'A';
    DROP INDEX ledger_summary;
    CREATE INDEX ledger_summary ON ledger (campaign_id, state, country, parts, variant);

    CREATE TABLE message_templates (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      message_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
  `,
};
