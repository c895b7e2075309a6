import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const pick = (alphabet: string, n: number): string => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIG = '0123456789';
const B62 = UP + UP.toLowerCase() + DIG;
const URLSAFE = B62 + '_-';
const HEX = '0123456789abcdef';
/** A random string of `alphabet` with at least one digit (so it never reads as a word). */
const rnd = (alphabet: string, n: number): string => pick(alphabet, n - 1) + pick(DIG, 1);

/** The detectors whose leak findings cover all of `value` in `text`. */
function covering(text: string, value: string): string[] {
  const at = text.indexOf(value);
  return scanner.scan(text).filter((f) => isLeak(f) && f.start <= at && f.end >= at + value.length).map((f) => f.detector);
}
/** The leak findings of a text, as `detector:value`. */
const leaks = (text: string): string[] => scanner.scan(text).filter(isLeak).map((f) => `${f.detector}:${text.slice(f.start, f.end)}`);

/** An env line, a JSON body and an HTTP header or URL carrying `v`. */
const contexts = (v: string, env = 'UPSTREAM_CREDENTIAL'): string[] => [
  `${env}=${v}`,
  `{"level":"error","msg":"upstream rejected","credential":"${v}","status":401}`,
  `POST /v1/sync HTTP/1.1\r\nAuthorization: Bearer ${v}\r\nHost: api.acme.io`,
];

const CASES: [id: string, make: () => string, negative: string][] = [
  ['onepassword-secret-key', () => `A3-${rnd(UP + DIG, 6)}-${rnd(UP + DIG, 6)}-${rnd(UP + DIG, 5)}-${rnd(UP + DIG, 5)}-${rnd(UP + DIG, 5)}-${rnd(UP + DIG, 5)}`, 'A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX and A3-paper-size-x4'],
  ['planetscale-token', () => `pscale_tkn_${rnd(URLSAFE, 43)}`, 'pscale_tkn_ is the prefix of PlanetScale service tokens'],
  ['openshift-token', () => `sha256~${rnd(URLSAFE, 43)}`, 'image digest sha256~short and sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
  ['easypost-api-key', () => `EZAK${rnd(B62, 54)}`, `blob=${pick(B62, 20)}+EZAK${pick(B62, 54)}/${pick(B62, 10)}`],
  ['perplexity-api-key', () => `pplx-${rnd(B62, 48)}`, 'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  ['intra42-client-secret', () => `s-s4t2ud-${rnd(HEX, 64)}`, `s-s4t2ud-${pick(HEX, 20)} (truncated)`],
  ['claude-code-session-url', () => `session_${rnd(B62, 24)}`, 'see https://claude.ai/chat/session_01DDpXdCk8uhiRdzku123456 and https://claude.ai/code/session_short'],
  ['slack-legacy-token', () => `xoxs-${pick(DIG, 10)}-${pick(DIG, 10)}-${pick(DIG, 10)}-${rnd(HEX, 10)}`, 'https://github.com/xoxa-nyc/xoxa-nyc.github.io and xoxa-faketoken'],
];

describe('provider tokens with a published prefix', () => {
  it.each(CASES)('%s: found whole in an env line, a JSON body and a header', (id, make) => {
    for (let i = 0; i < 5; i++) {
      const v = make();
      const texts = id === 'claude-code-session-url' ? contexts(`https://claude.ai/code/${v}`) : contexts(v);
      for (const t of texts) expect({ t, by: covering(t, v) }).toEqual({ t, by: expect.arrayContaining([id]) });
    }
  });

  it.each(CASES)('%s: a close-looking negative is not a leak', (_id, _make, negative) => {
    expect(leaks(negative)).toEqual([]);
  });

  it('base64-wrapped JWTs: standard and URL-safe, not other base64 that starts alike', () => {
    const jwt = `${Buffer.from('{"alg":"RS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(`{"sub":"${rnd(DIG, 9)}"}`).toString('base64url')}.${rnd(URLSAFE, 86)}`;
    for (const v of [Buffer.from(jwt).toString('base64'), Buffer.from(jwt).toString('base64url')]) {
      for (const t of contexts(v)) expect({ t, by: covering(t, v) }).toEqual({ t, by: expect.arrayContaining(['jwt-base64']) });
    }
    const notJwt = Buffer.from(`eyJ${rnd(B62, 60)}`).toString('base64'); // starts with ZXlK but is no token
    expect(leaks(`checksum=${notJwt}`)).toEqual([]);
  });

  it('Slack webhooks: workflows and triggers paths, http:// links', () => {
    const path = `T${rnd(UP + DIG, 10)}/A${rnd(UP + DIG, 10)}/${pick(DIG, 18)}/${rnd(B62, 24)}`;
    for (const t of [`http://hooks.slack.com/workflows/${path}`, `{"webhook":"https://hooks.slack.com/workflows/${path}"}`, `SLACK_HOOK=hooks.slack.com/workflows/${path}`]) {
      expect(covering(t, path)).toContain('slack-webhook');
    }
    expect(leaks('docs: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')).toEqual([]);
  });

  it('Sourcegraph tokens in mixed-case hex and the sgp_local_ form; low-entropy look-alikes are not', () => {
    for (const v of [`sgp_${rnd('0123456789abcdefABCDEF', 16)}_${rnd('0123456789abcdefABCDEF', 40)}`, `sgp_local_${rnd(HEX, 40)}`]) {
      for (const t of contexts(v)) expect(covering(t, v)).toContain('sourcegraph-token');
    }
    expect(leaks('sgp_5555555dAAAAA7777777CcccCFaaaaaaaaaaaaaa')).toEqual([]);
  });

  it('Heroku and Google keys, not their documentation values', () => {
    const v = `${rnd(HEX, 8)}-${rnd(HEX, 4)}-4${rnd(HEX, 3)}-a${rnd(HEX, 3)}-${rnd(HEX, 12)}`;
    expect(covering(`HEROKU_API_KEY=${v}`, v)).toContain('heroku-api-key');
    expect(leaks('const HEROKU_KEY = "12345678-ABCD-ABCD-ABCD-1234567890AB"')).toEqual([]);
    expect(leaks('apiKey: "AIzaSyabcdefghijklmnopqrstuvwxyz1234567"')).toEqual([]);
    const g = `AIza${rnd(URLSAFE, 35)}`;
    expect(covering(`GOOGLE_API_KEY=${g}`, g)).toContain('google-api-key');
  });

  it('Facebook app id|client token, Anthropic keys only at their published length', () => {
    const fb = rnd(URLSAFE, 27);
    expect(covering(`graph call access_token=${pick(DIG, 15)}|${fb}&fields=id`, fb)).toContain('facebook-app-token');
    const key = `sk-ant-api03-${rnd(URLSAFE, 93)}AA`;
    expect(covering(`ANTHROPIC_API_KEY=${key}`, key)).toContain('anthropic-api-key');
    expect(leaks('sk-ant-api03-abc123xyz-456de-klMnopqrstuvwx-3456yza789bcde-1234fghijklmnopAA')).toEqual([]);
  });
});
