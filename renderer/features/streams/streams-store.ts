import { create } from 'zustand';
import type { StorageStatus } from '../../../shared/contract/streams-contract';
import type { AppError } from '../../../shared/contract/result';
import type { StreamView } from '../../../shared/streams/stream-types';
import { peaksend } from '../../peaksend-api';

interface StreamsState {
  /** What main lets the renderer see: masked hints, never tokens. */
  readonly streams: readonly StreamView[];
  readonly loading: boolean;
  readonly error: AppError | null;
  /** How tokens would be kept on this computer; null until asked. */
  readonly storage: StorageStatus | null;
  load(): Promise<void>;
  loadStorage(): Promise<void>;
}

let loadSeq = 0;

/** The Streams page's list. Tokens are never stored here: reveal state is card-local. */
export const useStreams = create<StreamsState>((set) => ({
  streams: [],
  loading: false,
  error: null,
  storage: null,
  load: async () => {
    // A burst of "changed" events must not let an older answer overwrite a newer one.
    const seq = ++loadSeq;
    set({ loading: true });
    const result = await peaksend().streams.list();
    if (seq !== loadSeq) return;
    if (result.ok) set({ streams: result.value, loading: false, error: null });
    else set({ loading: false, error: result.error });
  },
  loadStorage: async () => {
    const result = await peaksend().streams.storage();
    if (result.ok) set({ storage: result.value });
  },
}));
