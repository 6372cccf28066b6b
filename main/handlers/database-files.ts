import {
  chmodSync,
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
} from 'node:fs';
import { join } from 'node:path';
import type { BackupView } from '../../shared/contract/health-contract';
import { AppFailure } from '../../shared/contract/result';
import { BACKUPS_DIR, backupManifestSchema, DATABASE_FILE } from '../engine-contract/data-folder';

/** Every backup the engine wrote whose file is still there, newest first. */
export function listBackups(dataDir: string): BackupView[] {
  const dir = join(dataDir, BACKUPS_DIR);
  if (!existsSync(dir)) return [];
  const out: BackupView[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.sqlite.json')) continue;
    let parsed;
    try {
      parsed = backupManifestSchema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    } catch {
      continue; // a manifest cut short; its backup is not offered
    }
    if (!parsed.success || !existsSync(join(dir, parsed.data.file))) continue;
    const { schemaVersion: _version, ...view } = parsed.data;
    out.push(view);
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * Renames the database and its -wal/-shm to `…damaged-<time>`: never deleted, so nothing the
 * user had is lost even when they start empty. Answers the new name of the database file.
 */
export function moveDatabaseAside(dataDir: string, now: Date): string | null {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const main = join(dataDir, DATABASE_FILE);
  const kept = `${DATABASE_FILE}.damaged-${stamp}`;
  const moved = existsSync(main);
  // The -wal and -shm first: a -wal left beside a restored file would be replayed into it.
  for (const suffix of ['-wal', '-shm', '']) {
    const from = `${main}${suffix}`;
    if (existsSync(from))
      renameSync(from, join(dataDir, `${DATABASE_FILE}.damaged-${stamp}${suffix}`));
  }
  return moved ? kept : null;
}

/** Moves the damaged database aside and puts a copy of the chosen backup in its place. */
export function restoreBackup(dataDir: string, file: string, now: Date): void {
  const backup = listBackups(dataDir).find((b) => b.file === file);
  if (!backup) throw new AppFailure('NOT_FOUND', 'That backup is no longer there.');
  moveDatabaseAside(dataDir, now);
  const target = join(dataDir, DATABASE_FILE);
  copyFileSync(join(dataDir, BACKUPS_DIR, backup.file), target);
  if (process.platform !== 'win32') chmodSync(target, 0o600);
}
