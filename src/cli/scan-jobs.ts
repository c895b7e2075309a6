import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';

/** The compiled worker script of `herald scan --jobs N`. */
export const SCAN_WORKER = path.join(__dirname, 'scan-worker.js');

/** Whether the compiled worker is there (it is not when running from TypeScript sources). */
export function parallelAvailable(): boolean {
  return existsSync(SCAN_WORKER);
}

/** Regular files above this size are scanned with threads by `--jobs auto` (when CPUs are idle). */
export const AUTO_JOBS_MIN_BYTES = 16 << 20;

/** What `jobsFor` reads of the machine (parameters for tests). */
export interface Machine {
  cpus: number;
  /** One-minute load average (0 where the system does not tell, as on Windows). */
  load: number;
}

/**
 * The number of threads for a file: `--jobs N`; for `auto`, on a regular file above
 * AUTO_JOBS_MIN_BYTES, one thread plus one for each whole CPU the load average leaves idle (on
 * 2 CPUs: 2 threads up to load 1), at most 4 and no more than the CPUs; else 1. A thread only pays with a CPU of its own:
 * each costs start-up CPU (~0.1-0.2 s here), and on a shared 2-CPU machine at load 7-10 two
 * threads were 20-50 % slower than one. Kept apart from scan-parallel.ts so that a
 * single-threaded scan does not load worker_threads.
 */
export function jobsFor(jobs: number | 'auto', size: number, regular: boolean, m: Machine = { cpus: availableParallelism(), load: loadavg()[0] ?? 0 }): number {
  if (!regular || !parallelAvailable()) return 1;
  return jobs === 'auto' ? autoJobs(size, m) : jobs;
}

/** `--jobs auto` for a regular file of `size` bytes on machine `m` (see jobsFor). */
export function autoJobs(size: number, m: Machine): number {
  if (size <= AUTO_JOBS_MIN_BYTES) return 1;
  return Math.max(1, Math.min(4, m.cpus, Math.floor(m.cpus - m.load) + 1));
}
