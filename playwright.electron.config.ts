import { defineConfig } from '@playwright/test';

// `npm run test:electron` (scripts/test-electron.mjs) runs these against the built app, one
// Electron at a time; it skips before getting here where there is no Electron binary.
export default defineConfig({
  testDir: 'test/electron',
  testMatch: '**/*.spec.ts',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  workers: 1,
  reporter: 'list',
  use: { trace: 'retain-on-failure' },
});
