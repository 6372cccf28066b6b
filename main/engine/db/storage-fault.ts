import { statfsSync } from 'node:fs';

/**
 * What went wrong with the disk under the data folder, read from an error thrown by node:sqlite
 * or by node:fs. The kinds decide what the user is told and whether the engine keeps serving:
 * a full disk or a read-only folder is a state to report and wait out, never a reason to crash.
 */
export type StorageFault =
  | { readonly kind: 'diskFull' }
  | { readonly kind: 'readOnly' }
  | { readonly kind: 'io' }
  | { readonly kind: 'corrupt' };

// SQLite primary result codes (extended codes carry these in their low byte).
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

/** Null when the error is not about storage (a bug, a constraint, a bad input). */
export function storageFaultOf(error: unknown): StorageFault | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  if (typeof errcode === 'number') {
    switch (errcode & 0xff) {
      case SQLITE_FULL:
        return { kind: 'diskFull' };
      case SQLITE_READONLY:
        return { kind: 'readOnly' };
      case SQLITE_IOERR:
      case SQLITE_CANTOPEN:
        return { kind: 'io' };
      case SQLITE_CORRUPT:
      case SQLITE_NOTADB:
        return { kind: 'corrupt' };
    }
  }
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { kind: 'diskFull' };
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return { kind: 'readOnly' };
    case 'EIO':
      return { kind: 'io' };
  }
  return null;
}

/** Bytes free for this user on the file system holding `dir`; null when it cannot be told. */
export function freeBytes(dir: string): number | null {
  try {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  } catch {
    return null;
  }
}

/** Free space in whole megabytes, for messages ("The disk is full (3 MB free)"). */
export function freeMegabytes(dir: string): number | null {
  const bytes = freeBytes(dir);
  return bytes === null ? null : Math.floor(bytes / (1024 * 1024));
}

/** Plain words for a fault, for the UI and the CLI ("The disk holding … is full (3 MB free)"). */
export function describeStorageFault(fault: StorageFault, dataDir: string): string {
  switch (fault.kind) {
    case 'diskFull': {
      const free = freeMegabytes(dataDir);
      return `The disk holding Peaksend's data is full${free === null ? '' : ` (${free} MB free)`}.`;
    }
    case 'readOnly':
      return "Peaksend's data folder cannot be written to (it is read-only or not yours).";
    case 'io':
      return "The disk holding Peaksend's data reported a read or write error.";
    case 'corrupt':
      return "Peaksend's database file is damaged.";
  }
}
