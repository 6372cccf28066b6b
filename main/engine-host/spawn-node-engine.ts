import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FromEngine } from '../engine-contract/engine-protocol';
import type { EngineProcess } from './engine-process';
import { ENGINE_V8_FLAGS } from './engine-v8-flags';

const sourceEntry = fileURLToPath(new URL('../engine/entry-node.ts', import.meta.url));

/**
 * Starts the engine as a Node child process (preview host, tests, benchmarks). The TypeScript
 * entry runs through tsx so no build is needed; a bundled entry can be passed instead.
 */
export function spawnNodeEngine(dataDir: string, entry: string = sourceEntry): EngineProcess {
  if (!existsSync(entry)) throw new Error(`Engine entry not found: ${entry}`);
  const execArgv = [...ENGINE_V8_FLAGS, ...(entry.endsWith('.ts') ? ['--import', 'tsx'] : [])];
  const child = fork(entry, [], {
    env: { ...process.env, PEAKSEND_DATA_DIR: dataDir },
    execArgv,
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exitListeners: ((reason: string) => void)[] = [];
  let exitReason: string | undefined;
  child.once('exit', (code, signal) => {
    exitReason = signal ? `killed by ${signal}` : `exited with code ${code}`;
    for (const l of exitListeners) l(exitReason);
  });
  child.once('error', (error) => {
    if (exitReason) return;
    exitReason = error.message;
    for (const l of exitListeners) l(exitReason);
  });
  return {
    post: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', (m) => listener(m as FromEngine)),
    onExit: (listener) => {
      if (exitReason !== undefined) listener(exitReason);
      else exitListeners.push(listener);
    },
    kill: () => {
      child.kill('SIGKILL');
    },
  };
}
