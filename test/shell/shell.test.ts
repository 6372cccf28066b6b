import { beforeAll, describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract/contract';
import { createFakeElectron, type FakeWebContents } from './fake-electron';
import { loadShell, menuItems } from './load-shell';

/** The built Electron entry with a fake `electron` module: the security-relevant wiring. */
const fake = createFakeElectron();
const { record } = fake;

beforeAll(() => loadShell(fake));

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

  it('sets a menu with Edit roles, reload and developer tools in development, and allowed help links', () => {
    const items = menuItems(record.menu ?? []);
    const roles = items.map((i) => i.role).filter(Boolean);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']) {
      expect(roles, role).toContain(role);
    }
    // Not packaged here: the development items are there (the packaged test shows them gone).
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('reload');
    expect((record.windows[0]?.options.webPreferences as { devTools?: boolean }).devTools).toBe(
      true,
    );

    const help = record.menu?.find((m) => m.label === 'Help');
    const before = record.opened.length;
    for (const item of help?.submenu ?? []) item.click?.();
    expect(record.opened.slice(before)).toEqual([
      'https://streams.api-docs.commpeak.com/',
      'https://helpcenter.commpeak.com/',
    ]);
  });
});

describe('unsaved Settings edits and closing the window', () => {
  // The page cancels its unload while edits are unsaved; Electron would then refuse to close
  // without a word, so the shell asks, and "Leave" lets the close go on.
  const unload = (answer: number) => {
    record.syncAnswers.push(answer);
    let allowed = false;
    mainContents().emit('will-prevent-unload', { preventDefault: () => (allowed = true) });
    return { allowed, box: record.syncMessageBoxes.at(-1) };
  };

  it('asks natively and closes on "Leave"', () => {
    const { allowed, box } = unload(0);
    expect(allowed).toBe(true);
    expect(box?.parent).toBe(record.windows[0]?.instance);
    expect(box?.options).toMatchObject({
      message: 'Leave without saving your changes?',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
    });
  });

  it('stays open on "Stay"', () => {
    expect(unload(1).allowed).toBe(false);
  });
});

describe('tokens leave main only after the native dialog', () => {
  const TOKEN = 'tok_live_5b1e77c0d9aa41f8';
  type Answer = { ok: boolean; value?: unknown; error?: { code: string } };

  async function call(channel: string, input: unknown): Promise<Answer> {
    const handler = record.ipcHandlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const wc = mainContents();
    return (await handler({ sender: wc, senderFrame: wc.mainFrame }, input)) as Answer;
  }

  /** The message box shown after `seen` boxes (it may open before `call` even returns). */
  async function messageBox(seen: number) {
    for (let i = 0; i < 200 && record.messageBoxes.length === seen; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const box = record.messageBoxes[seen];
    if (!box) throw new Error('no message box was shown');
    return box;
  }

  it('asks in a message box on the main window naming the stream, and refuses on Cancel', async () => {
    const added = await call('streams:add', {
      name: 'Production marketing',
      type: 'marketing',
      defaultSender: '',
      allowedIps: [],
      baseUrl: 'https://textpeak-streams.commpeak.com',
      rateLimit: 50,
      token: TOKEN,
    });
    expect(added).toMatchObject({ ok: true });
    const id = (added.value as { id: string }).id;

    let settled = false;
    const seen = record.messageBoxes.length;
    const refused = call('streams:reveal', { id }).finally(() => (settled = true));
    const box = await messageBox(seen);
    expect(box.parent).toBe(record.windows[0]?.instance);
    expect(box.options).toMatchObject({
      type: 'question',
      message: "Show the token of 'Production marketing'?",
      buttons: ['Show token', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    // Nothing has left main while the question is open.
    await new Promise((r) => setTimeout(r, 50));
    expect(settled).toBe(false);
    box.press(1);
    const answer = await refused;
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_CONFIRMED' } });
    expect(JSON.stringify(answer)).not.toContain(TOKEN);

    const shown = call('streams:reveal', { id });
    (await messageBox(seen + 1)).press(0);
    expect(await shown).toEqual({ ok: true, value: { token: TOKEN } });
  });
});
