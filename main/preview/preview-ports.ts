import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { MainHostPorts } from '../handlers/compose-main';
import { memoryClipboard } from '../ports/clipboard';
import { createDevFileCipher } from '../vault/dev-file-cipher';
import { openConfSettingsFile } from './conf-settings-file';

export type PreviewPorts = Omit<MainHostPorts, 'spawnEngine' | 'broadcast' | 'confirm'> & {
  readonly clipboard: ReturnType<typeof memoryClipboard>;
  /** Desktop notifications the app would have shown. */
  readonly notifications: { title: string; body: string }[];
};

/**
 * What the preview has instead of Electron's capabilities: conf for electron-store (behind the
 * same guard), a file-key cipher (always labelled unprotected) for the keychain, an in-memory clipboard, uploads for the open dialog,
 * <data>/exports for the save dialog, and a log line for notifications and for "Quit".
 */
export function previewPorts(dataDir: string, log: (line: string) => void): PreviewPorts {
  const notifications: { title: string; body: string }[] = [];
  const exportsDir = join(dataDir, 'exports');
  return {
    store: openConfSettingsFile(dataDir),
    cipher: createDevFileCipher(dataDir),
    clipboard: memoryClipboard(),
    notifications,
    fileIntake: { kind: 'uploads', dir: join(dataDir, 'uploads') },
    // The bridge replaces the dialog with a file input and a streamed upload (upload-endpoint.ts).
    chooseOpenPath: async () => null,
    // Exports go to <data>/exports, where tests read them.
    chooseSavePath: async (name) => {
      await mkdir(exportsDir, { recursive: true, mode: 0o700 });
      return join(exportsDir, name);
    },
    schedule: (ms, fn) => void setTimeout(fn, ms).unref(),
    openExternal: async (url) => log(`(preview) would open ${url}`),
    info: { version: '0.1.0', host: 'preview', dataDir },
    // The preview is a development tool in a browser tab: there is no app to quit.
    quit: () => log('(preview) would quit'),
    log: (level, message) => log(`[${level}] ${message}`),
    notify: (title, body) => {
      notifications.push({ title, body });
      log(`(notification) ${title}: ${body}`);
    },
  };
}
