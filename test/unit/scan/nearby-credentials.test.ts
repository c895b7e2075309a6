import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b62 = (n: number): string => [...randomBytes(n)].map((b) => B62[b % 62]).join('');
const hex = (n: number): string => randomBytes(Math.ceil(n / 2)).toString('hex').slice(0, n);
/** The texts of the leak findings of a text. */
const leaks = (t: string): string[] => scanner.scan(t).filter(isLeak).map((f) => t.slice(f.start, f.end));

describe('Vault tokens and CLI tables', () => {
  it('finds hvs./hvb./hvr. tokens of 24+ characters', () => {
    const s = `hvs.${b62(24)}`;
    expect(leaks(`Key                  Value\n---                  -----\ntoken                ${s}\ntoken_duration       768h`)).toEqual([s]);
    const r = `hvr.${b62(30)}`;
    expect(leaks(`VAULT_TOKEN=${r}`)).toEqual([r]);
    const b = `hvb.${b62(40)}`;
    expect(leaks(`{"auth":{"client_token":"${b}"}}`)).toContain(b);
    expect(leaks(`hvs.${b62(12)} is too short`)).toEqual([]);
  });
  it('takes <secret key name><2+ spaces><value> at line start, not other columns', () => {
    const v = b62(26);
    expect(leaks(`Key           Value\nclient_secret  ${v}\npolicies       [default]`)).toEqual([v]);
    const p = `${b62(9)}7!x`;
    expect(leaks(`password      ${p}`)).toEqual([p]);
    expect(leaks(`token_accessor       ${b62(24)}\ntoken_policies       ["default"]`)).toEqual([]);
    expect(leaks(`token                <none>`)).toEqual([]);
  });
});

describe('Twilio auth token near its SID', () => {
  it('32 hex after token/auth within a few lines of an AC SID', () => {
    const t = hex(32);
    expect(leaks(`SID AC${hex(32)}\ntoken ${t}`)).toContain(t);
    const u = hex(32);
    expect(leaks(`twilio account: AC${hex(32)}\nregion us1\nauth token: ${u}`)).toContain(u);
  });
  it('not without a SID, and not far away', () => {
    expect(leaks(`token ${hex(32)}`)).toEqual([]);
    const far = `SID AC${hex(32)}\n${'line\n'.repeat(6)}token ${hex(32)}`;
    expect(leaks(far).filter((x) => x.length === 32)).toEqual([]);
  });
});

describe('Basic credentials with an empty password', () => {
  const basic = (s: string): string => Buffer.from(s).toString('base64');
  it('count when the user part is a long random token', () => {
    const c = basic(`${b62(32)}:`);
    expect(leaks(`Authorization: Basic ${c}`)).toEqual([c]);
    const d = basic(`${b62(24)}:`);
    expect(leaks(`curl -H "authorization: basic ${d}"`)).toEqual([d]);
    // A random token that happens to hold no digit (1 draw in 70 of b62(24)).
    const e = basic('KUTNQVCsGkXZiovUdHajotoh:');
    expect(leaks(`curl -H "authorization: basic ${e}"`)).toEqual([e]);
  });
  it('not with a plain user name and no password', () => {
    expect(leaks(`Authorization: Basic ${basic('writekey:')}`)).toEqual([]);
    expect(leaks(`Authorization: Basic ${basic('integration-user-account:')}`)).toEqual([]);
  });
});

describe('session cookies by name, in headers and HAR', () => {
  it('finds session-ish cookie values', () => {
    const v = b62(48);
    expect(leaks(`{"name":"Set-Cookie","value":"_acme_session=${v}; path=/; secure; HttpOnly"}`)).toEqual([v]);
    const w = b62(32);
    expect(leaks(`{"name": "cookie", "value": "theme=dark; remember_token=${w}"}`)).toEqual([w]);
  });
  it('not low-entropy values, other names, or without a cookie', () => {
    expect(leaks(`{"name":"Set-Cookie","value":"_acme_session=deleted; path=/"}`)).toEqual([]);
    expect(leaks(`{"name":"Set-Cookie","value":"_acme_theme=${b62(2)}dark; path=/"}`)).toEqual([]);
    expect(leaks(`session_started=${b62(24)}`)).toEqual([]);
    expect(leaks(`{"name":"Set-Cookie","value":"inside_layout=${b62(32)}; path=/"}`)).toEqual([]);
    const s = b62(32);
    expect(leaks(`{"name":"Set-Cookie","value":"connect.sid=${s}; path=/"}`)).toEqual([s]);
  });
});
