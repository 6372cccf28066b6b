import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { methods } from '../../shared/contract/contract';
import { createFakeElectron } from './fake-electron';

// The built entry, started on a data folder whose config.json is random bytes.
const bundle = join(process.cwd(), 'dist', 'electron', 'main.cjs');
let dataDir = '';
const { electron, record } = createFakeElectron({
  prepare: (dir) => {
    dataDir = dir;
    writeFileSync(join(dir, 'config.json'), Buffer.from([0x00, 0x9f, 0x7b, 0x22, 0xff, 0x0a]));
  },
});

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
  await new Promise((r) => setTimeout(r, 50));
});

describe('the Electron shell on a damaged config.json', () => {
  it('still creates its window and registers every IPC channel', () => {
    expect(record.windows).toHaveLength(1);
    for (const channel of Object.keys(methods)) {
      expect(record.ipcHandlers.has(channel), channel).toBe(true);
    }
  });

  it('kept the damaged file beside the new one', () => {
    expect(readdirSync(dataDir).some((f) => f.startsWith('config.json.corrupt-'))).toBe(true);
  });

  it('saves through the bundled electron-store: 0600, the copy before each save kept', async () => {
    const wc = record.windows[0]?.webContents;
    const handler = record.ipcHandlers.get('streams:add');
    if (!wc || !handler) throw new Error('the shell did not start');
    const add = (name: string) =>
      handler(
        { sender: wc, senderFrame: wc.mainFrame },
        {
          name,
          type: 'marketing',
          defaultSender: '',
          allowedIps: [],
          baseUrl: 'https://textpeak-streams.commpeak.com',
          rateLimit: 50,
          token: 'tok_shell_0001',
        },
      ) as Promise<{ ok: boolean }>;
    expect(await add('First')).toMatchObject({ ok: true });
    expect(await add('Second')).toMatchObject({ ok: true });
    const names = (file: string) =>
      (
        JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { streams: { name: string }[] }
      ).streams.map((s) => s.name);
    expect(names('config.json')).toEqual(['First', 'Second']);
    expect(names('config.json.last-good')).toEqual(['First']);
    if (process.platform !== 'win32') {
      expect(statSync(join(dataDir, 'config.json')).mode & 0o777).toBe(0o600);
    }
  });
});
