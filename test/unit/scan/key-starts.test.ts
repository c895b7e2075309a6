import { describe, expect, it } from 'vitest';
import type { Detector } from '../../../src/scan/detector';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { matchInSlice, type RawMatch } from '../../../src/scan/match-detector';
import { cleanLine, rng, SAMPLES, type Rng } from './generators';

const KEY_PARTS = ['token', 'TOKEN', 'secret', 'key', 'keys', 'Key', 'auth', 'creds', 'login', 'sig', 'signature', 'pass', 'password', 'pwd', 'pw', 'passcode', 'api', 'cache', 'count', 'value', 'b64', 'str', 'x'];
const JOINS = ['', '_', '-', '.', ':', '$', '@', '--', '::', '0', 'é'];
const OPS = ['=', ':', ': ', ' = ', ':=', '::=', '=>', '?=', '.=', '+=', '%3D', '%3a', '":"', "'='", '\\":\\"', '\\\\\\"=', ' "', " '", '"', '==', ':::', '%'];
const VALUES = ['Xk9vQ2mZ7pL4wR8tY1nB', 'abc', 'orders:v3:4017b8766cadc1a5', '"quoted value 123"', "'Sq9x!vT2#q'", '${TOKEN}', 'deployed', '1234567890123456', 'a&b;c', ''];
const FILL = [' ', '  ', '\t', ',', ';', '{"', '"', '[', '(', 'x ', '--', '-', '.', '$', '@', '\\', '/', '?', '&', 'é'];

/** A hostile line: keys glued from secret words, sigils and separators, odd operators, long key runs. */
function hostile(r: Rng): string {
  let s = '';
  for (let n = r.int(1, 6); n > 0; n--) {
    s += r.pick(FILL);
    if (r.int(0, 5) === 0) s += r.str('abcXYZ_.-:$@0123456789', r.int(20, 90)); // longer than any key
    for (let k = r.int(1, 4); k > 0; k--) s += r.pick(KEY_PARTS) + r.pick(JOINS);
    s += r.pick(OPS) + r.pick(VALUES);
  }
  return s;
}

/** Lines to compare the fast path on: hostile ones, random characters, assignment samples and clean log lines. */
function lines(seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < 4000; i++) {
    out.push(hostile(r), r.str('tokenkeyauth_.-:$@ ="\'\\x9', r.int(1, 120)));
    const [b, v, a] = SAMPLES[r.pick(Object.keys(SAMPLES))]!(r);
    out.push(b + v + a, cleanLine(r));
  }
  return out;
}

const fast = DEFAULT_DETECTORS.filter((d) => d.starts !== null);

/** The same detector without any shortcut: the pattern's own search and a `d`-flagged run for every match. */
function plainOf(d: Detector): Detector {
  return { ...d, starts: null, sticky: null, valueLast: false, keyOk: null, plain: null, precheck: null };
}

describe('Detector.starts (assignment detectors)', () => {
  it('is used by the password and secret assignment detectors', () => {
    expect(fast.map((d) => d.id)).toEqual(expect.arrayContaining(['password-assignment', 'secret-assignment']));
  });

  it('returns every position where the pattern matches (so running the pattern only there finds every match)', () => {
    let positions = 0;
    for (const line of lines(11)) {
      for (const d of fast) {
        const sticky = d.sticky!;
        for (let p = 0; p <= line.length; p++) {
          sticky.lastIndex = p;
          if (sticky.exec(line) === null) continue;
          positions++;
          if (d.starts!(line, p) !== p) throw new Error(`${d.id}: a match at ${p} is not a start: ${JSON.stringify(line)}`);
        }
      }
    }
    expect(positions).toBeGreaterThan(5000);
  });

  it('finds exactly what the plain pattern finds, with the same offsets and verdicts', () => {
    let found = 0;
    for (const line of lines(12)) {
      for (const d of fast) {
        const a: RawMatch[] = [];
        const b: RawMatch[] = [];
        matchInSlice(d, line, 3, a);
        matchInSlice(plainOf(d), line, 3, b);
        expect(a.map((m) => [m.start, m.end, m.verdict]), `${d.id} on ${JSON.stringify(line)}`).toEqual(b.map((m) => [m.start, m.end, m.verdict]));
        found += a.length;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});
