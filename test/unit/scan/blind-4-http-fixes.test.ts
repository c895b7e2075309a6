import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { isLeak } from '../../../src/scan';
import { b62, covered, leaks, pick, scanner } from '../../helpers/leak-checks';

/** Issue 45: the classes of blind set 4's misses in HTTP, form and personal-data forms, with generated values. */
const digits = (n: number): string => pick('0123456789', n);
const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('Authorization values printed in brackets (Java maps)', () => {
  it('finds ApiKey and other schemes inside [ ]', () => {
    const k = b64(`${b62(20)}:${b62(22)}`);
    expect(covered(`client headers: {Authorization=[ApiKey ${k}], X-Opaque-Id=[kibana]}`, k)).toBe(true);
    const t = b62(40);
    expect(covered(`headers={authorization=[Token ${t}]}`, t)).toBe(true);
    expect(covered(`"authorization": "ApiKey ${k}"`, k)).toBe(true);
  });
  it('skips empty or redacted headers', () => {
    expect(leaks(`{Authorization=[<redacted>], X-Opaque-Id=[kibana]}`)).toEqual([]);
    expect(leaks(`{Authorization=[], Accept=[application/json]}`)).toEqual([]);
  });
});

describe('basic auth with an empty user (Azure DevOps `:PAT`)', () => {
  it('finds it in git http.extraheader, headers and JSON', () => {
    const v = b64(`:${pick('abcdefghijklmnopqrstuvwxyz234567', 51)}7`);
    expect(covered(`git -c http.extraheader="AUTHORIZATION: basic ${v}" fetch --force origin`, v)).toBe(true);
    expect(covered(`Authorization: Basic ${v}`, v)).toBe(true);
    expect(covered(`{"headers":{"Authorization":"Basic ${v}"}}`, v)).toBe(true);
  });
  it('skips an empty user before a short or word-only password', () => {
    expect(leaks(`Authorization: Basic ${b64(':secret')}`)).toEqual([]);
    expect(leaks(`Authorization: Basic ${b64(':passwordpasswordpassword')}`)).toEqual([]);
  });
});

describe('URL-encoded phone numbers (%2B)', () => {
  it('finds E.164 numbers in webhook bodies, forms and query strings', () => {
    const a = `%2B1${digits(10)}`;
    expect(covered(`body=MessageStatus=delivered&To=${a}&MessageSid=SM${digits(32)}`, a)).toBe(true);
    const b = `%2B49+155+${digits(8)}`;
    expect(covered(`email=x%40example.org&phone=${b}&message=Please+call`, b)).toBe(true);
    const c = `%2B33%206%20${digits(2)}%20${digits(2)}%20${digits(2)}%20${digits(2)}`;
    expect(covered(`GET /callback?mobile=${c} HTTP/1.1`, c)).toBe(true);
  });
  it('skips base64 pieces, short numbers and encoded signs inside tokens', () => {
    expect(leaks(`cursor=Ab9${b62(10)}%2B${digits(12)}%3D`)).toEqual([]);
    expect(leaks(`delta=%2B${digits(4)}&unit=ms`)).toEqual([]);
    expect(leaks(`tz=UTC%2B01%3A00&x=1`)).toEqual([]);
  });
});

describe('French mobiles', () => {
  it('are covered to the last pair in prose, JSON and headers', () => {
    const pairs = (): string => `${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
    const a = `+33 6 ${pairs()}`;
    expect(covered(`rappeler le client au ${a} avant midi`, a)).toBe(true);
    const b = `+33 7 ${pairs()}`;
    expect(covered(`{"phone":"${b}"}`, b)).toBe(true);
    const c = `+33 6 ${pairs()}`;
    expect(covered(`X-Caller: ${c}`, c)).toBe(true);
  });
});

describe('street addresses under an address key', () => {
  it('are covered to the end of the value: city, state and postcode too', () => {
    const a = `${digits(3)} Hawthorne Avenue, Springfield, IL ${digits(5)}`;
    expect(covered(`applicant:\n  address: ${a}\n  risk_score: 0.42`, a)).toBe(true);
    const b = `${digits(2)} Rue de la Paix, 75002 Paris`;
    expect(covered(`kyc address=${b} status=review`, b)).toBe(true);
    const c = `${digits(4)} Elm Street, Portland, OR ${digits(5)}`;
    expect(covered(`{"address": "${c}"}`, c)).toBe(true);
  });
  it('stop at the next key and skip network addresses', () => {
    const t = `address=${digits(2)} Oak Lane, Leeds status=ok`;
    expect(leaks(t).join(' ')).not.toContain('status');
    expect(leaks(`ip_address: 10.0.0.1, mac_address: none`)).toEqual([]);
  });
});

describe('compose passwords starting with * and what * does mean', () => {
  it('finds `*…` passwords, skips YAML aliases, masks and MySQL hashes', () => {
    const p = `*${digits(1)}${b62(12)}~w.t`;
    expect(covered(`      - PGADMIN_DEFAULT_PASSWORD=${p}`, p)).toBe(true);
    const q = `*${digits(2)}${b62(10)}!`;
    expect(covered(`DB_PASSWORD="${q}"`, q)).toBe(true);
    expect(leaks(`  password: *db_password`)).toEqual([]);
    expect(leaks(`  password: ********`)).toEqual([]);
    expect(leaks(`  password: "*${randomBytes(20).toString('hex').toUpperCase()}"`)).toEqual([]);
  });
});

describe('secret-store paths are not secrets', () => {
  it('skips vault lookups and kv paths, keeps real secrets with slashes', () => {
    expect(leaks(`smtp_password: "{{ lookup('hashi_vault', 'secret=secret/data/smtp:password') }}"`)).toEqual([]);
    expect(leaks(`api_token: kv/data/prod/payments#token`)).toEqual([]);
    expect(leaks(`client_secret=secret/stripe`)).toEqual([]);
    const s = `${b62(12)}/${b62(14)}+${b62(10)}`;
    expect(covered(`client_secret=${s}`, s)).toBe(true);
  });
});

describe('Firebase web config across lines', () => {
  const key = (): string => `AIza${b62(35)}`;
  it('reports the apiKey as public when authDomain or firebaseapp.com follows', () => {
    const k = key();
    const text = `const firebaseConfig = {\n  apiKey: "${k}",\n  authDomain: "shop-${digits(3)}.firebaseapp.com",\n  projectId: "shop"\n};`;
    const f = scanner.scan(text).find((x) => x.detector === 'google-api-key');
    expect(f).toBeDefined();
    expect(isLeak(f!)).toBe(false);
    const m = key();
    expect(leaks(`firebase:\n  apiKey: ${m}\n  messagingSenderId: "${digits(12)}"`)).toEqual([]);
  });
  it('keeps a bare key elsewhere a leak', () => {
    const k = key();
    expect(leaks(`GET /maps/api/geocode/json?key=${k} -> 403`)).toEqual([k]);
    const j = key();
    expect(leaks(`{"google_maps_key":"${j}"}\n{"status":"ok"}`)).toEqual([j]);
  });
});
