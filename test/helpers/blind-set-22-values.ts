import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import type { Rng22 } from './blind-set-22-types';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** Base32 (RFC 4648, unpadded) of bytes. */
export function base32_22(buf: Buffer): string {
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const byte of buf) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(acc << (5 - bits)) & 31];
  return out;
}

/** A TOTP shared secret: base32 of 10 or 20 random bytes (16 or 32 characters). */
export const totp22 = (r: Rng22, bytes: 10 | 20 = 20): string => base32_22(r.bytes(bytes));

/** A signed JWT (RS256 / ES256 / HS256 header, real base64url JSON, random signature). */
export function jwt22(r: Rng22, payload: Record<string, unknown>, alg = 'RS256'): string {
  const header = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, kid: r.b64url(24), typ: 'JWT' };
  const sigBytes = alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32;
  return `${b64u(header)}.${b64u(payload)}.${r.b64url(sigBytes)}`;
}

/** An epoch second in late 2026. */
export const epoch22 = (r: Rng22): number => 1796000000 + r.int(0, 3000000);

/** AWS access key id (long-term AKIA or session ASIA). */
export const awsKeyId22 = (r: Rng22, prefix: 'AKIA' | 'ASIA' = 'AKIA'): string => prefix + r.chars(UPPER + '234567', 16);
/** AWS secret access key (40 characters). */
export const awsSecret22 = (r: Rng22): string => r.chars(B62 + '+/', 40);
/** AWS STS session token (base64, starting like the real ones). */
export const awsSession22 = (r: Rng22): string => `IQoJb3JpZ2luX2Vj${r.b64(300).replace(/=+$/, '')}`;

/** Okta API token (SSWS): `00` and 40 characters. */
export const oktaToken22 = (r: Rng22): string => `00${r.chars(B62 + '-_', 40)}`;
/** An Entra (Azure AD) application client secret: 3 chars, `8Q~`, 34 chars. */
export const azureSecret22 = (r: Rng22): string => `${r.chars(B62, 3)}8Q~${r.chars(B62 + '_.-~', 34)}`;
/** An OAuth client secret of the long base64url kind (Auth0, Keycloak, Cognito). */
export const clientSecret22 = (r: Rng22, n = 48): string => r.b64url(n);
/** A Google API key. */
export const googleKey22 = (r: Rng22): string => `AIza${r.chars(B62 + '-_', 35)}`;
/** A GitHub personal access token. */
export const ghToken22 = (r: Rng22): string => `ghp_${r.b62(36)}`;
/** A Google OAuth access token (ya29.). */
export const googleAccess22 = (r: Rng22): string => `ya29.a0${r.chars(B62 + '-_', 160)}`;
/** A Google OAuth refresh token (1//). */
export const googleRefresh22 = (r: Rng22): string => `1//0${r.chars(B62 + '-_', 99)}`;
/** An opaque random token (authorization code, refresh token, device code). */
export const opaque22 = (r: Rng22, n = 32): string => r.b64url(n);
/** A PKCE code verifier (43-128 unreserved characters). */
export const verifier22 = (r: Rng22): string => r.chars(B62 + '-._~', r.int(43, 96));
/** A Slack bot token. */
export const slackBot22 = (r: Rng22): string => `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;

/** A PKCS#8 RSA private key body (base64 DER starting as real 2048-bit keys do), as lines of 64. */
export function pkcs8Body22(r: Rng22): string[] {
  const b = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + r.b64(1160).replace(/=+$/, '');
  const lines: string[] = [];
  for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
  return lines;
}

/** A PEM private key with real newlines. */
export const pem22 = (r: Rng22, label = 'PRIVATE KEY'): string => [`-----BEGIN ${label}-----`, ...pkcs8Body22(r), `-----END ${label}-----`].join('\n');

/** A public certificate body (a base64 DER blob starting as X.509 does), for negatives. */
export function certBody22(r: Rng22): string {
  const b = 'MIIDdzCCAl+gAwIBAgIE' + r.b64(840).replace(/=+$/, '');
  const lines: string[] = [];
  for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
  return lines.join('\n');
}

/** Backup / recovery codes in the dashed styles IdPs print. */
export const recovery22 = (r: Rng22): string =>
  r.pick([
    () => `${r.chars(LOWER + DIGITS, 5)}-${r.chars(LOWER + DIGITS, 5)}`,
    () => `${r.digits(4)}-${r.digits(4)}-${r.digits(2)}`,
    () => `${r.chars(UPPER + DIGITS, 4)}-${r.chars(UPPER + DIGITS, 4)}-${r.chars(UPPER + DIGITS, 4)}`,
  ])();

/** A password a human or an admin script would set. */
export const pass22 = (r: Rng22): string =>
  r.pick([
    () => r.password(r.int(12, 20)),
    () => `${r.pick(['Summer', 'Welcome', 'Winter', 'Spring', 'Falcon', 'Harbor'])}${r.int(2024, 2027)}${r.pick(['!', '#', '$', '@'])}${r.chars(LOWER, 3)}`,
    () => r.urlPassword(r.int(14, 22)),
  ])();

/** A URL-safe password (no escaping needed in URLs and shell). */
export const upass22 = (r: Rng22): string => r.urlPassword(r.int(14, 22));

/** A GUID (tenant id, object id): not a secret. */
export const guid22 = (r: Rng22): string => r.uuid();
