import type { AppInfo, EngineStatusEvent } from '../../shared/contract/app-info-contract';
import type { Events } from '../../shared/contract/contract';
import type { EmitterOf } from '../../shared/contract/define';
import type { EngineClient } from '../engine-contract/engine-contract';
import type { EngineState } from '../engine-host/engine-supervisor';
import type { FileRegistry } from '../files/file-registry';
import type { ClipboardPort } from '../ports/clipboard';
import type { ConfirmPort } from '../ports/confirm';
import type { KeyValueStore } from '../ports/key-value-store';
import type { SettingsFile } from '../ports/settings-file';
import type { StreamRepository } from '../streams/stream-repository';
import type { TokenVault } from '../vault/token-vault';

/**
 * Everything main-side handlers need from the outside world. The Electron shell and the
 * browser-preview host each provide their own implementations; handlers never import Electron.
 */
export interface MainPorts {
  /** The typed engine client: `engine.campaigns.start({ id, stream })` answers a Result. */
  readonly engine: EngineClient;
  readonly engineState: () => EngineState;
  /** The engine's state with the reason it failed, and a way to start it again (recovery). */
  readonly engineLife: EngineLife;
  /** config.json: what was kept when it could not be read, and its last good copy. */
  readonly settingsFile: Pick<SettingsFile, 'notice' | 'restoreLastGood' | 'dismissNotice'>;
  /** Quits the app (the recovery screen's "Quit"). */
  readonly quit: () => void;
  readonly streams: StreamRepository;
  /** App preferences that main itself needs (e.g. which fetch the engine uses). */
  readonly preferences: KeyValueStore;
  readonly vault: TokenVault;
  readonly clipboard: ClipboardPort;
  /**
   * Asks the user outside the page (native dialog / the preview host's terminal): before a
   * token is shown or copied, for a custom endpoint, to switch the token question off.
   */
  readonly confirm: ConfirmPort;
  /** Milliseconds since the epoch; injected so tests can drive the rate limit's clock. */
  readonly now: () => number;
  /** Runs `fn` after `ms`; injected so tests can drive time. */
  readonly schedule: (ms: number, fn: () => void) => void;
  /** Pushes an event of the renderer contract to the renderer. */
  readonly emit: EmitterOf<Events>;
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

export interface EngineLife {
  status(): EngineStatusEvent;
  /** Starts the engine again and answers once it is up or has failed again. */
  restart(): Promise<EngineStatusEvent>;
}
