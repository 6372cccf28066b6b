import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { methods } from '../../shared/contract/contract';
import { filesInternalMethods, type ChosenFile } from '../../shared/contract/files-contract';
import { FileRegistry } from '../files/file-registry';
import { createDispatcher, type Dispatch } from '../../shared/contract/dispatcher';
import { EngineSupervisor } from '../engine-host/engine-supervisor';
import { spawnNodeEngine } from '../engine-host/spawn-node-engine';
import { createMainSide, type MainSide } from '../handlers/create-main-handlers';
import {
  contentSecurityPolicy,
  contentTypeOf,
  resolveAssetPath,
} from '../static/resolve-asset-path';
import { StreamRepository } from '../streams/stream-repository';
import { memoryClipboard } from '../ports/clipboard';
import { createDevFileCipher } from '../vault/dev-file-cipher';
import { TokenVault } from '../vault/token-vault';
import { createConfStore } from './conf-store';

export interface PreviewHostOptions {
  readonly port: number;
  readonly dataDir: string;
  /** Built renderer (vite output). */
  readonly rendererDir: string;
  /** Built preview bridge script. */
  readonly bridgeFile: string;
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

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The browser preview: serves the built renderer on 127.0.0.1 and bridges `window.peaksend` over
 * a WebSocket to the real main-side handlers and a real engine (a Node child process). Only the
 * transport and the OS keychain differ from the app. A development and test tool; never packaged.
 */
export async function startPreviewHost(options: PreviewHostOptions): Promise<PreviewHost> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secret = randomBytes(24).toString('hex');
  const sockets = new Set<WebSocket>();
  const eventListeners = new Set<(name: string, payload: unknown) => void>();
  const broadcast = (name: string, payload: unknown) => {
    for (const l of eventListeners) l(name, payload);
    const text = JSON.stringify({ type: 'event', name, payload });
    for (const s of sockets) s.send(text);
  };

  // Filled in below; engine callbacks may fire before main's handlers exist.
  const late: { side?: MainSide } = {};
  const engine = new EngineSupervisor({
    spawn: () => spawnNodeEngine(options.dataDir, options.engineEntry),
    requestTimeoutMs: 120_000,
    onState: (state, reason) => {
      if (state === 'up' || state === 'down') broadcast('app:engineStatus', { state, reason });
      if (state === 'down') log(`engine down: ${reason ?? 'unknown'}`);
      if (state === 'up') void late.side?.onEngineUp();
    },
    onEvent: (name, payload) => {
      late.side?.onEngineEvent(name, payload);
      broadcast(name, payload);
    },
  });
  engine.start();
  const notifications: { title: string; body: string }[] = [];
  const exportsDir = join(options.dataDir, 'exports');

  const store = createConfStore(options.dataDir);
  const streams = new StreamRepository(store);
  const clipboard = memoryClipboard();
  const files = new FileRegistry();
  const uploadsDir = join(options.dataDir, 'uploads');
  const mainSide = createMainSide({
    files,
    // The bridge replaces the dialog with a file input and an upload (see files:upload).
    chooseOpenPath: async () => null,
    engine,
    streams,
    preferences: store,
    vault: new TokenVault(createDevFileCipher(options.dataDir)),
    clipboard,
    schedule: (ms, fn) => void setTimeout(fn, ms).unref(),
    emit: broadcast,
    openExternal: async (url) => log(`(preview) would open ${url}`),
    info: { version: '0.1.0', host: 'preview', dataDir: options.dataDir },
    log: (level, message) => log(`[${level}] ${message}`),
    // The preview has no native dialog: exports go to <data>/exports, where tests read them.
    chooseSavePath: async (name) => {
      await mkdir(exportsDir, { recursive: true });
      return join(exportsDir, name);
    },
    notify: (title, body) => {
      notifications.push({ title, body });
      log(`(notification) ${title}: ${body}`);
    },
  });
  const previewMethods = { ...methods, 'files:upload': filesInternalMethods['files:upload'] };
  late.side = mainSide;
  const dispatch: Dispatch = createDispatcher(
    previewMethods,
    {
      ...mainSide.handlers,
      // Preview only: the browser cannot hand over a path, so the bridge uploads the bytes.
      'files:upload': async ({ name, dataBase64 }) => {
        // A folder per upload keeps the user's file name (shown in the import steps) unique.
        const folder = join(uploadsDir, randomBytes(8).toString('hex'));
        await mkdir(folder, { recursive: true });
        const path = join(folder, basename(name));
        await writeFile(path, Buffer.from(dataBase64, 'base64'));
        return files.register(path);
      },
    },
    { onUnexpectedError: (channel, error) => log(`[error] ${channel}: ${String(error)}`) },
  );

  const server = createServer((req, res) => void serveStatic(req, res));
  let origin = '';

  async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const pathname = new URL(req.url ?? '/', origin).pathname;
    const file =
      pathname === '/preview-bridge.js'
        ? options.bridgeFile
        : resolveAssetPath(options.rendererDir, pathname);
    if (!file) {
      res.writeHead(404).end('Not found');
      return;
    }
    try {
      let body: Buffer | string = await readFile(file);
      if (file.endsWith('index.html')) {
        // Module scripts run in order, so the bridge defines window.peaksend before the app starts.
        body = body
          .toString('utf8')
          .replace(
            '<head>',
            '<head>\n    <script type="module" src="/preview-bridge.js"></script>',
          );
      }
      res.writeHead(200, {
        'Content-Type': contentTypeOf(file),
        'Content-Security-Policy': contentSecurityPolicy([origin.replace('http:', 'ws:')]),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: 200 * 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', origin);
    const okPath = url.pathname === '/bridge';
    const okSecret = sameSecret(url.searchParams.get('secret') ?? '', secret);
    const okOrigin = req.headers.origin === origin;
    if (!okPath || !okSecret || !okOrigin) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => void answer(ws, String(data)));
    });
  });

  async function answer(ws: WebSocket, text: string): Promise<void> {
    let msg: { type?: unknown; id?: unknown; channel?: unknown; input?: unknown };
    try {
      msg = JSON.parse(text) as typeof msg;
    } catch {
      return;
    }
    if (msg.type !== 'call' || typeof msg.id !== 'number') return;
    const result = await dispatch(msg.channel, msg.input, { trusted: true, origin: 'preview-ws' });
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'result', id: msg.id, result }));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  await engine.ready();

  return {
    url: `${origin}/?secret=${secret}`,
    origin,
    engine,
    clipboard,
    settingsFile: store.path,
    notifications,
    dispatch,
    registerFile: (path) => files.register(path),
    onEvent: (listener) => {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    close: async () => {
      for (const s of sockets) s.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await engine.stop();
    },
  };
}

export const defaultRendererDir = join(process.cwd(), 'dist', 'renderer');
export const defaultBridgeFile = join(process.cwd(), 'dist', 'preview', 'preview-bridge.js');
