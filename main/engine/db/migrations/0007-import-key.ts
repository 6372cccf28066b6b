import type { Migration } from '../migration';

/**
 * The id main and the renderer know an import by (`importId`), stored with its run. When the
 * engine dies during an import, the one that starts next undoes the run; the import dialog then
 * asks for the run by that id and tells the user what became of it.
 */
export const migration0007: Migration = {
  id: 7,
  name: 'import-key',
  sql: `
    ALTER TABLE import_runs ADD COLUMN import_key TEXT;
    CREATE INDEX import_runs_by_key ON import_runs (import_key) WHERE import_key IS NOT NULL;
  `,
};
