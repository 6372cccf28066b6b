import Store from 'electron-store';
import type { KeyValueStore } from '../ports/key-value-store';

/** Settings and stream records (token as ciphertext only) in electron-store's JSON file. */
export function createElectronStore(cwd: string): KeyValueStore {
  const store = new Store<Record<string, unknown>>({ name: 'config', cwd });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
    delete: (key) => store.delete(key),
    path: store.path,
  };
}
