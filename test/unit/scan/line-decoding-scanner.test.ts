import { describe, expect, it } from 'vitest';
import { lineDecodingScanner } from '../../../src/cli/line-decoding-scanner';
import { decodedViews, mayBeEncoded } from '../../../src/ingest/decoded-view';
import { mergeSpans } from '../../../src/ingest/decoding-scanner';
import { createScanner } from '../../../src/scan';
import type { Finding } from '../../../src/scan/types';
import { cleanLine, rng, SAMPLES } from './generators';

const base = createScanner({ cleanTexts: false });

/** The plain rule: every line that mayBeEncoded() also scanned decoded. */
function reference(text: string): Finding[] {
  const extra: Finding[] = [];
  for (let ls = 0; ls < text.length; ) {
    let le = text.indexOf('\n', ls);
    if (le < 0) le = text.length;
    const line = text.slice(ls, le);
    if (mayBeEncoded(line)) {
      const views = decodedViews(line);
      const v = views[views.length - 1];
      if (v) for (const f of base.scan(v.text)) extra.push({ ...f, start: ls + v.map[f.start]!, end: ls + v.map[f.end]! });
    }
    ls = le + 1;
  }
  const direct = base.scan(text);
  return extra.length === 0 ? direct : mergeSpans([...direct, ...extra]);
}

describe('lineDecodingScanner', () => {
  it('decodes exactly the lines with escapes, found from their first character (%, \\, &), near misses included', () => {
    const r = rng(21);
    const kinds = Object.keys(SAMPLES);
    const escape = (s: string): string => r.pick([encodeURIComponent(s), s.replace(/\//g, '\\/').replace(/=/g, '\\u003d'), s.replace(/=/g, '&#x3D;'), s]);
    const noise = ['100%', '50% off', 'a & b', '&amp', '&x;', 'C:\\dir', '\\q', '%zz', '&#;', 'p&l;'];
    const lines: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const [b, v, a] = SAMPLES[r.pick(kinds)]!(r);
      lines.push(i % 3 === 0 ? escape(b + v + a) : `${cleanLine(r)} ${r.pick(noise)}${i % 5 === 0 ? escape(`token=${v}`) : ''}`);
    }
    const text = lines.join('\n') + r.pick(['', '\n', '%3D']);
    const found = lineDecodingScanner(base).scan(text);
    const ref = reference(text);
    expect(ref.length).toBeGreaterThan(300);
    expect(found.map((f) => [f.detector, f.start, f.end])).toEqual(ref.map((f) => [f.detector, f.start, f.end]));
    expect(lineDecodingScanner(base).scan('')).toEqual([]);
  });
});
