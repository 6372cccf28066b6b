import type { AppInfo } from '../../shared/contract/app-info-contract';
import type { Result } from '../../shared/contract/result';
import type { EngineState } from '../engine-host/engine-supervisor';
import type { StreamRepository } from '../streams/stream-repository';

/** The engine as main-side handlers see it. */
export interface EnginePort {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  readonly currentState: EngineState;
}

/**
 * Everything main-side handlers need from the outside world. The Electron shell and the
 * browser-preview host each provide their own implementations; handlers never import Electron.
 */
export interface MainPorts {
  readonly engine: EnginePort;
  readonly streams: StreamRepository;
  readonly openExternal: (url: string) => Promise<void>;
  readonly info: Omit<AppInfo, 'engine'>;
  readonly log: (level: 'info' | 'warn' | 'error', message: string) => void;
}
