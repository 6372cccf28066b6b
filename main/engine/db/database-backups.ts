import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import {
  BACKUPS_DIR,
  BACKUPS_KEPT,
  backupFileName,
  type BackupManifest,
} from '../../engine-contract/data-folder';
import { makePrivateDir, makePrivateFile, PRIVATE_FILE_MODE } from './private-files';
import { freeBytes } from './storage-fault';
import { vacuumIntoInWorker } from './vacuum-into-worker';

// Room left free after a backup, so a backup never is what fills the disk under a send.
const HEADROOM_BYTES = 64 * 1024 * 1024;

const BACKUP_FILE = /^peaksend-[0-9TZ-]+\.sqlite$/;

/**
 * Copies the live database into `backups/` without stopping the engine: `VACUUM INTO` on a
 * read-only connection in a worker thread (vacuum-into-worker.ts), so sends go on meanwhile and
 * the copy is one consistent snapshot. Keeps the newest BACKUPS_KEPT. Throws (and leaves no
 * partial file) when the disk has no room for it.
 */
export async function writeBackup(
  db: DatabaseSync,
  dataDir: string,
  reason: BackupManifest['reason'],
  now = new Date(),
): Promise<BackupManifest> {
  const dir = prepare(db, dataDir);
  const file = backupFileName(now);
  const partial = join(dir, `.${file}.partial`);
  const source = db.location();
  if (!source) throw new Error('an in-memory database has no file to back up');
  try {
    await vacuumIntoInWorker(source, partial);
    const made = finish(dir, partial, file, reason, now);
    // Unlinking a 300 MB file takes ~0.1 s: off the event loop.
    await Promise.all(oldBackups(dir).map((f) => rm(join(dir, f), { force: true })));
    return made;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** The same, blocking, for the moment before migrations run (nothing else is running yet). */
export function writeBackupSync(
  db: DatabaseSync,
  dataDir: string,
  reason: BackupManifest['reason'],
  now = new Date(),
): BackupManifest {
  const dir = prepare(db, dataDir);
  const file = backupFileName(now);
  const partial = join(dir, `.${file}.partial`);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    const made = finish(dir, partial, file, reason, now);
    for (const old of oldBackups(dir)) rmSync(join(dir, old), { force: true });
    return made;
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** When the newest backup was made, from its file name; null when there is none. */
export function newestBackupAt(dataDir: string): Date | null {
  const dir = join(dataDir, BACKUPS_DIR);
  if (!existsSync(dir)) return null;
  const newest = backupFiles(dir).at(-1);
  if (!newest) return null;
  const iso = newest
    .slice('peaksend-'.length, -'.sqlite'.length)
    .replace(/T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? null : at;
}

function prepare(db: DatabaseSync, dataDir: string): string {
  const dir = join(dataDir, BACKUPS_DIR);
  makePrivateDir(dir);
  // A backup cut short by a crash leaves a partial file; it is worth nothing.
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.partial')) rmSync(join(dir, name), { force: true });
  }
  const location = db.location();
  const needed = location ? databaseBytes(location) + HEADROOM_BYTES : 0;
  const free = freeBytes(dir);
  if (free !== null && free < needed) {
    throw new Error(
      `not enough free space for a backup (${mb(needed)} MB needed, ${mb(free)} MB free)`,
    );
  }
  return dir;
}

function finish(
  dir: string,
  partial: string,
  file: string,
  reason: BackupManifest['reason'],
  now: Date,
): BackupManifest {
  makePrivateFile(partial);
  const manifest: BackupManifest = {
    file,
    createdAt: now.toISOString(),
    reason,
    ...counts(partial),
  };
  renameSync(partial, join(dir, file));
  const manifestPartial = join(dir, `.${file}.json.partial`);
  writeFileSync(manifestPartial, `${JSON.stringify(manifest, null, 2)}\n`, {
    mode: PRIVATE_FILE_MODE,
  });
  renameSync(manifestPartial, join(dir, `${file}.json`));
  return manifest;
}

/**
 * What a restore of this file brings back, read from the copy itself. The copy is switched to a
 * rollback journal first: a backup is one self-contained file, with no -wal or -shm beside it
 * (a restored copy is put back into WAL mode when the engine opens it).
 */
function counts(path: string): Omit<BackupManifest, 'file' | 'createdAt' | 'reason'> {
  const copy = new DatabaseSync(path);
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
    const has = (table: string) =>
      copy.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(table) !==
      undefined;
    const count = (table: string) =>
      has(table) ? Number(copy.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()?.n ?? 0) : 0;
    const version = has('_migrations')
      ? Number(copy.prepare('SELECT MAX(id) AS v FROM _migrations').get()?.v ?? 0)
      : 0;
    return {
      schemaVersion: version,
      campaigns: count('campaigns'),
      lists: count('contact_lists'),
      contacts: count('contacts'),
      ledgerRows: count('ledger'),
      bytes: statSync(path).size,
    };
  } finally {
    copy.close();
  }
}

function backupFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => BACKUP_FILE.test(name))
    .sort();
}

/** Backups (and their manifests) beyond the newest BACKUPS_KEPT. */
function oldBackups(dir: string): string[] {
  const files = backupFiles(dir);
  return files.slice(0, Math.max(0, files.length - BACKUPS_KEPT)).flatMap((f) => [f, `${f}.json`]);
}

function databaseBytes(path: string): number {
  let total = 0;
  for (const p of [path, `${path}-wal`]) if (existsSync(p)) total += statSync(p).size;
  return total;
}

function mb(bytes: number): number {
  return Math.ceil(bytes / (1024 * 1024));
}
