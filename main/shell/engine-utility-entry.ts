import { net } from 'electron';
import { createEngine } from '../engine/engine';
import { resolveDataDir } from '../engine/engine-data-dir';
import type { FromEngine, ToEngine } from '../engine-contract/engine-protocol';
import { serveEngine } from '../engine/serve-engine';

/**
 * Entry for Electron's utilityProcess: the engine with Chromium's network stack (system proxies,
 * PAC, OS certificates) unless the user chose Node's fetch in Settings (PEAKSEND_FETCH=node).
 * `process.parentPort` exists only in a utility process, so it is typed locally.
 */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('entry-utility must be started with utilityProcess.fork');

const engine = createEngine({
  dataDir: resolveDataDir(undefined),
  // The client only ever passes a string URL, which both fetches accept.
  fetch:
    process.env.PEAKSEND_FETCH === 'node'
      ? globalThis.fetch
      : (input, init) => net.fetch(input instanceof URL ? input.toString() : input, init),
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
