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

// What Peaksend keeps in a data folder. Only these are touched: PEAKSEND_DATA_DIR may point at a
// folder that holds other things too (a home folder, a project), and those are not ours.
const OWN_FILE = /^(peaksend\.sqlite|config\.json|dev-cipher\.key)/;
const OWN_FOLDERS = new Set(['backups', 'exports', 'uploads']);

/**
 * Fixes a data folder made by an older version (0755 folders, 0644 files): the folder, Peaksend's
 * own files in it and everything in its own subfolders become owner-only (0700 / 0600).
 * Symbolic links are left alone (they may point outside).
 */
export function makeDataFolderPrivate(dir: string): void {
  if (!posix) return;
  chmodSync(dir, PRIVATE_DIR_MODE);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = lstatOrNull(path);
    if (info?.isDirectory() && OWN_FOLDERS.has(name)) makeTreePrivate(path, 3);
    else if (info?.isFile() && OWN_FILE.test(name)) fixFile(path, info.mode);
  }
}

function makeTreePrivate(dir: string, depth: number): void {
  chmodSync(dir, PRIVATE_DIR_MODE);
  if (depth === 0) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = lstatOrNull(path);
    if (info?.isDirectory()) makeTreePrivate(path, depth - 1);
    else if (info?.isFile()) fixFile(path, info.mode);
  }
}

function fixFile(path: string, mode: number): void {
  if ((mode & 0o777) !== PRIVATE_FILE_MODE) chmodSync(path, PRIVATE_FILE_MODE);
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null; // removed meanwhile
  }
}
