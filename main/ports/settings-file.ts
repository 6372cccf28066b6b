import {
  chmodSync,
  closeSync,
  copyFileSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { SettingsNotice } from '../../shared/contract/health-contract';
import { AppFailure } from '../../shared/contract/result';
import { deletePath, getPath, setPath, type Settings } from './dot-path';
import type { KeyValueStore } from './key-value-store';

export const SETTINGS_FILE = 'config.json';
const FILE_MODE = 0o600;

/** The settings store plus what happened when its file was read at start. */
export interface SettingsFile extends KeyValueStore {
  /** Set when config.json could not be read and was kept aside; null when it read fine. */
  notice(): SettingsNotice | null;
  /** Puts config.json.last-good back; false when there is no readable copy. */
  restoreLastGood(): boolean;
  dismissNotice(): void;
}

type Read =
  | { readonly kind: 'missing' }
  | { readonly kind: 'ok'; readonly data: Settings }
  | { readonly kind: 'damaged'; readonly why: string };

/**
 * Settings and stream records in `<dir>/config.json`, in the format electron-store and conf write
 * (tab-indented JSON, dot-path keys), read by our own code in both the app and the preview:
 *
 * - a file that is not a JSON object (truncated, random bytes, empty, NULs, `[]`) never stops
 *   the start: it is renamed to `config.json.corrupt-<time>`, the app starts with defaults and
 *   `notice()` says which file was kept (and whether a last good copy can be put back);
 * - every save first copies the current file to `config.json.last-good`, then writes a new file
 *   and renames it over the old one, so a crash mid-write leaves one whole file or the other;
 * - the files are owner-only (0600).
 *
 * What a valid file holds is never rewritten here; shapes inside it (stream records) are the
 * readers' business, and they keep what they cannot read (stream-repository.ts).
 */
export function openSettingsFile(
  dir: string,
  options: { readonly now?: () => Date } = {},
): SettingsFile {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, SETTINGS_FILE);
  const lastGood = `${path}.last-good`;
  let data: Settings = {};
  let notice: SettingsNotice | null = null;

  const first = readSettings(path);
  if (first.kind === 'ok') data = first.data;
  else if (first.kind === 'damaged') {
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    let keptAs = `${SETTINGS_FILE}.corrupt-${stamp}`;
    try {
      renameSync(path, join(dir, keptAs));
      chmodPrivate(join(dir, keptAs));
    } catch {
      keptAs = SETTINGS_FILE; // could not be moved: left where it is, and saves will say why
    }
    notice = { file: SETTINGS_FILE, keptAs, lastGoodAt: lastGoodAt(lastGood) };
  }

  const save = (next: Settings) => {
    if (readSettings(path).kind === 'ok') {
      copyFileSync(path, lastGood);
      chmodPrivate(lastGood);
    }
    writeWhole(path, next);
    data = next;
  };

  return {
    path,
    get: (key) => structuredClone(getPath(data, key)),
    set: (key, value) => save(setPath(structuredClone(data), key, structuredClone(value))),
    delete: (key) => save(deletePath(structuredClone(data), key)),
    notice: () => notice,
    dismissNotice: () => {
      notice = null;
    },
    restoreLastGood: () => {
      const copy = readSettings(lastGood);
      if (copy.kind !== 'ok') return false;
      // Straight over config.json: copying the defaults to last-good first would lose it.
      writeWhole(path, copy.data);
      data = copy.data;
      notice = null;
      return true;
    },
  };
}

function readSettings(path: string): Read {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'damaged', why: `the file cannot be read (${code ?? 'error'})` };
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { kind: 'damaged', why: 'the file is empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { kind: 'damaged', why: 'the file is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { kind: 'damaged', why: 'the file does not hold settings' };
  }
  return { kind: 'ok', data: parsed as Settings };
}

function lastGoodAt(path: string): string | null {
  if (readSettings(path).kind !== 'ok') return null;
  return statSync(path).mtime.toISOString();
}

/** A new file beside the old one, flushed, then renamed over it. */
function writeWhole(path: string, data: Settings): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w', FILE_MODE);
    try {
      writeSync(fd, `${JSON.stringify(data, undefined, '\t')}\n`);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    chmodPrivate(temp);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw saveFailure(error);
  }
}

function saveFailure(error: unknown): unknown {
  switch ((error as NodeJS.ErrnoException).code) {
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
