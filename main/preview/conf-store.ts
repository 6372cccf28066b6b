import Conf from 'conf';
import type { KeyValueStore } from '../ports/key-value-store';

/**
 * The preview's settings store: `conf` is the library electron-store wraps, so the JSON file has
 * the same shape as in the app (`config.json` under the data folder).
 */
export function createConfStore(dataDir: string): KeyValueStore {
  const conf = new Conf<Record<string, unknown>>({
    cwd: dataDir,
    configName: 'config',
    projectName: 'peaksend',
  });
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
    delete: (key) => conf.delete(key),
    path: conf.path,
  };
}
