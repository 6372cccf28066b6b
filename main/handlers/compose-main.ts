import { methods, type Events, type Methods } from '../../shared/contract/contract';
import type { EmitterOf } from '../../shared/contract/define';
import { createDispatcher, type Dispatch, type Handlers } from '../../shared/contract/dispatcher';
import { createEngineClient, type EngineClient } from '../engine-contract/engine-contract';
import type { SpawnEngine } from '../engine-host/engine-process';
import { EngineSupervisor } from '../engine-host/engine-supervisor';
import { FileRegistry } from '../files/file-registry';
import type { EngineStatusEvent } from '../../shared/contract/app-info-contract';
import type { SettingsFile } from '../ports/settings-file';
import { StreamRepository } from '../streams/stream-repository';
import type { TokenCipher } from '../vault/token-cipher';
import { TokenVault } from '../vault/token-vault';
import { notifyCampaignStatus } from './campaign-notifications';
import { createMainSide } from './create-main-handlers';
import { registerPathHandlers, registerPathMethods } from './file-intake-handlers';
import { forwardEngineEvents } from './forward-engine-events';
import type { MainPorts } from './main-ports';

/** What a host (the Electron shell, the browser preview) provides; everything else is built here. */
export interface MainHostPorts extends Pick<
  MainPorts,
  | 'clipboard'
  | 'confirm'
  | 'schedule'
  | 'openExternal'
  | 'chooseOpenPath'
  | 'chooseSavePath'
  | 'notify'
  | 'info'
  | 'log'
  | 'quit'
> {
  readonly spawnEngine: SpawnEngine;
  /** Settings and stream records (the token as ciphertext only) in config.json. */
  readonly store: SettingsFile;
  readonly cipher: TokenCipher;
  /** Pushes an event of the renderer contract to the window(s). */
  readonly broadcast: EmitterOf<Events>;
  /** How a dropped file reaches main: its path (Electron preload) or its bytes (preview). */
  readonly fileIntake: { readonly kind: 'paths' } | { readonly kind: 'uploads'; dir: string };
  readonly restartDelayMs?: (attempt: number) => number;
}

export interface MainApp {
  readonly dispatch: Dispatch;
  /** Every channel `dispatch` answers: the renderer contract plus the host's file intake. */
  readonly channels: readonly string[];
  readonly engine: EngineSupervisor;
  readonly engineClient: EngineClient;
  readonly files: FileRegistry;
  /**
   * Resolves once the engine is up and has been handed what main keeps for it — or has failed
   * (a damaged database), when the window shows the recovery screen instead.
   */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The main side of the app without Electron: the engine supervisor and its typed client, the
 * handlers, the dispatcher, the engine-status broadcast, the hand-over after every engine start
 * and the event allow-list. The shell and the preview host are thin adapters around it.
 */
export function composeMain(host: MainHostPorts): MainApp {
  let handover: Promise<void> = Promise.resolve();
  let status: EngineStatusEvent = { state: 'restarting' };
  const engine = new EngineSupervisor({
    spawn: host.spawnEngine,
    requestTimeoutMs: 120_000,
    ...(host.restartDelayMs ? { restartDelayMs: host.restartDelayMs } : {}),
    onState: (state, reason, failure) => {
      if (state === 'down') host.log('warn', `engine down: ${reason ?? 'unknown'}`);
      if (state === 'failed') host.log('error', `engine failed: ${reason ?? 'unknown'}`);
      if (state === 'up' || state === 'down' || state === 'failed') {
        status = failure ? { state, reason, failure } : { state, reason };
        host.broadcast('app:engineStatus', status);
      }
      if (state === 'up') {
        handover = side
          .onEngineUp()
          .catch((error: unknown) => host.log('warn', `engine hand-over: ${String(error)}`));
      }
    },
  });
  const engineClient = createEngineClient(engine);
  const files = new FileRegistry();
  const ports: MainPorts = {
    clipboard: host.clipboard,
    confirm: host.confirm,
    now: () => Date.now(),
    schedule: host.schedule,
    openExternal: host.openExternal,
    chooseOpenPath: host.chooseOpenPath,
    chooseSavePath: host.chooseSavePath,
    notify: host.notify,
    info: host.info,
    log: host.log,
    engine: engineClient,
    engineState: () => engine.currentState,
    engineLife: {
      status: () => status,
      restart: async () => {
        engine.restart();
        await engine.settled();
        await handover;
        return status;
      },
    },
    settingsFile: host.store,
    quit: host.quit,
    streams: new StreamRepository(host.store),
    preferences: host.store,
    vault: new TokenVault(host.cipher),
    files,
    emit: host.broadcast,
  };
  const side = createMainSide(ports);
  forwardEngineEvents(engineClient, host.broadcast);
  engineClient.campaigns.onStatus((e) => notifyCampaignStatus(host.notify, e));

  const { dispatch, channels } = hostDispatcher(side.handlers, files, host);
  engine.start();

  return {
    dispatch,
    channels,
    engine,
    engineClient,
    files,
    ready: async () => {
      if ((await engine.settled()) === 'up') await handover;
    },
    close: () => engine.stop(),
  };
}

/** The renderer contract plus the host's own file intake, behind one dispatcher. */
function hostDispatcher(
  handlers: Handlers<Methods>,
  files: FileRegistry,
  host: Pick<MainHostPorts, 'fileIntake' | 'log'>,
): { dispatch: Dispatch; channels: string[] } {
  const options = {
    onUnexpectedError: (channel: string, error: unknown) =>
      host.log('error', `${channel}: ${String(error)}`),
  };
  const intake = host.fileIntake;
  if (intake.kind === 'paths') {
    return {
      dispatch: createDispatcher(
        { ...methods, ...registerPathMethods },
        { ...handlers, ...registerPathHandlers(files) },
        options,
      ),
      channels: [...Object.keys(methods), ...Object.keys(registerPathMethods)],
    };
  }
  // The preview's uploads arrive over their own streamed HTTP endpoint (main/preview/
  // upload-endpoint.ts), never as one message on this channel.
  return { dispatch: createDispatcher(methods, handlers, options), channels: Object.keys(methods) };
}
