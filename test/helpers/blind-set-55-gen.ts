import { B62, DIGITS, LOWER, Rng9, UPPER, hash9 } from './blind-set-9-rng';

/** One planted value: the text that must not reach Slack, its kind and its group. */
export interface V55 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** One positive case as a template returns it. */
export interface Case55 {
  text: string;
  values: V55[];
}

export const cred = (value: string, kind: string): V55 => ({ value, kind, group: 'credential' });
export const pers = (value: string, kind: string): V55 => ({ value, kind, group: 'personal' });
export const fin = (value: string, kind: string): V55 => ({ value, kind, group: 'financial' });

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

/** CRC32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Base62 of a number, left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** Luhn check digit for a digit string. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Remainder mod 97 of a long numeric string. */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}

/** IBAN letters to digits (A=10 … Z=35). */
export const ibanDigits = (s: string): string => s.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));

const FIRST = ['Priya', 'Jonas', 'Amelia', 'Mateo', 'Chloé', 'Wei', 'Olusegun', 'Hannah', 'Diego', 'Aoife', 'Sven', 'Fatima', 'Tomasz', 'Keiko', 'Rafael', 'Ingrid', 'Marcus', 'Leila', 'Bjørn', 'Camille', 'Arjun', 'Siobhan', 'Nikolai', 'Lucía', 'Emeka', 'Margaux', 'Dmitri', 'Yara', 'Henrik', 'Beatriz'];
const LAST = ['Raman', 'Vogel', 'Okafor', 'Fernández', 'Lindqvist', 'Nakamura', 'Kowalski', "O'Brien", 'Dubois', 'Haddad', 'Schneider', 'Castellanos', 'Whitfield', 'Bergström', 'Adeyemi', 'Moreau', 'Petrov', 'Sørensen', 'Gallagher', 'Mendoza', 'Yilmaz', 'Kaur', 'van der Berg', 'Rossi', 'Nguyen', 'MacLeod', 'Delgado', 'Ishikawa', 'Novak', 'Thornton'];
const STREETS = ['Maple Avenue', 'Oak Street', 'Kastanienallee', 'Rue de la Roquette', 'Calle de Alcalá', 'Elm Grove', 'Prinsengracht', 'Via Garibaldi', 'Birchwood Drive', 'Sycamore Lane', 'High Street', 'Queen Street West', 'Hauptstraße', 'Cedar Court', 'Willow Way'];
const CITIES = ['Portland, OR 97214', 'Austin, TX 78704', '10435 Berlin', '75011 Paris', '28014 Madrid', 'Leeds LS6 2QT', '1016 GV Amsterdam', 'Toronto, ON M5V 2T6', 'Denver, CO 80218', 'Cambridge CB4 1DL', 'Chicago, IL 60614', '80331 München'];
const MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'gmx.de', 'hotmail.fr', 'fastmail.com', 'web.de', 'me.com'];

/** The seeded generator of every value set 55 plants. */
export class G55 extends Rng9 {
  constructor(key: string) {
    super(hash9(key));
  }
  alnum(n: number): string {
    return this.chars(DIGITS + UPPER + LOWER, n);
  }
  b32(n: number): string {
    return this.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n);
  }
  upperHex(n: number): string {
    return this.chars('0123456789ABCDEF', n);
  }
  // ---- credentials ----
  githubToken(prefix = this.pick(['ghp', 'gho', 'ghu', 'ghs', 'ghr'])): string {
    const body = this.b62(30);
    return `${prefix}_${body}${base62(crc32(body), 6)}`;
  }
  githubFineGrained(): string {
    return `github_pat_11${this.chars(UPPER + DIGITS, 20)}_${this.chars(B62 + '_', 59)}`;
  }
  npmToken(): string {
    const body = this.b62(30);
    return `npm_${body}${base62(crc32(body), 6)}`;
  }
  gitlabToken(): string {
    return `glpat-${this.chars(B62 + '-_', 20)}`;
  }
  slackToken(kind = this.pick(['xoxb', 'xoxp', 'xoxe.xoxp-1'])): string {
    if (kind === 'xoxe.xoxp-1') return `xoxe.xoxp-1-${this.b62(160)}`;
    return `${kind}-${this.digits(1).replace('0', '2')}${this.digits(11)}-${this.int(1, 9)}${this.digits(12)}-${this.b62(24)}`;
  }
  slackWebhook(): string {
    return `https://hooks.slack.com/services/T${this.chars(UPPER + DIGITS, 8)}/B${this.chars(UPPER + DIGITS, 10)}/${this.b62(24)}`;
  }
  stripeKey(): string {
    return `${this.pick(['sk_live_', 'rk_live_'])}51${this.b62(this.pick([22, 97]))}`;
  }
  stripeWebhookSecret(): string {
    return `whsec_${this.b62(32)}`;
  }
  awsKeyId(prefix = this.pick(['AKIA', 'AKIA', 'ASIA'])): string {
    return prefix + this.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  }
  awsSecret(): string {
    return this.chars(B62 + '+/', 40);
  }
  googleApiKey(): string {
    return `AIza${this.chars(B62 + '-_', 35)}`;
  }
  googleClientSecret(): string {
    return `GOCSPX-${this.chars(B62 + '-_', 28)}`;
  }
  openaiKey(): string {
    return this.pick([`sk-proj-${this.chars(B62 + '-_', 124)}T3BlbkFJ${this.chars(B62 + '-_', 24)}`, `sk-${this.b62(20)}T3BlbkFJ${this.b62(20)}`]);
  }
  anthropicKey(): string {
    return `sk-ant-api03-${this.chars(B62 + '-_', 93)}AA`;
  }
  twilioSid(): string {
    return `AC${this.hex(32)}`;
  }
  sendgridKey(): string {
    return `SG.${this.chars(B62 + '-_', 22)}.${this.chars(B62 + '-_', 43)}`;
  }
  jwt(claims: Record<string, unknown>): string {
    const h = Buffer.from(JSON.stringify({ alg: this.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT' })).toString('base64url');
    const p = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${h}.${p}.${this.b64url(this.pick([32, 256, 64]))}`;
  }
  /** One token of a provider whose format has a fixed prefix and alphabet; returns [value, kind]. */
  providerToken(): [string, string] {
    const all: [string, () => string][] = [
      ['shopify_token', () => `${this.pick(['shpat_', 'shpca_', 'shppa_'])}${this.hex(32)}`],
      ['mailgun_key', () => `key-${this.hex(32)}`],
      ['digitalocean_token', () => `dop_v1_${this.hex(64)}`],
      ['vault_token', () => `hvs.${this.b62(90)}`],
      ['huggingface_token', () => `hf_${this.chars(UPPER + LOWER, 34)}`],
      ['pypi_token', () => `pypi-AgEIcHlwaS5vcmc${this.chars(B62 + '-_', 120)}`],
      ['postman_key', () => `PMAK-${this.hex(24)}-${this.hex(34)}`],
      ['newrelic_key', () => `NRAK-${this.chars(UPPER + DIGITS, 27)}`],
      ['linear_key', () => `lin_api_${this.b62(40)}`],
      ['notion_token', () => `ntn_${this.digits(11)}${this.b62(35)}`],
      ['atlassian_token', () => `ATATT3xFfGF0${this.chars(B62 + '-_', 171)}=${this.upperHex(8)}`],
      ['grafana_token', () => `glsa_${this.b62(32)}_${this.hex(8)}`],
      ['databricks_token', () => `dapi${this.hex(32)}`],
      ['doppler_token', () => `dp.st.prd.${this.b62(43)}`],
      ['sentry_token', () => `sntryu_${this.hex(64)}`],
      ['figma_token', () => `figd_${this.chars(B62 + '-_', 40)}`],
      ['pulumi_token', () => `pul-${this.hex(40)}`],
      ['supabase_token', () => `sbp_${this.hex(40)}`],
      ['groq_key', () => `gsk_${this.b62(52)}`],
      ['replicate_token', () => `r8_${this.b62(37)}`],
      ['buildkite_token', () => `bkua_${this.hex(40)}`],
      ['tailscale_key', () => `tskey-auth-k${this.b62(10)}CNTRL-${this.b62(33)}`],
      ['square_token', () => `EAAA${this.chars(B62 + '-_', 60)}`],
      ['braintree_token', () => `access_token$production$${this.chars(LOWER + DIGITS, 16)}$${this.hex(32)}`],
      ['dynatrace_token', () => `dt0c01.${this.chars(UPPER + DIGITS, 24)}.${this.chars(UPPER + DIGITS, 64)}`],
      ['age_secret_key', () => `AGE-SECRET-KEY-1${this.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.toUpperCase(), 58)}`],
      ['telegram_bot_token', () => `${this.int(1, 7)}${this.digits(9)}:AA${this.chars(B62 + '-_', 33)}`],
      ['discord_webhook', () => `https://discord.com/api/webhooks/${this.int(1, 9)}${this.digits(18)}/${this.chars(B62 + '-_', 68)}`],
      ['terraform_token', () => `${this.b62(14)}.atlasv1.${this.b62(67)}`],
      ['okta_token', () => `00${this.chars(B62 + '-_', 40)}`],
      ['mapbox_secret', () => `sk.eyJ1Ijoi${this.b64url(24)}.${this.b64url(16)}`],
      ['netlify_token', () => `nfp_${this.b62(36)}`],
      ['flyio_token', () => `fo1_${this.chars(B62 + '-_', 43)}`],
      ['circleci_token', () => `CCIPAT_${this.b62(22)}_${this.hex(40)}`],
    ];
    const [kind, f] = this.pick(all);
    return [f(), kind];
  }
  ddApiKey(): string {
    return this.hex(32);
  }
  ddAppKey(): string {
    return this.hex(40);
  }
  azureKey(): string {
    return this.b64(64);
  }
  pemKey(): string {
    const kind = this.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
    const head = kind === 'OPENSSH PRIVATE KEY' ? 'b3BlbnNzaC1rZXktdjEAAAAA' : kind === 'RSA PRIVATE KEY' ? 'MIIEpAIBAAKCAQEA' : kind === 'PRIVATE KEY' ? 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' : 'MHcCAQEEI';
    const body = (head + this.b64(300)).slice(0, 64 * 5 + 20);
    const lines = body.match(/.{1,64}/g)!.join('\n');
    return `-----BEGIN ${kind}-----\n${lines}\n-----END ${kind}-----`;
  }
  // ---- personal ----
  first(): string {
    return this.pick(FIRST);
  }
  last(): string {
    return this.pick(LAST);
  }
  fullName(): string {
    return `${this.first()} ${this.last()}`;
  }
  email(name = this.fullName()): string {
    const [f, l] = name.normalize('NFD').replace(/[^\w ]/g, '').toLowerCase().split(' ');
    const local = this.pick([`${f}.${l}`, `${f}${this.int(70, 99)}`, `${f![0]}${l}`, `${f}_${l}${this.int(1, 9)}`]);
    return `${local}@${this.pick(MAIL_DOMAINS)}`;
  }
  phone(): string {
    return this.pick([
      () => `+1 (${this.int(206, 989)}) ${this.int(201, 989)}-${this.digits(4)}`,
      () => `+44 7${this.int(400, 999)} ${this.digits(6)}`,
      () => `+49 15${this.int(1, 9)} ${this.digits(8)}`,
      () => `+33 6 ${this.digits(2)} ${this.digits(2)} ${this.digits(2)} ${this.digits(2)}`,
      () => `${this.int(206, 989)}-${this.int(201, 989)}-${this.digits(4)}`,
      () => `+31 6 ${this.digits(8)}`,
      () => `+61 4${this.digits(2)} ${this.digits(3)} ${this.digits(3)}`,
    ])();
  }
  address(): string {
    return `${this.int(2, 2999)} ${this.pick(STREETS)}, ${this.pick(CITIES)}`;
  }
  dob(): string {
    return `${this.int(1951, 2004)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }
  ip(): string {
    return `${this.pick([73, 86, 98, 109, 176, 188, 24])}.${this.int(1, 254)}.${this.int(1, 254)}.${this.int(1, 254)}`;
  }
}
