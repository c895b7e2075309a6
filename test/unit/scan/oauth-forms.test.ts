import { describe, expect, it } from 'vitest';
import { b62, covered, leaks, pick } from '../../helpers/leak-checks';

const HEX = '0123456789abcdef';
const LD = 'abcdefghijklmnopqrstuvwxyz0123456789';

describe('OAuth 1.0a signing material (oauth1-signing-key, oauth1-base-string-token)', () => {
  it.each([
    ['oauthlib debug', (v: string) => `DEBUG:oauthlib.oauth1.rfc5849.signature:Signing key: ${v}`],
    ['JSON debug', (v: string) => `{"level":"debug","msg":"hmac","signing_key":"${v}"}`],
    ['Java logger', (v: string) => `[main] DEBUG OAuthSigner - signingKey=${v}`],
  ])('signing key in %s', (_name, make) => {
    const v = `${pick(LD, 20)}7&${pick(LD, 20)}9`;
    expect(covered(make(v), v), make(v)).toBe(true);
  });

  it('a consumer secret alone before an empty token secret', () => {
    const v = `${pick(LD, 24)}4&`;
    expect(covered(`Signing key: ${v}`, v)).toBe(true);
  });

  it.each([
    ['once encoded', (t: string) => `base string: POST&https%3A%2F%2Fapi.example.com%2F1.1%2Fstatuses%2Fupdate.json&oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3D${b62(16)}%26oauth_token%3D${t}%26oauth_version%3D1.0`],
    ['twice encoded', (t: string) => `sig_base=GET&https%253A%252F%252Fapi.example.com&oauth_token%253D${t}%2526oauth_version%253D1.0`],
    ['at the end', (t: string) => `signature base string ...%26oauth_token%3D${t}`],
  ])('access token in a base string %s', (_name, make) => {
    const t = `${pick('0123456789', 9)}-${b62(40)}`;
    expect(covered(make(t), t), make(t)).toBe(true);
  });

  it('HMAC method names and key-derivation words stay clean', () => {
    for (const t of ['signing key: rotated', 'signing_key=&', 'oauth_signature_method%3DHMAC-SHA1%26oauth_token%3D%26', 'signing key id: kid-2026-01&v2']) {
      expect(leaks(t), t).toEqual([]);
    }
  });
});

describe('a credential on the line after its header (auth-header-next-line)', () => {
  it.each([
    ['hex under Authorization:', (v: string) => `request headers:\nAuthorization:\n  ${v}\nAccept: */*`],
    ['curl -v with Bearer split', (v: string) => `> Authorization: Bearer\n> ${v}\n> User-Agent: curl/8.5.0`],
    ['YAML block', (v: string) => `headers:\n  authorization: |\n    ${v}`],
  ])('%s', (name, make) => {
    const v = name.startsWith('hex') ? pick(HEX, 63) + '9' : b62(40);
    expect(covered(make(v), v), make(v)).toBe(true);
  });

  it('a log line or a word after the header is no token', () => {
    for (const t of ['Authorization: Bearer\n2026-12-04T10:00:00Z INFO next request', 'Authorization:\n  missing', 'Bearer\nauthentication_failed_for_user_admin', 'Authorization\n----------------']) {
      expect(leaks(t), t).toEqual([]);
    }
  });
});

describe('header forms of auth.ts: Basic%20, JSON-array ApiKey, Asana tokens behind Bearer', () => {
  const basic = (): string => Buffer.from(`${pick('0123456789', 6)}:glc_${b62(40)}`).toString('base64');
  it.each([
    ['OTLP env', (v: string) => `OTEL_EXPORTER_OTLP_HEADERS=Authorization=Basic%20${v}`],
    ['query string', (v: string) => `GET /otlp?headers=Authorization%3DBasic%20${v.replace(/=/g, '%3D')}&x=1`],
    ['collector YAML', (v: string) => `      headers: "Authorization=Basic%20${v}"`],
  ])('URL-encoded Basic in %s', (_name, make) => {
    const v = basic();
    const t = make(v);
    expect(covered(t, t.includes(v) ? v : v.replace(/=/g, '%3D')), t).toBe(true);
  });

  it.each([
    ['APM JSON', (v: string) => `request headers {"Authorization":["ApiKey ${v}"],"User-Agent":["apm-agent-java/1.52.0"]}`],
    ['Java map', (v: string) => `headers={Authorization=[ApiKey ${v}], Accept=[*/*]}`],
    ['header line', (v: string) => `Authorization: ApiKey ${v}`],
  ])('Elastic ApiKey in %s', (_name, make) => {
    const v = Buffer.from(`${b62(20)}:${b62(22)}`).toString('base64');
    expect(covered(make(v), v), make(v)).toBe(true);
  });

  it('an Asana token behind Bearer is taken whole, and Basic in prose stays clean', () => {
    const v = `2/${pick('0123456789', 16)}/${pick('0123456789', 16)}:${pick(HEX, 32)}`;
    expect(covered(`Authorization: Bearer ${v}`, v)).toBe(true);
    expect(leaks('we offer a Basic%20plan and Basic support')).toEqual([]);
  });
});
