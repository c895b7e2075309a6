import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Kills a test process whose event loop stops for minutes (a synchronous loop vitest's timeout cannot stop).
    setupFiles: ['test/setup/blocked-loop-watchdog.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
