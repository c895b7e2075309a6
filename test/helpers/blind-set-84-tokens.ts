/**
 * Blind set 84: provider credentials in their published shapes and realistic lengths, drawn
 * fresh from the case's stream (never documentation examples).
 */
import { ALNUM, B64URL, HEX, Rng, b64 } from './blind-set-84-rng';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const B64CHARS = ALNUM + '+/';

/** Stripe secret or restricted key (`sk_live_` / `rk_live_`), new long or legacy short form. */
export function stripeKey(r: Rng, prefix: 'sk' | 'rk' = 'sk'): string {
  return r.chance(0.75) ? `${prefix}_live_51${r.chars(ALNUM, 12)}${r.chars(ALNUM, r.int(80, 87))}` : `${prefix}_live_${r.chars(ALNUM, 24)}`;
}

/** Stripe webhook signing secret. */
export function stripeWhsec(r: Rng): string {
  return `whsec_${r.chars(ALNUM, 32)}`;
}

/** Twilio Account SID (an identifier, not a secret). */
export function twilioSid(r: Rng): string {
  return `AC${r.hex(32)}`;
}

/** Twilio auth token (32 hex). */
export function twilioToken(r: Rng): string {
  return r.hex(32);
}

/** SendGrid API key `SG.<22>.<43>`. */
export function sendgridKey(r: Rng): string {
  return `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
}

/** Mailgun private API key, old `key-` or newer hex-dash form. */
export function mailgunKey(r: Rng): string {
  return r.chance(0.7) ? `key-${r.hex(32)}` : `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`;
}

/** HubSpot private app token. */
export function hubspotPat(r: Rng): string {
  return `pat-${r.pick(['na1', 'na1', 'eu1', 'na2'])}-${r.uuid()}`;
}

/** A Salesforce org id (15 characters, starts 00D). */
export function sfOrgId(r: Rng): string {
  return `00D${r.pick(['5e', '8c', '4x', '1t', '3h', 'Dn'])}${r.digits(7)}${r.chars(UPPER_DIGITS, 3)}`;
}

/** A Salesforce session id / OAuth access token `00D…!AQ…`. */
export function sfSession(r: Rng, org = sfOrgId(r)): string {
  return `${org}!AQ${r.pick(['4A', 'EA', 'oA', 'cA'])}Q${r.chars(ALNUM + '._', r.int(92, 104))}`;
}

/** A Salesforce refresh token (`5Aep861…`). */
export function sfRefresh(r: Rng): string {
  return `5Aep861${r.chars(ALNUM + '.', 80)}`;
}

/** A Salesforce connected-app consumer secret (64 hex, upper case). */
export function sfConsumerSecret(r: Rng): string {
  return r.hex(64).toUpperCase();
}

/** Shopify tokens by prefix (`shpat_`, `shpss_`, `shpca_`). */
export function shopifyToken(r: Rng, prefix: 'shpat' | 'shpss' | 'shpca' = 'shpat'): string {
  return `${prefix}_${r.hex(32)}`;
}

/** GitHub classic or fine-grained token. */
export function githubToken(r: Rng): string {
  const k = r.int(0, 3);
  if (k === 0) return `github_pat_11${r.chars(UPPER_DIGITS, 20)}_${r.chars(ALNUM, 59)}`;
  return `${r.pick(['ghp', 'ghp', 'gho', 'ghs'])}_${r.chars(ALNUM, 36)}`;
}

/** Slack bot or user token. */
export function slackToken(r: Rng): string {
  if (r.chance(0.6)) return `xoxb-${r.digits(11)}-${r.digits(13)}-${r.chars(ALNUM, 24)}`;
  return `xoxp-${r.digits(11)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`;
}

/** The secret last segment of a Slack incoming-webhook URL, with the URL. */
export function slackWebhook(r: Rng): { url: string; secret: string } {
  const secret = r.chars(ALNUM, 24);
  return { url: `https://hooks.slack.com/services/T${r.chars(UPPER_DIGITS, 8)}/B${r.chars(UPPER_DIGITS, 10)}/${secret}`, secret };
}

/** OpenAI project key (or a legacy user key). */
export function openaiKey(r: Rng): string {
  if (r.chance(0.2)) return `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}`;
  return `sk-proj-${r.chars(B64URL, r.int(64, 74))}T3BlbkFJ${r.chars(B64URL, r.int(64, 74))}`;
}

/** Okta API token (SSWS, 42 characters). */
export function oktaToken(r: Rng): string {
  return `00${r.chars(ALNUM + '-_', 40)}`;
}

/** Auth0 / generic OIDC client secret (64 base64url characters). */
export function clientSecret64(r: Rng): string {
  return r.chars(B64URL, 64);
}

/** Plaid secret (30 hex). */
export function plaidSecret(r: Rng): string {
  return r.hex(30);
}

/** Plaid item access token. */
export function plaidAccessToken(r: Rng): string {
  return `access-production-${r.uuid()}`;
}

/** Adyen API key (`AQE…==-…=-<16 printable>`). */
export function adyenKey(r: Rng): string {
  const tail = r.chars(ALNUM + '!#$%()*+,.:;<>?@[]^{|}~', 16);
  return `AQE${r.chars(B64CHARS, 2)}hmfx${r.chars(B64CHARS, r.int(80, 96))}==-${r.chars(B64CHARS, 43)}=-${tail}`;
}

/** Braintree private key (32 hex). */
export function braintreePrivate(r: Rng): string {
  return r.hex(32);
}

/** Zendesk API token (40 alphanumerics). */
export function zendeskToken(r: Rng): string {
  return r.chars(ALNUM, 40);
}

/** Intercom access token: base64 of `tok:<id>:1:0`. */
export function intercomToken(r: Rng): string {
  return b64(`tok:${r.uuid().replace(/-/g, '_')}:1:0`);
}

/** Zoho OAuth access token. */
export function zohoToken(r: Rng): string {
  return `1000.${r.hex(32)}.${r.hex(32)}`;
}

/** QuickBooks (Intuit) refresh token. */
export function qboRefresh(r: Rng): string {
  return `AB11${r.digits(13)}${r.chars(ALNUM, 33)}`;
}

/** Google OAuth access token (`ya29.`). */
export function googleAccessToken(r: Rng): string {
  return `ya29.a0${r.chars(ALNUM + '-_', r.int(140, 200))}`;
}

/** An opaque token of a given alphabet and length range. */
export function opaque(r: Rng, lo: number, hi: number, alphabet = ALNUM): string {
  return r.chars(alphabet, r.int(lo, hi));
}

/** A 32-hex subscription / API key (Azure APIM, Azure OpenAI, many internal gateways). */
export function hex32(r: Rng): string {
  return r.chars(HEX, 32);
}

/** AWS session token (`IQoJb3JpZ2luX2Vj…`), as STS returns it. */
export function awsSessionToken(r: Rng): string {
  return `IQoJb3JpZ2luX2Vj${r.chars(B64CHARS, r.int(300, 420))}`;
}

/** An AWS access key id (an identifier; the secret is elsewhere). */
export function awsKeyId(r: Rng): string {
  return `${r.pick(['AKIA', 'ASIA'])}${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
}
