import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Dispatch } from '../../shared/contract/dispatcher';
import type { ChosenFile } from '../../shared/contract/files-contract';
import type { EngineSupervisor } from '../engine-host/engine-supervisor';
import { spawnNodeEngine } from '../engine-host/spawn-node-engine';
import { composeMain } from '../handlers/compose-main';
import type { memoryClipboard } from '../ports/clipboard';
import { attachBridgeSocket } from './bridge-socket';
import { guardHttpServer, parseRequestUrl } from './guard-http';
import { previewPorts } from './preview-ports';
import { terminalConfirm, type ConfirmTokensMode, type HostTerminal } from './terminal-confirm';
import { createStaticHandler, type StaticFiles } from './serve-static';
import { createUploadHandler } from './upload-endpoint';

export interface PreviewHostOptions extends StaticFiles {
  readonly port: number;
  readonly dataDir: string;
  /** The engine's entry file (TypeScript source by default; the bundled host passes its own). */
  readonly engineEntry?: string;
  readonly log?: (line: string) => void;
  /**
   * How token reveal/copy and custom endpoints are confirmed: `ask` (default) on the host's
   * terminal, refused without one; `allow` for automated tests.
   */
  readonly confirmTokens?: ConfirmTokensMode;
  /** Where `ask` asks; the process's stdin and stderr by default. */
  readonly terminal?: HostTerminal;
  /** The upload size cap (MAX_UPLOAD_BYTES by default; tests lower it). */
  readonly maxUploadBytes?: number;
}

export interface PreviewHost {
  readonly url: string;
  readonly origin: string;
  readonly engine: EngineSupervisor;
  /** The bridge's clipboard port (tests check what "Copy" put there). */
  readonly clipboard: ReturnType<typeof memoryClipboard>;
  /** The settings JSON file (tests scan it for secrets). */
  readonly settingsFile: string;
  /** The main-side dispatcher, for in-process callers (benchmarks) that skip the WebSocket. */
  readonly dispatch: Dispatch;
  /** Registers a file as if the user had chosen it (in-process callers; returns its id). */
  registerFile(path: string): Promise<ChosenFile>;
  /** Every event pushed to the renderer, for in-process callers. */
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
  /** Desktop notifications the app would have shown. */
  readonly notifications: readonly { title: string; body: string }[];
  close(): Promise<void>;
}

/**
 * The browser preview: serves the built renderer on 127.0.0.1 and bridges `window.peaksend` over
 * a WebSocket to the same main-side composition as the app, with a real engine (a Node child
 * process). Only the transport, the dialogs and the OS keychain differ from the app. A
 * development and test tool; never packaged.
 */
export async function startPreviewHost(options: PreviewHostOptions): Promise<PreviewHost> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secret = randomBytes(24).toString('hex');
  let origin = '';
  const serveStatic = createStaticHandler(options, () => origin);
  const uploadsDir = join(options.dataDir, 'uploads');
  const upload = createUploadHandler({
    secret,
    origin: () => origin,
    uploadsDir,
    ...(options.maxUploadBytes === undefined ? {} : { maxBytes: options.maxUploadBytes }),
    register: (path, onRelease) => main.files.register(path, onRelease),
  });
  const server = createServer();
  guardHttpServer(server, async (req, res) => {
    const url = parseRequestUrl(req, origin);
    if (url && (await upload(req, res, url))) return;
    await serveStatic(req, res);
  });
  const bridge = attachBridgeSocket(server, {
    secret,
    origin: () => origin,
    dispatch: (channel, input, ctx) => main.dispatch(channel, input, ctx),
  });
  // The port first: a taken one (EADDRINUSE) then fails before an engine was ever started.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const eventListeners = new Set<(name: string, payload: unknown) => void>();
  // Uploads are copies made for one import each; any a previous run left behind are garbage.
  rmSync(uploadsDir, { recursive: true, force: true });
  const ports = previewPorts(options.dataDir, log);
  const main = composeMain({
    ...ports,
    confirm: terminalConfirm(
      options.confirmTokens ?? 'ask',
      options.terminal ?? { input: process.stdin, output: process.stderr },
      log,
    ),
    spawnEngine: () => spawnNodeEngine(options.dataDir, options.engineEntry),
    broadcast: (name, payload) => {
      for (const l of eventListeners) l(name, payload);
      bridge.broadcast(name, payload);
    },
  });

  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await main.ready();

  return {
    url: `${origin}/?secret=${secret}`,
    origin,
    engine: main.engine,
    clipboard: ports.clipboard,
    settingsFile: ports.store.path,
    notifications: ports.notifications,
    dispatch: main.dispatch,
    registerFile: (path) => main.files.register(path),
    onEvent: (listener) => {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    close: async () => {
      bridge.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await main.close();
    },
  };
}

export const defaultRendererDir = join(process.cwd(), 'dist', 'renderer');
export const defaultBridgeFile = join(process.cwd(), 'dist', 'preview', 'preview-bridge.js');
