import type { EngineFailure } from '../../shared/contract/app-info-contract';
import type { Result } from '../../shared/contract/result';

/**
 * Messages between main and the engine process. The same shapes travel over Electron's
 * utilityProcess port, a Node child-process IPC channel, or an in-process queue.
 */
export type ToEngine =
  | {
      readonly type: 'request';
      readonly id: number;
      readonly method: string;
      readonly input: unknown;
    }
  | { readonly type: 'shutdown' };

export type FromEngine =
  | { readonly type: 'ready'; readonly pid: number }
  /** The engine cannot run (damaged database, full disk at start); it exits right after. */
  | { readonly type: 'failed'; readonly failure: EngineFailure }
  | { readonly type: 'response'; readonly id: number; readonly result: Result<unknown> }
  | { readonly type: 'event'; readonly name: string; readonly payload: unknown };

/** One end of a message channel; structured-clone semantics on both sides. */
export interface MessageEnd<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
