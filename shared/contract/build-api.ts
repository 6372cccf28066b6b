import type { ArgsOf, EventMap, MethodMap, OutputOf, PayloadOf } from './define';
import type { Result } from './result';

/**
 * How a generated API reaches the other side: Electron IPC, the preview's WebSocket, the engine
 * supervisor's message channel, or a direct call in tests.
 */
export interface Transport {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

type NamespaceOf<K> = K extends `${infer N}:${string}` ? N : never;

type MethodsIn<M extends MethodMap, N extends string> = {
  [K in keyof M as K extends `${N}:${infer F}` ? F : never]: (
    ...args: ArgsOf<M[K]>
  ) => Promise<Result<OutputOf<M[K]>>>;
};

type EventsIn<E extends EventMap, N extends string> = {
  [K in keyof E as K extends `${N}:${infer F}` ? `on${Capitalize<F>}` : never]: (
    listener: (payload: PayloadOf<E[K]>) => void,
  ) => () => void;
};

/**
 * The object the renderer sees as `window.peaksend`: `api.streams.list()`,
 * `api.campaigns.onProgress(cb)`. Named functions only; there is no generic invoke pipe.
 */
export type ApiOf<M extends MethodMap, E extends EventMap> = {
  [N in NamespaceOf<keyof M> | NamespaceOf<keyof E>]: MethodsIn<M, N> & EventsIn<E, N>;
};

function split(key: string): [string, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** Builds the named-function API from a contract and a transport (preload and preview share it). */
export function buildApi<M extends MethodMap, E extends EventMap>(
  methods: M,
  events: E,
  transport: Transport,
): ApiOf<M, E> {
  const api: Record<string, Record<string, unknown>> = {};
  const ns = (name: string): Record<string, unknown> => (api[name] ??= {});
  for (const key of Object.keys(methods)) {
    const [n, f] = split(key);
    ns(n)[f] = (input?: unknown) => transport.invoke(key, input);
  }
  for (const key of Object.keys(events)) {
    const [n, f] = split(key);
    ns(n)[`on${f.charAt(0).toUpperCase()}${f.slice(1)}`] = (listener: (p: unknown) => void) =>
      transport.subscribe(key, listener);
  }
  return api as ApiOf<M, E>;
}
