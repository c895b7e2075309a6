/**
 * The jobs of `herald scan --jobs N` (byte ranges of one file, see scan-parallel.ts) and how a
 * thread scans them: the worker threads and the main thread alike. Loads no scanner module.
 */
import type { Scanner } from '../scan/create-scanner';
import { fileText } from './file-text';
import { scanStream, type LocatedFinding } from './scan-stream';

/** A job: scan bytes [ctx, tail) of `file`, keep findings starting in [start, end). All four are line starts. */
export interface ScanJob {
  id: number;
  file: string;
  ctx: number;
  start: number;
  end: number;
  tail: number;
}

/** The jobs of one file, and the index of the next job to take: shared by every thread, each takes the next one when it is free. */
export interface ScanPlan {
  jobs: ScanJob[];
  next: SharedArrayBuffer;
}

/** A job's answer: findings with offsets/lines relative to the range start; its size in chars and lines. */
export interface ScanJobResult {
  id: number;
  findings?: LocatedFinding[];
  chars?: number;
  newlines?: number;
  error?: string;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Characters and newlines read from each of the job's three parts: context before, body, context after. */
interface PartSizes {
  chars: [number, number, number];
  newlines: [number, number, number];
}

/**
 * The text of the job's bytes [ctx, tail) in 64 KiB pieces (fileText: no large string), counting
 * each part's characters and newlines as it goes. The parts meet at line starts, which are
 * character boundaries, so each part is decoded on its own.
 */
async function* jobText(job: ScanJob, sizes: PartSizes): AsyncIterable<string> {
  const parts: [number, number][] = [[job.ctx, job.start], [job.start, job.end], [job.end, job.tail]];
  for (let p = 0; p < 3; p++) {
    const [start, end] = parts[p]!;
    if (start >= end) continue;
    for await (const s of fileText(job.file, { start, end })) {
      sizes.chars[p] += s.length;
      if (p < 2) sizes.newlines[p] += countNewlines(s);
      yield s;
    }
  }
}

/** Scans one job: the findings that start in its body, relative to the body; the body's size. */
export async function runJob(job: ScanJob, scanner: Scanner): Promise<ScanJobResult> {
  const sizes: PartSizes = { chars: [0, 0, 0], newlines: [0, 0, 0] };
  const all: LocatedFinding[] = [];
  await scanStream(jobText(job, sizes), scanner, { findings: (fs) => void all.push(...fs) });
  // Only findings that start in the body are this job's; the parts' sizes are known now.
  const lo = sizes.chars[0];
  const hi = lo + sizes.chars[1];
  const skip = sizes.newlines[0];
  const kept: LocatedFinding[] = [];
  for (const f of all) {
    if (f.start < lo || f.start >= hi) continue;
    f.start -= lo;
    f.end -= lo;
    f.lineStart -= lo;
    f.line -= skip;
    f.endLine -= skip;
    kept.push(f);
  }
  return { id: job.id, findings: kept, chars: sizes.chars[1], newlines: sizes.newlines[1] };
}

/**
 * Takes jobs from `plan` until none is left, scans each and hands its answer to `done`; `pause`
 * runs between jobs (the main thread reads its messages there). A failed job is answered with its
 * error and ends the taking, for every thread.
 */
export async function takeJobs(plan: ScanPlan, scanner: Scanner, done: (r: ScanJobResult) => void, pause?: () => Promise<void>): Promise<void> {
  const next = new Int32Array(plan.next);
  for (let i = Atomics.add(next, 0, 1); i < plan.jobs.length; i = Atomics.add(next, 0, 1)) {
    const job = plan.jobs[i]!;
    let r: ScanJobResult;
    try {
      r = await runJob(job, scanner);
    } catch (err) {
      Atomics.store(next, 0, plan.jobs.length);
      r = { id: job.id, error: err instanceof Error ? err.message : String(err) };
    }
    done(r);
    if (r.error !== undefined) return;
    await pause?.();
  }
}
