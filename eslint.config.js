// @ts-check
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importBoundaries } from './eslint-rules/import-boundaries.js';

/*
 * Boundaries (DESIGN.md §9, docs/ARCHITECTURE.md "Where code goes"). test/unit/lint/ lints a
 * violating snippet for every zone and selector below, so a rule removed here fails a test.
 */

const root = import.meta.dirname;

/** Every Node built-in, bare and `node:` (subpaths such as `fs/promises` are in the list). */
const nodeBuiltins = [...builtinModules, 'node:*'];

/** Zones for peaksend/folder-imports: which repo folders each folder may import. */
const folderZones = [
  {
    files: ['shared/'],
    allow: ['shared/'],
    message: 'shared/ runs in main, the engine and the renderer, so it depends on nothing else.',
  },
  {
    files: ['renderer/'],
    allow: ['renderer/', 'shared/'],
    message: 'The renderer reaches main only through window.peaksend (renderer/ and shared/ only).',
  },
  {
    files: ['preload/'],
    allow: ['preload/', 'shared/'],
    message: 'The bridges are built from shared/ only.',
  },
  {
    files: ['main/engine/', 'main/sandbox/'],
    allow: ['main/engine/', 'main/sandbox/', 'main/engine-contract/', 'shared/'],
    message:
      'The engine runs without main (utilityProcess, child process, in-process in the CLI): it imports the engine, the sandbox, the engine contract and shared/ only.',
  },
  {
    files: ['main/sandbox/'],
    allow: ['main/sandbox/', 'shared/'],
    message:
      "The sandbox stands in for CommPeak: it has its own wire shapes, so it must not import the client's (or anything of the engine's).",
  },
  {
    files: ['main/cli/'],
    allow: ['main/cli/', 'main/engine/', 'main/sandbox/', 'main/engine-contract/', 'shared/'],
    message: 'The CLI runs the engine in-process; it needs nothing from the app side of main.',
  },
  {
    files: ['main/shell/'],
    allow: ['main/', 'shared/'],
    message: 'main/shell/ composes main/; renderer/ and preload/ are separate bundles.',
  },
  {
    files: ['main/engine-contract/'],
    allow: ['main/engine-contract/', 'shared/'],
    message:
      'The engine contract sits between main and the engine, so it is built from shared/ only.',
  },
  {
    // Every other main-side folder: handlers, streams, vault, files, ports, preview, static, …
    files: ['main/'],
    ignores: [
      'main/shell/',
      'main/engine/',
      'main/sandbox/',
      'main/cli/',
      'main/engine-host/',
      'main/engine-contract/',
    ],
    allow: ['main/', 'shared/'],
    forbid: ['main/engine/', 'main/sandbox/', 'main/cli/', 'main/shell/'],
    except: ['main/engine-contract/'],
    message:
      'Main-side code reaches the engine only through the engine contract and EngineSupervisor, and never imports the shell (the composition root) or the CLI.',
  },
  {
    files: ['main/engine-host/'],
    allow: ['main/', 'shared/'],
    forbid: ['main/engine/', 'main/sandbox/', 'main/cli/', 'main/shell/'],
    except: ['main/engine-contract/', 'main/engine/entry-node.ts'],
    message:
      "The engine host starts the engine and speaks its protocol; it does not reach into the engine's internals.",
  },
];

/** Zones for peaksend/package-imports: which packages and built-ins each folder may import. */
const packageZones = [
  {
    ignores: ['main/shell/', 'preload/index.ts'],
    forbid: ['electron'],
    message:
      'Only the Electron shell (main/shell/) and preload/index.ts import electron (any subpath).',
  },
  {
    ignores: ['main/shell/electron-settings-file.ts'],
    forbid: ['electron-store'],
    message:
      'electron-store holds config.json in main/shell/electron-settings-file.ts only, behind the guard in main/ports/settings-file.ts.',
  },
  {
    files: ['main/', 'shared/', 'renderer/', 'preload/'],
    ignores: ['main/preview/conf-settings-file.ts'],
    forbid: ['conf'],
    message:
      "conf holds the preview's config.json in main/preview/conf-settings-file.ts only, behind the guard in main/ports/settings-file.ts.",
  },
  {
    files: ['shared/', 'renderer/', 'preload/preview-bridge.ts'],
    forbid: nodeBuiltins,
    message: 'This code runs in a browser page: no Node built-ins (the renderer asks main).',
  },
  {
    files: ['shared/'],
    forbid: ['react', 'react-dom', 'zustand', '@tanstack/*'],
    message: 'shared/ holds no UI: React and stores belong in renderer/.',
  },
  {
    files: ['shared/'],
    forbid: ['papaparse'],
    message:
      "papaparse's types bring Node into the web typecheck: read CSV in main/engine/import/.",
  },
  {
    files: ['renderer/', 'preload/preview-bridge.ts'],
    allow: ['react', 'react-dom', 'zustand', '@tanstack/*', 'zod', 'libphonenumber-js/metadata*'],
    message:
      'The renderer uses react, react-dom, zustand, @tanstack/*, zod and libphonenumber-js metadata; add a library here and to docs/ARCHITECTURE.md on purpose.',
  },
];

/** Names of Node's globals: undefined in a browser page. */
const nodeGlobals = [
  'process',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
  'require',
  'module',
  'exports',
  'setImmediate',
  'clearImmediate',
];
/** @param {string[]} names @param {string} message */
const restrictedGlobals = (names, message) => names.map((name) => ({ name, message }));
const browserCodeGlobals = restrictedGlobals(
  nodeGlobals,
  'This code runs in a browser page, where Node globals do not exist; take the value as a parameter.',
);
const domGlobals = restrictedGlobals(
  ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage'],
  'shared/ also runs in main and the engine, which have no DOM.',
);
const viaGlobalThis = ['globalThis', 'window', 'self'].flatMap((object) =>
  ['process', 'Buffer', 'require', 'global'].map((property) => ({
    object,
    property,
    message: 'This code runs in a browser page, where Node globals do not exist.',
  })),
);

/** Named exports only (one name per thing, greppable, refactor-safe). */
const namedExportsOnly = [
  { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
  {
    selector: "ExportSpecifier[exported.name='default'], ExportSpecifier[exported.value='default']",
    message: 'Use named exports (no `export { x as default }`).',
  },
  {
    selector: "ExportAllDeclaration[exported.name='default']",
    message: 'Use named exports (no `export * as default`).',
  },
  { selector: 'TSExportAssignment', message: 'Use named ES exports (no `export =`).' },
  {
    selector:
      "AssignmentExpression > MemberExpression.left[object.name='module'][property.name='exports'], AssignmentExpression > MemberExpression.left[object.name='exports']",
    message: 'Use named ES exports, not CommonJS `module.exports` / `exports.x`.',
  },
];
const rawIpcOutsideWrapper = {
  selector: "Identifier[name='ipcMain'], Identifier[name='ipcRenderer']",
  message: 'Use the typed wrappers: main/shell/ipc-main.ts and preload/index.ts.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.scratch/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { peaksend: importBoundaries },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...namedExportsOnly],
      eqeqeq: ['error', 'smart'],
      'peaksend/folder-imports': ['error', { root, zones: folderZones }],
      'peaksend/package-imports': ['error', { root, zones: packageZones }],
    },
  },
  {
    files: ['main/shell/**'],
    ignores: ['main/shell/ipc-main.ts'],
    rules: { 'no-restricted-syntax': ['error', ...namedExportsOnly, rawIpcOutsideWrapper] },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...browserCodeGlobals, ...domGlobals],
      'no-restricted-properties': ['error', ...viaGlobalThis],
    },
  },
  {
    files: ['renderer/**', 'preload/preview-bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-globals': ['error', ...browserCodeGlobals],
      'no-restricted-properties': ['error', ...viaGlobalThis],
    },
  },
  {
    // Tool configs are loaded by their tools, which expect default exports.
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
