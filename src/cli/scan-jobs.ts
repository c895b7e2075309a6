import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';

/** The compiled worker script of `herald scan --jobs N`. */
export const SCAN_WORKER = path.join(__dirname, 'scan-worker-entry.js');

/** Whether the compiled worker is there (it is not when running from TypeScript sources). */
export function parallelAvailable(): boolean {
  return existsSync(SCAN_WORKER);
}

/** Regular files above this size are scanned with threads by `--jobs auto` (when 4+ CPUs, some idle). */
export const AUTO_JOBS_MIN_BYTES = 16 << 20;

/** `--jobs auto` uses threads only on machines with this many CPUs or more (see jobsFor). */
export const AUTO_JOBS_MIN_CPUS = 4;

/** What `jobsFor` reads of the machine (parameters for tests). */
export interface Machine {
  cpus: number;
  /** One-minute load average (0 where the system does not tell, as on Windows). */
  load: number;
}

/**
 * The number of threads for a file: `--jobs N`; for `auto`, on a regular file above
 * AUTO_JOBS_MIN_BYTES on a machine with AUTO_JOBS_MIN_CPUS or more, one thread plus one for each
 * whole CPU the load average leaves idle, at most 4; else 1. A thread only pays with a CPU of its
 * own and enough work to cover its start-up (Node's thread bootstrap, the scanner's modules and
 * tables, a fresh JIT): on an idle 2-CPU machine a second thread cost ~0.3 s of CPU and made a
 * 50 MB scan slower (0.63-0.66 s against 0.59-0.61 s wall), so 2 CPUs scan with one thread.
 * Kept apart from scan-parallel.ts so that a single-threaded scan does not load worker_threads.
 */
export function jobsFor(jobs: number | 'auto', size: number, regular: boolean, m: Machine = { cpus: availableParallelism(), load: loadavg()[0] ?? 0 }): number {
  if (!regular || !parallelAvailable()) return 1;
  return jobs === 'auto' ? autoJobs(size, m) : jobs;
}

/** `--jobs auto` for a regular file of `size` bytes on machine `m` (see jobsFor). */
export function autoJobs(size: number, m: Machine): number {
  if (size <= AUTO_JOBS_MIN_BYTES || m.cpus < AUTO_JOBS_MIN_CPUS) return 1;
  return Math.max(1, Math.min(4, m.cpus, Math.floor(m.cpus - m.load) + 1));
}
