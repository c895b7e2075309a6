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
