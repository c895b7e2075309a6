import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Kills a test process whose event loop stops for minutes (a synchronous loop vitest's timeout cannot stop).
    setupFiles: ['test/setup/blocked-loop-watchdog.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // As `herald serve` runs (src/cli/regexp-tiering.ts): every regexp compiled at its first use. Without it V8 may leave a
    // detector's regexp in its interpreter after thousands of scans in one process, and the cost tests measure V8, not the scanner.
    execArgv: ['--no-regexp-tier-up'],
    fileParallelism: true,
    maxWorkers: 2,
  },
});
