import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // better-sqlite3 is a native module: keep the default forks pool (TOOLCHAIN.md).
    pool: 'forks',
    testTimeout: 30_000,
  },
});
