import type { Migration } from '../migration';

/**
 * What imports need to keep about a list and its numbers (issue 14):
 *
 * - `contact_lists.headers_json`: field key → the column title as written in the file, so the
 *   contacts table can show "First Name" instead of `first_name`.
 * - `contacts.raw_phone`: the phone cell as written, kept only when the number was read with
 *   the list's default country (a national number). Changing that country re-reads exactly these
 *   rows; international numbers do not depend on it.
 * - `import_runs.target`: a run adds to a list or to the opt-out list; opt-out imports get the
 *   same report (and export) as contact imports.
 */
export const migration0009: Migration = {
  id: 9,
  name: 'import-headers-and-countries',
  sql: `
    ALTER TABLE contact_lists ADD COLUMN headers_json TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE contacts ADD COLUMN raw_phone TEXT;
    ALTER TABLE import_runs ADD COLUMN target TEXT NOT NULL DEFAULT 'list'
      CHECK (target IN ('list', 'opt_outs'));
  `,
};
