import { existsSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import type { createFakeElectron, FakeMenuItem } from './fake-electron';

type ModuleWithLoad = typeof Module & {
  _load: (request: string, parent: unknown, isMain: boolean) => unknown;
};

/**
 * Loads the BUILT Electron entry (dist/electron/main.cjs, as packaged) with a fake `electron`
 * module and lets `app.whenReady().then(...)` run. Each test file runs in its own process.
 */
export async function loadShell(fake: ReturnType<typeof createFakeElectron>): Promise<void> {
  const bundle = join(process.cwd(), 'dist', 'electron', 'main.cjs');
  if (!existsSync(bundle))
    throw new Error('Run `npm run build` first: dist/electron/main.cjs is missing');
  const mod = Module as ModuleWithLoad;
  const original = mod._load;
  mod._load = (request, parent, isMain) =>
    request === 'electron' ? fake.electron : original(request, parent, isMain);
  createRequire(import.meta.url)(bundle);
  await new Promise((r) => setTimeout(r, 50));
}

/** Every item of a menu template, submenus included. */
export function menuItems(template: readonly FakeMenuItem[]): FakeMenuItem[] {
  return template.flatMap((item) => [item, ...menuItems(item.submenu ?? [])]);
}
