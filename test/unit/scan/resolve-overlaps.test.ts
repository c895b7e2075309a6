import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTORS, resolveOverlaps, type RawMatch } from '../../../src/scan';
import { rng } from './generators';

/** The rule as first written (one pass over every accepted match per candidate): the oracle. */
function reference(matches: readonly RawMatch[]): RawMatch[] {
  const outranks = (a: RawMatch, b: RawMatch): boolean => {
    if (a.detector.priority !== b.detector.priority) return a.detector.priority > b.detector.priority;
    const la = a.end - a.start;
    const lb = b.end - b.start;
    return la !== lb ? la > lb : a.start < b.start;
  };
  const ranked = [...matches].sort((a, b) => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : 0));
  const accepted: RawMatch[] = [];
  for (const c of ranked) {
    const winner = accepted.find((a) => a.start < c.end && c.start < a.end);
    if (!winner) accepted.push({ ...c });
    else {
      winner.start = Math.min(winner.start, c.start);
      winner.end = Math.max(winner.end, c.end);
    }
  }
  accepted.sort((a, b) => a.start - b.start);
  const out: RawMatch[] = [];
  for (const a of accepted) {
    const last = out[out.length - 1];
    if (last && a.start < last.end) {
      const keep = outranks(a, last) ? a : last;
      out[out.length - 1] = { ...keep, start: last.start, end: Math.max(last.end, a.end) };
    } else out.push(a);
  }
  return out;
}

const byPriority = [...new Map(DEFAULT_DETECTORS.map((d) => [d.priority, d])).values()];
const view = (ms: RawMatch[]) => ms.map((m) => `${m.detector.id}@${m.start}-${m.end}`);

describe('resolveOverlaps', () => {
  it('gives what the one-pass rule gives, on random overlapping matches', () => {
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

  it('resolves 60,000 separate matches in n log n (a body full of e-mail addresses cannot stall it)', () => {
    const det = DEFAULT_DETECTORS.find((d) => d.id === 'email')!;
    const ms: RawMatch[] = Array.from({ length: 60_000 }, (_, i) => ({ detector: det, start: 30 * (60_000 - i), end: 30 * (60_000 - i) + 20, verdict: { ok: true } }));
    const t0 = performance.now();
    const out = resolveOverlaps(ms);
    const ms2 = performance.now() - t0;
    expect(out).toHaveLength(60_000);
    expect(out[0]!.start).toBe(30);
    expect(ms2, `took ${ms2.toFixed(0)} ms`).toBeLessThan(1_500);
  });
});
