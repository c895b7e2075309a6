import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTORS, resolveOverlaps, type RawMatch } from '../../../src/scan';
import { resolveAtOnce as reference } from '../../../src/scan/resolve-overlaps';
import { rng } from './generators';

const byPriority = [...new Map(DEFAULT_DETECTORS.map((d) => [d.priority, d])).values()];
const view = (ms: RawMatch[]) => ms.map((m) => `${m.detector.id}@${m.start}-${m.end}`);

describe('resolveOverlaps', () => {
  it('gives what the rule applied to all matches at once gives, on random overlapping matches', () => {
    expect(byPriority.length).toBeGreaterThan(2);
    const r = rng(5);
    for (let k = 0; k < 3_000; k++) {
      const ms: RawMatch[] = Array.from({ length: r.int(1, 12) }, () => {
        const start = r.int(0, 80);
        return { detector: r.pick(byPriority), start, end: start + r.int(1, 20), verdict: { ok: true } };
      });
      expect(view(resolveOverlaps(ms))).toEqual(view(reference(ms)));
    }
  });

  /** n separate e-mail matches whose `start`/`end` reads are counted (the work a resolver does on them). */
  function counted(n: number): { ms: RawMatch[]; reads: () => number } {
    const det = DEFAULT_DETECTORS.find((d) => d.id === 'email')!;
    let reads = 0;
    const ms = Array.from({ length: n }, (_, i) => {
      let start = 30 * (n - i);
      let end = start + 20;
      return Object.defineProperties({ detector: det, verdict: { ok: true } } as unknown as RawMatch, {
        start: { get: () => (reads++, start), set: (v: number) => (start = v), enumerable: true },
        end: { get: () => (reads++, end), set: (v: number) => (end = v), enumerable: true },
      });
    });
    return { ms, reads: () => reads };
  }
  const nLogN = (n: number) => 20 * n * Math.log2(n);

  it('resolves 60,000 separate matches in n log n (a body full of e-mail addresses cannot stall it)', () => {
    const c = counted(60_000);
    const out = resolveOverlaps(c.ms);
    expect(out).toHaveLength(60_000);
    expect(out[0]!.start).toBe(30);
    expect(c.reads()).toBeLessThan(nLogN(60_000));
    // The bound is tight enough to catch quadratic work: the all-at-once rule breaks it on 3,000.
    const q = counted(3_000);
    reference(q.ms);
    expect(q.reads()).toBeGreaterThan(nLogN(3_000));
  });
});
