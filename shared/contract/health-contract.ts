import { z } from 'zod';
import type { EngineStatusEvent } from './app-info-contract';
import { event, method } from './define';

/**
 * The disk under the data folder, as the engine last saw it. `fault` while clean-up it could not
 * commit (the undo of an import cut short by a full disk, for example) is waiting for space; the
 * app shows a banner until the engine reports `ok` again.
 */
export type DiskStatus =
  | { readonly state: 'ok' }
  | {
      readonly state: 'fault';
      readonly kind: 'diskFull' | 'readOnly' | 'io';
      readonly freeMb: number | null;
      /** What is waiting, in plain words ("Undo the interrupted import of big.csv"). */
      readonly waiting: readonly string[];
    };

/** The settings file could not be read at start; what was kept, and what can be put back. */
export interface SettingsNotice {
  readonly file: string;
  /** The damaged file's new name, next to it in the data folder. */
  readonly keptAs: string;
  /** When the last good copy was written; null when there is none to offer. */
  readonly lastGoodAt: string | null;
}

/** Everything the frame shows besides the pages: engine state, disk, settings file. */
export interface AppHealth {
  readonly engine: EngineStatusEvent;
  readonly disk: DiskStatus | null;
  readonly settings: SettingsNotice | null;
}

/** One automatic backup, as the recovery screen lists it. */
export interface BackupView {
  readonly file: string;
  readonly createdAt: string;
  readonly reason: 'daily' | 'migration' | 'manual';
  readonly campaigns: number;
  readonly lists: number;
  readonly contacts: number;
  readonly ledgerRows: number;
  readonly bytes: number;
}

export const healthMethods = {
  'app:health': method(z.undefined()).returns<AppHealth>(),
  /** Quits the app (the recovery screen's "Quit"). */
  'app:quit': method(z.undefined()).returns<void>(),
  /** Puts the last good copy of config.json back (offered while a SettingsNotice is shown). */
  'settings:restoreLastGood': method(z.undefined()).returns<void>(),
  'settings:dismissNotice': method(z.undefined()).returns<void>(),
};

/** Offered only while the engine is `failed`; each answers the engine's status afterwards. */
export const recoveryMethods = {
  'recovery:backups': method(z.undefined()).returns<BackupView[]>(),
  'recovery:restoreBackup': method(
    z.object({ file: z.string().regex(/^peaksend-[0-9TZ-]+\.sqlite$/) }),
  ).returns<EngineStatusEvent>(),
  /** Renames the damaged database (and its -wal/-shm) aside and starts with an empty one. */
  'recovery:startEmpty': method(z.undefined()).returns<EngineStatusEvent>(),
  /** Starts the engine again as it is (after freeing disk space, for example). */
  'recovery:retry': method(z.undefined()).returns<EngineStatusEvent>(),
};

export const healthEvents = {
  /** Pushed by the engine when the disk status changes (and forwarded by main). */
  'app:diskStatus': event<DiskStatus>(),
};
