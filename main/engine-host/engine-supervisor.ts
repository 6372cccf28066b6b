import type { Transport } from '../../shared/contract/build-api';
import { fail, type Result } from '../../shared/contract/result';
import type { FromEngine } from '../engine-contract/engine-protocol';
import type { EngineProcess, SpawnEngine } from './engine-process';

export type EngineState = 'starting' | 'up' | 'down' | 'stopped';

export interface SupervisorOptions {
  readonly spawn: SpawnEngine;
  /** Delay before restarting a dead engine; grows while it keeps dying quickly. */
  readonly restartDelayMs?: (attempt: number) => number;
  readonly requestTimeoutMs?: number;
  readonly onState?: (state: EngineState, reason?: string) => void;
}

interface Pending {
  resolve(result: Result<unknown>): void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const UNAVAILABLE = 'The Peaksend engine is restarting. Try again in a moment.';
/** The engine's own drain (10 s, DRAIN_MS in the send coordinator) plus time to commit and close. */
export const ENGINE_STOP_GRACE_MS = 15_000;

/**
 * Starts the engine, restarts it when it dies, and makes every call settle: a call made while
 * the engine is down, or in flight when it dies, fails with ENGINE_UNAVAILABLE instead of
 * hanging (the renderer shows that and the user retries).
 *
 * It is the transport under the typed engine client (engine-contract.ts): subscriptions outlive
 * restarts, and an event nobody subscribed to is dropped here.
 */
export class EngineSupervisor implements Transport {
  private proc: EngineProcess | undefined;
  private state: EngineState = 'stopped';
  private nextId = 1;
  private attempt = 0;
  private readonly pending = new Map<number, Pending>();
  private restartTimer: ReturnType<typeof setTimeout> | undefined;
  private readyWaiters: (() => void)[] = [];
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  constructor(private readonly options: SupervisorOptions) {}

  get currentState(): EngineState {
    return this.state;
  }

  start(): void {
    if (this.state === 'starting' || this.state === 'up') return;
    this.setState('starting');
    const proc = this.options.spawn();
    this.proc = proc;
    proc.onMessage((message) => this.receive(proc, message));
    proc.onExit((reason) => this.exited(proc, reason));
  }

  /** Resolves when the engine has said it is ready (or immediately if it already is). */
  ready(): Promise<void> {
    if (this.state === 'up') return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  invoke(method: string, input: unknown): Promise<Result<unknown>> {
    const proc = this.proc;
    if (this.state !== 'up' || !proc)
      return Promise.resolve(fail('ENGINE_UNAVAILABLE', UNAVAILABLE));
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timeoutMs = this.options.requestTimeoutMs;
      const timer =
        timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              this.pending.delete(id);
              resolve(fail('ENGINE_UNAVAILABLE', 'The Peaksend engine did not answer in time.'));
            }, timeoutMs);
      this.pending.set(id, { resolve, timer });
      proc.post({ type: 'request', id, method, input });
    });
  }

  subscribe(name: string, listener: (payload: unknown) => void): () => void {
    let set = this.listeners.get(name);
    if (!set) {
      set = new Set();
      this.listeners.set(name, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
    };
  }

  /**
   * Asks the engine to close cleanly and kills it if it does not exit in time. The engine waits
   * up to 10 s for the answers to requests in flight (a quit must not turn answered messages
   * into "uncertain"), so the default grace leaves it that and a few seconds to commit and close.
   */
  async stop(graceMs = ENGINE_STOP_GRACE_MS): Promise<void> {
    clearTimeout(this.restartTimer);
    const proc = this.proc;
    this.setState('stopped');
    this.failPending('The Peaksend engine stopped.');
    if (!proc) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        proc.kill();
        resolve();
      }, graceMs);
      proc.onExit(() => {
        clearTimeout(timer);
        resolve();
      });
      proc.post({ type: 'shutdown' });
    });
    this.proc = undefined;
  }

  private receive(proc: EngineProcess, message: FromEngine): void {
    if (proc !== this.proc) return;
    switch (message.type) {
      case 'ready':
        this.attempt = 0;
        this.setState('up');
        for (const waiter of this.readyWaiters.splice(0)) waiter();
        return;
      case 'response': {
        const entry = this.pending.get(message.id);
        if (!entry) return;
        this.pending.delete(message.id);
        clearTimeout(entry.timer);
        entry.resolve(message.result);
        return;
      }
      case 'event':
        for (const listener of this.listeners.get(message.name) ?? []) listener(message.payload);
        return;
    }
  }

  private exited(proc: EngineProcess, reason: string): void {
    if (proc !== this.proc) return;
    this.proc = undefined;
    this.failPending(UNAVAILABLE);
    if (this.state === 'stopped') return;
    this.setState('down', reason);
    const delay = (this.options.restartDelayMs ?? defaultRestartDelay)(this.attempt++);
    this.restartTimer = setTimeout(() => {
      if (this.state === 'down') this.start();
    }, delay);
  }

  private failPending(message: string): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.resolve(fail('ENGINE_UNAVAILABLE', message));
      this.pending.delete(id);
    }
  }

  private setState(state: EngineState, reason?: string): void {
    this.state = state;
    this.options.onState?.(state, reason);
  }
}

function defaultRestartDelay(attempt: number): number {
  return Math.min(250 * 2 ** attempt, 10_000);
}
