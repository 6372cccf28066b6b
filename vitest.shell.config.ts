import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/shell/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
