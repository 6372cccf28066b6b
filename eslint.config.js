// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
];

/** Process boundaries (DESIGN.md §9): what each folder may import. */
const noElectron = {
  name: 'electron',
  message: 'Only the Electron shell (main/shell/) and preload/index.ts may import electron.',
};
const noRawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
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
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['main/shell/**', 'preload/index.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    files: ['main/shell/**'],
    ignores: ['main/shell/ipc-main.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noRawIpc] }] },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, { name: 'react-dom', message: 'shared/ has no DOM.' }],
          patterns: [
            { group: nodeBuiltins, message: 'shared/ runs everywhere: no Node built-ins.' },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'shared/ depends on nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
  },
  {
    files: ['renderer/**', 'preload/preview-bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            {
              group: nodeBuiltins,
              message: 'The renderer has no Node: ask main through window.peaksend.',
            },
            {
              group: ['**/main/**'],
              message: 'The renderer talks to main only through window.peaksend.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tool configs are loaded by their tools, which expect default exports.
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
