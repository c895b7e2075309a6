import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileText } from '../../../src/cli/file-text';
import { lineDecodingScanner } from '../../../src/cli/line-decoding-scanner';
import { autoJobs } from '../../../src/cli/scan-jobs';
import { scanFileParallel } from '../../../src/cli/scan-parallel';
import { planJobs } from '../../../src/cli/scan-plan';
import { scanStream, type LocatedFinding } from '../../../src/cli/scan-stream';
import { createScanner, type Scanner } from '../../../src/scan';
import { cleanLine, rng, SAMPLES, type Rng } from './generators';

// The worker runs compiled (npm test builds first); the main thread's side runs from the sources.
const WORKER = path.resolve(__dirname, '../../../dist/src/cli/scan-worker.js');
const PIECE = 48 << 10;
const dir = mkdtempSync(path.join(tmpdir(), 'herald-scan-parallel-'));
const file = path.join(dir, 'joints.log');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string): number => Buffer.byteLength(s);
const secret = (r: Rng, kind: string): string => SAMPLES[kind]!(r).join('');
const pem = (r: Rng): string[] => ['-----BEGIN RSA PRIVATE KEY-----', ...Array.from({ length: 8 }, () => r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64)), '-----END RSA PRIVATE KEY-----'];
/** A line of exactly `n` bytes (newline included) of two-byte and three-byte characters: a multi-byte character ends right before it. */
function multiByteLine(n: number): string {
  let s = '';
  while (bytes(s) + 1 < n) s += n - 1 - bytes(s) >= 3 ? '€' : n - 1 - bytes(s) === 2 ? 'é' : 'a';
  return s + '\n';
}

/**
 * A log whose piece joints (every PIECE bytes, moved to the next line start) fall exactly where
 * each kind of value is hardest to cut: inside a PEM block, between a YAML block key and its
 * value, between two lines with secrets, and between two lines of multi-byte characters.
 * Returns the text and the joints' byte offsets.
 */
function jointLog(seed: number): { text: string; joints: number[] } {
  const r = rng(seed);
  const out: string[] = [];
  const joints: number[] = [];
  let at = 0;
  const push = (s: string): void => {
    out.push(s);
    at += bytes(s);
  };
  for (let k = 1; k <= 24; k++) {
    const p = k * PIECE;
    const key = pem(r);
    // [lines that end at the joint, lines that start at it]
    const [before, after] = [
      [key.slice(0, 4), key.slice(4)],
      [['api_token: |'], [`  ${r.str('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 32)}`]],
      [[secret(r, 'aws-access-key-id')], [secret(r, 'vault-token'), 'café ☕ 用户 jöhn@acme-corp.com']],
      [['用户 ' + secret(r, 'google-api-key')], ['😀 jöhn@acme-corp.com ' + secret(r, 'databricks-token')]],
    ][k % 4]!;
    const head = before.map((l) => l + '\n').join('');
    for (;;) {
      const line = (k % 4 === 3 && r.int(0, 2) === 0 ? 'naïve ' : '') + cleanLine(r) + '\n';
      if (at + bytes(line) + bytes(head) >= p) break;
      push(line);
    }
    const gap = p - at - bytes(head);
    if (gap > 0) push(k % 4 === 3 ? multiByteLine(gap) : 'x'.repeat(gap - 1) + '\n');
    push(head);
    joints.push(at);
    for (const l of after) push(l + '\n');
  }
  return { text: out.join(''), joints };
}

const located = (fs: LocatedFinding[]): unknown[] => fs.map((f) => [f.detector, f.start, f.end, f.line, f.column, f.endLine, f.endColumn, f.lineStart, f.masked]);

describe('scanFileParallel', () => {
  let joints: number[] = [];
  let text = '';
  beforeAll(() => {
    ({ text, joints } = jointLog(43));
    writeFileSync(file, text);
  });

  it('cuts the test log where it means to', () => {
    expect(existsSync(WORKER)).toBe(true);
    expect(planJobs(file, bytes(text), { jobs: 2, piece: PIECE, overlap: 24 << 10 }).slice(1).map((j) => j.start)).toEqual(joints);
  });

  it.each([
    [2, 'workers only'],
    [2, 'the main thread and a worker'],
    [3, 'the main thread and two workers'],
  ])('with %i threads (%s) finds what the single-threaded scan finds, values and characters at the piece joints included', async (jobs, who) => {
    const fileScanner = async (): Promise<Scanner> => lineDecodingScanner(createScanner({ cleanTexts: false }));
    const single: LocatedFinding[] = [];
    await scanStream(fileText(file), await fileScanner(), { findings: (fs) => void single.push(...fs) });
    const parallel: LocatedFinding[] = [];
    const scanner = who === 'workers only' ? undefined : fileScanner;
    await scanFileParallel(file, bytes(text), { jobs, privateIps: 'ignore', piece: PIECE, overlap: 24 << 10, worker: WORKER, scanner }, (fs) => void parallel.push(...fs));
    expect(located(parallel)).toEqual(located(single));
    // The values at the joints are there: a PEM block across one, a YAML block value and a secret starting at one.
    const startByte = (f: LocatedFinding): number => bytes(text.slice(0, f.start));
    const endByte = (f: LocatedFinding): number => bytes(text.slice(0, f.end));
    const across = (f: LocatedFinding): boolean => joints.some((j) => startByte(f) < j && endByte(f) > j);
    const atJoint = (f: LocatedFinding): boolean => joints.some((j) => bytes(text.slice(0, f.lineStart)) === j);
    expect(parallel.filter((f) => f.detector === 'private-key' && across(f))).toHaveLength(6);
    expect(parallel.some((f) => f.detector === 'yaml-block-secret' && atJoint(f))).toBe(true);
    expect(parallel.some((f) => f.detector === 'vault-token' && atJoint(f))).toBe(true);
    expect(parallel.some((f) => f.detector === 'databricks-token' && atJoint(f))).toBe(true);
    expect(parallel.some((f) => f.detector === 'email' && atJoint(f) && f.column > 3)).toBe(true);
  }, 60_000);

  it('rejects when a worker cannot start, and ends the other threads', async () => {
    const run = scanFileParallel(file, bytes(text), { jobs: 2, privateIps: 'ignore', piece: PIECE, worker: path.join(dir, 'missing-worker.js') }, () => undefined);
    await expect(run).rejects.toThrow(/scan worker/);
  }, 30_000);
});

describe('--jobs auto', () => {
  it('uses threads above 16 MB on 4+ CPUs: one plus one per whole CPU the load average leaves idle, up to 4; one thread on 2-3 CPUs', () => {
    const big = (16 << 20) + 1;
    expect(autoJobs(16 << 20, { cpus: 2, load: 0 })).toBe(1);
    expect(autoJobs(big, { cpus: 2, load: 0 })).toBe(1);
    expect(autoJobs(big, { cpus: 3, load: 0 })).toBe(1);
    expect(autoJobs(big, { cpus: 4, load: 0 })).toBe(4);
    expect(autoJobs(big, { cpus: 4, load: 1.5 })).toBe(3);
    expect(autoJobs(big, { cpus: 2, load: 9 })).toBe(1);
    expect(autoJobs(big, { cpus: 1, load: 0 })).toBe(1);
    expect(autoJobs(big, { cpus: 8, load: 2.5 })).toBe(4);
    expect(autoJobs(big, { cpus: 8, load: 5.5 })).toBe(3);
  });
});
