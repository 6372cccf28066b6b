import type { Transport } from '../../shared/contract/build-api';
import type { InputOf, OutputOf } from '../../shared/contract/define';
import { AppFailure, fail, ok, type Result } from '../../shared/contract/result';
import {
  createEngineClient,
  type EngineClient,
  type EngineMethods,
} from '../../main/engine-contract/engine-contract';
import type { FromEngine, ToEngine } from '../../main/engine-contract/engine-protocol';
import type { EngineProcess } from '../../main/engine-host/engine-process';

/**
 * Typed answers by engine method; a method without one fails with UNKNOWN_METHOD, and an answer
 * that throws an AppFailure fails with its code, as the engine's dispatcher would.
 */
export type EngineAnswers = {
  [K in keyof EngineMethods]?: (input: InputOf<EngineMethods[K]>) => OutputOf<EngineMethods[K]>;
};

function answer(answers: EngineAnswers, method: string, input: unknown): Result<unknown> {
  const fn = answers[method as keyof EngineMethods] as ((input: unknown) => unknown) | undefined;
  if (!fn) return fail('UNKNOWN_METHOD', `fake engine: ${method}`);
  try {
    return ok(fn(input));
  } catch (error) {
    if (error instanceof AppFailure) return fail(error.code, error.message, error.fields);
    throw error;
  }
}

/** The typed engine client over a table, for main-side handler tests that need no process. */
export function fakeEngine(answers: EngineAnswers = {}): EngineClient & {
  readonly calls: { method: string; input: unknown }[];
} {
  const calls: { method: string; input: unknown }[] = [];
  const transport: Transport = {
    invoke: async (method, input) => {
      calls.push({ method, input });
      return answer(answers, method, input);
    },
    subscribe: () => () => {},
  };
  return Object.assign(createEngineClient(transport), { calls });
}

/**
 * An engine process in memory that answers from a table and lets a test push any message a real
 * (or misbehaving) engine could send, including events the contract does not declare.
 */
export function fakeEngineProcess(
  answers: EngineAnswers = {},
  /** Results handed back as these very objects (to see that main passes them on untouched). */
  results: { readonly [K in keyof EngineMethods]?: Result<unknown> } = {},
): EngineProcess & {
  readonly requests: { method: string; input: unknown }[];
  send(message: FromEngine): void;
} {
  const listeners: ((message: FromEngine) => void)[] = [];
  const exits: ((reason: string) => void)[] = [];
  const requests: { method: string; input: unknown }[] = [];
  const send = (message: FromEngine) => {
    for (const l of listeners) l(message);
  };
  return {
    requests,
    send,
    post: (message: ToEngine) => {
      if (message.type === 'shutdown') {
        queueMicrotask(() => exits.forEach((l) => l('shut down')));
        return;
      }
      requests.push({ method: message.method, input: message.input });
      const result =
        results[message.method as keyof EngineMethods] ??
        answer(answers, message.method, message.input);
      queueMicrotask(() => send({ type: 'response', id: message.id, result }));
    },
    onMessage: (listener) => {
      listeners.push(listener);
      // Like a real engine: "ready" once the parent is listening.
      if (listeners.length === 1) queueMicrotask(() => send({ type: 'ready', pid: 0 }));
    },
    onExit: (listener) => void exits.push(listener),
    kill: () => exits.forEach((l) => l('killed')),
  };
}
