import { B62, B64, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { aba58, acct58, card58, cpf58, dni58, dob58, e164_58, iban58, ip58, nino58, nir58, pesel58, phoneNat58, pnr58, sin58, ssn58, street58, bsn58 } from './blind-set-58-pii';

/** The three groups a planted value belongs to. */
export type Group58 = 'credential' | 'personal' | 'financial';

/** CRC32 (IEEE) of a string's bytes. */
export function crc32_58(s: string): number {
  let crc = 0xffffffff;
  for (const b of Buffer.from(s)) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Base62 of a number, left-padded with zeros to `width`. */
export function b62num58(n: number, width = 6): string {
  let s = '';
  while (n > 0) { s = B62[n % 62] + s; n = Math.floor(n / 62); }
  return s.padStart(width, '0');
}

const ghTok = (r: Rng9, p: string): string => { const body = r.b62(30); return `${p}_${body}${b62num58(crc32_58(body))}`; };
const upHex = (r: Rng9, n: number): string => r.chars('0123456789ABCDEF', n);
const b64j = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A JWT with a JSON header, a claims payload and a signature of the header's algorithm size. */
export function jwt58(r: Rng9, iss = 'https://login.example-idp.net/', extra: Record<string, unknown> = {}): string {
  const alg = r.pick(['RS256', 'RS256', 'HS256', 'ES256']);
  const iat = 1735000000 + r.int(0, 20000000);
  const head = r.int(0, 1) ? { alg, typ: 'JWT', kid: r.b62(r.int(10, 43)) } : { typ: 'JWT', alg };
  const body = { iss, sub: r.pick([r.b62(20), `auth0|${r.hex(24)}`, `00u${r.b62(17)}`]), aud: r.pick(['api://default', 'https://api.herald.internal', r.b62(32)]), iat, exp: iat + 3600, ...extra };
  const sig = r.b64url(alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32);
  return `${b64j(head)}.${b64j(body)}.${sig}`;
}

/** PEM armour around random key bytes, 64 characters a line (`\n` literal when `escaped`). */
export function pem58(r: Rng9, label: string, bytes: number, escaped: boolean): string {
  const nl = escaped ? '\\n' : '\n';
  const b = r.b64(bytes).match(/.{1,64}/g)!.join(nl);
  return `-----BEGIN ${label}-----${nl}${b}${nl}-----END ${label}-----`;
}

/** A password as people choose them: mixed classes, punctuation, sometimes spaces, `;`, `&` or `#` (never quotes or backslashes). */
export function password58(r: Rng9): string {
  const w = () => r.pick(['Tangerine', 'falcon', 'Orbit', 'maple', 'Quasar', 'hedgehog', 'Saffron', 'glacier', 'Mosaic', 'walrus', 'Cobalt', 'ember']);
  return r.pick([
    () => r.password(r.int(12, 22)),
    () => `${w()}${r.pick(['!', '#', '&', ';', '@', '$', '%'])}${w()}${r.digits(r.int(2, 4))}`,
    () => `${w()} ${w()} ${w()} ${r.digits(2)}${r.pick(['!', '?', '.'])}`,
    () => `${r.chars(UPPER, 1)}${r.chars(LOWER + DIGITS, 7)}&${r.chars(B62, 6)};${r.digits(2)}`,
    () => `${r.chars(B62, 5)}#${r.chars(B62, 5)}^${r.chars(B62, 4)}`,
  ])();
}

/** A value generator and its group. */
export interface Gen58 { group: Group58; f: (r: Rng9) => string }

const C = (f: (r: Rng9) => string): Gen58 => ({ group: 'credential', f });
const P = (f: (r: Rng9) => string): Gen58 => ({ group: 'personal', f });
const F = (f: (r: Rng9) => string): Gen58 => ({ group: 'financial', f });

/** Every kind the set plants, by name. */
export const GEN58: Record<string, Gen58> = {
  stripe_secret_key: C((r) => (r.int(0, 3) ? `sk_live_51${r.b62(12)}${r.b62(r.int(80, 85))}` : `sk_live_${r.b62(24)}`)),
  stripe_restricted_key: C((r) => `rk_live_51${r.b62(r.int(90, 97))}`),
  stripe_webhook_secret: C((r) => `whsec_${r.b62(32)}`),
  svix_webhook_secret: C((r) => `whsec_${r.b64(24)}`),
  adyen_api_key: C((r) => `AQE${r.chars(B64, r.int(80, 90))}==-${r.b64(32)}-${r.chars(B62 + '<>%+=', 16)}`),
  adyen_hmac_key: C((r) => upHex(r, 64)),
  braintree_access_token: C((r) => `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`),
  braintree_private_key: C((r) => r.hex(32)),
  square_access_token: C((r) => `EAAA${r.chars(B64URL, 60)}`),
  square_app_secret: C((r) => `sq0csp-${r.chars(B64URL, 43)}`),
  square_signature_key: C((r) => r.chars(B64URL, 22)),
  salesforce_access_token: C((r) => `00D${r.b62(12)}!AQ${r.chars(B62, 4)}AR${r.chars(B62 + '._', 90)}`),
  salesforce_refresh_token: C((r) => `5Aep861${r.chars(B62 + '._', 80)}`),
  salesforce_consumer_secret: C((r) => upHex(r, 64)),
  hubspot_private_app_token: C((r) => `pat-${r.pick(['na1', 'eu1', 'na2'])}-${r.uuid()}`),
  zendesk_api_token: C((r) => r.b62(40)),
  twilio_auth_token: C((r) => r.hex(32)),
  twilio_api_key_secret: C((r) => r.b62(32)),
  sendgrid_api_key: C((r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`),
  mailchimp_api_key: C((r) => `${r.hex(32)}-us${r.int(1, 21)}`),
  shopify_access_token: C((r) => `shpat_${r.hex(32)}`),
  shopify_app_secret: C((r) => `shpss_${r.hex(32)}`),
  intuit_client_secret: C((r) => r.b62(40)),
  intuit_refresh_token: C((r) => `AB11${r.int(700000000, 799999999)}${r.b62(37)}`),
  intuit_access_token: C((r) => `eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..${r.b64url(16)}.${r.b64url(r.int(500, 700))}.${r.b64url(16)}`),
  xero_client_secret: C((r) => r.chars(B64URL, 48)),
  xero_refresh_token: C((r) => r.hex(64)),
  netsuite_token_secret: C((r) => r.hex(64)),
  okta_api_token: C((r) => `00${r.chars(B62 + '-_', 40)}`),
  okta_client_secret: C((r) => r.chars(B64URL, 40)),
  auth0_client_secret: C((r) => r.chars(B64URL, 64)),
  slack_bot_token: C((r) => `xoxb-${r.int(1, 9)}${r.digits(r.int(9, 11))}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`),
  slack_user_token: C((r) => `xoxp-${r.int(1, 9)}${r.digits(10)}-${r.int(1, 9)}${r.digits(10)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(32)}`),
  slack_app_token: C((r) => `xapp-1-A${r.chars(UPPER + DIGITS, 10)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(64)}`),
  slack_webhook_url: C((r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`),
  slack_signing_secret: C((r) => r.hex(32)),
  github_pat: C((r) => ghTok(r, 'ghp')),
  github_oauth_token: C((r) => ghTok(r, 'gho')),
  github_app_token: C((r) => ghTok(r, 'ghs')),
  github_user_to_server: C((r) => ghTok(r, 'ghu')),
  github_fine_grained_pat: C((r) => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`),
  github_webhook_secret: C((r) => r.hex(40)),
  npm_token: C((r) => ghTok(r, 'npm')),
  openai_api_key: C((r) => (r.int(0, 2) ? `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}` : r.int(0, 1) ? `sk-svcacct-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}` : `sk-${r.b62(20)}T3BlbkFJ${r.b62(20)}`)),
  aws_access_key_id: C((r) => `${r.pick(['AKIA', 'AKIA', 'ASIA'])}${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`),
  aws_secret_access_key: C((r) => r.chars(B62 + '+/', 40)),
  aws_session_token: C((r) => `IQoJb3JpZ2luX2Vj${r.chars(B64, r.int(300, 420))}`),
  google_oauth_access_token: C((r) => `ya29.a0${r.chars(B64URL, r.int(150, 200))}`),
  google_refresh_token: C((r) => `1//0${r.chars(B64URL, r.int(95, 105))}`),
  google_client_secret: C((r) => `GOCSPX-${r.chars(B64URL, 28)}`),
  azure_servicebus_key: C((r) => r.b64(32)),
  azure_storage_key: C((r) => r.b64(64)),
  azure_function_key: C((r) => `${r.chars(B64URL, 54)}==`),
  azure_client_secret: C((r) => `${r.b62(3)}8Q~${r.chars(B62 + '-_.~', 34)}`),
  docusign_hmac_key: C((r) => r.b64(32)),
  datadog_api_key: C((r) => r.hex(32)),
  redis_password: C((r) => r.urlPassword(r.int(16, 32))),
  password: C(password58),
  url_password: C((r) => r.urlPassword(r.int(12, 24))),
  webhook_secret: C((r) => r.pick([r.hex(64), r.b64url(32), r.b62(40)])),
  jwt: C((r) => jwt58(r)),
  pem_private_key: C((r) => pem58(r, r.pick(['PRIVATE KEY', 'RSA PRIVATE KEY']), r.pick([633, 1192, 1218]), false)),
  ec_private_key: C((r) => pem58(r, 'EC PRIVATE KEY', 121, false)),
  oauth_code: C((r) => r.chars(B64URL, r.int(30, 44))),
  person_name: P(() => ''),
  given_name: P(() => ''),
  family_name: P(() => ''),
  email: P(() => ''),
  phone: P((r) => e164_58(r)),
  phone_national: P((r) => phoneNat58(r)),
  street_address: P((r) => street58(r)),
  dob: P((r) => dob58(r)),
  ssn: P((r) => ssn58(r)),
  nino: P((r) => nino58(r)),
  bsn: P((r) => bsn58(r)),
  pesel: P((r) => pesel58(r)),
  cpf: P((r) => cpf58(r)),
  dni: P((r) => dni58(r)),
  sin: P((r) => sin58(r)),
  personnummer: P((r) => pnr58(r)),
  nir: P((r) => nir58(r)),
  ip_address: P((r) => ip58(r)),
  card_number: F((r) => card58(r)),
  iban: F((r) => iban58(r)),
  routing_number: F((r) => aba58(r)),
  bank_account: F((r) => acct58(r)),
  uk_account: F((r) => r.digits(8)),
};
