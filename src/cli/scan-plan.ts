import { closeSync, openSync, readSync } from 'node:fs';
import type { ScanJob } from './scan-job';

/** How `planJobs` cuts a file. */
export interface PlanOptions {
  /** Worker threads that will take the jobs. */
  jobs: number;
  /** Bytes per job: every job this size (tests). Default: guided (see planJobs). */
  piece?: number;
  /** Bytes of context before and after each piece. */
  overlap: number;
}

/** The smallest and the largest piece of a guided plan. */
const MIN_PIECE = 2 << 20;
const MAX_PIECE = 16 << 20;

/** The offset of the first line start at or after `pos` (a line starts after each `\n`). */
function lineStartFrom(fd: number, pos: number, size: number): number {
  if (pos <= 0) return 0;
  const buf = Buffer.allocUnsafe(1 << 16);
  for (let at = pos - 1; at < size; at += buf.length) {
    const n = readSync(fd, buf, 0, buf.length, at);
    const i = buf.subarray(0, n).indexOf(10);
    if (i >= 0) return at + i + 1;
  }
  return size;
}

/** The offset of the last line start at or before `pos`. */
function lineStartBefore(fd: number, pos: number): number {
  const buf = Buffer.allocUnsafe(1 << 16);
  for (let to = pos; to > 0; to -= buf.length) {
    const from = Math.max(0, to - buf.length);
    const n = readSync(fd, buf, 0, to - from, from);
    const i = buf.subarray(0, n).lastIndexOf(10);
    if (i >= 0) return from + i + 1;
  }
  return 0;
}

/**
 * Splits a file into jobs at line starts, each with its context before and after. Without a fixed
 * `piece`, pieces shrink as the file is handed out (guided scheduling): each is the rest of the
 * file over twice the threads, 2 to 16 MiB, so that the first pieces are large (few contexts
 * scanned twice) and the last small (the threads finish close together).
 */
export function planJobs(file: string, size: number, o: PlanOptions): ScanJob[] {
  const fd = openSync(file, 'r');
  try {
    const starts = [0];
    for (let p = 0; ; ) {
      p += o.piece ?? Math.min(MAX_PIECE, Math.max(MIN_PIECE, Math.ceil((size - p) / (2 * o.jobs))));
      if (p >= size) break;
      const s = lineStartFrom(fd, p, size);
      if (s >= size) break;
      if (s > starts[starts.length - 1]!) starts.push(s);
      p = s;
    }
    return starts.map((start, id) => {
      const end = starts[id + 1] ?? size;
      return { id, file, start, end, ctx: lineStartBefore(fd, Math.max(0, start - o.overlap)), tail: Math.min(size, lineStartFrom(fd, Math.min(size, end + o.overlap), size)) };
    });
  } finally {
    closeSync(fd);
  }
}

/** How many threads are worth starting for a file: no more than its pieces. */
export function threadsFor(size: number, o: Pick<PlanOptions, 'jobs' | 'piece'>): number {
  return Math.max(1, Math.min(o.jobs, Math.ceil(size / (o.piece ?? MIN_PIECE))));
}
