/**
 * The settings/stream-record store: `config.json`, held by electron-store (app) or conf
 * (preview) behind the guard in settings-file.ts (in memory in handler tests).
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** Path of the JSON file, for tests that scan it for secrets. */
  readonly path: string;
}
