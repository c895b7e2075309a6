import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

const enc = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A signed-looking JWT with the given payload (HS256 by default, random 32-byte signature). */
export function jwt(r: Rng9, payload: object, alg = 'HS256'): string {
  const sigLen = alg.startsWith('ES') ? 64 : alg.startsWith('RS') ? 256 : 32;
  return `${enc({ alg, typ: 'JWT' })}.${enc(payload)}.${r.b64url(sigLen)}`;
}

/** A PEM private key body (PKCS#8 RSA or EC), lines joined by `nl` (a real newline or an escaped `\\n`). */
export function pem(r: Rng9, nl: string, ec = false): string {
  const head = ec ? 'MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg' : 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ';
  const body = head + r.b64(ec ? 102 : 1180).replace(/=+$/, '');
  const lines = body.match(/.{1,64}/g)!;
  return ['-----BEGIN PRIVATE KEY-----', ...lines, '-----END PRIVATE KEY-----'].join(nl);
}

/** An AWS access key id (`AKIA`/`ASIA` + 16). */
export const awsKeyId = (r: Rng9, prefix = 'AKIA'): string => prefix + r.chars(UPPER + '234567', 16);

/** An AWS secret access key (40 base64 characters). */
export const awsSecret = (r: Rng9): string => r.chars(B62 + '/+', 40);

/** A password with mixed classes that survives URLs. */
export const pw = (r: Rng9, n = 18): string => r.urlPassword(n);

/** Lowercase base32 (RFC 4648 alphabet, lowercased). */
export const b32 = (r: Rng9, n: number): string => r.chars(LOWER + '234567', n);

/** Base62 with `-` and `_`. */
export const b64u = (r: Rng9, n: number): string => r.chars(B64URL, n);

/** Upper-case letters and digits. */
export const upnum = (r: Rng9, n: number): string => r.chars(UPPER + DIGITS, n);

/** A realistic internal host name. */
export const host = (r: Rng9): string => `${r.pick(['ip-10-4', 'ip-10-12', 'ip-172-31'])}-${r.int(1, 254)}-${r.int(1, 254)}`;

/** An ISO timestamp on 2026-12-0x. */
export const ts = (r: Rng9): string => `2026-12-0${r.int(1, 4)}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(10, 59))}:${String(r.int(10, 59))}.${r.digits(3)}Z`;
