import type { Migration } from '../migration';

/**
 * Contact lists, their contacts, the suppression (opt-out) list, and CSV import runs with their
 * per-row report (DESIGN.md §2, §4).
 *
 * - `contacts.phone` is E.164; UNIQUE(list_id, phone) is both the de-duplication and the
 *   phone-prefix search index. `contacts_by_list` walks a list in import order for paging.
 * - `contacts.import_run_id` is a plain column, not a foreign key: a canceled or interrupted run
 *   deletes its rows with `id > import_runs.max_contact_id_before AND import_run_id = ?`, a rowid
 *   range scan that needs no extra index on a million-row table.
 * - `import_runs.created_list` says the run made its list, so undoing the run deletes the list.
 */
export const migration0003: Migration = {
  id: 3,
  name: 'contacts',
  sql: `
    CREATE TABLE contact_lists (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      default_country TEXT,
      columns_json TEXT NOT NULL DEFAULT '[]',
      phone_column TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE contacts (
      id INTEGER PRIMARY KEY,
      list_id INTEGER NOT NULL REFERENCES contact_lists (id) ON DELETE CASCADE,
      phone TEXT NOT NULL,
      country TEXT,
      fields_json TEXT NOT NULL,
      warning TEXT,
      source_row INTEGER,
      import_run_id INTEGER,
      created_at TEXT NOT NULL,
      UNIQUE (list_id, phone)
    ) STRICT;
    CREATE INDEX contacts_by_list ON contacts (list_id);

    CREATE TABLE suppressions (
      phone TEXT PRIMARY KEY,
      source TEXT NOT NULL,
      note TEXT,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE import_runs (
      id INTEGER PRIMARY KEY,
      list_id INTEGER REFERENCES contact_lists (id) ON DELETE SET NULL,
      created_list INTEGER NOT NULL DEFAULT 0,
      max_contact_id_before INTEGER NOT NULL DEFAULT 0,
      previous_list_json TEXT,
      file_name TEXT NOT NULL,
      encoding TEXT NOT NULL,
      delimiter TEXT NOT NULL,
      default_country TEXT,
      started_at TEXT NOT NULL,
      finished_at TEXT,
      status TEXT NOT NULL CHECK (status IN ('running', 'done', 'canceled', 'failed')),
      error TEXT,
      total INTEGER NOT NULL DEFAULT 0,
      imported INTEGER NOT NULL DEFAULT 0,
      invalid INTEGER NOT NULL DEFAULT 0,
      duplicates INTEGER NOT NULL DEFAULT 0,
      suppressed INTEGER NOT NULL DEFAULT 0,
      warnings INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX import_runs_by_list ON import_runs (list_id, id);

    CREATE TABLE import_issues (
      id INTEGER PRIMARY KEY,
      run_id INTEGER NOT NULL REFERENCES import_runs (id) ON DELETE CASCADE,
      row INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('invalid', 'duplicate', 'suppressed', 'warning')),
      reason TEXT NOT NULL,
      detail TEXT NOT NULL,
      raw_phone TEXT,
      raw_line TEXT
    ) STRICT;
    CREATE INDEX import_issues_by_run ON import_issues (run_id);
  `,
};
