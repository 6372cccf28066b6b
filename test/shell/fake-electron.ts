import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';

/**
 * Just enough of Electron's main-process API for the bundled shell to boot in plain Node, with
 * every registration recorded so the test can assert on it.
 */
export interface FakeFrame {
  url: string;
  detached: boolean;
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly mainFrame: FakeFrame = { url: 'app://peaksend/index.html', detached: false };
  windowOpenHandler: ((d: { url: string }) => { action: string }) | undefined;
  sent: [string, unknown][] = [];
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }) {
    this.windowOpenHandler = h;
  }
  isDestroyed() {
    return false;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
}

/** A native message box the shell opened, waiting for the test to press a button. */
export interface FakeMessageBox {
  readonly parent: unknown;
  readonly options: Record<string, unknown>;
  /** Presses button `response` (0 = the confirm label, 1 = Cancel). */
  press(response: number): void;
}

/** A menu item as the shell passed it to Menu.buildFromTemplate. */
export interface FakeMenuItem {
  readonly label?: string;
  readonly role?: string;
  readonly type?: string;
  readonly submenu?: FakeMenuItem[];
  readonly click?: () => void;
}

/** `prepare` writes into the data folder before the shell starts (a damaged config.json). */
export function createFakeElectron(
  options: { packaged?: boolean; prepare?: (dataDir: string) => void } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'peaksend-shell-'));
  options.prepare?.(dataDir);
  const record = {
    windows: [] as {
      options: Record<string, unknown>;
      url?: string;
      webContents: FakeWebContents;
      instance: unknown;
    }[],
    messageBoxes: [] as FakeMessageBox[],
    /** Blocking message boxes: what was asked, and the button the next ones answer. */
    syncMessageBoxes: [] as { parent: unknown; options: Record<string, unknown> }[],
    syncAnswers: [] as number[],
    /** The template of the menu set with Menu.setApplicationMenu (null: none set). */
    menu: null as FakeMenuItem[] | null,
    ipcHandlers: new Map<string, (event: unknown, input: unknown) => unknown>(),
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    privilegedSchemes: [] as unknown[],
    permissionRequestHandler: undefined as
      undefined | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheckHandler: undefined as undefined | ((...args: unknown[]) => boolean),
    forks: [] as { path: string; options: unknown; posted: unknown[] }[],
    opened: [] as string[],
    quitCalled: 0,
  };
  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.packaged ?? false,
    getPath: () => dataDir,
    setPath: () => {},
    getVersion: () => '0.1.0',
    getName: () => 'Peaksend',
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    quit: () => void record.quitCalled++,
  });
  class BrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    constructor(options: Record<string, unknown>) {
      super();
      record.windows.push({ options, webContents: this.webContents, instance: this });
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      const w = record.windows.find((x) => x.webContents === this.webContents);
      if (w) w.url = url;
      return Promise.resolve();
    }
    show() {}
    focus() {}
    restore() {}
    isMinimized() {
      return false;
    }
  }
  const fakeSession = {
    setPermissionRequestHandler: (h: typeof record.permissionRequestHandler) => {
      record.permissionRequestHandler = h;
    },
    setPermissionCheckHandler: (h: typeof record.permissionCheckHandler) => {
      record.permissionCheckHandler = h;
    },
  };
  const electron = {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, input: unknown) => unknown) => {
        record.ipcHandlers.set(channel, fn);
      },
      on: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (s: unknown[]) => record.privilegedSchemes.push(...s),
      handle: (scheme: string, fn: (req: Request) => Promise<Response>) => {
        record.protocolHandlers.set(scheme, fn);
      },
    },
    session: { defaultSession: fakeSession },
    shell: { openExternal: async (url: string) => void record.opened.push(url) },
    utilityProcess: {
      fork: (path: string, _args: string[], options: unknown) => {
        const child = Object.assign(new EventEmitter(), {
          posted: [] as unknown[],
          postMessage(m: unknown) {
            this.posted.push(m);
          },
          kill() {
            return true;
          },
        });
        record.forks.push({ path, options, posted: child.posted });
        return child;
      },
    },
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      // Reversible, and never the plaintext bytes, so a test can still scan for the token.
      encryptStringAsync: async (plain: string) =>
        Buffer.from(Buffer.from(plain, 'utf8').map((b) => b ^ 0x5a)),
      decryptStringAsync: async (cipher: Buffer) => ({
        result: Buffer.from(cipher.map((b) => b ^ 0x5a)).toString('utf8'),
        shouldReEncrypt: false,
      }),
    },
    clipboard: { writeText: () => {}, readText: () => '' },
    dialog: {
      showMessageBoxSync: (parent: unknown, options: Record<string, unknown>) => {
        record.syncMessageBoxes.push({ parent, options });
        return record.syncAnswers.shift() ?? 1;
      },
      showMessageBox: (...args: unknown[]) =>
        new Promise<{ response: number; checkboxChecked: boolean }>((resolve) => {
          const [parent, options] = args.length === 2 ? args : [null, args[0]];
          record.messageBoxes.push({
            parent,
            options: options as Record<string, unknown>,
            press: (response) => resolve({ response, checkboxChecked: false }),
          });
        }),
    },
    Menu: {
      buildFromTemplate: (template: FakeMenuItem[]) => ({ template }),
      setApplicationMenu: (menu: { template: FakeMenuItem[] } | null) => {
        record.menu = menu ? menu.template : null;
      },
    },
    Notification: class {},
    net: { fetch: globalThis.fetch },
  };
  return { electron, record };
}
