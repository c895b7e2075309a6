/**
 * Blind set 84: structured credentials: JWTs (access and id tokens), Intuit's JWE access tokens,
 * DocuSign's binary-payload tokens, PEM private keys, passwords and session cookies.
 */
import { ALNUM, B64URL, HEX, Rng, b64, b64url } from './blind-set-84-rng';

/** Unix seconds of the case's clock (a seeded moment near mid-2024; no real clock is read). */
export function epoch(r: Rng): number {
  return r.now();
}

/** A signed JWT with the given claims (RS256 by default, HS256 when asked). */
export function jwt(r: Rng, claims: Record<string, string | number | string[]>, alg: 'RS256' | 'HS256' = 'RS256'): string {
  const header: Record<string, string> = alg === 'RS256' ? { alg, kid: r.chars(B64URL, 43), typ: 'JWT' } : { alg, typ: 'JWT' };
  if (r.chance(0.4)) delete header['typ'];
  const iat = epoch(r);
  const payload = { ...claims, iat, exp: iat + r.pick([300, 1800, 3600, 86400]), jti: r.uuid() };
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${b64url(r.bytes(alg === 'RS256' ? 256 : 32))}`;
}

/** An OIDC access token for an issuer (Okta, Auth0, Xero, Azure AD, NetSuite…). */
export function accessJwt(r: Rng, iss: string, aud: string, scope: string): string {
  return jwt(r, { iss, sub: r.pick([`${r.chars(ALNUM, 20)}@clients`, r.uuid(), `00u${r.chars(ALNUM, 17)}`]), aud, scope, cid: r.chars(ALNUM, 20) });
}

/** An OIDC id token carrying a user's name and email (a credential as a whole). */
export function idJwt(r: Rng, iss: string, aud: string, name: string, email: string): string {
  return jwt(r, { iss, aud, sub: `auth0|${r.hex(24)}`, name, email, email_verified: 'true', nonce: r.chars(B64URL, 22) });
}

/** An Intuit (QuickBooks) access token: a five-part JWE with `dir` key management. */
export function intuitJwe(r: Rng): string {
  const h = b64url(JSON.stringify({ enc: 'A128CBC-HS256', alg: 'dir' }));
  return `${h}..${b64url(r.bytes(16))}.${b64url(r.bytes(r.int(380, 520)))}.${b64url(r.bytes(16))}`;
}

/** A DocuSign access token: a JWT-shaped token whose payload is binary. */
export function docusignToken(r: Rng): string {
  const h = b64url(JSON.stringify({ typ: 'MT', alg: 'RS256', kid: r.uuid() }));
  const body = Buffer.concat([Buffer.from([0x01, 0x0a, 0x00, 0x00, 0x00, 0x01, 0x00, 0x05, 0x00, 0x07, 0x00]), r.bytes(r.int(160, 220))]);
  return `${h}.${b64url(body)}.${b64url(r.bytes(256))}`;
}

/** A PEM private key block (PKCS#8 RSA, PKCS#1 RSA or SEC1 EC) with DER-shaped contents. */
export function pemKey(r: Rng, eol = '\n'): string {
  const k = r.int(0, 2);
  let der: Buffer;
  let label: string;
  if (k === 0) {
    label = 'PRIVATE KEY';
    der = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), r.bytes(1185)]);
  } else if (k === 1) {
    label = 'RSA PRIVATE KEY';
    der = Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), r.bytes(1180)]);
  } else {
    label = 'EC PRIVATE KEY';
    der = Buffer.concat([Buffer.from('307702010104', 'hex'), Buffer.from([0x20]), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), Buffer.from([0x04]), r.bytes(64)]);
  }
  const body = b64(der).match(/.{1,64}/g)!.join(eol);
  return `-----BEGIN ${label}-----${eol}${body}${eol}-----END ${label}-----`;
}

const WORDS = ['maple', 'harbor', 'Falcon', 'copper', 'Orbit', 'lantern', 'Meadow', 'quartz', 'tundra', 'Velvet', 'cobalt', 'saffron', 'Juniper', 'glacier', 'pepper', 'Willow'];
const SYMS = '!@#$%^&*()-_=+?.,;:~';

/** A password as people and generators make them: words with digits, manager output, phrases, unicode, quotes. */
export function password(r: Rng): string {
  switch (r.int(0, 7)) {
    case 0:
      return `${r.pick(WORDS)}${r.pick(WORDS)}${r.int(10, 2025)}${r.chars(SYMS, 1)}`;
    case 1:
      return r.chars(ALNUM + SYMS, r.int(14, 24));
    case 2:
      return `${r.pick(WORDS)} ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.int(2, 99)}`;
    case 3:
      return `${r.pick(['Pässwört', 'Contraseña', 'Mötley', 'Çağrı', 'Żółw', 'Ñandú'])}${r.int(100, 999)}${r.chars(SYMS, 2)}`;
    case 4:
      return `${r.chars(ALNUM, 6)}"${r.chars(ALNUM, 4)}'${r.chars(ALNUM + SYMS, 6)}`;
    case 5:
      return `${r.pick(WORDS)}&${r.pick(WORDS)}#${r.int(1, 99)}%${r.chars(ALNUM, 3)}`;
    case 6:
      return `${r.chars(ALNUM, 4)}\\${r.chars(ALNUM, 5)}/${r.chars(SYMS, 2)}${r.int(10, 99)}`;
    default:
      return `${r.pick(WORDS)}${r.chars(SYMS, 1)}${r.pick(WORDS).toUpperCase()}${r.int(1000, 9999)}`;
  }
}

/** A session cookie: name and value (the value is the secret). */
export function sessionCookie(r: Rng): { name: string; value: string } {
  switch (r.int(0, 6)) {
    case 0:
      return { name: 'connect.sid', value: `s%3A${r.chars(B64URL, 32)}.${r.chars(ALNUM + '%2F', 43)}` };
    case 1:
      return { name: 'JSESSIONID', value: r.hex(32).toUpperCase() };
    case 2:
      return { name: 'laravel_session', value: b64(JSON.stringify({ iv: b64(r.bytes(16)), value: b64(r.bytes(96)), mac: r.hex(64), tag: '' })).replace(/=/g, '%3D') };
    case 3:
      return { name: '_session_id', value: r.hex(32) };
    case 4:
      return { name: 'sessionid', value: r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32) };
    case 5:
      return { name: 'PHPSESSID', value: r.chars('abcdefghijklmnopqrstuv0123456789', 26) };
    default:
      return { name: r.pick(['__Secure-next-auth.session-token', 'sid', 'auth_session']), value: r.chars(B64URL, r.int(40, 64)) };
  }
}

/** A service account / integration user name. */
export function serviceUser(r: Rng): string {
  return r.pick(['svc_billing', 'integration', 'api-sync', 'etl_user', 'payments-bot', 'crm_sync', 'svc-netsuite', 'partner_api']) + (r.chance(0.4) ? r.int(1, 9) : '');
}

/** A random opaque hex or alnum secret (webhook secrets, signing secrets). */
export function signingSecret(r: Rng): string {
  return r.chance(0.5) ? r.chars(HEX, 32) : r.chars(ALNUM, 40);
}
