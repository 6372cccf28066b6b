import { create } from 'zustand';
import type {
  AppInfo,
  EngineFailure,
  EngineStatusEvent,
} from '../../shared/contract/app-info-contract';
import type { DiskStatus, SettingsNotice } from '../../shared/contract/health-contract';
import type { AppError } from '../../shared/contract/result';
import { peaksend } from '../peaksend-api';

interface AppStatusState {
  /** Why the engine is not up ("restarting", its exit reason); null while it is up. */
  readonly engineDown: string | null;
  /** Set when the engine cannot run (a damaged database): the recovery screen shows instead. */
  readonly failure: EngineFailure | null;
  /** The disk under the data folder; `fault` while clean-up waits for space. */
  readonly disk: DiskStatus | null;
  /** config.json could not be read at start (which file was kept, a copy to put back). */
  readonly settingsNotice: SettingsNotice | null;
  /** Version, data folder and host; null until asked. */
  readonly info: AppInfo | null;
  readonly infoError: AppError | null;
  loadInfo(): Promise<void>;
  /** Engine, disk and settings-file status, asked once at start and after each engine start. */
  loadHealth(): Promise<void>;
  /** `app:engineStatus` from main. */
  onEngineStatus(status: EngineStatusEvent): void;
  /** `app:diskStatus` from the engine. */
  onDiskStatus(status: DiskStatus): void;
  restoreSettings(): Promise<AppError | null>;
  dismissSettingsNotice(): Promise<void>;
}

function fromStatus(status: EngineStatusEvent) {
  return {
    engineDown:
      status.state === 'up' || status.state === 'failed' ? null : (status.reason ?? 'restarting'),
    failure: status.state === 'failed' ? (status.failure ?? null) : null,
  };
}

/** What the app itself is doing: the engine's state, the disk, and the facts support asks for. */
export const useAppStatus = create<AppStatusState>((set, get) => ({
  engineDown: null,
  failure: null,
  disk: null,
  settingsNotice: null,
  info: null,
  infoError: null,
  loadInfo: async () => {
    const result = await peaksend().app.info();
    if (result.ok) set({ info: result.value, infoError: null });
    else set({ infoError: result.error });
  },
  loadHealth: async () => {
    const result = await peaksend().app.health();
    if (!result.ok) return;
    const { engine, disk, settings } = result.value;
    // 'restarting' before the first start is the app starting, not something to warn about.
    const starting = engine.state === 'restarting';
    set({
      ...fromStatus(engine),
      ...(starting ? { engineDown: null } : {}),
      disk,
      settingsNotice: settings,
    });
  },
  onEngineStatus: (status) => {
    set(fromStatus(status));
    // An engine that just came up may be waiting for disk space already (told before we listened).
    if (status.state === 'up') void get().loadHealth();
  },
  onDiskStatus: (disk) => set({ disk }),
  restoreSettings: async () => {
    const result = await peaksend().settings.restoreLastGood();
    if (!result.ok) return result.error;
    set({ settingsNotice: null });
    return null;
  },
  dismissSettingsNotice: async () => {
    set({ settingsNotice: null });
    await peaksend().settings.dismissNotice();
  },
}));
