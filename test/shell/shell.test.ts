import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract/contract';
import { createFakeElectron, type FakeWebContents } from './fake-electron';

/**
 * Loads the BUILT Electron entry (dist/electron/main.cjs, as packaged) with a fake `electron`
 * module, then asserts the security-relevant wiring.
 */
const bundle = join(process.cwd(), 'dist', 'electron', 'main.cjs');
const { electron, record } = createFakeElectron();

type ModuleWithLoad = typeof Module & {
  _load: (request: string, parent: unknown, isMain: boolean) => unknown;
};

beforeAll(async () => {
  if (!existsSync(bundle))
    throw new Error('Run `npm run build` first: dist/electron/main.cjs is missing');
  const mod = Module as ModuleWithLoad;
  const original = mod._load;
  mod._load = (request, parent, isMain) =>
    request === 'electron' ? electron : original(request, parent, isMain);
  createRequire(import.meta.url)(bundle);
  // Let app.whenReady().then(...) run.
  await new Promise((r) => setTimeout(r, 50));
});

function mainContents(): FakeWebContents {
  const w = record.windows[0];
  if (!w) throw new Error('no window created');
  return w.webContents;
}

describe('Electron shell', () => {
  it('creates the window with secure webPreferences and loads app://', () => {
    expect(record.windows).toHaveLength(1);
    const prefs = record.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    expect(record.windows[0]?.url).toBe('app://peaksend/index.html');
  });

  it('registers app:// as a standard secure scheme without bypassCSP', () => {
    expect(record.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the renderer with a CSP and refuses path traversal and other hosts', async () => {
    const handler = record.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    if (!handler) return;
    const index = await handler(new Request('app://peaksend/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    for (const path of [
      'app://peaksend/..%2f..%2f..%2fetc%2fpasswd',
      'app://peaksend/%2e%2e/%2e%2e/package.json',
      'app://peaksend/..%5c..%5cpackage.json',
      'app://peaksend/%00index.html',
      'app://evil/index.html',
    ]) {
      const r = await handler(new Request(path));
      expect(r.status, path).toBe(404);
    }
    expect(
      (await handler(new Request('app://peaksend/index.html', { method: 'POST' }))).status,
    ).toBe(405);
  });

  it('denies navigation, new windows, webviews and permission requests', () => {
    const wc = mainContents();
    let prevented = 0;
    const ev = { preventDefault: () => void prevented++ };
    wc.emit('will-navigate', ev, 'https://evil.example/');
    wc.emit('will-redirect', ev, 'file:///etc/passwd');
    wc.emit('will-attach-webview', ev, {}, {});
    expect(prevented).toBe(3);
    wc.emit('will-navigate', ev, 'app://peaksend/index.html#streams');
    expect(prevented).toBe(3);

    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'https://docs.commpeak.com/' })).toEqual({
      action: 'deny',
    });
    expect(record.opened).toEqual(['https://docs.commpeak.com/']);

    let granted: boolean | undefined;
    record.permissionRequestHandler?.(wc, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(record.permissionCheckHandler?.()).toBe(false);
  });

  it('starts the engine in a utilityProcess with the data folder', () => {
    expect(record.forks).toHaveLength(1);
    expect(record.forks[0]?.path).toMatch(/engine\.cjs$/);
  });

  it('registers every renderer contract channel and only the preload-internal one besides', () => {
    const registered = [...record.ipcHandlers.keys()].sort();
    expect(registered).toEqual([...Object.keys(methods), 'files:registerPath'].sort());
  });

  it('refuses IPC from an unexpected frame', async () => {
    const handler = record.ipcHandlers.get('streams:list');
    expect(handler).toBeDefined();
    if (!handler) return;
    const wc = mainContents();
    const foreignFrame = { url: 'https://evil.example/', detached: false };
    const cases = [
      { sender: wc, senderFrame: foreignFrame },
      { sender: wc, senderFrame: { url: 'app://peaksend/index.html', detached: false } }, // a subframe
      { sender: wc, senderFrame: { ...wc.mainFrame, detached: true } },
      { sender: { id: 999, mainFrame: wc.mainFrame }, senderFrame: wc.mainFrame },
      { sender: wc, senderFrame: null },
    ];
    for (const event of cases) {
      const r = (await handler(event, undefined)) as { ok: boolean; error?: { code: string } };
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    const r = (await handler({ sender: wc, senderFrame: wc.mainFrame }, undefined)) as {
      ok: boolean;
    };
    expect(r.ok).toBe(true);
  });
});
