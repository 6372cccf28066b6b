import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import type { SettingsNotice } from '../../shared/contract/health-contract';
import { AppFailure } from '../../shared/contract/result';
import type { KeyValueStore } from './key-value-store';

export const SETTINGS_FILE = 'config.json';
const FILE_MODE = 0o600;

/** A settings object as stored in config.json. */
export type Settings = Record<string, unknown>;

/** The settings store plus what happened when its file was read at start. */
export interface SettingsFile extends KeyValueStore {
  /** Set when config.json could not be read and was kept aside; null when it read fine. */
  notice(): SettingsNotice | null;
  /** Puts config.json.last-good back; false when there is no readable copy. */
  restoreLastGood(): boolean;
  dismissNotice(): void;
}

/**
 * What the guard drives of the library that holds the file: conf's API, which electron-store
 * extends. Its `get`/`set`/`delete` take dot-path keys (`network.useNodeFetch`); `store` is the
 * whole file, read and written whole (writes are atomic, through `atomically`).
 */
export interface SettingsLibrary {
  readonly path: string;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  store: Settings;
}

/** How an adapter opens its library on `<dir>/config.json`; may throw. */
export type OpenSettingsLibrary = (dir: string) => SettingsLibrary;

/**
 * Options both adapters pass to their library. `configFileMode`: owner-only on every write,
 * existing file included. `cache`: reads answer from what was last read or written, so a file
 * damaged while the app runs cannot make a read throw (the next save deals with it, below).
 * Never `clearInvalidConfig`: it resets a damaged file to defaults without keeping it.
 */
export const LIBRARY_OPTIONS = { configFileMode: FILE_MODE, cache: true } as const;

type Read =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ok'; readonly data: Settings }
  | { readonly kind: 'damaged' };

/**
 * Settings and stream records in `<dir>/config.json`, held by electron-store (app) or conf
 * (preview) with this guard in front, because both throw at construction on a damaged file (the
 * app would have no window and no IPC) and neither keeps a copy to go back to:
 *
 * - before the library is opened, a file that is not a JSON object (truncated, random bytes,
 *   empty, NULs, `[]`) is renamed to `config.json.corrupt-<time>`, so the library opens on a
 *   clean folder, the app starts with defaults and `notice()` says which file was kept (and
 *   whether a last good copy can be put back);
 * - if the library still throws (a write racing ours, permissions), the app runs on defaults with
 *   a notice, and each call tries to open it again; saves fail with a STORAGE failure meanwhile;
 * - every save first copies the current file to `config.json.last-good`, then the library
 *   writes; a file damaged or deleted while the app ran is kept aside and what the app last read
 *   or wrote is written back before the save, as the save would otherwise start from nothing;
 * - the files are owner-only (0600).
 *
 * What a valid file holds is never rewritten here; shapes inside it (stream records) are the
 * readers' business, and they keep what they cannot read (stream-repository.ts).
 */
export function openSettingsFile(
  dir: string,
  openLibrary: OpenSettingsLibrary,
  options: { readonly now?: () => Date } = {},
): SettingsFile {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, SETTINGS_FILE);
  const lastGood = `${path}.last-good`;
  let notice: SettingsNotice | null = null;
  let known: Settings = {};
  let openError: unknown = null;

  /** Renames config.json aside; the name it was kept as (config.json when it could not move). */
  const keepAside = (): string => {
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    let keptAs = `${SETTINGS_FILE}.corrupt-${stamp}`;
    for (let n = 2; existsSync(join(dir, keptAs)); n += 1) {
      keptAs = `${SETTINGS_FILE}.corrupt-${stamp}-${n}`;
    }
    try {
      renameSync(path, join(dir, keptAs));
      chmodPrivate(join(dir, keptAs));
      return keptAs;
    } catch {
      return SETTINGS_FILE; // left where it is, and saves will say why
    }
  };
  const damagedAtStart = (keptAs: string) => {
    notice = { file: SETTINGS_FILE, keptAs, lastGoodAt: lastGoodAt(lastGood) };
  };

  const tryOpen = (): SettingsLibrary => {
    const library = openLibrary(dir);
    known = library.store;
    return library;
  };
  const open = (): SettingsLibrary | null => {
    try {
      return tryOpen();
    } catch (error) {
      openError = error;
    }
    // Damaged between the guard's read and the library's (another writer): kept aside too.
    if (readSettings(path).kind === 'damaged') damagedAtStart(keepAside());
    try {
      return tryOpen();
    } catch (error) {
      openError = error;
      notice ??= { file: SETTINGS_FILE, keptAs: SETTINGS_FILE, lastGoodAt: lastGoodAt(lastGood) };
      return null;
    }
  };

  if (readSettings(path).kind === 'damaged') damagedAtStart(keepAside());
  let library = open();
  const current = () => (library ??= open());
  const opened = (): SettingsLibrary => {
    const lib = current();
    if (lib) return lib;
    const failure = saveFailure(openError);
    throw failure instanceof AppFailure
      ? failure
      : new AppFailure(
          'STORAGE',
          'The settings were not saved: the settings file cannot be opened.',
        );
  };

  const save = (write: (lib: SettingsLibrary) => void) => {
    const lib = opened();
    try {
      const before = readSettings(path);
      if (before.kind === 'ok') {
        copyFileSync(path, lastGood);
        chmodPrivate(lastGood);
      } else {
        if (before.kind === 'damaged') keepAside();
        if (Object.keys(known).length > 0) lib.store = structuredClone(known);
      }
      write(lib);
      known = lib.store;
    } catch (error) {
      throw saveFailure(error);
    }
  };

  return {
    path,
    get: (key) => {
      const lib = current();
      // The library hands out its frozen cache; callers get a copy they may change.
      return lib ? structuredClone(lib.get(key)) : undefined;
    },
    set: (key, value) =>
      save((lib) => (value === undefined ? lib.delete(key) : lib.set(key, value))),
    delete: (key) => save((lib) => lib.delete(key)),
    notice: () => notice,
    dismissNotice: () => {
      notice = null;
    },
    restoreLastGood: () => {
      const copy = readSettings(lastGood);
      if (copy.kind !== 'ok') return false;
      const lib = opened();
      try {
        // Straight over config.json: copying the defaults to last-good first would lose it.
        lib.store = copy.data;
        known = lib.store;
      } catch (error) {
        throw saveFailure(error);
      }
      notice = null;
      return true;
    },
  };
}

/** The guard's own read: anything but a JSON object is damaged. */
function readSettings(path: string): Read {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged' };
  }
  const body = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { kind: 'damaged' }; // empty, cut off, not text
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'damaged' };
  }
  return { kind: 'ok', data: parsed as Settings };
}

function lastGoodAt(path: string): string | null {
  if (readSettings(path).kind !== 'ok') return null;
  return statSync(path).mtime.toISOString();
}

function saveFailure(error: unknown): unknown {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppFailure('STORAGE', 'The settings were not saved: the disk is full.');
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new AppFailure(
        'STORAGE',
        "The settings were not saved: Peaksend's data folder cannot be written to.",
      );
    default:
      return error;
  }
}

function chmodPrivate(path: string): void {
  if (process.platform !== 'win32') chmodSync(path, FILE_MODE);
}
