import type { FromEngine, MessageEnd, ToEngine } from '../engine-contract/engine-protocol';
import { createEngine, type Engine, type EngineOptions } from './engine';
import { engineFailureOf } from './engine-failure';
import { serveEngine } from './serve-engine';

export interface EngineProcessEnd extends MessageEnd<ToEngine, FromEngine> {
  /** Ends the process once what was posted has been handed over. */
  exit(code: number): void;
}

/**
 * The body of an engine process (Node child process or Electron utility process): builds the
 * engine and serves it, or — when it cannot run (a damaged database, a disk too full to open
 * it) — tells main why in one `failed` message and exits, so main can show the recovery screen
 * instead of restarting it forever. Damage found later while serving ends it the same way.
 */
export function runEngineProcess(
  options: Omit<EngineOptions, 'onFailure'>,
  end: EngineProcessEnd,
): Engine | null {
  let failing = false;
  const fail = (failure: ReturnType<typeof engineFailureOf>) => {
    if (failing) return;
    failing = true;
    options.log?.('error', `engine cannot go on (${failure.reason}): ${failure.detail}`);
    end.post({ type: 'failed', failure });
    // No clean close: the -wal left behind makes the next open check every page.
    end.exit(1);
  };
  let engine;
  try {
    engine = createEngine({ ...options, onFailure: fail });
  } catch (error) {
    fail(engineFailureOf(error, options.dataDir));
    return null;
  }
  serveEngine(engine, end, () => end.exit(0));
  return engine;
}
