import { resolveDataDir } from './engine-data-dir';
import type { FromEngine, ToEngine } from '../engine-contract/engine-protocol';
import { runEngineProcess } from './run-engine-process';

// Entry for a Node child process (tests, CLI tooling, browser preview): the parent talks to us
// over the IPC channel that child_process.fork opens.
if (!process.send) throw new Error('entry-node must be started with child_process.fork');

// Messages still on their way to the parent; exiting before they are written would lose them.
let sending = 0;
let exitCode: number | null = null;
const exitWhenSent = () => {
  if (exitCode !== null && sending === 0) process.exit(exitCode);
};

const engine = runEngineProcess(
  {
    dataDir: resolveDataDir(undefined),
    log: (level, message) => process.stderr.write(`[engine ${level}] ${message}\n`),
    backups: {},
  },
  {
    post: (message: FromEngine) => {
      sending++;
      process.send?.(message, () => {
        sending--;
        exitWhenSent();
      });
    },
    onMessage: (listener) => process.on('message', (m) => listener(m as ToEngine)),
    exit: (code) => {
      exitCode = code;
      exitWhenSent();
    },
  },
);
// The parent going away means nobody will ever read our answers.
process.on('disconnect', () => {
  if (!engine) process.exit(0);
  else void engine.close().finally(() => process.exit(0));
});
