/**
 * Worker thread of `herald scan --jobs N`: builds its scanner once, then scans the byte ranges
 * the main thread sends (see scan-parallel.ts) and answers with the findings that start in the
 * range, located relative to the range's first line.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createScanner } from '../scan/create-scanner';
import { lineDecodingScanner } from './line-decoding-scanner';
import { scanStream, type LocatedFinding } from './scan-stream';

/** A job: scan bytes [ctx, tail) of `file`, keep findings starting in [start, end). */
export interface ScanJob {
  id: number;
  file: string;
  ctx: number;
  start: number;
  end: number;
  tail: number;
}

/** A job's answer: findings with offsets/lines relative to the range start; its size in chars and lines. */
export interface ScanJobResult {
  id: number;
  findings?: LocatedFinding[];
  chars?: number;
  newlines?: number;
  error?: string;
}

function read(file: string, from: number, to: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(to - from);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, from + got);
      if (n === 0) break;
      got += n;
    }
    return buf.subarray(0, got).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

async function* pieces(s: string): AsyncIterable<string> {
  for (let i = 0; i < s.length; i += 1 << 16) yield s.slice(i, i + (1 << 16));
}

/** Scans one job (exported for the worker's own message loop). */
export async function runJob(job: ScanJob, scan: Parameters<typeof scanStream>[1]): Promise<ScanJobResult> {
  const before = read(job.file, job.ctx, job.start);
  const body = read(job.file, job.start, job.end);
  const after = read(job.file, job.end, job.tail);
  const lo = before.length;
  const hi = lo + body.length;
  const skipLines = countNewlines(before);
  const kept: LocatedFinding[] = [];
  await scanStream(pieces(before + body + after), scan, {
    findings: (fs) => {
      for (const f of fs) {
        if (f.start < lo || f.start >= hi) continue;
        kept.push({ ...f, start: f.start - lo, end: f.end - lo, lineStart: f.lineStart - lo, line: f.line - skipLines, endLine: f.endLine - skipLines });
      }
    },
  });
  return { id: job.id, findings: kept, chars: body.length, newlines: countNewlines(body) };
}

if (parentPort) {
  const port = parentPort;
  const scanner = lineDecodingScanner(createScanner({ cleanTexts: false, privateIps: (workerData as { privateIps: 'report' | 'ignore' }).privateIps }));
  port.on('message', (job: ScanJob) => {
    runJob(job, scanner).then(
      (r) => port.postMessage(r),
      (err: unknown) => port.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) } satisfies ScanJobResult),
    );
  });
}
