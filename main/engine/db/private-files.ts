import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The data folder holds phones, names and message texts: only its owner may read it. POSIX
 * modes only; on Windows the folder under the user's profile is already private to that user.
 */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

/** Creates `dir` (and parents) if needed and makes it owner-only. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Makes one file owner-only; a file that is not there is fine (a -shm that was never made). */
export function makePrivateFile(path: string): void {
  if (!posix) return;
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Fixes a data folder made by an older version (0755 folders, 0644 files): every folder below
 * `dir` becomes 0700 and every file 0600. Symbolic links are left alone (they may point outside).
 */
export function makeTreePrivate(dir: string, depth = 4): void {
  if (!posix) return;
  chmodSync(dir, PRIVATE_DIR_MODE);
  if (depth === 0) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    let info;
    try {
      info = lstatSync(path);
    } catch {
      continue; // removed meanwhile
    }
    if (info.isDirectory()) makeTreePrivate(path, depth - 1);
    else if (info.isFile() && (info.mode & 0o777) !== PRIVATE_FILE_MODE) {
      chmodSync(path, PRIVATE_FILE_MODE);
    }
  }
}
