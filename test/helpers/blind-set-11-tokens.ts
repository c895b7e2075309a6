import { B62, DIGITS, HEX, LOWER, UPPER, type Rng11 } from './blind-set-11-rng';
import { crcToken } from './blind-set-11-crypto';

/** Provider credentials in their documented shapes, and key material. */
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const wrap = (s: string, w = 64): string => s.match(new RegExp(`.{1,${w}}`, 'g'))!.join('\n');

export const awsKeyId = (r: Rng11, p = 'AKIA'): string => p + r.chars(B32, 16);
export const awsSecret = (r: Rng11): string => r.b64(30);
export const slackBot = (r: Rng11, p = 'xoxb'): string => `${p}-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`;
export const slackHook = (r: Rng11): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
export const stripeSecret = (r: Rng11, p = 'sk_live_'): string => p + r.b62(p.startsWith('rk') ? 99 : 99).slice(0, r.pick([24, 99]));
export const whsec = (r: Rng11): string => 'whsec_' + r.b62(32);
export const openaiProj = (r: Rng11): string => `sk-proj-${r.b64url(117).replace(/-|_/g, 'x').slice(0, 74)}T3BlbkFJ${r.b64url(60).slice(0, 74)}`;
export const anthropic = (r: Rng11): string => `sk-ant-api03-${r.b64url(70).slice(0, 93)}AA`;
export const hfToken = (r: Rng11): string => 'hf_' + r.chars(UPPER + LOWER, 34);
export const sendgrid = (r: Rng11): string => `SG.${r.b64url(16).slice(0, 22)}.${r.b64url(32).slice(0, 43)}`;
export const mailchimp = (r: Rng11): string => `${r.hex(32)}-us${r.int(2, 21)}`;
export const glpat = (r: Rng11): string => 'glpat-' + r.chars(B62 + '-_', 20);
export const dop = (r: Rng11, p = 'dop_v1_'): string => p + r.hex(64);
export const shopify = (r: Rng11, p = 'shpat_'): string => p + r.hex(32);
export const atlassian = (r: Rng11): string => `ATATT3xFfGF0${r.b64url(140).replace(/-/g, '_').slice(0, 178)}=${r.hex(8).toUpperCase()}`;
export const grafanaSa = (r: Rng11): string => `glsa_${r.b62(32)}_${r.hex(8)}`;
export const databricks = (r: Rng11): string => `dapi${r.hex(32)}${r.pick(['', '-2', '-3'])}`;
export const nrak = (r: Rng11): string => 'NRAK-' + r.chars(UPPER + DIGITS, 27);
export const dockerPat = (r: Rng11): string => 'dckr_pat_' + r.b64url(21).slice(0, 27);
export const okta = (r: Rng11): string => '00' + r.chars(B62 + '-_', 40);
export const vaultToken = (r: Rng11): string => 'hvs.' + r.chars(B62 + '_-', 90);
export const doppler = (r: Rng11): string => 'dp.st.prd.' + r.b62(43);
export const npmToken = (r: Rng11): string => crcToken(r, 'npm_');
export const ghToken = (r: Rng11, p = 'ghp_'): string => crcToken(r, p);
export const pulumi = (r: Rng11): string => 'pul-' + r.hex(40);
export const tfc = (r: Rng11): string => `${r.b62(14)}.atlasv1.${r.b62(67)}`;
export const linear = (r: Rng11): string => 'lin_api_' + r.b62(40);
export const notion = (r: Rng11): string => 'ntn_' + r.digits(11) + r.b62(35);
export const airtable = (r: Rng11): string => `pat${r.b62(14)}.${r.hex(64)}`;
export const hubspot = (r: Rng11): string => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${r.uuid()}`;
export const sfToken = (r: Rng11): string => `00D${r.b62(12)}!${r.chars(B62 + '._', 96)}`;
export const pypi = (r: Rng11): string => 'pypi-AgEIcHlwaS5vcmc' + r.b64url(130).slice(0, 160);
export const rubygems = (r: Rng11): string => 'rubygems_' + r.hex(48);
export const nuget = (r: Rng11): string => 'oy2' + r.chars('abcdefghijklmnopqrstuvwxyz234567', 43);
export const googleSecret = (r: Rng11): string => 'GOCSPX-' + r.chars(B62 + '-_', 28);
export const googleRefresh = (r: Rng11): string => '1//0' + r.chars(B62 + '-_', 99);
export const azureSecret = (r: Rng11): string => `${r.b62(3)}8Q~${r.chars(B62 + '-_.~', 34)}`;
export const azureStorageKey = (r: Rng11): string => r.b64(64);
export const squareToken = (r: Rng11): string => 'EAAA' + r.chars(B62 + '-_', 60);
export const braintree = (r: Rng11): string => `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`;
export const adyenApiKey = (r: Rng11): string => `AQE${r.b62(4)}fxK${r.b64(120).replace(/[+/=]/g, 'Q').slice(0, 100)}`;
export const mollie = (r: Rng11): string => 'live_' + r.b62(30);
export const sentryUser = (r: Rng11): string => 'sntryu_' + r.hex(64);
export const honeycomb = (r: Rng11): string => 'hcaik_' + r.chars(DIGITS + LOWER, 58);
export const sparkpost = (r: Rng11): string => r.hex(40);
export const confluentSecret = (r: Rng11): string => r.b64(48).replace(/[+/]/g, 'x');
export const cfToken = (r: Rng11): string => r.chars(B62 + '-_', 40);
export const pinecone = (r: Rng11): string => `pcsk_${r.b62(5)}_${r.b62(63)}`;
export const cohere = (r: Rng11): string => r.b62(40);
export const twilioSecret = (r: Rng11): string => r.hex(32);
export const twilioKeySid = (r: Rng11): string => 'SK' + r.hex(32);
export const ddApi = (r: Rng11): string => r.hex(32);
export const ddApp = (r: Rng11): string => r.hex(40);
export const checkoutSk = (r: Rng11): string => `sk_${r.uuid()}`;
export const plaidSecret = (r: Rng11): string => r.hex(30);
export const djangoSession = (r: Rng11): string => r.chars(LOWER + DIGITS, 32);
export const connectSid = (r: Rng11): string => `s%3A${r.b64url(24)}.${r.b64(32).replace(/=+$/, '').replace(/\+/g, '%2B').replace(/\//g, '%2F')}`;

/** A JWT (HS256 or RS256) with realistic claims. */
export function jwt(r: Rng11, claims: Record<string, unknown> = {}): string {
  const alg = r.pick(['HS256', 'RS256']);
  const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg === 'RS256' ? { kid: r.hex(16) } : {}) })).toString('base64url');
  const now = 1790000000 + r.int(0, 9000000);
  const b = Buffer.from(JSON.stringify({ sub: r.uuid(), iat: now, exp: now + 3600, scope: 'read write', ...claims })).toString('base64url');
  return `${h}.${b}.${r.b64url(alg === 'HS256' ? 32 : 256)}`;
}

/** A PEM private key body: real DER prefixes with random content. */
export function pem(r: Rng11, type: 'RSA' | 'EC' | 'PKCS8' | 'OPENSSH'): string {
  if (type === 'RSA') return `-----BEGIN RSA PRIVATE KEY-----\n${wrap(Buffer.concat([Buffer.from('308204a30201000282010100', 'hex'), r.bytes(1180)]).toString('base64'))}\n-----END RSA PRIVATE KEY-----`;
  if (type === 'EC') return `-----BEGIN EC PRIVATE KEY-----\n${wrap(Buffer.concat([Buffer.from('30770201010420', 'hex'), r.bytes(32), Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), r.bytes(65)]).toString('base64'))}\n-----END EC PRIVATE KEY-----`;
  if (type === 'PKCS8') return `-----BEGIN PRIVATE KEY-----\n${wrap(Buffer.concat([Buffer.from('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100', 'hex'), r.bytes(1170)]).toString('base64'))}\n-----END PRIVATE KEY-----`;
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), Buffer.from('000000046e6f6e65000000046e6f6e650000000000000001000000330000000b7373682d65643235353139', 'hex'), r.bytes(280)]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
export const hexKey = (r: Rng11, n: number): string => r.chars(HEX, n);
