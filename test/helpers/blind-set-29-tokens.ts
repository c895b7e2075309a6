import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** base64url of a JSON object. */
const seg = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A signed JWT with the given claims (ES256 or RS256 signature length). */
export function jwt(r: Rng9, claims: Record<string, unknown>, alg: 'ES256' | 'RS256' = 'RS256', kid?: string): string {
  const h: Record<string, unknown> = { alg, typ: 'JWT' };
  if (kid !== undefined) h['kid'] = kid;
  const now = 1764900000 + r.int(0, 900000);
  return `${seg(h)}.${seg({ ...claims, iat: now, exp: now + r.pick([300, 1200, 3600]) })}.${r.b64url(alg === 'ES256' ? 64 : 256)}`;
}

/** A PEM private key: `ec` (an APNs/App Store .p8, PKCS#8 P-256) or `rsa` (a service account key). */
export function pem(r: Rng9, kind: 'ec' | 'rsa'): string {
  const body = kind === 'ec' ? 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg' + r.b64(105).slice(0, 136) : 'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ' + r.b64(1200).slice(0, 1574) + '==';
  return `-----BEGIN PRIVATE KEY-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----\n`;
}

/** JSON-escapes a string without the quotes. */
export const jsonEsc = (s: string): string => JSON.stringify(s).slice(1, -1);

/** XML-escapes a string. */
export const xmlEsc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A password with XML- or URL-awkward characters. */
export const awkwardPassword = (r: Rng9): string => r.chars(UPPER + LOWER, 4) + r.pick(['&', '<', '@', '#', '%', '+', '/']) + r.chars(B62, 7) + r.pick(['&', '!', '$', '?']) + r.digits(2);

/** Provider credentials in their published shapes, keyed by kind. */
export const CRED: Record<string, (r: Rng9) => string> = {
  stripe_sk: (r) => 'sk_live_' + r.b62(r.pick([24, 99])),
  stripe_rk: (r) => 'rk_live_' + r.b62(r.pick([24, 99])),
  stripe_whsec: (r) => 'whsec_' + r.b62(32),
  fcm_server: (r) => 'AAAA' + r.chars(B64URL, 7) + ':APA91b' + r.chars(B64URL, 134),
  onesignal: (r) => r.pick(['os_v2_app_' + r.chars('abcdefghijklmnopqrstuvwxyz234567', 113), r.b64(36)]),
  segment: (r) => r.b62(32),
  amplitude_secret: (r) => r.hex(32),
  mixpanel_secret: (r) => r.hex(32),
  appsflyer: (r) => r.b62(22),
  branch_secret: (r) => 'secret_live_' + r.b62(32),
  revenuecat: (r) => 'sk_' + r.b62(32),
  adapty: (r) => 'secret_live_' + r.b62(8) + '.' + r.b62(32),
  mapbox_sk: (r) => 'sk.' + seg({ u: r.pick(['tripwise', 'wanderly-app', 'goride']), a: 'cl' + r.chars(LOWER + DIGITS, 23) }) + '.' + r.chars(B64URL, 22),
  here: (r) => r.chars(B64URL, 43),
  google_secret: (r) => 'GOCSPX-' + r.chars(B64URL, 28),
  google_refresh: (r) => '1//0' + r.chars('bcdefg', 1) + r.chars(B64URL, 98),
  google_access: (r) => 'ya29.a0A' + r.chars(B64URL, 170),
  sentry_token: (r) => 'sntryu_' + r.hex(64),
  duffel: (r) => 'duffel_live_' + r.chars(B64URL, 43),
  amadeus_secret: (r) => r.b62(16),
  expedia_secret: (r) => r.b62(r.pick([13, 16])),
  twilio_token: (r) => r.hex(32),
  braintree_private: (r) => r.hex(32),
  adyen: (r) => 'AQE' + r.chars(B62, 5) + r.b64(66) + '-' + r.b64(32),
  paypal_secret: (r) => 'E' + r.chars(B64URL, 79),
  klarna: (r) => 'klarna_live_api_' + r.chars(B64URL, 48),
  zendesk: (r) => r.b62(40),
  intercom: (r) => Buffer.from(`tok:${r.uuid()}:1:0`).toString('base64'),
  gorgias: (r) => r.hex(64),
  auth0_secret: (r) => r.chars(B64URL, 64),
  aws_secret: (r) => r.b64(30),
  session: (r) => r.chars(B64URL, r.int(32, 48)),
  magic: (r) => r.chars(B64URL, 43),
  password: (r) => r.password(r.int(12, 20)),
};

/** An AWS access key id. */
export const awsKeyId = (r: Rng9): string => 'AKIA' + r.chars(UPPER + '234567', 16);

/** A hex string of n digits. */
export const hexN = (r: Rng9, n: number): string => r.chars(HEX, n);
