import { z } from 'zod';

/**
 * The files of a data folder that both sides name: the engine writes them, main's recovery
 * screen lists, restores and moves them aside (main never opens the database itself).
 */
export const DATABASE_FILE = 'peaksend.sqlite';

/**
 * What the engine writes next to each automatic backup (`backups/<file>.json`), so main can list
 * backups on the recovery screen without opening SQLite files itself (it runs on the window's
 * thread). The counts are read from the backup file, so they say what a restore brings back.
 */
export const backupManifestSchema = z.object({
  file: z.string().regex(/^peaksend-[0-9TZ-]+\.sqlite$/),
  createdAt: z.string(),
  reason: z.enum(['daily', 'migration', 'manual']),
  schemaVersion: z.number().int(),
  campaigns: z.number().int(),
  lists: z.number().int(),
  contacts: z.number().int(),
  ledgerRows: z.number().int(),
  bytes: z.number().int(),
});

export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** The folder under the data folder that holds backups and their manifests. */
export const BACKUPS_DIR = 'backups';
/** How many backups are kept; the oldest go first. */
export const BACKUPS_KEPT = 7;

/** `peaksend-2026-05-04T10-00-00-000Z.sqlite`: sortable, and safe in every file system. */
export function backupFileName(at: Date): string {
  return `peaksend-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}
