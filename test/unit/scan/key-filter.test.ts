import { describe, expect, it } from 'vitest';
import type { Detector } from '../../../src/scan/detector';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { matchInSlice, type RawMatch } from '../../../src/scan/match-detector';
import { cleanLine, rng, SAMPLES } from './generators';

/** Assignment lines with secret, password and non-secret keys, quoted and not, and sample lines. */
function lines(seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  const keys = ['password', 'db_password', 'token', 'access_token', 'api_key', 'MAILGUN_KEY', 'CACHE_KEY', 'cache_key', 'token_count', 'nextToken', 'auth', 'password_hash', 'csrf-token', 'sort_key'];
  const ops = ['=', ':', ': ', ' = ', '":"', "': '", ' "', '\\":\\"'];
  for (let i = 0; i < 3000; i++) {
    const v = r.str('ABCDEFGHabcdefgh0123456789+/_-', r.int(4, 40));
    const inner = r.int(0, 3) === 0 ? ` ${r.pick(keys)}=${r.str('abcdefXYZ0123456789', r.int(8, 30))}` : '';
    out.push(`${r.pick(['', '{"', 'x ', '$'])}${r.pick(keys)}${r.pick(ops)}${v}${inner}${r.pick(['', '"', "'", ' next=1'])}`);
    const [b, s, a] = SAMPLES[r.pick(Object.keys(SAMPLES))]!(r);
    out.push(b + s + a, cleanLine(r));
  }
  return out;
}

describe('Detector.keyOk', () => {
  it('skipping unquoted values of rejected keys finds exactly what judging every match finds', () => {
    const dets = DEFAULT_DETECTORS.filter((d) => d.keyOk !== null);
    expect(dets.map((d) => d.id)).toEqual(expect.arrayContaining(['password-assignment', 'secret-assignment']));
    let found = 0;
    let skipped = 0;
    for (const line of lines(7)) {
      for (const d of dets) {
        const slow: Detector = { ...d, keyOk: null, plain: null };
        const a: RawMatch[] = [];
        const b: RawMatch[] = [];
        matchInSlice(d, line, 0, a);
        matchInSlice(slow, line, 0, b);
        expect(a.map((m) => [m.start, m.end, m.verdict])).toEqual(b.map((m) => [m.start, m.end, m.verdict]));
        found += a.length;
        d.plain!.lastIndex = 0;
        for (let m = d.plain!.exec(line); m !== null; m = d.plain!.exec(line)) if (m.groups?.['u'] !== undefined && !d.keyOk!(m.groups['k'] ?? '')) skipped++;
      }
    }
    expect(found).toBeGreaterThan(500);
    expect(skipped).toBeGreaterThan(500);
  });
});
