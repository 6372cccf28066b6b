import type { Migration } from '../migration';

export const migration0001: Migration = {
  id: 1,
  name: 'init',
  sql: `
    CREATE TABLE app_meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
