import { describe, expect, it } from 'vitest';
import { serviceLog } from '../../../bench/support/service-log';
import { createScanner } from '../../../src/scan';
import type { Detector } from '../../../src/scan/detector';
import { defineDetector } from '../../../src/scan/define-detector';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { matchInSlice, type RawMatch } from '../../../src/scan/match-detector';
import { createPrefilter } from '../../../src/scan/prefilter';
import { B62, cleanLine, rng, SAMPLES, type Rng } from './generators';

const anchored = DEFAULT_DETECTORS.filter((d) => d.anchors !== null);

const WORDS = ['token', 'TOKEN', 'Secret', 'key', 'KEYS', 'auth', 'cred', 'Creds', 'credentials', 'login', 'sig', 'Signature', 'pass', 'PassWord', 'pwd', 'pw', 'api', 'cache', 'count', 'value', 'b64', 'x', 'assigned', 'sk', 'kEy'];
const JOINS = ['', '_', '-', '.', ':', '$', '@', '--', '0', 'é', ' '];
const OPS = ['=', ':', ': ', ' = ', ':=', '=>', '?=', '.=', '%3D', '":"', "'='", '\\":\\"', ' "', '"', '==', '%', '\t'];
const VALUES = ['Xk9vQ2mZ7pL4wR8tY1nB', 'abc', 'orders:v3:4017b8766cadc1a5', '"quoted value 123"', "'Sq9x!vT2#q'", '${TOKEN}', 'deployed', '1234567890123456', ''];
const FILL = [' ', '\t', ',', ';', '{"', '"', '(', 'x ', '-', '.', '$', '@', '\\', '/', '?', '&', 'é', '\n', '\r\n'];

/** A line of keys glued from secret words (in any case), sigils and separators, odd operators and values. */
function keyLine(r: Rng): string {
  let s = '';
  for (let n = r.int(1, 6); n > 0; n--) {
    s += r.pick(FILL);
    for (let k = r.int(1, 4); k > 0; k--) s += r.pick(WORDS) + r.pick(JOINS);
    s += r.pick(OPS) + r.pick(VALUES);
  }
  return s;
}

/** Lines to compare on: key lines, sample values in context, clean log lines, and blocks of several of them. */
function lines(seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const [b, v, a] = SAMPLES[r.pick(Object.keys(SAMPLES))]!(r);
    out.push(keyLine(r), b + v + a, cleanLine(r), `${r.pick(WORDS)}${r.pick(OPS)}${r.str(B62, r.int(8, 40))}`);
  }
  for (let i = 0; i + 4 < out.length; i += 53) out.push(out.slice(i, i + 4).join('\n'));
  return out;
}

/** Where `d`'s anchors start in `text` (case-insensitive, ASCII), ascending: what the prefilter passes. */
function anchorsIn(d: Detector, text: string): number[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase()); // ASCII only: same length
  const at: number[] = [];
  for (let i = 0; i < lower.length; i++) if (d.anchors!.some((a) => lower.startsWith(a, i))) at.push(i);
  return at;
}

const withoutAnchors = (d: Detector): Detector => ({ ...d, anchors: null });

describe('Detector.anchors', () => {
  it('are declared by the assignment detectors, which run on many log lines', () => {
    expect(anchored.map((d) => d.id)).toEqual(expect.arrayContaining(['password-assignment', 'secret-assignment']));
  });

  it('start every match of the search they replace (the precheck of the key words)', () => {
    let matches = 0;
    for (const text of lines(21)) {
      for (const d of anchored) {
        const re = new RegExp(d.precheck!.re.source, d.precheck!.re.flags + 'g');
        const starts = new Set(anchorsIn(d, text));
        for (const m of text.matchAll(re)) {
          matches++;
          if (!starts.has(m.index)) throw new Error(`${d.id}: a match at ${m.index} starts at no anchor: ${JSON.stringify(text)}`);
        }
      }
    }
    expect(matches).toBeGreaterThan(2000);
  });

  it('find exactly what the search without them finds, in a line and in a block of lines', () => {
    let found = 0;
    for (const text of lines(22)) {
      for (const d of anchored) {
        const a: RawMatch[] = [];
        const b: RawMatch[] = [];
        matchInSlice(d, text, 5, a, anchorsIn(d, text));
        matchInSlice(d, text, 5, b);
        expect(a.map((m) => [m.start, m.end, m.verdict]), `${d.id} on ${JSON.stringify(text)}`).toEqual(b.map((m) => [m.start, m.end, m.verdict]));
        found += a.length;
      }
    }
    expect(found).toBeGreaterThan(500);
  });

  it('with no anchor in the window, find nothing (no search of the line)', () => {
    const d = anchored.find((x) => x.id === 'secret-assignment')!;
    const out: RawMatch[] = [];
    matchInSlice(d, 'api_token=Xk9vQ2mZ7pL4wR8tY1nB', 0, out, []);
    expect(out).toEqual([]);
    matchInSlice(d, 'api_token=Xk9vQ2mZ7pL4wR8tY1nB', 0, out, [4]);
    expect(out.map((m) => [m.start, m.end])).toEqual([[10, 30]]);
  });

  it('are passed by the prefilter for each line that lists an anchored detector, relative to the line', () => {
    const pf = createPrefilter(DEFAULT_DETECTORS);
    const text = 'nothing here\nx SECRET y api_token=1 Sig=2\nplain line';
    const id = DEFAULT_DETECTORS.findIndex((d) => d.id === 'secret-assignment');
    const w = pf.windows(text).find((x) => x.detectors.includes(id))!;
    expect(text.slice(w.start, w.end)).toBe('x SECRET y api_token=1 Sig=2');
    expect(w.anchors).toEqual([2, 15, 23]);
  });

  it('leave every finding of the whole scanner unchanged on a service log and the lines above', () => {
    const a = createScanner({ detectors: DEFAULT_DETECTORS, cleanTexts: false });
    const b = createScanner({ detectors: DEFAULT_DETECTORS.map(withoutAnchors), cleanTexts: false });
    const text = serviceLog(300_000, 7, 15).text + lines(23).join('\n');
    const found = a.scan(text);
    expect(found.length).toBeGreaterThan(500);
    expect(found).toEqual(b.scan(text));
  }, 120_000); // two whole scanners over a 300 KB log: ~10 s alone, past 30 s on a loaded 2-core machine

  it('must be lowercase ASCII literals of a detector with starts', () => {
    const spec = { id: 'x', name: 'x', category: 'credential', severity: 'high', pattern: /x/, remediation: 'x' } as const;
    expect(() => defineDetector({ ...spec, anchors: ['Key'], starts: () => -1 })).toThrow(/anchors/);
    expect(() => defineDetector({ ...spec, anchors: ['key'] })).toThrow(/anchors/);
    expect(defineDetector({ ...spec, anchors: ['key'], starts: () => -1 }).anchors).toEqual(['key']);
  });

  it('refuse a keyword that is empty or holds a line end (the prefilter finds lines by their keyword hits)', () => {
    const spec = { id: 'x', name: 'x', category: 'credential', severity: 'high', pattern: /x/, remediation: 'x' } as const;
    expect(() => defineDetector({ ...spec, keywords: ['password\n'] })).toThrow(/keyword "password\\n"/);
    expect(() => defineDetector({ ...spec, keywords: ['a\r\nb'] })).toThrow(/line end/);
    expect(() => defineDetector({ ...spec, keywords: [''] })).toThrow(/empty/);
    expect(defineDetector({ ...spec, keywords: ['password:'] }).keywords).toEqual(['password:']);
  });
});
