import { B62, B64URL, DIGITS, HEX, LOWER, Rng9, UPPER, hash9 } from './blind-set-9-rng';
import { cpfDigits61, crcB62of61, dniLetter61, ibanOf61, luhnDigit61 } from './blind-set-61-format';

/** One planted value of blind set 61. */
export interface Planted61 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

const B32 = UPPER + '234567';
const AWSSEC = UPPER + LOWER + DIGITS + '/+';

function pem(r: Rng9, label: string, head: string, n: number): string {
  const body = head + r.chars(UPPER + LOWER + DIGITS + '+/', n - head.length);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

function jwt(r: Rng9): string {
  const hdr = r.pick([{ alg: 'HS256', typ: 'JWT' }, { alg: 'RS256', typ: 'JWT', kid: r.hex(16) }, { alg: 'ES256', kid: r.b62(10) }]);
  const now = 1767000000 + r.int(0, 9000000);
  const pl = { sub: r.pick(['usr_', 'auth0|', 'cus_', '']) + r.b62(18), iat: now, exp: now + 3600, scope: r.pick(['read write', 'openid profile email', 'payments:write']), iss: r.pick(['https://id.herald-example.net/', 'https://login.acme-pay.io']) };
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc(hdr)}.${enc(pl)}.${r.b64url(hdr.alg === 'RS256' ? 256 : 32)}`;
}

/** Generators of credentials in their providers' published formats, by kind. */
export const CRED61: Record<string, (r: Rng9) => string> = {
  stripe_secret: (r) => r.pick(['sk_live_', 'rk_live_']) + r.b62(r.pick([24, 99])),
  stripe_webhook_secret: (r) => 'whsec_' + r.b62(32),
  github_pat: (r) => {
    const body = r.b62(30);
    return r.pick(['ghp_', 'gho_', 'ghs_', 'ghu_']) + body + crcB62of61(body);
  },
  github_fine_pat: (r) => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`,
  npm_token: (r) => {
    const body = r.b62(30);
    return 'npm_' + body + crcB62of61(body);
  },
  aws_access_key_id: (r) => 'AKIA' + r.chars(B32, 16),
  aws_secret_key: (r) => r.chars(AWSSEC, 40),
  slack_token: (r) => `${r.pick(['xoxb', 'xoxp'])}-${r.digits(12).replace(/^0/, '1')}-${r.digits(13).replace(/^0/, '2')}-${r.b62(24)}`,
  slack_webhook: (r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`,
  twilio_auth_token: (r) => r.hex(32),
  sendgrid_key: (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  openai_key: (r) => `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`,
  anthropic_key: (r) => `sk-ant-api03-${r.chars(B64URL, 93)}AA`,
  gemini_key: (r) => 'AIza' + r.chars(B64URL, 35),
  mailgun_key: (r) => 'key-' + r.hex(32),
  mailchimp_key: (r) => `${r.hex(32)}-us${r.int(2, 21)}`,
  shopify_token: (r) => r.pick(['shpat_', 'shpss_', 'shpca_']) + r.hex(32),
  hubspot_token: (r) => `pat-${r.pick(['na1', 'eu1'])}-${r.uuid()}`,
  square_token: (r) => 'EAAA' + r.chars(B64URL, 60),
  paypal_access_token: (r) => 'A21AA' + r.chars(B64URL, 92),
  paypal_client_secret: (r) => 'E' + r.chars(B64URL, 79),
  braintree_token: (r) => `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`,
  datadog_api_key: (r) => r.hex(32),
  datadog_app_key: (r) => r.hex(40),
  sentry_auth_token: (r) => 'sntryu_' + r.hex(64),
  okta_token: (r) => '00' + r.chars(B64URL, 40),
  auth0_client_secret: (r) => r.chars(B64URL, 64),
  azure_storage_key: (r) => r.b64(64),
  salesforce_token: (r) => `00D${r.chars(B62, 12)}!${r.chars(B62 + '.', 96)}`,
  telegram_bot_token: (r) => `${r.int(1000000000, 7999999999)}:AA${r.chars(B64URL, 33)}`,
  discord_bot_token: (r) => `${Buffer.from(String(r.int(100000000, 999999999)) + r.digits(9)).toString('base64').replace(/=+$/, '')}.${r.chars(B64URL, 6)}.${r.chars(B64URL, 38)}`,
  digitalocean_token: (r) => 'dop_v1_' + r.hex(64),
  gitlab_pat: (r) => 'glpat-' + r.chars(B64URL, 20),
  linear_key: (r) => 'lin_api_' + r.b62(40),
  notion_token: (r) => 'ntn_' + r.digits(11) + r.b62(35),
  huggingface_token: (r) => 'hf_' + r.chars(UPPER + LOWER, 34),
  vault_token: (r) => 'hvs.' + r.chars(B64URL, 90),
  plaid_secret: (r) => r.hex(30),
  plaid_access_token: (r) => `access-production-${r.uuid()}`,
  algolia_admin_key: (r) => r.hex(32),
  zendesk_token: (r) => r.b62(40),
  cloudflare_token: (r) => r.chars(B64URL, 40),
  airtable_pat: (r) => `pat${r.b62(14)}.${r.hex(64)}`,
  bearer_opaque: (r) => r.b62(r.int(32, 48)),
  session_cookie: (r) => r.pick([() => r.hex(32), () => r.chars(LOWER + DIGITS, 32), () => 's%3A' + r.b62(32) + '.' + r.b64(32).replace(/=+$/, '').replace(/\+/g, '%2B').replace(/\//g, '%2F')])(),
  jwt,
  private_key_pem: (r) => r.pick([() => pem(r, 'PRIVATE KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ', 1620), () => pem(r, 'RSA PRIVATE KEY', 'MIIEpAIBAAKCAQEA', 1592), () => pem(r, 'EC PRIVATE KEY', 'MHcCAQEEI', 164)])(),
  api_key_hex: (r) => r.hex(r.pick([32, 40, 64])),
  api_key_b62: (r) => r.b62(r.pick([32, 40, 48])),
  client_secret: (r) => r.chars(B62 + '-_~', r.pick([40, 48, 64])),
  hmac_secret: (r) => r.b64(32),
};

/** A realistic password: mixed classes with punctuation, sometimes spaces, `;`, `&` or `#`. */
export function password61(r: Rng9, style: 'any' | 'url' | 'plain' = 'any'): string {
  if (style === 'url') return r.urlPassword(r.int(12, 22));
  const words = ['Winter', 'harbor', 'Tango', 'maple', 'Quartz', 'violet', 'Copper', 'raven', 'Lisbon', 'orbit', 'Falcon', 'ember'];
  const kind = r.int(0, style === 'plain' ? 1 : 4);
  if (kind === 0) return r.password(r.int(12, 24));
  if (kind === 1) return `${r.pick(words)}${r.pick(['!', '@', '#', '$', '%', '*'])}${r.pick(words)}${r.digits(r.int(2, 4))}${r.pick(['?', '!', '.', '$'])}`;
  if (kind === 2) return `${r.pick(words)} ${r.pick(words).toLowerCase()} ${r.digits(3)}${r.pick(['!', '#', '&'])}`;
  if (kind === 3) return `${r.b62(6)};${r.b62(5)}&${r.digits(2)}#${r.pick(words)}`;
  return `${r.chars(B62, 8)}#${r.chars(HEX, 4)}&${r.pick(words)}`;
}

/** Card numbers (Luhn-valid) of Visa, Mastercard, Amex, Discover and JCB, never 4242 test cards. */
export function card61(r: Rng9, sep: '' | ' ' | '-' = ''): string {
  const t = r.int(0, 4);
  const pre = [() => '4' + r.pick(['0', '1', '5', '7', '9']) + r.digits(1), () => String(r.int(51, 55)) + r.digits(1), () => r.pick(['34', '37']) + r.digits(1), () => '6011', () => '35' + r.int(28, 89)][t]!();
  const len = t === 2 ? 15 : 16;
  const body = pre + r.digits(len - 1 - pre.length);
  const n = body + luhnDigit61(body);
  if (!sep) return n;
  return t === 2 ? `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

const IBAN_BBAN: Record<string, (r: Rng9) => string> = {
  DE: (r) => r.digits(18),
  FR: (r) => r.digits(10) + r.chars(UPPER + DIGITS, 11) + r.digits(2),
  GB: (r) => r.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + r.digits(14),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars(UPPER, 1) + r.digits(10) + r.digits(12),
  BE: (r) => r.digits(12),
  PL: (r) => r.digits(24),
};

/** An IBAN with valid mod-97 check digits, grouped by four when `spaced`. */
export function iban61(r: Rng9, spaced = false): string {
  const c = r.pick(Object.keys(IBAN_BBAN));
  const v = ibanOf61(c, IBAN_BBAN[c]!(r));
  return spaced ? v.replace(/(.{4})(?=.)/g, '$1 ') : v;
}

/** An ABA routing number with a valid checksum. */
export function aba61(r: Rng9): string {
  const pre = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32', '61', '67', '71']);
  const d = [...(pre + r.digits(6))].map(Number);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]!;
  return pre + d.slice(2).join('') + String((10 - (s % 10)) % 10);
}

/** National ids with valid check digits or ranges. */
export const NATID61: Record<string, (r: Rng9) => string> = {
  us_ssn: (r) => {
    let a = r.int(1, 899);
    if (a === 666) a = 667;
    return `${String(a).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  },
  br_cpf: (r) => {
    const b = String(r.int(1, 9)) + r.digits(8);
    const d = b + cpfDigits61(b);
    return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
  },
  nl_bsn: (r) => {
    for (;;) {
      const b = String(r.int(1, 6)) + r.digits(7);
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(b[i]) * (9 - i);
      const c = s % 11;
      if (c < 10) return b + c;
    }
  },
  ca_sin: (r) => {
    const b = String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7);
    const d = b + luhnDigit61(b);
    return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  },
  es_dni: (r) => {
    const n = String(r.int(10000000, 79999999));
    return n + dniLetter61(n);
  },
  uk_nino: (r) => `${r.pick(['AB', 'CE', 'JH', 'KL', 'MP', 'NR', 'PW', 'SC', 'TB', 'WL', 'YZ', 'HE'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`,
};

/** A case's random stream and the values it plants. */
export class Ctx61 {
  readonly r: Rng9;
  readonly values: Planted61[] = [];

  constructor(key: string) {
    this.r = new Rng9(hash9(key));
  }

  /** Records a value and returns it. */
  put(kind: string, group: Planted61['group'], value: string): string {
    this.values.push({ value, kind, group });
    return value;
  }

  /** A fresh credential of `kind` (see CRED61), recorded. */
  cred(kind: string): string {
    return this.put(kind, 'credential', CRED61[kind]!(this.r));
  }

  /** A fresh password, recorded. */
  pw(style: 'any' | 'url' | 'plain' = 'any'): string {
    return this.put('password', 'credential', password61(this.r, style));
  }

  /** A fresh card number, recorded. */
  card(sep: '' | ' ' | '-' = ''): string {
    return this.put('card', 'financial', card61(this.r, sep));
  }

  /** A fresh IBAN, recorded. */
  iban(spaced = false): string {
    return this.put('iban', 'financial', iban61(this.r, spaced));
  }

  /** A fresh ABA routing number, recorded. */
  aba(): string {
    return this.put('aba_routing', 'financial', aba61(this.r));
  }

  /** A fresh bank account number (8 to 12 digits), recorded. */
  acct(): string {
    return this.put('bank_account', 'financial', String(this.r.int(1, 9)) + this.r.digits(this.r.int(7, 11)));
  }

  /** A fresh national id of `kind` (see NATID61), recorded. */
  natid(kind = this.r.pick(Object.keys(NATID61))): string {
    return this.put(kind, 'personal', NATID61[kind]!(this.r));
  }

  /** Basic-auth base64 of `user:password`, recorded (the password itself is not in the text). */
  basic(user: string): string {
    return this.put('basic_auth', 'credential', Buffer.from(`${user}:${password61(this.r, 'plain')}`).toString('base64'));
  }
}

/** One template of blind set 61: `id` is `<source>/<name>`, `make` writes a case's text and records its values. */
export interface Tpl61 {
  id: string;
  make: (c: Ctx61) => string;
}
