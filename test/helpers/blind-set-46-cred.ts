import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A JWT (RS256 or HS256) with a realistic payload. */
export function jwt(r: Rng9, payload: Record<string, unknown> = {}, alg: 'RS256' | 'HS256' | 'ES256' = 'RS256'): string {
  const now = 1790000000 + r.int(0, 9000000);
  const body = { sub: r.uuid(), iat: now, exp: now + r.pick([3600, 28800, 86400]), ...payload };
  const header = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.hex(16) };
  return `${b64u(header)}.${b64u(body)}.${r.b64url(alg === 'RS256' ? 256 : 32)}`;
}
/** A Home Assistant long-lived access token (HS256, iss = refresh token id). */
export const haToken = (r: Rng9): string => {
  const iat = 1760000000 + r.int(0, 9000000);
  return `${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ iss: r.hex(32), iat, exp: iat + 315360000 })}.${r.b64url(32)}`;
};
export const awsId = (r: Rng9): string => `${r.pick(['AKIA', 'ASIA'])}${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
export const awsSecret = (r: Rng9): string => r.chars(B62 + '/+', 40);
export const stripeSk = (r: Rng9): string => `${r.pick(['sk_live_51', 'rk_live_51'])}${r.b62(97)}`;
export const whsec = (r: Rng9): string => `whsec_${r.b62(32)}`;
export const ghp = (r: Rng9): string => r.pick([`ghp_${r.b62(36)}`, `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`]);
export const slackBot = (r: Rng9): string => `xox${r.pick(['b', 'p'])}-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;
export const slackHook = (r: Rng9): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
export const teamsHook = (r: Rng9): string => `https://${r.pick(['contoso-energy', 'gridops', 'nwpower'])}.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}/V2${r.b62(40)}`;
export const twilioToken = (r: Rng9): string => r.hex(32);
export const twilioSid = (r: Rng9): string => `AC${r.hex(32)}`;
export const sendgrid = (r: Rng9): string => `SG.${r.b64url(16)}.${r.b64url(32)}`;
export const gToken = (r: Rng9): string => `ya29.a0${r.chars(B64URL, 160)}`;
export const gRefresh = (r: Rng9): string => `1//0${r.chars(B64URL, 2)}${r.chars(B64URL, 98)}`;
export const pem = (r: Rng9, kind: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' = 'RSA PRIVATE KEY', nl = '\n'): string => {
  const head = kind === 'EC PRIVATE KEY' ? 'MHcCAQEEI' : kind === 'PRIVATE KEY' ? 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' : 'MIIEowIBAAKCAQEA';
  const body = head + r.b64(kind === 'EC PRIVATE KEY' ? 90 : 600).replace(/=+$/, '');
  const lines = body.match(/.{1,64}/g)!.join(nl);
  return `-----BEGIN ${kind}-----${nl}${lines}${nl}-----END ${kind}-----`;
};
export const datadog = (r: Rng9): string => r.hex(32);
export const sentryDsn = (r: Rng9): string => `https://${r.hex(32)}@o${r.digits(6)}.ingest.${r.pick(['us.', 'de.', ''])}sentry.io/${r.digits(7)}`;
export const okta = (r: Rng9): string => `00${r.chars(B62 + '-_', 40)}`;
export const npm = (r: Rng9): string => `npm_${r.b62(36)}`;
export const mailgun = (r: Rng9): string => `key-${r.hex(32)}`;
export const braintree = (r: Rng9): string => `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`;
export const square = (r: Rng9): string => `EAAA${r.chars(B64URL, 60)}`;
export const plaidSecret = (r: Rng9): string => r.hex(30);
export const plaidAccess = (r: Rng9): string => `access-production-${r.uuid()}`;
export const mapboxSk = (r: Rng9): string => `sk.eyJ1Ijoi${r.chars(B62, 20)}IiwiYSI6Im${r.chars(B62, 24)}In0.${r.chars(B64URL, 22)}`;
export const azureAccountKey = (r: Rng9): string => r.b64(64);
export const azureSecret = (r: Rng9): string => `${r.b62(3)}8Q~${r.chars(B62 + '-_.~', 34)}`;
export const openai = (r: Rng9): string => `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`;
export const sfSession = (r: Rng9): string => `00D${r.chars(B62, 12)}!${r.chars(B62 + '.', 96)}`;
export const auth0Secret = (r: Rng9): string => r.chars(B64URL, 64);
export const adyen = (r: Rng9): string => `AQE${r.chars(B62, 3)}mfxK${r.chars(B62 + '+/=', 110)}`;
export const pagerduty = (r: Rng9): string => `u+${r.chars(B62 + '_-', 18)}`;
export const gitlab = (r: Rng9): string => `glpat-${r.chars(B62 + '-_', 20)}`;
export const hueKey = (r: Rng9): string => r.chars(B62 + '-', 40);
export const hueClientKey = (r: Rng9): string => r.chars(HEX.toUpperCase(), 32);
export const ecobeeKey = (r: Rng9): string => r.chars(B62, 32);
export const solarEdgeKey = (r: Rng9): string => r.chars(UPPER + DIGITS, 32);
export const enphaseKey = (r: Rng9): string => r.hex(32);
export const ringRefresh = (r: Rng9): string => `eyJydCI6${r.chars(B62 + '+/', 180)}`;
export const teslaRefresh = (r: Rng9): string => `NA_${r.hex(64)}`;
export const ocpiToken = (r: Rng9): string => Buffer.from(r.uuid()).toString('base64');
export const session = (r: Rng9): string => r.pick([r.hex(32).toUpperCase(), `s%3A${r.chars(B64URL, 32)}.${r.b64(32).replace(/=+$/, '').replace(/\+/g, '%2B').replace(/\//g, '%2F')}`, r.b64url(48)]);
export const secret = (r: Rng9, n = 32): string => r.chars(B62, n);
export const hexKey = (r: Rng9, n = 40): string => r.hex(n);
export const basic = (user: string, pw: string): string => Buffer.from(`${user}:${pw}`).toString('base64');
/** A long password with a space or shell-hostile characters (for quoted contexts). */
export const phrase = (r: Rng9): string => `${r.chars(UPPER, 1)}${r.chars(LOWER, 5)} ${r.chars(LOWER, 4)}${r.pick([';', '&', '#', '$', '!'])}${r.digits(3)}${r.chars(UPPER, 2)}`;
