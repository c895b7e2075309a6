import { Worker } from 'node:worker_threads';
import type { LocatedFinding } from './scan-stream';
import { SCAN_WORKER } from './scan-jobs';
import { planJobs, threadsFor } from './scan-plan';
import type { Scanner } from '../scan/create-scanner';
import { takeJobs, type ScanJobResult, type ScanPlan } from './scan-job';

/** Options of `scanFileParallel`. */
export interface ParallelOptions {
  jobs: number;
  privateIps: 'report' | 'ignore';
  /** Bytes per job (default: guided, see planJobs). */
  piece?: number;
  /**
   * Bytes of context before and after each piece (default 80 KiB: at most 4 bytes a character,
   * that is 20 Ki characters, more than the longest multi-line value a detector spans, 16 Ki
   * characters from its keyword, and the keyword).
   */
  overlap?: number;
  /** Bytes scanned so far. */
  progress?: (bytes: number) => void;
  /** The compiled worker script (default: scan-worker.js beside this file). */
  worker?: string;
  /** The main thread's own scanner, built on call: the main thread then scans too, with one worker fewer. */
  scanner?: () => Promise<Scanner>;
}

/**
 * Scans a regular file with `jobs` threads: the file is cut into pieces at line starts, each
 * piece is scanned with context before and after it (so a value across a cut, a PEM block, is
 * found whole by the piece it starts in), and the findings are handed to `onFindings` in file
 * order with absolute offsets, lines and columns, a finding that starts inside the previous one
 * dropped, as in scanStream. With `scanner`, the main thread is one of the threads (it builds
 * that scanner while the workers start); without it, `jobs` workers do all the work. Each thread
 * takes the next piece when it is free (a shared counter: no round trip to the main thread, which
 * may be busy with a piece of its own). Rejects when a thread fails.
 */
export async function scanFileParallel(file: string, size: number, o: ParallelOptions, onFindings: (fs: LocatedFinding[]) => void): Promise<void> {
  // The workers start first: their start-up (a thread, the scanner's modules, its automaton) is
  // the longest step before the scan, and overlaps with planning and the main thread's own start.
  const threads = threadsFor(size, o);
  const workers = Array.from({ length: o.scanner ? threads - 1 : threads }, () => new Worker(o.worker ?? SCAN_WORKER, { workerData: { privateIps: o.privateIps } }));
  try {
    const plan: ScanPlan = { jobs: planJobs(file, size, { jobs: threads, piece: o.piece, overlap: o.overlap ?? 80 << 10 }), next: new SharedArrayBuffer(4) };
    const { jobs } = plan;
    const results: (ScanJobResult | undefined)[] = new Array(jobs.length);
    let flushed = 0;
    let chars = 0;
    let lines = 0;
    let lastEnd = 0;
    let bytes = 0;
    const flush = (): void => {
      while (flushed < jobs.length && results[flushed]) {
        const r = results[flushed]!;
        const out: LocatedFinding[] = [];
        for (const f of r.findings!) {
          // The job's own copies, moved to absolute offsets and lines in place.
          f.start += chars;
          if (f.start < lastEnd) continue; // the tail of a value the previous piece reported whole
          f.end += chars;
          f.lineStart += chars;
          f.line += lines;
          f.endLine += lines;
          out.push(f);
          lastEnd = f.end;
        }
        if (out.length) onFindings(out);
        chars += r.chars!;
        lines += r.newlines!;
        bytes += jobs[flushed]!.end - jobs[flushed]!.start;
        o.progress?.(bytes);
        results[flushed] = undefined;
        flushed++;
      }
    };
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const fail = (err: Error): void => {
        Atomics.store(new Int32Array(plan.next), 0, jobs.length); // the other threads take no more pieces
        reject(err);
      };
      const finish = (r: ScanJobResult): void => {
        if (r.error !== undefined) return fail(new Error(`scan worker failed: ${r.error}`));
        results[r.id] = r;
        done++;
        try {
          flush();
        } catch (err) {
          return fail(err as Error);
        }
        if (done === jobs.length) resolve();
      };
      for (const w of workers) {
        w.on('message', finish);
        w.on('error', (err) => fail(new Error(`scan worker failed: ${err.message}`)));
        w.on('exit', (code) => {
          if (done < jobs.length) fail(new Error(`scan worker exited (code ${code}) before finishing`));
        });
        w.postMessage(plan);
      }
      // Between its pieces the main thread reads the workers' answers (and reports them in order).
      const pause = (): Promise<void> => new Promise((r) => setImmediate(r));
      if (o.scanner) o.scanner().then((sc) => takeJobs(plan, sc, finish, pause), fail);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
