import { describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';
import { createScanner, type Scanner } from '../../../src/scan';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { toFindings } from '../../../src/scan/create-scanner';
import { matchInSlice, type RawMatch } from '../../../src/scan/match-detector';
import { resolveOverlaps } from '../../../src/scan/resolve-overlaps';
import { cleanLine, rng, SAMPLES } from './generators';

/**
 * The scan without any prefilter: every detector on every line (detectors with a span, or
 * with neither keyword nor shape, on the whole text). What the prefilter's shortcuts
 * (keyword automaton, shapes, skipped private quads) must never change.
 */
function bruteForce(text: string): ReturnType<Scanner['scan']> {
  const raw: RawMatch[] = [];
  const lines: [number, number][] = [];
  for (let s = 0; s < text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push([s, e]);
    s = e + 1;
  }
  for (const d of DEFAULT_DETECTORS) {
    if (d.span > 0 || (d.keywords.length === 0 && d.shape === null)) matchInSlice(d, text, 0, raw);
    else for (const [s, e] of lines) matchInSlice(d, text.slice(s, e), s, raw);
  }
  return toFindings(text, resolveOverlaps(raw), '');
}

/** A varied log: the bench's service log with many planted secrets, sample values, address forms. */
function variedLog(seed: number): string {
  const r = rng(seed);
  const kinds = Object.keys(SAMPLES);
  const out: string[] = [serviceLog(200_000, seed, 25).text];
  const quads = ['10.1.2.3', '10.146.171.119', '192.168.100.117', '192.168.0.17', '172.20.4.9', '127.0.0.1', '100.64.3.2', '8.8.8.8', '203.0.113.9', '169.254.1.1'];
  for (let i = 0; i < 800; i++) {
    const q = r.pick(quads);
    const k = i % 6;
    if (k === 0) out.push(`${q} - - [03/Dec/2026:10:11:12 +0000] "GET / HTTP/1.1" 200 12`);
    else if (k === 1) out.push(`peer=${q}- x`, `via=+${q} x`, `at (${q}) y`, `z ${q}.`, `${q}-- z`, `call +1 415-555-${String(1000 + i).slice(-4)} - -`);
    else if (k === 2) {
      const [b, v, a] = SAMPLES[r.pick(kinds)]!(r);
      out.push(`${q} - - ${b}${v}${a}`);
    } else out.push(cleanLine(r));
  }
  return out.join('\n') + '\n';
}

describe('prefilter', () => {
  it.each([1, 2, 3])('finds exactly what every detector on every line finds (varied log, seed %i)', (seed) => {
    const text = variedLog(seed);
    const fast = createScanner({ cleanTexts: false }).scan(text);
    const ref = bruteForce(text);
    expect(ref.length).toBeGreaterThan(50);
    expect(fast.map((f) => [f.detector, f.start, f.end])).toEqual(ref.map((f) => [f.detector, f.start, f.end]));
  });
});
