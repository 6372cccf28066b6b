import type { FromEngine, ToEngine } from '../engine-contract/engine-protocol';

/** A running engine process, however it was started (utilityProcess, fork, in-process). */
export interface EngineProcess {
  post(message: ToEngine): void;
  onMessage(listener: (message: FromEngine) => void): void;
  /** Called once when the process is gone, for whatever reason. */
  onExit(listener: (reason: string) => void): void;
  kill(): void;
}

export type SpawnEngine = () => EngineProcess;
