import type { MainPorts } from '../../main/handlers/main-ports';
import type { MainHostPorts } from '../../main/handlers/compose-main';
import { StreamRepository } from '../../main/streams/stream-repository';
import { fakeEngine } from './fake-engine';
import { memoryStore } from './memory-store';
import { memoryClipboard } from '../../main/ports/clipboard';
import { TokenVault } from '../../main/vault/token-vault';
import { fakeCipher } from './fake-cipher';
import { FileRegistry } from '../../main/files/file-registry';

/** Main ports with in-memory stores and a table-driven engine; override what a test needs. */
export function testPorts(overrides: Partial<MainPorts> = {}): MainPorts & { opened: string[] } {
  const opened: string[] = [];
  return {
    engine: fakeEngine(),
    engineState: () => 'up',
    engineLife: { status: () => ({ state: 'up' }), restart: async () => ({ state: 'up' }) },
    settingsFile: memoryStore(),
    quit: () => {},
    streams: new StreamRepository(memoryStore()),
    preferences: memoryStore(),
    vault: new TokenVault(fakeCipher()),
    clipboard: memoryClipboard(),
    // Yes by default; tests of the refusal pass their own.
    confirm: async () => true,
    now: () => Date.now(),
    schedule: () => {},
    emit: () => {},
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    files: new FileRegistry(),
    notify: () => {},
    openExternal: async (url) => void opened.push(url),
    info: { version: '0.0.0-test', host: 'preview', dataDir: '/tmp/test' },
    log: () => {},
    ...overrides,
    opened,
  };
}

/** Host ports for composeMain with in-memory stores; the engine is whatever `spawnEngine` starts. */
export function testHostPorts(
  spawnEngine: MainHostPorts['spawnEngine'],
  overrides: Partial<MainHostPorts> = {},
): MainHostPorts & { events: [string, unknown][]; notifications: [string, string][] } {
  const events: [string, unknown][] = [];
  const notifications: [string, string][] = [];
  return {
    spawnEngine,
    store: memoryStore(),
    cipher: fakeCipher(),
    clipboard: memoryClipboard(),
    confirm: async () => true,
    broadcast: (name, payload) => void events.push([name, payload]),
    fileIntake: { kind: 'paths' },
    schedule: () => {},
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    notify: (title, body) => void notifications.push([title, body]),
    openExternal: async () => {},
    info: { version: '0.0.0-test', host: 'preview', dataDir: '/tmp/test' },
    log: () => {},
    quit: () => {},
    restartDelayMs: () => 50,
    ...overrides,
    events,
    notifications,
  };
}
