import type { KeyValueStore } from '../../main/ports/key-value-store';

/** An in-memory settings store for handler tests (the preview uses the real `conf` file). */
export function memoryStore(): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: (key) => structuredClone(data.get(key)),
    set: (key, value) => void data.set(key, structuredClone(value)),
    delete: (key) => void data.delete(key),
    path: ':memory:',
  };
}
