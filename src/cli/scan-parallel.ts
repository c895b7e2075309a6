import { Worker } from 'node:worker_threads';
import type { LocatedFinding } from './scan-stream';
import { SCAN_WORKER } from './scan-jobs';
import { planJobs, threadsFor } from './scan-plan';
import type { ScanJob, ScanJobResult } from './scan-worker';

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
}

/**
 * Scans a regular file with `jobs` worker threads (each builds its scanner once): the file is cut
 * into pieces at line starts, each piece is scanned with context before and after it (so a value
 * across a cut, a PEM block, is found whole by the piece it starts in), and the findings are
 * handed to `onFindings` in file order with absolute offsets, lines and columns, a finding that
 * starts inside the previous one dropped, as in scanStream. Rejects when a worker fails.
 */
export async function scanFileParallel(file: string, size: number, o: ParallelOptions, onFindings: (fs: LocatedFinding[]) => void): Promise<void> {
  // The workers start first: their start-up (a thread, the scanner's modules, its automaton) is
  // the longest step before the scan, and overlaps with planning the pieces here.
  const workers = Array.from({ length: threadsFor(size, o) }, () => new Worker(o.worker ?? SCAN_WORKER, { workerData: { privateIps: o.privateIps } }));
  let jobs: ScanJob[];
  try {
    jobs = planJobs(file, size, { jobs: o.jobs, piece: o.piece, overlap: o.overlap ?? 80 << 10 });
  } catch (err) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }
  const results: (ScanJobResult | undefined)[] = new Array(jobs.length);
  let next = 0;
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
        // The worker's copies, moved to absolute offsets and lines in place.
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
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      const feed = (w: Worker): void => {
        if (next < jobs.length) w.postMessage(jobs[next++]);
      };
      for (const w of workers) {
        w.on('message', (r: ScanJobResult) => {
          if (r.error !== undefined) return reject(new Error(`scan worker failed: ${r.error}`));
          results[r.id] = r;
          done++;
          try {
            flush();
          } catch (err) {
            return reject(err as Error);
          }
          if (done === jobs.length) resolve();
          else feed(w);
        });
        w.on('error', (err) => reject(new Error(`scan worker failed: ${err.message}`)));
        w.on('exit', (code) => {
          if (done < jobs.length) reject(new Error(`scan worker exited (code ${code}) before finishing`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
