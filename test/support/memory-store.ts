import type { SettingsFile } from '../../main/ports/settings-file';

/** An in-memory settings store for handler tests (the preview uses the real config.json). */
export function memoryStore(): SettingsFile & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    notice: () => null,
    restoreLastGood: () => false,
    dismissNotice: () => {},
    get: (key) => structuredClone(data.get(key)),
    set: (key, value) => void data.set(key, structuredClone(value)),
    delete: (key) => void data.delete(key),
    path: ':memory:',
  };
}
