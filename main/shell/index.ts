import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  Menu,
  Notification,
  protocol,
  safeStorage,
  session,
  shell,
  utilityProcess,
} from 'electron';
import { composeMain } from '../handlers/compose-main';
import { useNodeFetch } from '../handlers/settings-handlers';
import { appMenuTemplate } from './app-menu';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { APP_SCHEME } from './app-origin';
import { createMainWindow } from './create-window';
import { openElectronSettingsFile } from './electron-settings-file';
import { confirmWithDialog } from './confirm-dialog';
import { chooseOpenPath, chooseSavePath } from './dialogs';
import { registerIpcHandlers, sendToRenderer } from './ipc-main';
import { denyAllPermissions, installSecurityHandlers } from './security';
import { spawnUtilityEngine } from './spawn-utility-engine';
import { createSafeStorageCipher } from './safe-storage-cipher';

// The Electron adapter around main's composition (main/handlers/compose-main.ts): it supplies
// Electron's real capabilities as ports. Everything below runs in the bundled dist/electron/main.cjs.
const here = __dirname;
const rendererDir = join(here, '..', 'renderer');
const preloadPath = join(here, 'preload.cjs');
const engineEntry = join(here, 'engine.cjs');

if (process.env.PEAKSEND_DATA_DIR) app.setPath('userData', process.env.PEAKSEND_DATA_DIR);

registerAppScheme(protocol);

const log = (level: 'info' | 'warn' | 'error', message: string) =>
  process.stderr.write(`[main ${level}] ${message}\n`);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const trustedContents = new Set<number>();
  let mainWindow: BrowserWindow | null = null;

  const broadcast = (name: string, payload: unknown) => {
    if (mainWindow) sendToRenderer(mainWindow.webContents, name, payload);
  };

  installSecurityHandlers(app, shell);

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    const dataDir = app.getPath('userData');
    denyAllPermissions(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          appName: app.getName(),
          platform: process.platform,
          isPackaged: app.isPackaged,
          openExternal: (url) => shell.openExternal(url),
        }),
      ),
    );

    // electron-store behind our guard: never throws on a damaged config.json (kept aside, the
    // app starts with defaults and a notice).
    const store = openElectronSettingsFile(dataDir);
    const main = composeMain({
      spawnEngine: () =>
        spawnUtilityEngine(
          utilityProcess.fork,
          engineEntry,
          dataDir,
          useNodeFetch({ preferences: store }),
        ),
      store,
      cipher: createSafeStorageCipher(safeStorage, process.platform),
      clipboard: {
        writeText: (t) => clipboard.writeText(t),
        readText: () => clipboard.readText(),
      },
      broadcast,
      fileIntake: { kind: 'paths' },
      // `dialog` is read at call time, so a test driving the real app can stub showMessageBox.
      confirm: (request) => confirmWithDialog(dialog, mainWindow, request),
      chooseOpenPath: (title) => chooseOpenPath(dialog, mainWindow, title),
      chooseSavePath: (name) =>
        chooseSavePath(dialog, mainWindow, join(app.getPath('documents'), name)),
      schedule: (ms, fn) => void setTimeout(fn, ms),
      openExternal: (url) => shell.openExternal(url),
      info: { version: app.getVersion(), host: 'electron', dataDir },
      quit: () => app.quit(),
      log,
      notify: (title, body) => {
        if (Notification.isSupported()) new Notification({ title, body }).show();
      },
    });
    registerIpcHandlers(main.channels, main.dispatch, trustedContents);

    mainWindow = createMainWindow(BrowserWindow, preloadPath, { devTools: !app.isPackaged });
    const id = mainWindow.webContents.id;
    trustedContents.add(id);
    mainWindow.on('closed', () => {
      trustedContents.delete(id);
      mainWindow = null;
    });

    app.on('before-quit', (event) => {
      if (main.engine.currentState === 'stopped') return;
      // A quit is a pause: let the engine close the database cleanly first.
      event.preventDefault();
      void main.close().finally(() => app.quit());
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
