import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';

/**
 * The database file cannot be trusted: SQLite says it is malformed or not a database, the file
 * is shorter than its own header says, or `PRAGMA quick_check` found damage. Thrown at open; the
 * engine reports it to main as `databaseDamaged` instead of crash-looping.
 */
export class DatabaseDamaged extends Error {
  constructor(readonly detail: string) {
    super(`The Peaksend database is damaged: ${detail}`);
    this.name = 'DatabaseDamaged';
  }
}

const HEADER = Buffer.from('SQLite format 3\0', 'latin1');
// WAL header magic numbers (big-endian checksums or little-endian ones).
const WAL_MAGIC = new Set([0x377f0682, 0x377f0683]);

/**
 * A cheap look at the file before SQLite opens it: the header string, a sane page size, and a
 * file at least as long as the page count the header records (a cut-off copy fails here even
 * when the pages SQLite reads first are still there). Null when nothing is wrong.
 */
export function fileHeaderProblem(path: string): string | null {
  const size = statSync(path).size;
  if (size === 0) return null; // a new database SQLite has not written yet
  if (size < 100) return `the file is only ${size} bytes long, shorter than a database header.`;
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(HEADER)) return 'the file does not start like a database.';
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    return `the header names an impossible page size (${rawPageSize}).`;
  }
  // The page count is only valid when "version-valid-for" matches the change counter.
  const pages = header.readUInt32BE(28);
  const valid = header.readUInt32BE(92) === header.readUInt32BE(24);
  if (valid && pages > 0 && size < pages * pageSize) {
    return `the file was cut off: it is ${size} bytes long, its header says ${pages * pageSize}.`;
  }
  return null;
}

/** A `-wal` file SQLite would silently ignore because its header is not a WAL header. */
export function walIsGarbage(walPath: string): boolean {
  if (!existsSync(walPath)) return false;
  const size = statSync(walPath).size;
  if (size === 0) return false;
  if (size < 32) return true;
  const head = Buffer.alloc(4);
  const fd = openSync(walPath, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return !WAL_MAGIC.has(head.readUInt32BE(0));
}

// Small tables checked on every open (microseconds); the big ones (contacts, ledger, audit,
// import issues) only by the full check, which costs ~0.5 s per million ledger rows.
const SMALL_TABLES = ['_migrations', 'campaigns', 'contact_lists', 'import_runs', 'settings'];

/**
 * Problems `PRAGMA quick_check` reports (empty when the database is fine). `full` reads every
 * page; otherwise only the schema and the small tables are checked.
 */
export function quickCheck(db: DatabaseSync, scope: 'full' | 'small'): string[] {
  const tables =
    scope === 'full'
      ? [null]
      : SMALL_TABLES.filter((t) =>
          db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(t),
        );
  const problems: string[] = [];
  for (const table of tables) {
    const sql = table === null ? 'PRAGMA quick_check(20)' : `PRAGMA quick_check("${table}")`;
    for (const row of db.prepare(sql).all()) {
      const text = String(Object.values(row)[0]);
      if (text !== 'ok') problems.push(text);
    }
  }
  return problems;
}
