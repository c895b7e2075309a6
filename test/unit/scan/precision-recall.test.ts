import { describe, expect, it } from 'vitest';
import { createScanner, DEFAULT_DETECTORS } from '../../../src/scan';
import { cleanLine, rng, SAMPLES } from './generators';

describe('precision and recall on a generated corpus', () => {
  it('finds ≥ 95% of injected values, with ≥ 99.5% precision on the clean text around them', () => {
    const r = rng(20260930);
    const scanner = createScanner();
    // `from`, `to`: the sample's own text (its context and value) inside the line; the rest is clean filler.
    const lines: { text: string; start: number; end: number; from: number; to: number; id: string | null }[] = [];
    for (const d of DEFAULT_DETECTORS) {
      for (let i = 0; i < 20; i++) {
        const [before, value, after] = SAMPLES[d.id]!(r);
        const head = cleanLine(r).slice(0, 60) + ' ';
        const text = head + before + value + after + ' ' + cleanLine(r).slice(25, 90);
        const start = head.length + before.length;
        lines.push({ text, start, end: start + value.length, from: head.length, to: start + value.length + after.length, id: d.id });
      }
    }
    for (let i = 0; i < 6000; i++) lines.push({ text: cleanLine(r), start: -1, end: -1, from: -1, to: -1, id: null });
    let tp = 0, fp = 0, found = 0, exact = 0, injected = 0, companions = 0;
    const fps: string[] = [];
    for (const l of lines) {
      const findings = scanner.scan(l.text);
      if (l.id) injected++;
      for (const f of findings) {
        if (l.id && f.start < l.end && l.start < f.end) tp++;
        // Elsewhere in the sample's own context: another value the sample holds (the IBAN beside an MT103 name, the
        // card beside its CVC, the SID beside a Twilio token), neither a hit of the injected value nor a false alarm.
        else if (l.id && f.start < l.to && l.from < f.end) companions++;
        else {
          fp++;
          if (fps.length < 10) fps.push(`${f.detector}: ${l.text.slice(f.start, f.end)}`);
        }
      }
      if (l.id && findings.some((f) => f.start <= l.start && f.end >= l.end)) {
        found++;
        if (findings.some((f) => f.detector === l.id)) exact++;
      }
    }
    const precision = tp / (tp + fp);
    const recall = found / injected;
    console.log(
      `scan corpus: ${lines.length} lines, ${injected} injected values of ${DEFAULT_DETECTORS.length} formats; ` +
        `precision ${precision.toFixed(4)} (findings on clean text: ${fp}; on the samples' other values: ${companions}), ` +
        `recall ${recall.toFixed(4)}, right detector ${(exact / injected).toFixed(4)}` +
        (fps.length ? `\nfalse positives: ${fps.join(' | ')}` : ''),
    );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.995);
  });
});
