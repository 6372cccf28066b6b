import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  Notification,
  protocol,
  safeStorage,
  session,
  shell,
  utilityProcess,
} from 'electron';
import { methods } from '../../shared/contract/contract';
import { filesInternalMethods } from '../../shared/contract/files-contract';
import { FileRegistry } from '../files/file-registry';
import { createDispatcher } from '../../shared/contract/dispatcher';
import { EngineSupervisor } from '../engine-host/engine-supervisor';
import { createMainSide, type MainSide } from '../handlers/create-main-handlers';
import { useNodeFetch } from '../handlers/settings-handlers';
import { StreamRepository } from '../streams/stream-repository';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { APP_SCHEME } from './app-origin';
import { createMainWindow } from './create-window';
import { createElectronStore } from './electron-store-adapter';
import { registerIpcHandlers, sendToRenderer } from './ipc-main';
import { denyAllPermissions, installSecurityHandlers } from './security';
import { spawnUtilityEngine } from './spawn-utility-engine';
import { createSafeStorageCipher } from './safe-storage-cipher';
import { TokenVault } from '../vault/token-vault';

// The composition root: the only module that wires Electron's real capabilities into the
// Electron-free handlers and engine. Everything below runs in the bundled dist/electron/main.cjs.
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

    const store = createElectronStore(dataDir);
    // Filled in below; engine callbacks may fire before main's handlers exist.
    const late: { side?: MainSide } = {};
    const engine = new EngineSupervisor({
      spawn: () =>
        spawnUtilityEngine(
          utilityProcess.fork,
          engineEntry,
          dataDir,
          useNodeFetch({ preferences: store }),
        ),
      requestTimeoutMs: 120_000,
      onState: (state, reason) => {
        if (state === 'down') log('warn', `engine down: ${reason ?? 'unknown'}`);
        if (state === 'up' || state === 'down') broadcast('app:engineStatus', { state, reason });
        if (state === 'up') void late.side?.onEngineUp();
      },
      onEvent: (name, payload) => {
        late.side?.onEngineEvent(name, payload);
        broadcast(name, payload);
      },
    });
    engine.start();

    const files = new FileRegistry();
    const mainSide = createMainSide({
      files,
      chooseOpenPath: async (title) => {
        const options = {
          title,
          properties: ['openFile' as const],
          filters: [
            { name: 'CSV and text', extensions: ['csv', 'txt', 'tsv'] },
            { name: 'All files', extensions: ['*'] },
          ],
        };
        const r = mainWindow
          ? await dialog.showOpenDialog(mainWindow, options)
          : await dialog.showOpenDialog(options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      engine,
      streams: new StreamRepository(store),
      preferences: store,
      vault: new TokenVault(createSafeStorageCipher(safeStorage, process.platform)),
      clipboard: {
        writeText: (t) => clipboard.writeText(t),
        readText: () => clipboard.readText(),
      },
      schedule: (ms, fn) => void setTimeout(fn, ms),
      emit: broadcast,
      openExternal: (url) => shell.openExternal(url),
      info: { version: app.getVersion(), host: 'electron', dataDir },
      log,
      chooseSavePath: async (defaultName) => {
        const options = {
          defaultPath: join(app.getPath('documents'), defaultName),
          filters: [{ name: 'CSV', extensions: ['csv'] }],
        };
        const r = mainWindow
          ? await dialog.showSaveDialog(mainWindow, options)
          : await dialog.showSaveDialog(options);
        return r.canceled || !r.filePath ? null : r.filePath;
      },
      notify: (title, body) => {
        if (Notification.isSupported()) new Notification({ title, body }).show();
      },
    });
    late.side = mainSide;
    const dispatch = createDispatcher(methods, mainSide.handlers, {
      onUnexpectedError: (channel, error) => log('error', `${channel}: ${String(error)}`),
    });
    registerIpcHandlers(Object.keys(methods), dispatch, trustedContents);
    // Preload-only: the path of a File the user dropped (webUtils.getPathForFile).
    const internal = { 'files:registerPath': filesInternalMethods['files:registerPath'] };
    registerIpcHandlers(
      Object.keys(internal),
      createDispatcher(internal, { 'files:registerPath': ({ path }) => files.register(path) }),
      trustedContents,
    );

    mainWindow = createMainWindow(BrowserWindow, preloadPath);
    const id = mainWindow.webContents.id;
    trustedContents.add(id);
    mainWindow.on('closed', () => {
      trustedContents.delete(id);
      mainWindow = null;
    });

    app.on('before-quit', (event) => {
      if (engine.currentState === 'stopped') return;
      // A quit is a pause: let the engine close the database cleanly first.
      event.preventDefault();
      void engine.stop().finally(() => app.quit());
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
