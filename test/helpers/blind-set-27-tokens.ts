import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** Blind set 27: credential generators in each provider's published (or observed) shape. */

const b64url = (s: string): string => Buffer.from(s).toString('base64url');

/** A signed-looking JWT whose header and payload decode to JSON. */
export function jwt(r: Rng9, payload: Record<string, unknown>, alg = 'RS256'): string {
  const head = b64url(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'RS256' ? { kid: r.hex(16) } : {}) }));
  return `${head}.${b64url(JSON.stringify(payload))}.${r.b64url(alg === 'RS256' ? 256 : 32)}`;
}

/** A PEM block (RSA/PKCS#8/encrypted) with 64-column base64 lines, joined by `nl`. */
export function pem(r: Rng9, label: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'ENCRYPTED PRIVATE KEY' = 'PRIVATE KEY', nl = '\n', lines = 12): string {
  const lead = label === 'RSA PRIVATE KEY' ? 'MIIEowIBAAKCAQEA' : label === 'PRIVATE KEY' ? 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' : 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI';
  const body = lead + r.b64(48 * lines).replace(/=+$/, '');
  const out: string[] = [];
  for (let i = 0; i < body.length; i += 64) out.push(body.slice(i, i + 64));
  return [`-----BEGIN ${label}-----`, ...out, `-----END ${label}-----`].join(nl);
}

/** A Microsoft Entra / Graph client secret value (`xxxNQ~…`, 40 characters). */
export const graphSecret = (r: Rng9): string => `${r.chars(B62, 3)}${r.int(0, 9)}Q~${r.chars(B62 + '_-.~', 34)}`;
/** An Okta API token used as `SSWS <token>`. */
export const oktaToken = (r: Rng9): string => `00${r.chars(B62 + '-_', 40)}`;
/** A Slack bot token. */
export const slackBot = (r: Rng9): string => `xoxb-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`;
/** A Slack app-level token. */
export const slackApp = (r: Rng9): string => `xapp-1-A0${r.chars(UPPER + DIGITS, 9)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(64)}`;
/** A Slack user token. */
export const slackUser = (r: Rng9): string => `xoxp-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(32)}`;
/** A Dropbox short-lived access token. */
export const dropboxToken = (r: Rng9): string => `sl.${r.pick(['B', 'u.AF'])}${r.chars(B64URL, 136)}`;
/** An Adobe Acrobat Sign integration key. */
export const adobeSignKey = (r: Rng9): string => `3AAABLblqZhB${r.chars(B64URL.replace(/[-_]/g, ''), 54)}`;
/** An Intercom access token (base64 of `tok:<uuid>:1:0`). */
export const intercomToken = (r: Rng9): string => Buffer.from(`tok:${r.uuid().replace(/-/g, '_')}:1:0`).toString('base64');
/** A SmartRecruiters API token (X-SmartToken). */
export const smartToken = (r: Rng9): string => `DCRA1-${r.hex(32)}`;
/** An AWS access key id and secret. */
export const awsKey = (r: Rng9): [string, string] => [`AKIA${r.chars(UPPER + '234567', 16)}`, r.chars(B62 + '/+', 40)];
/** A GitHub personal access token. */
export const ghToken = (r: Rng9): string => `ghp_${r.b62(36)}`;
/** A SendGrid API key (SMTP password for `apikey`). */
export const sendgridKey = (r: Rng9): string => `SG.${r.b64url(16)}.${r.b64url(32)}`;
/** A Gmail app password (four groups of four lower-case letters). */
export const appPassword = (r: Rng9): string => [0, 1, 2, 3].map(() => r.chars(LOWER, 4)).join(' ');
/** A Brex API token. */
export const brexToken = (r: Rng9): string => `bxt_${r.b62(52)}`;
/** A Ramp OAuth access token. */
export const rampToken = (r: Rng9): string => `ramp_tok_${r.b62(46)}`;
/** A Basic authorization value: base64 of `user:password`. */
export const basic = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');
/** A Stripe-style webhook signing secret as Calendly/others print it. */
export const whsec = (r: Rng9): string => `whsec_${r.b64(24)}`;
/** An LDAP `{SSHA}` password hash, as `userPassword::` base64 carries it. */
export const sshaB64 = (r: Rng9): string => Buffer.from(`{SSHA}${r.b64(24)}`).toString('base64');
