import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

/** The compiled worker script of `herald scan --jobs N`. */
export const SCAN_WORKER = path.join(__dirname, 'scan-worker.js');

/** Whether the compiled worker is there (it is not when running from TypeScript sources). */
export function parallelAvailable(): boolean {
  return existsSync(SCAN_WORKER);
}

/** Regular files above this size are scanned with worker threads by `--jobs auto`. */
export const AUTO_JOBS_MIN_BYTES = 16 << 20;

/**
 * The number of worker threads for a file: `--jobs N`, or for `auto` min(CPUs, 4) on a regular
 * file above AUTO_JOBS_MIN_BYTES when there are 2 CPUs or more, else 1. Kept apart from
 * scan-parallel.ts so that a single-threaded scan does not load worker_threads.
 */
export function jobsFor(jobs: number | 'auto', size: number, regular: boolean, cpus: number = availableParallelism()): number {
  if (!regular || !parallelAvailable()) return 1;
  if (jobs !== 'auto') return jobs;
  return size > AUTO_JOBS_MIN_BYTES && cpus >= 2 ? Math.min(cpus, 4) : 1;
}
