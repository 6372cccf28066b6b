import { createEngine } from './engine';
import { resolveDataDir } from './engine-data-dir';
import type { FromEngine, ToEngine } from './engine-protocol';
import { serveEngine } from './serve-engine';

/**
 * Entry for Electron's utilityProcess. `process.parentPort` exists only there; it is typed
 * locally so this file stays free of Electron imports.
 */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('entry-utility must be started with utilityProcess.fork');

const engine = createEngine({
  dataDir: resolveDataDir(undefined),
  log: (level, message) => process.stderr.write(`[engine ${level}] ${message}\n`),
});

serveEngine(
  engine,
  {
    post: (message: FromEngine) => parentPort.postMessage(message),
    onMessage: (listener) => parentPort.on('message', (e) => listener(e.data as ToEngine)),
  },
  () => process.exit(0),
);
