import { describe, expect, it } from 'vitest';
import { createScanner, DEFAULT_DETECTORS, matchDetector, type RawMatch } from '../../../src/scan';
import { rng, SAMPLES } from './generators';

const SIZE = 100 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Adversarial 100 KB inputs for one detector: its keywords, long runs, near-miss repeats. */
function adversarial(id: string): string[] {
  const det = DEFAULT_DETECTORS.find((d) => d.id === id)!;
  const [, value] = SAMPLES[id]!(rng(99));
  const kw = det.keywords[0] ?? '';
  return [
    fill('a'), fill('A'), fill('0'), fill('aA0_-.'), fill('a.'), fill('0.'), fill('0 '), fill('0-'), fill('a@'), fill('a:'), fill('f:'),
    fill(value.slice(0, -1)), // near-miss: the value minus one char, repeated without separators
    fill(value.slice(0, -1) + ' '),
    fill(kw + 'a'.repeat(50)),
    fill(kw + '='),
    fill(kw + value.slice(0, Math.max(1, value.length >> 1))),
    kw + fill(value[value.length - 1] ?? 'a'),
  ];
}

describe('catastrophic backtracking', () => {
  it.each(DEFAULT_DETECTORS.map((d) => d.id))('%s stays linear on 100 KB of adversarial input', (id) => {
    const det = DEFAULT_DETECTORS.find((d) => d.id === id)!;
    const inputs = adversarial(id);
    for (const text of inputs) {
      // The raw regex over the whole text, no prefilter. CPU time of this process, the better of two runs when the
      // first is slow: a busy machine (load 10-12 on 2 cores) stretched wall-clock runs of a linear 50 ms scan past
      // the limit; backtracking stays slow on both runs and in CPU time.
      const time = (): number => {
        const t0 = process.cpuUsage();
        const out: RawMatch[] = [];
        matchDetector(det, text, 0, text.length, out);
        const d = process.cpuUsage(t0);
        return (d.user + d.system) / 1000;
      };
      const first = time();
      const ms = first < 500 ? first : Math.min(first, time());
      expect(ms, `${id} took ${ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 40))}…`).toBeLessThan(500);
    }
  });

  it('the full scanner stays fast on adversarial input for every detector at once', () => {
    const scanner = createScanner();
    const text = DEFAULT_DETECTORS.map((d) => d.keywords[0] ?? '').join('a1-') + fill('4242 ');
    // CPU time of this process, the better of two runs when the first is slow: at load 10 on 2 cores one
    // wall-clock run took 2.9 s; backtracking stays slow on both runs and in CPU time.
    const time = (): number => {
      const t0 = process.cpuUsage();
      scanner.scan(text);
      const d = process.cpuUsage(t0);
      return (d.user + d.system) / 1000;
    };
    // 2026-12-07, 1534 detectors: 1.55-1.89 s of CPU on an idle machine (the first run compiles every pattern), 2.01 s in a
    // CI run beside other test files; the bound was 2 s at ~1,300 detectors. Backtracking costs seconds per detector (the
    // test above holds each one under 0.5 s); a linear scan grows with the detector count, so the bound is 3 s.
    const first = time();
    const ms = first < 3000 ? first : Math.min(first, time());
    expect(ms).toBeLessThan(3000);
  });
});
