import { create } from 'zustand';
import type { AppError } from '../../../shared/contract/result';
import type { StreamView } from '../../../shared/streams/stream-types';
import { peaksend } from '../../peaksend-api';

interface StreamsState {
  readonly streams: readonly StreamView[];
  readonly loading: boolean;
  readonly error: AppError | null;
  load(): Promise<void>;
}

export const useStreams = create<StreamsState>((set) => ({
  streams: [],
  loading: false,
  error: null,
  load: async () => {
    set({ loading: true });
    const result = await peaksend().streams.list();
    if (result.ok) set({ streams: result.value, loading: false, error: null });
    else set({ loading: false, error: result.error });
  },
}));
