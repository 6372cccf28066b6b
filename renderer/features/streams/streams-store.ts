import { create } from 'zustand';
import type { PeaksendApi } from '../../../shared/contract/contract';
import type { AppError, Result } from '../../../shared/contract/result';
import type { StorageStatus } from '../../../shared/contract/streams-contract';
import type { SandboxProfile, StreamView } from '../../../shared/streams/stream-types';
import type { UnreadableStreamView } from '../../../shared/streams/unreadable-stream';
import { loadLatest } from '../../lib/load-latest';
import { reloadAfter } from '../../lib/reload-after';
import { peaksend } from '../../peaksend-api';

type StreamsApi = PeaksendApi['streams'];
export type AddStreamInput = Parameters<StreamsApi['add']>[0];
export type UpdateStreamInput = Parameters<StreamsApi['update']>[0];
export type ReplaceTokenInput = Parameters<StreamsApi['replaceToken']>[0];
export type SendTestInput = Parameters<StreamsApi['sendTest']>[0];
type Answer<K extends keyof StreamsApi> = Awaited<ReturnType<StreamsApi[K]>>;

interface StreamsState {
  /** What main lets the renderer see: masked hints, never tokens. */
  readonly streams: readonly StreamView[];
  readonly loading: boolean;
  /** True once a list has arrived; "changed" events reload only a list someone asked for. */
  readonly loaded: boolean;
  readonly error: AppError | null;
  /** How tokens would be kept on this computer; null until asked. */
  readonly storage: StorageStatus | null;
  /** Records the settings file holds but cannot be read (kept, shown, removable). */
  readonly unreadable: readonly UnreadableStreamView[];
  load(): Promise<void>;
  loadUnreadable(): Promise<void>;
  removeUnreadable(key: string): Promise<Result<void>>;
  loadStorage(): Promise<void>;
  /** `streams:changed` from main (another window, or main itself after a change). */
  onChanged(): void;
  add(input: AddStreamInput): Promise<Answer<'add'>>;
  update(input: UpdateStreamInput): Promise<Answer<'update'>>;
  replaceToken(input: ReplaceTokenInput): Promise<Answer<'replaceToken'>>;
  remove(id: string): Promise<Result<void>>;
  usage(id: string): Promise<Answer<'deleteInfo'>>;
  setSandboxProfile(profile: SandboxProfile): Promise<Answer<'setSandboxProfile'>>;
  copyToken(id: string): Promise<Answer<'copyToken'>>;
  sendTest(input: SendTestInput): Promise<Answer<'sendTest'>>;
}

/**
 * The one cache of streams (the Streams page, campaign lists, the editor and the progress view
 * all read it) and every stream action. Tokens are never stored here: reveal state is card-local.
 */
export const useStreams = create<StreamsState>((set, get) => {
  const load = loadLatest(
    () => peaksend().streams.list(),
    (result) => {
      if (result.ok) set({ streams: result.value, loading: false, loaded: true, error: null });
      else set({ loading: false, error: result.error });
    },
  );
  const changing = <T>(change: Promise<Result<T>>) => reloadAfter(change, () => get().load());
  return {
    streams: [],
    loading: false,
    loaded: false,
    error: null,
    storage: null,
    unreadable: [],
    load: async () => {
      set({ loading: true });
      await load();
    },
    loadUnreadable: async () => {
      const result = await peaksend().streams.unreadable();
      if (result.ok) set({ unreadable: result.value });
    },
    removeUnreadable: async (key) => {
      const result = await peaksend().streams.removeUnreadable({ key });
      await get().loadUnreadable();
      return result;
    },
    loadStorage: async () => {
      const result = await peaksend().streams.storage();
      if (result.ok) set({ storage: result.value });
    },
    onChanged: () => {
      if (!get().loaded) return;
      void get().load();
      void get().loadUnreadable();
    },
    add: (input) => changing(peaksend().streams.add(input)),
    update: (input) => changing(peaksend().streams.update(input)),
    replaceToken: (input) => changing(peaksend().streams.replaceToken(input)),
    remove: (id) => changing(peaksend().streams.delete({ id })),
    usage: (id) => peaksend().streams.deleteInfo({ id }),
    // Reloaded whatever the answer: the select must show what main really has.
    setSandboxProfile: async (profile) => {
      const result = await peaksend().streams.setSandboxProfile({ profile });
      void get().load();
      return result;
    },
    copyToken: (id) => peaksend().streams.copyToken({ id }),
    sendTest: (input) => peaksend().streams.sendTest(input),
  };
});
