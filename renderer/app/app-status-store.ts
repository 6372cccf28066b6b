import { create } from 'zustand';
import type { AppInfo, EngineStatusEvent } from '../../shared/contract/app-info-contract';
import type { AppError } from '../../shared/contract/result';
import { peaksend } from '../peaksend-api';

interface AppStatusState {
  /** Why the engine is not up ("restarting", its exit reason); null while it is up. */
  readonly engineDown: string | null;
  /** Version, data folder and host; null until asked. */
  readonly info: AppInfo | null;
  readonly infoError: AppError | null;
  loadInfo(): Promise<void>;
  /** `app:engineStatus` from main. */
  onEngineStatus(status: EngineStatusEvent): void;
}

/** What the app itself is doing: the engine's state and the facts support asks for first. */
export const useAppStatus = create<AppStatusState>((set) => ({
  engineDown: null,
  info: null,
  infoError: null,
  loadInfo: async () => {
    const result = await peaksend().app.info();
    if (result.ok) set({ info: result.value, infoError: null });
    else set({ infoError: result.error });
  },
  onEngineStatus: (status) =>
    set({ engineDown: status.state === 'up' ? null : (status.reason ?? 'restarting') }),
}));
