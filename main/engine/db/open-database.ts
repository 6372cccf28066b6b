import { closeSync, copyFileSync, existsSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DATABASE_FILE } from '../../engine-contract/data-folder';
import { writeBackupSync } from './database-backups';
import { DatabaseDamaged, fileHeaderProblem, quickCheck, walIsGarbage } from './database-damage';
import { migrate } from './migrate';
import { migrations } from './migrations/index';
import { makePrivateDir, makePrivateFile, PRIVATE_FILE_MODE } from './private-files';
import { registerSqlFunctions } from './sql-functions';
import { storageFaultOf } from './storage-fault';

export { DATABASE_FILE };

// Below this size the full quick_check costs well under 100 ms, so it runs on every open.
const ALWAYS_CHECK_BYTES = 64 * 1024 * 1024;

export interface OpenDatabaseOptions {
  readonly log?: (level: 'info' | 'warn' | 'error', message: string) => void;
  readonly now?: () => Date;
  /** Files up to this size get the full quick_check on every open (tests lower it). */
  readonly fullCheckBelowBytes?: number;
}

/**
 * Opens (creating if needed) the app database in `dataDir` and brings its schema up to date.
 *
 * WAL lets the status poller read while the sender writes; synchronous=FULL because the send
 * ledger must survive power loss, not only a crash (DESIGN.md §3).
 *
 * A damaged file throws `DatabaseDamaged` (see "Damage and backups" in docs/ARCHITECTURE.md):
 * the header is looked at first, then `PRAGMA quick_check` runs — over every page when the last
 * run did not close cleanly (its -wal is still there) or the file is small, otherwise over the
 * schema and the small tables only, so a large database still opens fast. A backup is taken
 * before any migration touches an existing database. Files are created owner-only (0600); the
 * -wal and -shm take the database file's mode.
 */
export function openDatabase(dataDir: string, options: OpenDatabaseOptions = {}): DatabaseSync {
  makePrivateDir(dataDir);
  const path = join(dataDir, DATABASE_FILE);
  const existed = existsSync(path) && statSync(path).size > 0;
  const unclean = existsSync(`${path}-wal`);
  if (existed) {
    keepGarbageWal(path, options);
    // With a -wal beside it the main file may legitimately be shorter than its header says (a
    // checkpoint cut short by a full disk wrote page 1 but not the rest; the -wal has them).
    const walBytes = unclean ? statSync(`${path}-wal`).size : 0;
    const problem = walBytes > 0 && !walIsGarbage(`${path}-wal`) ? null : fileHeaderProblem(path);
    if (problem) throw new DatabaseDamaged(problem);
  } else {
    closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  }
  makePrivateFile(path);
  let db: DatabaseSync | undefined;
  try {
    db = new DatabaseSync(path, { timeout: 5000 });
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    db.exec('PRAGMA foreign_keys = ON');
    // Before migrations: triggers they create call these functions.
    registerSqlFunctions(db);
    if (existed) {
      const limit = options.fullCheckBelowBytes ?? ALWAYS_CHECK_BYTES;
      const full = unclean || statSync(path).size <= limit;
      const problems = quickCheck(db, full ? 'full' : 'small');
      if (problems.length > 0) throw new DatabaseDamaged(problems.slice(0, 3).join('; '));
    }
    const opened = db;
    migrate(opened, migrations, (pending) =>
      backupBeforeMigrating(opened, dataDir, pending, options),
    );
  } catch (error) {
    if (db?.isOpen) db.close();
    if (storageFaultOf(error)?.kind === 'corrupt') {
      throw new DatabaseDamaged(error instanceof Error ? error.message : String(error));
    }
    throw error;
  }
  makePrivateFile(`${path}-wal`);
  makePrivateFile(`${path}-shm`);
  return db;
}

/**
 * SQLite ignores a -wal whose header is not a WAL header and overwrites it with the next write;
 * whatever it held is kept beside the database first, so nothing is silently thrown away.
 */
function keepGarbageWal(path: string, options: OpenDatabaseOptions): void {
  const wal = `${path}-wal`;
  if (!walIsGarbage(wal)) return;
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const kept = `${wal}.damaged-${stamp}`;
  copyFileSync(wal, kept);
  makePrivateFile(kept);
  options.log?.('warn', `the database's -wal file was not a WAL file; kept it as ${kept}`);
}

function backupBeforeMigrating(
  db: DatabaseSync,
  dataDir: string,
  pending: readonly number[],
  options: OpenDatabaseOptions,
): void {
  try {
    const made = writeBackupSync(db, dataDir, 'migration', options.now?.());
    options.log?.('info', `backed up to ${made.file} before migrations ${pending.join(', ')}`);
  } catch (error) {
    // A full disk must not keep the app from starting; the migration itself is one transaction.
    options.log?.('warn', `no backup before migrations ${pending.join(', ')}: ${String(error)}`);
  }
}
