import { randomBytes } from 'node:crypto';
import { closeSync, openSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/** Cuts the database file to half its length, as a copy interrupted by a full disk would. */
export function truncateHalf(path: string): void {
  truncateSync(path, Math.floor(statSync(path).size / 2));
}

/**
 * Overwrites a leaf page of the b-tree `name` (a table or an index) from the middle of its range
 * with random bytes — not the header: SQLite opens such a file and only notices when it reads
 * that page. The page is found with SQLite's own dbstat table. Answers its page number.
 */
export function scribbleBtreePage(path: string, name = 'contacts'): number {
  // Read-write, so closing it removes the -wal it makes (a read-only one would leave it behind,
  // which the engine would take for an unclean shutdown).
  const db = new DatabaseSync(path);
  let page: number;
  let pageSize: number;
  try {
    const leaves = db
      .prepare(`SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno`)
      .all(name)
      .map((r) => Number(r.pageno));
    page = leaves[Math.floor(leaves.length / 2)] ?? 0;
    pageSize = Number(db.prepare('PRAGMA page_size').get()?.page_size);
  } finally {
    db.close();
  }
  if (page < 2) throw new Error(`no leaf page of ${name} to damage`);
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, randomBytes(pageSize), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return page;
}

/** A -wal file full of random bytes beside the database. */
export function garbageWal(databasePath: string): Buffer {
  const bytes = randomBytes(64 * 1024);
  writeFileSync(`${databasePath}-wal`, bytes);
  return bytes;
}
