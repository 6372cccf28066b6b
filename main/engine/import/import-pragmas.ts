import type { DatabaseSync } from 'node:sqlite';

// 64 MiB of page cache keeps the (list_id, phone) index of a million-row list in memory while
// random-order numbers are inserted; a larger WAL before auto-checkpoint means fewer checkpoints
// rewriting the same pages. Both are performance knobs only: durability (synchronous) is
// untouched, and both are restored afterwards.
const IMPORT_CACHE_KIB = 16_384;
const IMPORT_WAL_PAGES = 10_000;

export async function withImportPragmas<T>(db: DatabaseSync, work: () => Promise<T>): Promise<T> {
  const cacheSize = Number(db.prepare('PRAGMA cache_size').get()?.cache_size ?? -2000);
  const walPages = Number(
    db.prepare('PRAGMA wal_autocheckpoint').get()?.wal_autocheckpoint ?? 1000,
  );
  db.exec(`PRAGMA cache_size = ${-Math.max(IMPORT_CACHE_KIB, -cacheSize)}`);
  db.exec(`PRAGMA wal_autocheckpoint = ${Math.max(IMPORT_WAL_PAGES, walPages)}`);
  try {
    return await work();
  } finally {
    db.exec(`PRAGMA cache_size = ${Math.trunc(cacheSize)}`);
    db.exec(`PRAGMA wal_autocheckpoint = ${Math.trunc(walPages)}`);
  }
}
