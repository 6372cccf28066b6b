import { create } from 'zustand';
import type { EngineStatusEvent } from '../../shared/contract/app-info-contract';
import type { BackupView } from '../../shared/contract/health-contract';
import type { Result } from '../../shared/contract/result';
import { peaksend } from '../peaksend-api';
import { useAppStatus } from './app-status-store';

export type RecoveryAction = 'restore' | 'startEmpty' | 'retry';

interface RecoveryState {
  readonly backups: readonly BackupView[] | null;
  /** The action running now (one at a time), with the backup it restores. */
  readonly busy: { readonly action: RecoveryAction; readonly file?: string } | null;
  readonly error: string | null;
  load(): Promise<void>;
  restore(file: string): Promise<void>;
  startEmpty(): Promise<void>;
  retry(): Promise<void>;
  quit(): void;
}

/** The recovery screen's data: the backups on disk and the one action in progress. */
export const useRecovery = create<RecoveryState>((set, get) => {
  const run = async (
    busy: NonNullable<RecoveryState['busy']>,
    call: () => Promise<Result<EngineStatusEvent>>,
  ) => {
    if (get().busy) return;
    set({ busy, error: null });
    const result = await call();
    set({ busy: null });
    if (!result.ok) {
      set({ error: result.error.message });
      return;
    }
    // The app's pages replace this screen once the engine is up (main also broadcasts it).
    useAppStatus.getState().onEngineStatus(result.value);
    if (result.value.state === 'failed') {
      set({ error: 'Peaksend still cannot open its data.' });
      void get().load();
    }
  };
  return {
    backups: null,
    busy: null,
    error: null,
    load: async () => {
      const result = await peaksend().recovery.backups();
      set(result.ok ? { backups: result.value } : { backups: [], error: result.error.message });
    },
    restore: (file) =>
      run({ action: 'restore', file }, () => peaksend().recovery.restoreBackup({ file })),
    startEmpty: () => run({ action: 'startEmpty' }, () => peaksend().recovery.startEmpty()),
    retry: () => run({ action: 'retry' }, () => peaksend().recovery.retry()),
    quit: () => void peaksend().app.quit(),
  };
});
