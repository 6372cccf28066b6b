import type { DatabaseSync } from 'node:sqlite';
import { createDispatcher, type Dispatch, type Handlers } from '../../shared/contract/dispatcher';
import { openDatabase } from './db/open-database';
import { engineMethods, type EngineMethods } from './engine-contract';

export interface EngineOptions {
  readonly dataDir: string;
  readonly fetch?: typeof globalThis.fetch;
  readonly now?: () => Date;
  readonly log?: (level: 'info' | 'warn' | 'error', message: string) => void;
}

export interface Engine {
  readonly dispatch: Dispatch;
  /** Registers the sink for engine events (progress, status changes). */
  onEvent(listener: (name: string, payload: unknown) => void): void;
  close(): Promise<void>;
  /** For tests and the CLI, which run the engine in-process. */
  readonly db: DatabaseSync;
}

/** Builds the engine: opens the database and wires every domain's handlers. Electron-free. */
export function createEngine(options: EngineOptions): Engine {
  const db = openDatabase(options.dataDir);
  const startedAt = (options.now?.() ?? new Date()).toISOString();
  const listeners: ((name: string, payload: unknown) => void)[] = [];

  const handlers: Handlers<EngineMethods> = {
    'engine:health': () => {
      const row = db.prepare('SELECT MAX(id) AS v FROM _migrations').get();
      return {
        pid: process.pid,
        dataDir: options.dataDir,
        schemaVersion: Number(row?.v ?? 0),
        startedAt,
      };
    },
  };

  const dispatch = createDispatcher(engineMethods, handlers, {
    onUnexpectedError: (channel, error) =>
      options.log?.(
        'error',
        `${channel} failed: ${error instanceof Error ? error.stack : String(error)}`,
      ),
  });

  return {
    dispatch,
    db,
    onEvent: (listener) => {
      listeners.push(listener);
    },
    close: async () => {
      db.close();
    },
  };
}
