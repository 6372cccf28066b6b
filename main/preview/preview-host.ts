import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Dispatch } from '../../shared/contract/dispatcher';
import type { ChosenFile } from '../../shared/contract/files-contract';
import type { EngineSupervisor } from '../engine-host/engine-supervisor';
import { spawnNodeEngine } from '../engine-host/spawn-node-engine';
import { composeMain } from '../handlers/compose-main';
import { memoryClipboard } from '../ports/clipboard';
import { createDevFileCipher } from '../vault/dev-file-cipher';
import { attachBridgeSocket } from './bridge-socket';
import { createConfStore } from './conf-store';
import { createStaticHandler, type StaticFiles } from './serve-static';

export interface PreviewHostOptions extends StaticFiles {
  readonly port: number;
  readonly dataDir: string;
  /** The engine's entry file (TypeScript source by default; the bundled host passes its own). */
  readonly engineEntry?: string;
  readonly log?: (line: string) => void;
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
  const server = createServer((req, res) => void serveStatic(req, res));
  const bridge = attachBridgeSocket(server, {
    secret,
    origin: () => origin,
    dispatch: (channel, input, ctx) => main.dispatch(channel, input, ctx),
  });
  const eventListeners = new Set<(name: string, payload: unknown) => void>();
  const notifications: { title: string; body: string }[] = [];
  const exportsDir = join(options.dataDir, 'exports');
  const store = createConfStore(options.dataDir);
  const clipboard = memoryClipboard();

  const main = composeMain({
    spawnEngine: () => spawnNodeEngine(options.dataDir, options.engineEntry),
    store,
    cipher: createDevFileCipher(options.dataDir),
    clipboard,
    broadcast: (name, payload) => {
      for (const l of eventListeners) l(name, payload);
      bridge.broadcast(name, payload);
    },
    fileIntake: { kind: 'uploads', dir: join(options.dataDir, 'uploads') },
    // The bridge replaces the dialog with a file input and an upload (see files:upload).
    chooseOpenPath: async () => null,
    // The preview has no native dialog: exports go to <data>/exports, where tests read them.
    chooseSavePath: async (name) => {
      await mkdir(exportsDir, { recursive: true });
      return join(exportsDir, name);
    },
    schedule: (ms, fn) => void setTimeout(fn, ms).unref(),
    openExternal: async (url) => log(`(preview) would open ${url}`),
    info: { version: '0.1.0', host: 'preview', dataDir: options.dataDir },
    log: (level, message) => log(`[${level}] ${message}`),
    notify: (title, body) => {
      notifications.push({ title, body });
      log(`(notification) ${title}: ${body}`);
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await main.ready();

  return {
    url: `${origin}/?secret=${secret}`,
    origin,
    engine: main.engine,
    clipboard,
    settingsFile: store.path,
    notifications,
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
