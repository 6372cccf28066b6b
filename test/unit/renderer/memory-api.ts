import { connectApi } from '../../../renderer/peaksend-api';
import { buildApi, type Transport } from '../../../shared/contract/build-api';
import {
  events,
  methods,
  type Events,
  type Methods,
  type PeaksendApi,
} from '../../../shared/contract/contract';
import type { OutputOf, ParsedInputOf, PayloadOf } from '../../../shared/contract/define';
import { AppFailure, fail, type Result } from '../../../shared/contract/result';

/** What main would answer on one channel; throw an `AppFailure` to answer with an error. */
export type Handler<K extends keyof Methods> = (
  input: ParsedInputOf<Methods[K]>,
) => OutputOf<Methods[K]> | Promise<OutputOf<Methods[K]>>;

export type Handlers = { [K in keyof Methods]?: Handler<K> };

/**
 * A Transport that answers from a small table of channel → handler and lets the test push
 * events, so the renderer's real stores run over the real `buildApi` without main.
 */
export class MemoryTransport implements Transport {
  readonly calls: { readonly channel: string; readonly input: unknown }[] = [];
  /** How often each event channel was subscribed to. */
  readonly subscriptions = new Map<string, number>();
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  constructor(readonly handlers: Handlers) {}

  async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    this.calls.push({ channel, input });
    const handler = this.handlers[channel as keyof Methods] as
      ((input: unknown) => unknown) | undefined;
    if (!handler) return fail('UNKNOWN_METHOD', `No handler for ${channel} in this test.`);
    try {
      // The real dispatcher parses the input; here the stores' input is passed as it is.
      return { ok: true, value: await handler(input) };
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.fields);
      throw error;
    }
  }

  subscribe(channel: string, listener: (payload: unknown) => void): () => void {
    this.subscriptions.set(channel, (this.subscriptions.get(channel) ?? 0) + 1);
    const set = this.listeners.get(channel) ?? new Set();
    set.add(listener);
    this.listeners.set(channel, set);
    return () => set.delete(listener);
  }

  /** Main pushes an event. */
  push<K extends keyof Events>(channel: K, payload: PayloadOf<Events[K]>): void {
    for (const listener of this.listeners.get(channel) ?? []) listener(payload);
  }

  /** How many times the renderer called `channel`. */
  count(channel: keyof Methods): number {
    return this.calls.filter((c) => c.channel === channel).length;
  }
}

/** Connects the renderer to an API over `transport`, as main.tsx does with window.peaksend. */
export function connectMemoryApi(transport: MemoryTransport): PeaksendApi {
  const built = buildApi(methods, events, transport);
  const api: PeaksendApi = {
    ...built,
    files: {
      ...built.files,
      fromDrop: () => Promise.resolve(fail('IO', 'No drops in this test.')),
    },
  };
  connectApi(api);
  return api;
}

/** A promise the test settles by hand, to answer calls in the order it chooses. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Lets every pending answer and its `then` run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise<void>((r) => setImmediate(r));
}

/** Puts a zustand store back to how the app starts, between tests. */
export function resetStore<T>(store: {
  getInitialState(): T;
  setState(state: T, replace: true): void;
}): void {
  store.setState(store.getInitialState(), true);
}
