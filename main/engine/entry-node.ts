import { createEngine } from './engine';
import { resolveDataDir } from './engine-data-dir';
import type { FromEngine, ToEngine } from '../engine-contract/engine-protocol';
import { serveEngine } from './serve-engine';

// Entry for a Node child process (tests, CLI tooling, browser preview): the parent talks to us
// over the IPC channel that child_process.fork opens.
if (!process.send) throw new Error('entry-node must be started with child_process.fork');

const engine = createEngine({
  dataDir: resolveDataDir(undefined),
  log: (level, message) => process.stderr.write(`[engine ${level}] ${message}\n`),
});

serveEngine(
  engine,
  {
    post: (message: FromEngine) => process.send?.(message),
    onMessage: (listener) => process.on('message', (m) => listener(m as ToEngine)),
  },
  () => process.exit(0),
);
// The parent going away means nobody will ever read our answers.
process.on('disconnect', () => void engine.close().finally(() => process.exit(0)));
