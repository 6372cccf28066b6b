import type { AppInfo } from '../../shared/contract/app-info-contract';
import type { Result } from '../../shared/contract/result';
import type { EngineState } from '../engine-host/engine-supervisor';
import type { FileRegistry } from '../files/file-registry';
import type { ClipboardPort } from '../ports/clipboard';
import type { KeyValueStore } from '../ports/key-value-store';
import type { StreamRepository } from '../streams/stream-repository';
import type { TokenVault } from '../vault/token-vault';

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
  /** App preferences that main itself needs (e.g. which fetch the engine uses). */
  readonly preferences: KeyValueStore;
  readonly vault: TokenVault;
  readonly clipboard: ClipboardPort;
  /** Runs `fn` after `ms`; injected so tests can drive time. */
  readonly schedule: (ms: number, fn: () => void) => void;
  /** Pushes an event to the renderer. */
  readonly emit: (name: string, payload: unknown) => void;
  readonly openExternal: (url: string) => Promise<void>;
  /** Files the user chose or dropped, behind opaque ids. */
  readonly files: FileRegistry;
  /** A native "open" dialog for CSV files; null when the user cancels. */
  readonly chooseOpenPath: (title: string) => Promise<string | null>;
  /** A native "save as" dialog; null when the user cancels. */
  readonly chooseSavePath: (defaultName: string) => Promise<string | null>;
  /** A desktop notification (campaign finished, paused on an error). */
  readonly notify: (title: string, body: string) => void;
  readonly info: Omit<AppInfo, 'engine'>;
  readonly log: (level: 'info' | 'warn' | 'error', message: string) => void;
}
