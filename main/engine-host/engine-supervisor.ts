import type { EngineFailure } from '../../shared/contract/app-info-contract';
import type { Transport } from '../../shared/contract/build-api';
import { fail, type Result } from '../../shared/contract/result';
import type { FromEngine } from '../engine-contract/engine-protocol';
import type { EngineProcess, SpawnEngine } from './engine-process';

/** `failed`: it failed the same way several times in a row; restarting stopped (see restart()). */
export type EngineState = 'starting' | 'up' | 'down' | 'stopped' | 'failed';

export interface SupervisorOptions {
  readonly spawn: SpawnEngine;
  /** Delay before restarting a dead engine; grows while it keeps dying quickly. */
  readonly restartDelayMs?: (attempt: number) => number;
  readonly requestTimeoutMs?: number;
  /** Identical failures in a row (without the engine coming up) before it is `failed`. */
  readonly maxIdenticalFailures?: number;
  readonly onState?: (state: EngineState, reason?: string, failure?: EngineFailure) => void;
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
  /** What the current process said before it went (a damaged database, a full disk). */
  private told: EngineFailure | undefined;
  private upSinceStart = false;
  private repeated: { key: string; count: number; failure: EngineFailure } | undefined;
  private settledWaiters: (() => void)[] = [];

  constructor(private readonly options: SupervisorOptions) {}

  get currentState(): EngineState {
    return this.state;
  }

  /** Why the engine is `failed` (undefined otherwise). */
  get failure(): EngineFailure | undefined {
    return this.state === 'failed' ? this.repeated?.failure : undefined;
  }

  start(): void {
    if (this.state === 'starting' || this.state === 'up') return;
    this.setState('starting');
    this.told = undefined;
    this.upSinceStart = false;
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

  /** Resolves once the engine is up or has `failed` (hosts must not wait forever on a damaged file). */
  settled(): Promise<'up' | 'failed'> {
    if (this.state === 'up' || this.state === 'failed') return Promise.resolve(this.state);
    return new Promise((resolve) =>
      this.settledWaiters.push(() => resolve(this.state === 'up' ? 'up' : 'failed')),
    );
  }

  /** Starts a `failed` (or stopped) engine again with a clean count, after the user fixed things. */
  restart(): void {
    if (this.state === 'starting' || this.state === 'up') return;
    clearTimeout(this.restartTimer);
    this.repeated = undefined;
    this.attempt = 0;
    this.start();
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
        this.upSinceStart = true;
        this.repeated = undefined;
        this.setState('up');
        for (const waiter of this.readyWaiters.splice(0)) waiter();
        return;
      case 'failed':
        this.told = message.failure;
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
    if (this.countFailure(reason) >= (this.options.maxIdenticalFailures ?? 3)) {
      const failure = this.repeated?.failure;
      this.setState('failed', failure?.detail ?? reason, failure);
      return;
    }
    this.setState('down', reason);
    const delay = (this.options.restartDelayMs ?? defaultRestartDelay)(this.attempt++);
    this.restartTimer = setTimeout(() => {
      if (this.state === 'down') this.start();
    }, delay);
  }

  /**
   * Counts this exit towards "the same failure again": what the engine said it failed with, or,
   * for a process that died before it was ever ready, its exit. A death after being up starts
   * the count again (that is a crash to restart from, not a start that cannot work).
   */
  private countFailure(reason: string): number {
    const failure =
      this.told ?? (this.upSinceStart ? undefined : { reason: 'crashed' as const, detail: reason });
    if (!failure) {
      this.repeated = undefined;
      return 0;
    }
    const key = failure.reason === 'crashed' ? `crashed:${failure.detail}` : failure.reason;
    const count = this.repeated?.key === key ? this.repeated.count + 1 : 1;
    this.repeated = { key, count, failure };
    return count;
  }

  private failPending(message: string): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.resolve(fail('ENGINE_UNAVAILABLE', message));
      this.pending.delete(id);
    }
  }

  private setState(state: EngineState, reason?: string, failure?: EngineFailure): void {
    this.state = state;
    this.options.onState?.(state, reason, failure);
    if (state === 'up' || state === 'failed') {
      for (const waiter of this.settledWaiters.splice(0)) waiter();
    }
  }
}

function defaultRestartDelay(attempt: number): number {
  return Math.min(250 * 2 ** attempt, 10_000);
}
