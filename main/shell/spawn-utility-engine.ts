import type { UtilityProcess } from 'electron';
import type { FromEngine } from '../engine-contract/engine-protocol';
import type { EngineProcess } from '../engine-host/engine-process';
import { ENGINE_V8_FLAGS } from '../engine-host/engine-v8-flags';

type Fork = (
  modulePath: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; serviceName: string; execArgv: string[] },
) => UtilityProcess;

/** Starts the engine in an Electron utilityProcess (its own event loop; SQLite blocks only it). */
export function spawnUtilityEngine(
  fork: Fork,
  entry: string,
  dataDir: string,
  useNodeFetch: boolean,
): EngineProcess {
  const child = fork(entry, [], {
    env: {
      ...process.env,
      PEAKSEND_DATA_DIR: dataDir,
      PEAKSEND_FETCH: useNodeFetch ? 'node' : 'electron',
    },
    serviceName: 'Peaksend engine',
    execArgv: [...ENGINE_V8_FLAGS],
  });
  let exitReason: string | undefined;
  const exitListeners: ((reason: string) => void)[] = [];
  child.once('exit', (code) => {
    exitReason = `exited with code ${code}`;
    for (const l of exitListeners) l(exitReason);
  });
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', (m: unknown) => listener(m as FromEngine)),
    onExit: (listener) => {
      if (exitReason !== undefined) listener(exitReason);
      else exitListeners.push(listener);
    },
    kill: () => {
      child.kill();
    },
  };
}
