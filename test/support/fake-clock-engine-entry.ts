import { readFileSync } from 'node:fs';
import type { FromEngine, ToEngine } from '../../main/engine-contract/engine-protocol';
import { resolveDataDir } from '../../main/engine/engine-data-dir';
import { runEngineProcess } from '../../main/engine/run-engine-process';

// The engine's Node entry (main/engine/entry-node.ts) on a clock the test moves: the file named
// by PEAKSEND_TEST_CLOCK_FILE holds `{ "offsetMs": n }`, and the engine's `now` is the real time
// plus that offset (read again at most every 50 ms). Only this test entry reads the variable;
// the app and the preview's own engine entry never do.
if (!process.send) throw new Error('start this entry with child_process.fork');
const clockFile = process.env.PEAKSEND_TEST_CLOCK_FILE;
if (!clockFile) throw new Error('PEAKSEND_TEST_CLOCK_FILE is not set');

let offset = 0;
let readAt = 0;
const now = () => {
  const real = Date.now();
  if (real - readAt >= 50) {
    readAt = real;
    try {
      offset = Number(
        (JSON.parse(readFileSync(clockFile, 'utf8')) as { offsetMs: number }).offsetMs,
      );
    } catch {
      // Being rewritten: keep the last offset.
    }
  }
  return real + offset;
};

const engine = runEngineProcess(
  {
    dataDir: resolveDataDir(undefined),
    now,
    log: (level, message) => process.stderr.write(`[engine ${level}] ${message}\n`),
  },
  {
    post: (message: FromEngine) => process.send?.(message),
    onMessage: (listener) => process.on('message', (m) => listener(m as ToEngine)),
    exit: (code) => process.exit(code),
  },
);
process.on('disconnect', () => {
  if (!engine) process.exit(0);
  else void engine.close().finally(() => process.exit(0));
});
