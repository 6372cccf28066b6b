/**
 * The settings/stream-record store: electron-store in the app, `conf` (the library under
 * electron-store) in the browser preview and tests. Same JSON file format in both.
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** Path of the JSON file, for tests that scan it for secrets. */
  readonly path: string;
}
