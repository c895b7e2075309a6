import { describe, expect, it } from 'vitest';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { cleanLine, rng, SAMPLES } from './generators';

/** Lines where assignments are likely: samples of every kind, and key/operator/quote forms around generated values. */
function lines(seed: number): string[] {
  const r = rng(seed);
  const out: string[] = [];
  const keys = ['password', 'db_password', 'dbPassword', 'PGPASSWORD', 'pass', 'pwd', 'token', 'access_token', 'SessionToken', 'api_key', 'apiKey', 'MAILGUN_KEY', 'client_secret', 'auth', 'x-auth-token', 'sonar.login', 'creds', 'signature', 'sig', 'secret_value', 'token_b64', 'cache_key', 'token_count'];
  const ops = ['=', ':', ': ', ' = ', ':=', '=>', '?=', '::=', '.=', '+=', '%3D', '%3A', '":"', '\\":\\"', "': '", ' "', '\\\\\\":\\\\\\"'];
  for (let i = 0; i < 3000; i++) {
    const v = r.str('ABCDEFGHabcdefgh0123456789+/_-!#& ', r.int(4, 40));
    out.push(`${r.pick(['', '  ', 'export ', '{"', 'x ', '--', '$'])}${r.pick(keys)}${r.pick(ops)}${v}${r.pick(['', '"', '\'', ' next=1', ';'])}`);
    const [b, s, a] = SAMPLES[r.pick(Object.keys(SAMPLES))]!(r);
    out.push(b + s + a, cleanLine(r));
  }
  return out;
}

describe('Detector.precheck', () => {
  it('every match of the pattern holds a precheck match at most `reach` after its start (so skipping and starting late change nothing)', () => {
    const dets = DEFAULT_DETECTORS.filter((d) => d.precheck !== null);
    expect(dets.map((d) => d.id)).toEqual(expect.arrayContaining(['password-assignment', 'secret-assignment']));
    let matched = 0;
    let skipped = 0;
    for (const line of lines(3)) {
      for (const d of dets) {
        const { re, reach } = d.precheck!;
        if (line.search(re) < 0) skipped++;
        d.pattern.lastIndex = 0;
        for (let m = d.pattern.exec(line); m !== null; m = d.pattern.exec(line)) {
          matched++;
          const at = line.slice(m.index).search(re);
          if (at < 0 || at > reach) throw new Error(`${d.id}: no precheck match within ${reach} of a match at ${m.index}: ${JSON.stringify(line)}`);
        }
      }
    }
    expect(matched).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(1000);
  });
});
