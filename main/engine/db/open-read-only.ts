import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { AppFailure } from '../../../shared/contract/result';
import { DatabaseDamaged, fileHeaderProblem } from './database-damage';
import { DATABASE_FILE } from './open-database';
import { storageFaultOf } from './storage-fault';

/**
 * Opens the app database for reading only (`peaksend status`): no folder or file is created, no
 * migration runs, nothing is recovered, and SQLite refuses any write on this connection.
 *
 * With no `-wal` file next to the database nobody has it open for writing, so it is read as an
 * immutable file: a plain read-only open of a WAL database would otherwise create `-wal` and
 * `-shm` files and leave them behind. With a `-wal` (a sender is running) it shares that sender's
 * WAL and sees its latest commits; only SQLite's shared-memory read marks change then.
 */
export function openDatabaseReadOnly(dataDir: string): DatabaseSync {
  const file = join(dataDir, DATABASE_FILE);
  if (!existsSync(file)) {
    throw new AppFailure(
      'NOT_FOUND',
      `no Peaksend data in ${dataDir} (there is no ${DATABASE_FILE}); nothing was created.`,
    );
  }
  const walPresent = existsSync(`${file}-wal`);
  // The same words the app shows: a cut-off or overwritten header is damage, not a bug.
  const problem = walPresent ? null : fileHeaderProblem(file);
  if (problem) throw new DatabaseDamaged(problem);
  const url = pathToFileURL(file);
  url.searchParams.set('mode', 'ro');
  if (!walPresent) url.searchParams.set('immutable', '1');
  try {
    const db = new DatabaseSync(url, { readOnly: true, timeout: 5000 });
    db.exec('PRAGMA query_only = ON');
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
    return db;
  } catch (error) {
    if (storageFaultOf(error)?.kind === 'corrupt') {
      throw new DatabaseDamaged(
        `SQLite says: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    throw error;
  }
}
