import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { AppFailure } from '../../../shared/contract/result';
import { freeBytes } from '../db/storage-fault';

const MB = 1024 * 1024;
const SAMPLE_BYTES = 64 * 1024;
// Measured on 1M-row lists (docs/ARCHITECTURE.md, "Damage and backups"): a contact costs about
// 300 bytes of rows and indexes plus ~2.1× its CSV line (fields stored as JSON, the phone twice).
const BYTES_PER_ROW = 300;
const BYTES_PER_LINE_BYTE = 2.1;
// Room for the WAL (it holds a 50k-row batch before a checkpoint) and for undoing the import.
const HEADROOM_BYTES = 96 * MB;

/** About how much the database grows when `csvPath` is imported, from the file's size. */
export function estimateImportBytes(csvPath: string): number {
  const size = statSync(csvPath).size;
  const lineBytes = averageLineBytes(csvPath, size);
  const rows = size / lineBytes;
  return Math.ceil(rows * (BYTES_PER_ROW + BYTES_PER_LINE_BYTE * lineBytes)) + HEADROOM_BYTES;
}

/**
 * Refuses an import the disk cannot hold before anything is written, so a full disk does not
 * stop it half-way (where its undo may need space the disk no longer has).
 */
export function assertRoomForImport(db: DatabaseSync, csvPath: string): void {
  const location = db.location();
  if (!location) return;
  const free = freeBytes(dirname(location));
  if (free === null) return;
  const needed = estimateImportBytes(csvPath);
  if (free >= needed) return;
  throw new AppFailure(
    'STORAGE',
    `Not enough free disk space for this import: it needs about ${Math.ceil(needed / MB)} MB ` +
      `and the disk holding Peaksend's data has ${Math.floor(free / MB)} MB free. ` +
      'Free some space and try again. Nothing was saved.',
  );
}

function averageLineBytes(path: string, size: number): number {
  const sample = Buffer.alloc(Math.min(SAMPLE_BYTES, size));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, sample, 0, sample.length, 0);
  } finally {
    closeSync(fd);
  }
  let lines = 0;
  for (const byte of sample) if (byte === 0x0a) lines++;
  return Math.max(8, sample.length / Math.max(1, lines));
}
