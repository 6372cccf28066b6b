import { net } from 'electron';
import { resolveDataDir } from '../engine/engine-data-dir';
import type { FromEngine, ToEngine } from '../engine-contract/engine-protocol';
import { runEngineProcess } from '../engine/run-engine-process';

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

runEngineProcess(
  {
    dataDir: resolveDataDir(undefined),
    // The client only ever passes a string URL, which both fetches accept.
    fetch:
      process.env.PEAKSEND_FETCH === 'node'
        ? globalThis.fetch
        : (input, init) => net.fetch(input instanceof URL ? input.toString() : input, init),
    log: (level, message) => process.stderr.write(`[engine ${level}] ${message}\n`),
    backups: {},
  },
  {
    post: (message: FromEngine) => parentPort.postMessage(message),
    onMessage: (listener) => parentPort.on('message', (e) => listener(e.data as ToEngine)),
    // postMessage only queues; give the port a moment to deliver a last "failed" message.
    exit: (code) => void setTimeout(() => process.exit(code), 100),
  },
);
