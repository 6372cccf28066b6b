/**
 * The settings/stream-record store: `config.json` read and written by settings-file.ts in both
 * the app and the preview (in memory in handler tests).
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
  /** Path of the JSON file, for tests that scan it for secrets. */
  readonly path: string;
}
