import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { onTestFinished } from 'vitest';
import { openDatabase } from '../../main/engine/db/open-database';
import { tempDir } from './temp-dir';

/**
 * A real, migrated SQLite database in a fresh temp folder (`dir/data`), closed and removed when
 * the test ends. `dir` is free for the test's own files (CSVs, exports).
 */
export function tempDatabase(): { db: DatabaseSync; dir: string } {
  const dir = tempDir();
  const db = openDatabase(join(dir.path, 'data'));
  onTestFinished(() => {
    if (db.isOpen) db.close();
    dir.cleanup();
  });
  return { db, dir: dir.path };
}
