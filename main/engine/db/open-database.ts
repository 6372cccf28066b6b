import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrate } from './migrate';
import { migrations } from './migrations/index';
import { registerSqlFunctions } from './sql-functions';

export const DATABASE_FILE = 'peaksend.sqlite';

/**
 * Opens (creating if needed) the app database in `dataDir` and brings its schema up to date.
 *
 * WAL lets the status poller read while the sender writes; synchronous=FULL because the send
 * ledger must survive power loss, not only a crash (DESIGN.md §3).
 */
export function openDatabase(dataDir: string): DatabaseSync {
  mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(join(dataDir, DATABASE_FILE), { timeout: 5000 });
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  // Before migrating: a migration and the contacts triggers call them.
  registerSqlFunctions(db);
  migrate(db, migrations);
  return db;
}
