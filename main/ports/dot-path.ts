/** A settings object as stored in config.json. */
export type Settings = Record<string, unknown>;

// Names that would reach Object.prototype through a path; refused, never written.
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

function parts(key: string): string[] {
  const list = key.split('.');
  if (list.some((p) => p === '' || FORBIDDEN.has(p)))
    throw new Error(`Invalid settings key ${key}`);
  return list;
}

function isObject(value: unknown): value is Settings {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `network.useNodeFetch` → settings.network.useNodeFetch: the dot notation electron-store and
 * conf use, so files they wrote read the same.
 */
export function getPath(settings: Settings, key: string): unknown {
  let node: unknown = settings;
  for (const part of parts(key)) {
    if (!isObject(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** Sets a value, creating the objects on its path (changes and returns `settings`). */
export function setPath(settings: Settings, key: string, value: unknown): Settings {
  const list = parts(key);
  let node = settings;
  for (const part of list.slice(0, -1)) {
    const next = node[part];
    if (!isObject(next)) node[part] = {};
    node = node[part] as Settings;
  }
  node[list[list.length - 1] as string] = value;
  return settings;
}

export function deletePath(settings: Settings, key: string): Settings {
  const list = parts(key);
  let node: unknown = settings;
  for (const part of list.slice(0, -1)) {
    if (!isObject(node)) return settings;
    node = node[part];
  }
  if (isObject(node)) delete node[list[list.length - 1] as string];
  return settings;
}
