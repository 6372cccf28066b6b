import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/*
 * Lints small snippets under virtual paths with the project's own eslint.config.js, so a boundary
 * rule that is deleted, loosened or shadowed by a later config block fails here instead of
 * silently letting the code it forbids back in. Each violation names the rule and a fragment of
 * the zone's message: several zones can refuse the same import, and the case must fail when the
 * zone it is about is gone even if another one still reports something.
 */

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface Violation {
  /** Repo path of the (virtual) file. */
  file: string;
  code: string;
  rule: string;
  /** A fragment of the message, identifying which zone or selector must fire. */
  says: string;
}

const FOLDERS = 'peaksend/folder-imports';
const PACKAGES = 'peaksend/package-imports';
const SYNTAX = 'no-restricted-syntax';
const GLOBALS = 'no-restricted-globals';
const PROPERTIES = 'no-restricted-properties';

// Message fragments, one per zone or selector in eslint.config.js.
const ELECTRON = 'Only the Electron shell';
const BUILTINS = 'no Node built-ins';
const SHARED_NO_UI = 'shared/ holds no UI';
const SHARED_NO_PAPAPARSE = "papaparse's types";
const RENDERER_PACKAGES = 'The renderer uses react';
const SHARED_FOLDERS = 'shared/ runs in main, the engine and the renderer';
const RENDERER_FOLDERS = 'reaches main only through window.peaksend';
const PRELOAD_FOLDERS = 'bridges are built from shared/';
const ENGINE_FOLDERS = 'The engine runs without main';
const CLI_FOLDERS = 'The CLI runs the engine in-process';
const SHELL_FOLDERS = 'main/shell/ composes main/';
const MAIN_SIDE_FOLDERS = 'Main-side code reaches the engine only through the engine contract';
const ENGINE_HOST_FOLDERS = 'The engine host starts the engine';
const CONTRACT_FOLDERS = 'The engine contract sits between main and the engine';
const SANDBOX_FOLDERS = 'The sandbox stands in for CommPeak';
const ELECTRON_STORE = 'electron-store holds config.json';
const CONF = "conf holds the preview's config.json";
const NODE_GLOBAL = 'Node globals do not exist';
const NO_DOM = 'which have no DOM';

const electron = (file: string, code: string): Violation => ({
  file,
  code,
  rule: PACKAGES,
  says: ELECTRON,
});

const builtinCases = [
  'events',
  'buffer',
  'zlib',
  'worker_threads',
  'fs',
  'fs/promises',
  'node:path',
  'node:events',
  'node:sqlite',
  'child_process',
  'crypto',
].flatMap((name): Violation[] =>
  ['shared/sms/x.ts', 'renderer/features/x.tsx', 'preload/preview-bridge.ts'].map((file) => ({
    file,
    code: `import * as m from '${name}';\nexport { m };\n`,
    rule: PACKAGES,
    says: BUILTINS,
  })),
);

const engineImports = [
  '../shell/index',
  '../handlers/create-main-handlers',
  '../preview/preview-host',
  '../streams/stream-service',
  '../vault/token-vault',
  '../files/file-registry',
  '../engine-host/engine-supervisor',
  '../cli/index',
  '../ports/clipboard',
  '../../renderer/app/app',
].flatMap((target): Violation[] =>
  ['main/engine/x.ts', 'main/sandbox/x.ts'].map((file) => ({
    file,
    code: `import { thing } from '${target}';\nexport { thing };\n`,
    rule: FOLDERS,
    says: ENGINE_FOLDERS,
  })),
);

const violations: Violation[] = [
  // Electron outside main/shell/ and preload/index.ts, in every form.
  electron('main/handlers/x.ts', "import { app } from 'electron';\nexport { app };\n"),
  electron('main/engine/x.ts', "import { app } from 'electron/main';\nexport { app };\n"),
  electron(
    'renderer/x.tsx',
    "import { ipcRenderer } from 'electron/renderer';\nexport { ipcRenderer };\n",
  ),
  electron('shared/x.ts', "import { clipboard } from 'electron/common';\nexport { clipboard };\n"),
  electron('preload/preview-bridge.ts', "export { contextBridge } from 'electron';\n"),
  electron(
    'main/streams/x.ts',
    "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;\n",
  ),
  electron('main/handlers/x.ts', "export const load = () => import('electron');\n"),
  electron('main/handlers/x.ts', 'export const load = () => import(`electron/main`);\n'),
  electron('main/preview/x.ts', "export const e = require('electron');\n"),
  electron('main/vault/x.ts', "import e = require('electron');\nexport const app = e.app;\n"),
  electron('main/files/x.ts', "export type W = import('electron').BrowserWindow;\n"),
  electron('test/unit/x.test.ts', "import { app } from 'electron';\nexport { app };\n"),

  // The settings libraries outside their one adapter each (the guard must sit in front).
  {
    file: 'main/shell/index.ts',
    code: "import Store from 'electron-store';\nexport { Store };\n",
    rule: PACKAGES,
    says: ELECTRON_STORE,
  },
  {
    file: 'main/handlers/x.ts',
    code: "export const load = () => import('electron-store');\n",
    rule: PACKAGES,
    says: ELECTRON_STORE,
  },
  {
    file: 'main/preview/preview-ports.ts',
    code: "import Conf from 'conf';\nexport { Conf };\n",
    rule: PACKAGES,
    says: CONF,
  },
  {
    file: 'main/ports/x.ts',
    code: "import type Conf from 'conf';\nexport type C = Conf;\n",
    rule: PACKAGES,
    says: CONF,
  },

  // Node built-ins where code runs in a browser page (static and dynamic).
  ...builtinCases,
  {
    file: 'renderer/x.ts',
    code: "export const load = () => import('node:fs');\n",
    rule: PACKAGES,
    says: BUILTINS,
  },

  // Packages: shared/ holds no UI and no papaparse; the renderer's list is closed.
  {
    file: 'shared/x.ts',
    code: "import { useState } from 'react';\nexport { useState };\n",
    rule: PACKAGES,
    says: SHARED_NO_UI,
  },
  {
    file: 'shared/x.ts',
    code: "import { create } from 'zustand';\nexport { create };\n",
    rule: PACKAGES,
    says: SHARED_NO_UI,
  },
  {
    file: 'shared/pricing/x.ts',
    code: "import Papa from 'papaparse';\nexport const parse = Papa.parse;\n",
    rule: PACKAGES,
    says: SHARED_NO_PAPAPARSE,
  },
  {
    file: 'renderer/x.tsx',
    code: "import Papa from 'papaparse';\nexport const parse = Papa.parse;\n",
    rule: PACKAGES,
    says: RENDERER_PACKAGES,
  },
  {
    file: 'renderer/x.tsx',
    code: "import { parsePhoneNumber } from 'libphonenumber-js';\nexport { parsePhoneNumber };\n",
    rule: PACKAGES,
    says: RENDERER_PACKAGES,
  },

  // Node globals in shared/ and the renderer; the DOM in shared/.
  {
    file: 'shared/x.ts',
    code: 'export const level = process.env.PEAKSEND_LOG;\n',
    rule: GLOBALS,
    says: NODE_GLOBAL,
  },
  {
    file: 'shared/x.ts',
    code: "export const bytes = Buffer.from('x');\n",
    rule: GLOBALS,
    says: NODE_GLOBAL,
  },
  {
    file: 'shared/x.ts',
    code: 'export const later = (f: () => void) => setImmediate(f);\n',
    rule: GLOBALS,
    says: NODE_GLOBAL,
  },
  {
    file: 'shared/x.ts',
    code: 'export const here = __dirname;\n',
    rule: GLOBALS,
    says: NODE_GLOBAL,
  },
  {
    file: 'renderer/x.tsx',
    code: 'export const platform = process.platform;\n',
    rule: GLOBALS,
    says: NODE_GLOBAL,
  },
  {
    file: 'renderer/x.tsx',
    code: "export const bytes = Buffer.from('x');\n",
    rule: GLOBALS,
    says: NODE_GLOBAL,
  },
  {
    file: 'preload/preview-bridge.ts',
    code: 'export const g = global;\n',
    rule: GLOBALS,
    says: NODE_GLOBAL,
  },
  {
    file: 'renderer/x.tsx',
    code: 'export const env = globalThis.process.env;\n',
    rule: PROPERTIES,
    says: NODE_GLOBAL,
  },
  {
    file: 'shared/x.ts',
    code: 'export const env = globalThis.process.env;\n',
    rule: PROPERTIES,
    says: NODE_GLOBAL,
  },
  {
    file: 'shared/x.ts',
    code: 'export const w = window.innerWidth;\n',
    rule: GLOBALS,
    says: NO_DOM,
  },
  { file: 'shared/x.ts', code: 'export const t = document.title;\n', rule: GLOBALS, says: NO_DOM },

  // Folders: every row of "Where code goes".
  ...engineImports,
  {
    file: 'main/engine/sending/x.ts',
    code: "import { thing } from '../../handlers/settings-handlers';\nexport { thing };\n",
    rule: FOLDERS,
    says: ENGINE_FOLDERS,
  },
  ...['handlers', 'streams', 'vault', 'files', 'preview', 'ports', 'static'].map(
    (folder): Violation => ({
      file: `main/${folder}/x.ts`,
      code: "import { thing } from '../engine/sending/send-coordinator';\nexport { thing };\n",
      rule: FOLDERS,
      says: MAIN_SIDE_FOLDERS,
    }),
  ),
  {
    file: 'main/handlers/x.ts',
    code: "import type { EngineSettingsView } from '../engine/handlers/settings-engine-handlers';\nexport type V = EngineSettingsView;\n",
    rule: FOLDERS,
    says: MAIN_SIDE_FOLDERS,
  },
  {
    file: 'main/handlers/x.ts',
    code: "import { startSandbox } from '../sandbox/start-sandbox';\nexport { startSandbox };\n",
    rule: FOLDERS,
    says: MAIN_SIDE_FOLDERS,
  },
  {
    file: 'main/handlers/x.ts',
    code: "import { thing } from '../shell/index';\nexport { thing };\n",
    rule: FOLDERS,
    says: MAIN_SIDE_FOLDERS,
  },
  {
    file: 'main/preview/x.ts',
    code: "import { thing } from '../../renderer/app/app';\nexport { thing };\n",
    rule: FOLDERS,
    says: MAIN_SIDE_FOLDERS,
  },
  {
    file: 'main/engine-host/x.ts',
    code: "import { thing } from '../engine/sending/send-coordinator';\nexport { thing };\n",
    rule: FOLDERS,
    says: ENGINE_HOST_FOLDERS,
  },
  ...['../engine/commpeak/commpeak-types', '../engine/sending/embedded-sandbox'].map(
    (target): Violation => ({
      file: 'main/sandbox/x.ts',
      code: `import { thing } from '${target}';\nexport { thing };\n`,
      rule: FOLDERS,
      says: SANDBOX_FOLDERS,
    }),
  ),
  ...['../engine/sending/send-coordinator', '../handlers/create-main-handlers'].map(
    (target): Violation => ({
      file: 'main/engine-contract/x.ts',
      code: `import { thing } from '${target}';\nexport { thing };\n`,
      rule: FOLDERS,
      says: CONTRACT_FOLDERS,
    }),
  ),
  {
    file: 'main/cli/x.ts',
    code: "import { thing } from '../handlers/create-main-handlers';\nexport { thing };\n",
    rule: FOLDERS,
    says: CLI_FOLDERS,
  },
  {
    file: 'main/cli/x.ts',
    code: "import { thing } from '../shell/index';\nexport { thing };\n",
    rule: FOLDERS,
    says: CLI_FOLDERS,
  },
  {
    file: 'main/shell/x.ts',
    code: "import { thing } from '../../renderer/app/app';\nexport { thing };\n",
    rule: FOLDERS,
    says: SHELL_FOLDERS,
  },
  {
    file: 'renderer/features/x.tsx',
    code: "import { thing } from '../../main/handlers/create-main-handlers';\nexport { thing };\n",
    rule: FOLDERS,
    says: RENDERER_FOLDERS,
  },
  {
    file: 'renderer/x.tsx',
    code: "import type { EngineHealth } from '../main/engine-contract/engine-health-contract';\nexport type H = EngineHealth;\n",
    rule: FOLDERS,
    says: RENDERER_FOLDERS,
  },
  {
    file: 'renderer/x.tsx',
    code: "export const load = () => import('../preload/index');\n",
    rule: FOLDERS,
    says: RENDERER_FOLDERS,
  },
  {
    file: 'shared/x.ts',
    code: "import { thing } from '../renderer/app/app';\nexport { thing };\n",
    rule: FOLDERS,
    says: SHARED_FOLDERS,
  },
  {
    file: 'shared/contract/x.ts',
    code: "export { thing } from '../../main/engine/engine';\n",
    rule: FOLDERS,
    says: SHARED_FOLDERS,
  },
  {
    file: 'shared/x.ts',
    code: "export * from '../preload/preview-bridge';\n",
    rule: FOLDERS,
    says: SHARED_FOLDERS,
  },
  {
    file: 'preload/index.ts',
    code: "import { thing } from '../main/shell/ipc-main';\nexport { thing };\n",
    rule: FOLDERS,
    says: PRELOAD_FOLDERS,
  },
  {
    file: 'preload/preview-bridge.ts',
    code: "import { thing } from '../renderer/app/app';\nexport { thing };\n",
    rule: FOLDERS,
    says: PRELOAD_FOLDERS,
  },

  // Raw IPC in the shell outside the typed wrapper.
  {
    file: 'main/shell/window.ts',
    code: "import { ipcMain } from 'electron';\nexport const on = ipcMain.on;\n",
    rule: SYNTAX,
    says: 'typed wrappers',
  },
  {
    file: 'main/shell/window.ts',
    code: "const electron = require('electron');\nexport const handle = electron.ipcMain.handle;\n",
    rule: SYNTAX,
    says: 'typed wrappers',
  },

  // Named exports only.
  {
    file: 'shared/x.ts',
    code: 'export default function f(): number {\n  return 1;\n}\n',
    rule: SYNTAX,
    says: 'Use named exports',
  },
  {
    file: 'main/engine/x.ts',
    code: 'const x = 1;\nexport { x as default };\n',
    rule: SYNTAX,
    says: 'export { x as default }',
  },
  {
    file: 'renderer/x.tsx',
    code: "export { default } from './y';\n",
    rule: SYNTAX,
    says: 'export { x as default }',
  },
  {
    file: 'main/handlers/x.ts',
    code: "export * as default from './y';\n",
    rule: SYNTAX,
    says: 'export * as default',
  },
  {
    file: 'main/handlers/x.ts',
    code: 'const x = 1;\nexport = x;\n',
    rule: SYNTAX,
    says: 'export =',
  },
  {
    file: 'main/handlers/x.ts',
    code: 'module.exports = { x: 1 };\n',
    rule: SYNTAX,
    says: 'CommonJS',
  },
  {
    file: 'scripts/x.mjs',
    code: 'exports.x = 1;\n',
    rule: SYNTAX,
    says: 'CommonJS',
  },
];

/** Snippets that must produce no message at all. */
const allowed: { file: string; code: string }[] = [
  { file: 'main/shell/x.ts', code: "import { app } from 'electron';\nexport { app };\n" },
  {
    file: 'main/shell/x.ts',
    code: "import { BrowserWindow } from 'electron/main';\nimport { thing } from '../engine/engine';\nimport { other } from '../handlers/create-main-handlers';\nexport { BrowserWindow, thing, other };\n",
  },
  {
    file: 'main/shell/ipc-main.ts',
    code: "import { ipcMain } from 'electron';\nexport const handle = ipcMain.handle;\n",
  },
  {
    file: 'preload/index.ts',
    code: "import { contextBridge, ipcRenderer } from 'electron';\nimport { buildApi } from '../shared/contract/build-api';\nexport { contextBridge, ipcRenderer, buildApi };\n",
  },
  {
    file: 'main/cli/x.ts',
    code: "import { createEngine } from '../engine/engine';\nimport { startSandbox } from '../sandbox/start-sandbox';\nimport { thing } from '../engine/sending/send-coordinator';\nimport { readFile } from 'node:fs/promises';\nexport { createEngine, startSandbox, thing, readFile };\n",
  },
  {
    file: 'main/handlers/x.ts',
    code: "import type { EngineMethods } from '../engine-contract/engine-contract';\nimport type { Methods } from '../engine-contract/campaigns';\nimport { readFile } from 'node:fs/promises';\nimport { thing } from '../streams/stream-service';\nimport { z } from 'zod';\nexport type M = EngineMethods | Methods;\nexport { readFile, thing, z };\n",
  },
  {
    file: 'main/engine-host/x.ts',
    code: "import type { FromEngine } from '../engine-contract/engine-protocol';\nimport { spawn } from 'node:child_process';\nexport type F = FromEngine;\nexport { spawn };\n",
  },
  {
    file: 'main/engine-contract/x.ts',
    code: "import { z } from 'zod';\nimport { method } from '../../shared/contract/define';\nimport type { Other } from './other';\nexport const m = method(z.undefined());\nexport type O = Other;\n",
  },
  {
    // main/engine/handlers/ is the engine's own folder, not main/handlers/.
    file: 'main/engine/x.ts',
    code: "import { a } from './handlers/settings-engine-handlers';\nimport { b } from '../sandbox/start-sandbox';\nimport { c } from '../engine-contract/campaigns';\nimport { d } from '../../shared/contract/result';\nimport { DatabaseSync } from 'node:sqlite';\nexport { a, b, c, d, DatabaseSync };\n",
  },
  {
    file: 'main/sandbox/x.ts',
    code: "import { a } from './wire-shapes';\nimport { b } from '../../shared/sms/segment-count';\nimport { createServer } from 'node:http';\nexport { a, b, createServer };\n",
  },
  {
    file: 'renderer/features/x.tsx',
    code: "import { useState } from 'react';\nimport { createRoot } from 'react-dom/client';\nimport { create } from 'zustand';\nimport { useVirtualizer } from '@tanstack/react-virtual';\nimport { z } from 'zod';\nimport metadata from 'libphonenumber-js/metadata.min.json';\nimport { ok } from '../../shared/contract/result';\nimport { other } from '../app/app';\nexport { useState, createRoot, create, useVirtualizer, z, metadata, ok, other };\nexport const w = window.innerWidth;\n",
  },
  {
    file: 'shared/x.ts',
    code: "import { z } from 'zod';\nimport metadata from 'libphonenumber-js/metadata.min.json';\nimport { ok } from './contract/result';\nexport { z, metadata, ok };\nexport const later = (f: () => void) => setTimeout(f, 0);\n",
  },
  {
    file: 'preload/preview-bridge.ts',
    code: "import { buildApi } from '../shared/contract/build-api';\nexport { buildApi };\nexport const input = document.createElement('input');\n",
  },
  {
    file: 'test/unit/x.test.ts',
    code: "import { thing } from '../../main/engine/sending/send-coordinator';\nimport { other } from '../../main/shell/index';\nexport const env = process.env.HOME;\nexport { thing, other };\n",
  },
  {
    file: 'main/shell/electron-settings-file.ts',
    code: "import Store from 'electron-store';\nexport { Store };\n",
  },
  {
    file: 'main/preview/conf-settings-file.ts',
    code: "import Conf from 'conf';\nexport { Conf };\n",
  },
  {
    // Tests drive conf directly (a constructor that really throws, a racing writer).
    file: 'test/unit/x.test.ts',
    code: "import Conf from 'conf';\nexport { Conf };\n",
  },
  {
    // Identifiers that merely contain the raw IPC names are fine.
    file: 'main/shell/x.ts',
    code: "import type { IpcMainInvokeEvent } from 'electron';\nexport type E = IpcMainInvokeEvent;\n",
  },
];

const describeMessages = (messages: Linter.LintMessage[]): string =>
  messages.map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`).join('\n') || '(no messages)';

describe('ESLint boundary rules (eslint.config.js)', () => {
  let eslint: ESLint;
  const lint = async (file: string, code: string): Promise<Linter.LintMessage[]> => {
    const [result] = await eslint.lintText(code, { filePath: `${repoRoot}${file}` });
    return result?.messages ?? [];
  };

  beforeAll(() => {
    eslint = new ESLint({ cwd: repoRoot });
  });

  const title = (file: string, code: string): string => `${file}: ${code.split('\n')[0]}`;

  it.each(violations.map((v) => ({ ...v, title: title(v.file, v.code) })))(
    'reports $title',
    async ({ file, code, rule, says }) => {
      const messages = await lint(file, code);
      const hit = messages.some((m) => m.ruleId === rule && m.message.includes(says));
      expect(hit, `expected ${rule} saying "${says}", got:\n${describeMessages(messages)}`).toBe(
        true,
      );
    },
  );

  it.each(allowed.map((a) => ({ ...a, title: title(a.file, a.code) })))(
    'allows $title',
    async ({ file, code }) => {
      const messages = await lint(file, code);
      expect(messages, describeMessages(messages)).toEqual([]);
    },
  );
});
