import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng81 } from './blind-set-81-rng';

const b64url = (s: string): string => Buffer.from(s).toString('base64url');

/** A signed JWT (RS256 or HS256) with realistic claims for a mobile or web session. */
export function jwt81(r: Rng81, kind: 'access' | 'id' = 'access'): string {
  const alg = r.pick(['RS256', 'RS256', 'ES256', 'HS256']);
  const header = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.b64url(12) };
  const iat = 1764900000 + r.int(0, 2_000_000);
  const iss = r.pick(['https://auth.lumora.app/', 'https://securetoken.google.com/fernway-prod', 'https://id.kestrelpay.io', 'https://login.tidebook.com/oauth2/default', 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_' + r.b62(9)]);
  const payload: Record<string, unknown> =
    kind === 'id'
      ? { iss, aud: r.b62(22), sub: r.uuid(), iat, exp: iat + 3600, nonce: r.b64url(16), auth_time: iat - r.int(0, 90), amr: ['pwd'] }
      : { iss, sub: String(r.int(100000, 99999999)), aud: r.pick(['mobile-api', 'https://api.lumora.app', 'web-client']), scope: r.pick(['openid profile email offline_access', 'read:orders write:cart', 'user:read payments:write']), iat, exp: iat + r.pick([900, 3600, 86400]), jti: r.uuid() };
  const sigLen = alg === 'HS256' ? 32 : alg === 'ES256' ? 64 : 256;
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${r.b64url(sigLen)}`;
}

/** An opaque OAuth refresh token in one of the shapes identity providers hand out. */
export function refreshToken81(r: Rng81): string {
  switch (r.int(0, 4)) {
    case 0:
      return `v1.M${r.chars(B64URL, 120)}`;
    case 1:
      return `1//0${r.chars(UPPER + LOWER + DIGITS + '-_', 99)}`;
    case 2:
      return `AMf-vB${r.chars(B64URL, 250)}`;
    case 3:
      return r.b64url(48);
    default:
      return `rt_${r.b62(40)}`;
  }
}

/** An opaque bearer access token (Google ya29, Okta-like or random). */
export function accessToken81(r: Rng81): string {
  switch (r.int(0, 2)) {
    case 0:
      return `ya29.a0${r.chars(B64URL, 160)}`;
    case 1:
      return r.b64url(32);
    default:
      return `at_${r.b62(43)}`;
  }
}

/** A session cookie as name and value. */
export function sessionCookie81(r: Rng81): { name: string; value: string } {
  switch (r.int(0, 5)) {
    case 0:
      return { name: 'connect.sid', value: `s%3A${r.b64url(24)}.${r.b64(32).replace(/=+$/, '').replace(/\+/g, '%2B').replace(/\//g, '%2F')}` };
    case 1:
      return { name: '_session_id', value: r.hex(32) };
    case 2:
      return { name: 'PHPSESSID', value: r.chars(LOWER + DIGITS, 26) };
    case 3:
      return { name: 'sessionid', value: r.chars(LOWER + DIGITS, 32) };
    case 4:
      return { name: '__Secure-next-auth.session-token', value: `${b64url('{"alg":"dir","enc":"A256GCM"}')}..${r.b64url(12)}.${r.b64url(180)}.${r.b64url(16)}` };
    default:
      return { name: 'JSESSIONID', value: r.chars(UPPER + DIGITS, 32) };
  }
}

/** A Stripe secret or restricted live key. */
export function stripeSecret81(r: Rng81): string {
  return `${r.pick(['sk_live_', 'rk_live_'])}51${r.b62(r.int(95, 97))}`;
}

/** A Stripe publishable key (public by design). */
export function stripePublic81(r: Rng81): string {
  return `pk_live_51${r.b62(97)}`;
}

/** A legacy FCM server key. */
export function fcmServerKey81(r: Rng81): string {
  return `AAAA${r.chars(B64URL, 7)}:APA91b${r.chars(B64URL, 134)}`;
}

/** A Google API key (public when it sits in a client config). */
export function googleApiKey81(r: Rng81): string {
  return `AIzaSy${r.chars(B64URL, 33)}`;
}

/** An AWS access key id and secret. */
export function awsPair81(r: Rng81): { id: string; secret: string } {
  return { id: `${r.pick(['AKIA', 'AKIA', 'ASIA'])}${r.chars(UPPER + '234567', 16)}`, secret: r.chars(UPPER + LOWER + DIGITS + '+/', 40) };
}

/** A Mapbox token: `sk.` is secret, `pk.` is public. */
export function mapbox81(r: Rng81, prefix: 'sk' | 'pk'): string {
  return `${prefix}.${b64url(JSON.stringify({ u: r.pick(['fernway', 'lumora-maps', 'kestrel-dev', 'tidebook']), a: r.chars(LOWER + DIGITS, 25) }))}.${r.chars(B64URL, 22)}`;
}

/** A SendGrid API key. */
export function sendgrid81(r: Rng81): string {
  return `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
}

/** A GitHub personal access token (classic or fine-grained). */
export function github81(r: Rng81): string {
  return r.next() < 0.5 ? `ghp_${r.b62(36)}` : `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`;
}

/** A Twilio account SID and auth token. */
export function twilio81(r: Rng81): { sid: string; token: string } {
  return { sid: `AC${r.hex(32)}`, token: r.hex(32) };
}

/** A Braintree production access token. */
export function braintree81(r: Rng81): string {
  return `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`;
}

/** A Shopify Admin API access token. */
export function shopify81(r: Rng81): string {
  return `shpat_${r.hex(32)}`;
}

/** A Slack bot token. */
export function slack81(r: Rng81): string {
  return `xoxb-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`;
}

/** A Sentry user auth token. */
export function sentryAuth81(r: Rng81): string {
  return `sntryu_${r.hex(64)}`;
}

/** An OpenAI project key. */
export function openai81(r: Rng81): string {
  return `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`;
}

/** A 32-hex admin/server key (Algolia admin, Mailgun-like hex keys). */
export function hex32(r: Rng81): string {
  return r.hex(32);
}

/** A user password as typed into a login form (sometimes with spaces or punctuation). */
export function password81(r: Rng81): string {
  switch (r.int(0, 4)) {
    case 0:
      return r.password(r.int(10, 18));
    case 1:
      return `${r.pick(['Sunset', 'Harbor', 'Maple', 'Quartz', 'Tigerlily', 'Orchard'])}${r.pick(['!', '#', '@', '$'])}${r.digits(4)}${r.pick(['Go', 'xo', 'Zz', 'Qp'])}`;
    case 2:
      return `${r.pick(['blue', 'quiet', 'salty', 'brave'])} ${r.pick(['otter', 'lantern', 'cactus', 'river'])} ${r.digits(2)}${r.pick(['!', '?', ';'])}`;
    case 3:
      return r.urlPassword(r.int(12, 20));
    default:
      return `${r.chars(UPPER, 1)}${r.chars(LOWER, 6)}${r.pick(['%', '&', '*', '#'])}${r.digits(3)}${r.chars(LOWER + DIGITS, 3)}`;
  }
}

/** A password safe inside URL-encoded forms and unquoted Dart maps (no spaces, no reserved characters). */
export function plainPassword81(r: Rng81): string {
  return r.urlPassword(r.int(11, 19));
}

/** Basic auth credentials and their header value. */
export function basic81(r: Rng81, user: string): { header: string; password: string } {
  const password = plainPassword81(r);
  return { header: Buffer.from(`${user}:${password}`).toString('base64'), password };
}

/** A short API key of a generic SaaS (live prefix plus base62). */
export function liveKey81(r: Rng81, prefix: string, n = 32): string {
  return `${prefix}${r.b62(n)}`;
}

/** A random id of hex or digits, for negatives and filler. */
export function filler81(r: Rng81, n: number): string {
  return r.chars(r.next() < 0.5 ? HEX : DIGITS, n);
}

/** A base62 opaque id of n characters (not a secret: object ids, request ids). */
export function objId81(r: Rng81, prefix: string, n = 14): string {
  return `${prefix}${r.chars(B62, n)}`;
}
