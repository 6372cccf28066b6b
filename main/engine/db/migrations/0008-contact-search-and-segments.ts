import type { Migration } from '../migration';

/**
 * Accent- and case-insensitive contact search, saved segments, and campaigns that send to them.
 *
 * - `contacts.search` holds the folded field values, each behind its field's marker, and the
 *   phone digits (`contactSearchText`). The import writes it with each row; the triggers fill it
 *   for any other INSERT that leaves it out and keep it right when a contact's phone or fields
 *   change. They call `peaksend_search_text`, which `openDatabase` registers before migrating
 *   (it also backfills).
 * - `contacts_search` is keyed (list_id, id) so inserts append to it like the rowid does, and it
 *   carries `search`: a list's search and a segment's count read this narrow index in list
 *   order, never the wide rows.
 * - A segment is a list filtered by conditions on its fields (`conditions_json`, checked with the
 *   shared zod schema when read); it goes with its list.
 * - Campaigns name the segments they send to and the ones they leave out, like their lists.
 */
export const migration0008: Migration = {
  id: 8,
  name: 'contact-search-and-segments',
  sql: `
    ALTER TABLE contacts ADD COLUMN search TEXT;
    UPDATE contacts SET search = peaksend_search_text(phone, fields_json,
      (SELECT columns_json FROM contact_lists l WHERE l.id = contacts.list_id));
    CREATE INDEX contacts_search ON contacts (list_id, id, search);

    CREATE TRIGGER contacts_search_on_insert AFTER INSERT ON contacts
      WHEN new.search IS NULL
    BEGIN
      UPDATE contacts SET search = peaksend_search_text(new.phone, new.fields_json,
        (SELECT columns_json FROM contact_lists l WHERE l.id = new.list_id)) WHERE id = new.id;
    END;
    CREATE TRIGGER contacts_search_on_update AFTER UPDATE OF phone, fields_json ON contacts
    BEGIN
      UPDATE contacts SET search = peaksend_search_text(new.phone, new.fields_json,
        (SELECT columns_json FROM contact_lists l WHERE l.id = new.list_id)) WHERE id = new.id;
    END;

    CREATE TABLE segments (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      list_id INTEGER NOT NULL REFERENCES contact_lists (id) ON DELETE CASCADE,
      match TEXT NOT NULL CHECK (match IN ('all', 'any')),
      conditions_json TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX segments_by_list ON segments (list_id);

    ALTER TABLE campaigns ADD COLUMN segment_ids_json TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE campaigns ADD COLUMN exclude_segment_ids_json TEXT NOT NULL DEFAULT '[]';
  `,
};
