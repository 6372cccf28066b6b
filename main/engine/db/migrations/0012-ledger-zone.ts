import type { Migration } from '../migration';

/**
 * Each recipient's own time zone, decided once when the ledger row is made (from the number:
 * libphonenumber's prefix map and number type), so sending never parses a number.
 *
 * - `zone`: the IANA zone the sending window is kept in; NULL means "the strictest zone of the
 *   row's country", which is what every row made before this migration gets.
 * - `zone_uncertain`: the number could be in zones with different clocks; the latest was chosen.
 */
export const migration0012: Migration = {
  id: 12,
  name: 'ledger-zone',
  sql: `
    ALTER TABLE ledger ADD COLUMN zone TEXT;
    ALTER TABLE ledger ADD COLUMN zone_uncertain INTEGER NOT NULL DEFAULT 0;
  `,
};
