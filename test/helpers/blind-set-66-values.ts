import { B62, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';

/** A template: draws its values from the generator and returns the text. */
export type Tpl66 = (g: Gen66) => string;

/** One planted value: its text, its kind (checked by formatOk66) and its group. */
export interface Value66 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

const B64URLC = UPPER + LOWER + DIGITS + '-_';
const ALNUM = UPPER + LOWER + DIGITS;
const HEXU = '0123456789ABCDEF';

const FIRST = [
  'José', 'María', 'Siobhán', 'Björn', 'Zoë', 'Oluwaseun', 'Ayşe', 'Rajesh', 'Łukasz', 'François', 'Mei', 'Hiroshi', 'Fatima', 'Dmitri', 'Ingrid',
  'Chinedu', 'Thảo', 'Søren', 'Aleksandra', 'Giovanni', 'Priya', 'Kwame', 'Hélène', 'Nuno', 'Anneliese', 'Tomasz', 'Yusuf', 'Camila', 'Eoin', 'Jürgen',
  'Emily', 'Marcus', 'Grace', 'Daniel', 'Olivia', 'Wei', 'Leila', 'Mateo', 'Agnieszka', 'Kateřina',
];
const LAST = [
  'Álvarez', 'Ní Bhriain', 'Ødegaard', 'Kowalczyk', 'Adeyemi', 'Yılmaz', 'Iyer', 'Wiśniewski', 'Lefèvre', 'Nakamura', 'Haddad', 'Volkov', 'Lindqvist',
  'Okonkwo', 'Nguyễn', 'Christensen', 'Dąbrowska', 'Bianchi', 'Raghunathan', 'Mensah', 'Dubois', 'Gonçalves', 'Müller', 'Novák', 'Öztürk', 'Fernández',
  "O'Sullivan", 'Schröder', 'Thompson', 'Reyes', 'Chen', 'Kaplan', 'Castellanos', 'Van der Berg', 'Mahlangu', 'Bergström', 'Papadopoulos', 'Sánchez',
];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'web.de', 'orange.fr', 'icloud.com', 'proton.me', 'hotmail.com', 'gmx.net', 'fastmail.com', 'libero.it', 't-online.de'];
const STREETS_US = ['Maple Ridge Dr', 'W Belmont Ave', 'Oak Hollow Ln', 'Peachtree St NE', 'Cedar Crest Blvd', 'S Lamar Blvd', 'Elm Park Ct', 'N Halsted St'];
const CITIES_US = ['Columbus, OH 43215', 'Chicago, IL 60657', 'Austin, TX 78704', 'Atlanta, GA 30309', 'Denver, CO 80218', 'Portland, OR 97214'];
const STREETS_UK = ['Kingsley Road', 'Albert Street', 'Chapel Lane', 'Windsor Terrace', 'Mill Road', 'Victoria Crescent'];
const STREETS_DE = ['Hauptstraße', 'Schillerstraße', 'Lindenallee', 'Bahnhofstraße', 'Goethestraße', 'Am Mühlbach'];
const STREETS_FR = ['rue des Lilas', 'avenue Jean Jaurès', 'boulevard Voltaire', 'rue de la République', 'impasse des Tilleuls'];

export function ascii(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();
}

function crc32(s: string): number {
  let c = ~0;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

export function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = B62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** GitHub token: prefix, 30 random base62 characters and the base62 CRC32 of them. */
export function ghToken(prefix: string, body: string): string {
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
}

export function luhnDigit(partial: string): number {
  let sum = 0;
  for (let i = 0; i < partial.length; i++) {
    let d = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

const IBAN_BBAN: Record<string, (r: Rng9) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
  FR: (r) => r.digits(10) + r.chars(DIGITS + UPPER, 11) + r.digits(2),
  NL: (r) => r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + r.digits(10),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars(UPPER, 1) + r.digits(10) + r.chars(DIGITS + UPPER, 12),
  BE: (r) => r.digits(12),
  CH: (r) => r.digits(5) + r.chars(DIGITS + UPPER, 12),
  PL: (r) => r.digits(24),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
};

function b64urlJson(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** Draws values and records every one it hands out, in order. */
export class Gen66 {
  readonly taken: Value66[] = [];

  constructor(readonly r: Rng9) {}

  private put(value: string, kind: string, group: Value66['group']): string {
    this.taken.push({ value, kind, group });
    return value;
  }

  cred(value: string, kind: string): string {
    return this.put(value, kind, 'credential');
  }

  // ---------- noise (not recorded) ----------
  uuid(): string {
    return this.r.uuid();
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  traceId(): string {
    return this.r.hex(32);
  }
  spanId(): string {
    return this.r.hex(16);
  }
  privIp(): string {
    return `10.${this.r.int(0, 255)}.${this.r.int(0, 255)}.${this.r.int(1, 254)}`;
  }
  ts(): string {
    const d = new Date(Date.UTC(2026, this.r.int(0, 11), this.r.int(1, 28), this.r.int(0, 23), this.r.int(0, 59), this.r.int(0, 59), this.r.int(0, 999)));
    return d.toISOString();
  }
  digits7(): string {
    return this.r.digits(7);
  }
  digits12(): string {
    return `${this.r.int(1, 9)}${this.r.digits(11)}`;
  }
  b62x(n: number): string {
    return this.r.b62(n);
  }
  b64x(n: number): string {
    return this.r.chars(B64URLC, n);
  }
  chars8(): string {
    return this.r.chars(UPPER + DIGITS, 10);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  user(): string {
    return `svc-${this.r.pick(['billing', 'ledger', 'kyc', 'orders', 'payouts', 'crm', 'notify', 'risk'])}`;
  }

  // ---------- credentials ----------
  awsKeyId(): string {
    return this.cred(this.r.pick(['AKIA', 'ASIA']) + this.r.chars(UPPER + '234567', 16), 'aws_access_key_id');
  }
  awsSecret(): string {
    return this.cred(this.r.chars(ALNUM + '+/', 40), 'aws_secret_key');
  }
  ghp(prefix: 'ghp' | 'ghs' | 'gho' | 'ghu' = 'ghp'): string {
    return this.cred(ghToken(prefix, this.r.b62(30)), 'github_token');
  }
  githubPat(): string {
    return this.cred(`github_pat_11${this.r.chars(UPPER + DIGITS, 20)}_${this.r.chars(ALNUM, 59)}`, 'github_fine_grained_pat');
  }
  glpat(): string {
    return this.cred(`glpat-${this.r.chars(ALNUM + '-_', 20)}`, 'gitlab_pat');
  }
  slackBot(): string {
    return this.cred(`xoxb-${this.r.digits(1).replace('0', '7')}${this.r.digits(11)}-${this.r.int(1, 9)}${this.r.digits(12)}-${this.r.b62(24)}`, 'slack_token');
  }
  slackWebhook(): string {
    return this.cred(`https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 10)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`, 'slack_webhook');
  }
  stripeSk(): string {
    return this.cred(`${this.r.pick(['sk', 'rk'])}_live_51${this.r.b62(14)}${this.r.b62(83)}`, 'stripe_secret_key');
  }
  whsec(): string {
    return this.cred(`whsec_${this.r.b62(32)}`, 'webhook_secret');
  }
  twilioToken(): string {
    return this.cred(this.r.hex(32), 'twilio_auth_token');
  }
  sendgrid(): string {
    return this.cred(`SG.${this.r.chars(B64URLC, 22)}.${this.r.chars(B64URLC, 43)}`, 'sendgrid_key');
  }
  openai(): string {
    return this.cred(`sk-proj-${this.r.chars(B64URLC, 58)}T3BlbkFJ${this.r.chars(B64URLC, 58)}`, 'openai_key');
  }
  anthropic(): string {
    return this.cred(`sk-ant-api03-${this.r.chars(B64URLC, 93)}AA`, 'anthropic_key');
  }
  googleKey(): string {
    return this.cred(`AIza${this.r.chars(B64URLC, 35)}`, 'google_api_key');
  }
  gocspx(): string {
    return this.cred(`GOCSPX-${this.r.chars(B64URLC, 28)}`, 'google_client_secret');
  }
  ya29(): string {
    return this.cred(`ya29.a0${this.r.chars(B64URLC, 40)}${this.r.chars(ALNUM, 60)}0${this.r.int(1, 9)}${this.r.chars(B64URLC, 50)}`, 'google_oauth_token');
  }
  azureStorageKey(): string {
    return this.cred(this.r.b64(64), 'azure_storage_key');
  }
  apimKey(): string {
    return this.cred(this.r.hex(32), 'azure_apim_key');
  }
  azureClientSecret(): string {
    const a = ALNUM + '_~.-';
    return this.cred(`${this.r.chars(a, 3)}8Q~${this.r.chars(a, 34)}`, 'azure_client_secret');
  }
  npm(): string {
    return this.cred(`npm_${this.r.b62(36)}`, 'npm_token');
  }
  ddApi(): string {
    return this.cred(this.r.hex(32), 'datadog_api_key');
  }
  ddApp(): string {
    return this.cred(this.r.hex(40), 'datadog_app_key');
  }
  hex32(kind: string): string {
    return this.cred(this.r.hex(32), kind);
  }
  hex64(kind = 'hmac_secret'): string {
    return this.cred(this.r.hex(64), kind);
  }
  alnum(n: number, kind: string): string {
    return this.cred(this.r.chars(ALNUM, n), kind);
  }
  b64secret(n: number, kind: string): string {
    return this.cred(this.r.b64(n), kind);
  }
  b64urlSecret(n: number, kind: string): string {
    return this.cred(this.r.b64url(n), kind);
  }
  okta(): string {
    return this.cred(`00${this.r.chars(ALNUM + '-_', 40)}`, 'okta_api_token');
  }
  shpat(): string {
    return this.cred(`${this.r.pick(['shpat', 'shpss', 'shpca'])}_${this.r.hex(32)}`, 'shopify_token');
  }
  square(): string {
    return this.cred(`EAAA${this.r.chars(ALNUM + '-_', 60)}`, 'square_token');
  }
  mailgun(): string {
    return this.cred(`key-${this.r.hex(32)}`, 'mailgun_key');
  }
  mailchimp(): string {
    return this.cred(`${this.r.hex(32)}-us${this.r.int(2, 21)}`, 'mailchimp_key');
  }
  apolloKey(graph: string): string {
    return this.cred(`service:${graph}:${this.r.chars(B64URLC, 22)}`, 'apollo_key');
  }
  hasuraSecret(): string {
    return this.cred(this.r.chars(ALNUM, this.r.int(32, 48)), 'hasura_admin_secret');
  }
  vault(): string {
    return this.cred(`hvs.${this.r.b62(24)}`, 'vault_token');
  }
  pulumi(): string {
    return this.cred(`pul-${this.r.hex(40)}`, 'pulumi_token');
  }
  postman(): string {
    return this.cred(`PMAK-${this.r.hex(24)}-${this.r.hex(34)}`, 'postman_key');
  }
  databricks(): string {
    return this.cred(`dapi${this.r.hex(32)}`, 'databricks_token');
  }
  hf(): string {
    return this.cred(`hf_${this.r.chars(UPPER + LOWER, 34)}`, 'huggingface_token');
  }
  telegram(): string {
    return this.cred(`${this.r.int(1, 7)}${this.r.digits(9)}:AA${this.r.chars(B64URLC, 33)}`, 'telegram_bot_token');
  }
  grafana(): string {
    return this.cred(`glsa_${this.r.b62(32)}_${this.r.hex(8)}`, 'grafana_token');
  }
  newRelic(): string {
    return this.cred(`NRAK-${this.r.chars(UPPER + DIGITS, 27)}`, 'newrelic_key');
  }
  doppler(): string {
    return this.cred(`dp.st.${this.r.pick(['prd', 'stg', 'dev'])}.${this.r.b62(40)}`, 'doppler_token');
  }
  atlassian(): string {
    return this.cred(`ATATT3xFfGF0${this.r.chars(B64URLC, 170)}=${this.r.chars(HEXU, 8)}`, 'atlassian_token');
  }
  tykKey(): string {
    return this.cred(`${this.r.hex(24)}${this.r.hex(32)}`, 'tyk_key');
  }
  kongKey(): string {
    return this.cred(this.r.chars(ALNUM, 32), 'kong_key');
  }
  apigwKey(): string {
    return this.cred(this.r.chars(ALNUM, 40), 'aws_apigw_key');
  }
  password(n = 16): string {
    return this.cred(this.r.password(n), 'password');
  }
  urlPassword(n = 16): string {
    return this.cred(this.r.urlPassword(n), 'password');
  }
  basic(user: string, pass?: string): string {
    const p = pass ?? this.r.password(14);
    return this.cred(Buffer.from(`${user}:${p}`).toString('base64'), 'basic_auth');
  }
  jwt(claims: Record<string, unknown>, alg: 'HS256' | 'RS256' | 'ES256' = 'HS256', kid?: string): string {
    const head: Record<string, unknown> = { alg, typ: 'JWT' };
    if (kid) head['kid'] = kid;
    const sigLen = alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32;
    return this.cred(`${b64urlJson(head)}.${b64urlJson(claims)}.${this.r.b64url(sigLen)}`, 'jwt');
  }
  /** A Kubernetes projected service account token. */
  saToken(ns: string, sa: string): string {
    const iat = 1780000000 + this.r.int(0, 9999999);
    return this.jwt(
      {
        aud: ['https://kubernetes.default.svc.cluster.local'],
        exp: iat + 3607,
        iat,
        iss: 'https://kubernetes.default.svc.cluster.local',
        'kubernetes.io': { namespace: ns, pod: { name: `${sa}-${this.r.hex(10)}-${this.r.chars(LOWER + DIGITS, 5)}`, uid: this.r.uuid() }, serviceaccount: { name: sa, uid: this.r.uuid() } },
        nbf: iat,
        sub: `system:serviceaccount:${ns}:${sa}`,
      },
      'RS256',
      this.r.b64url(32),
    );
  }
  userJwt(email: string, sub?: string): string {
    const iat = 1780000000 + this.r.int(0, 9999999);
    return this.jwt({ sub: sub ?? `auth0|${this.r.hex(24)}`, email, iss: `https://${this.r.pick(['login', 'auth', 'id'])}.${this.r.pick(['northwind-pay', 'acmebank', 'helio-health'])}.com/`, aud: 'https://api.internal', iat, exp: iat + 3600, scope: 'openid profile email' }, 'RS256', this.r.hex(16));
  }
  privateKey(kind: 'RSA' | 'EC' | 'PKCS8' = 'PKCS8'): string {
    const n = kind === 'EC' ? 121 : kind === 'RSA' ? 1190 : 1217;
    const b = this.r.bytes(n);
    b[0] = 0x30;
    if (kind === 'EC') {
      b[1] = 0x77;
      b[2] = 0x02;
      b[3] = 0x01;
      b[4] = 0x01;
    } else {
      b[1] = 0x82;
      b[2] = ((n - 4) >> 8) & 0xff;
      b[3] = (n - 4) & 0xff;
      b[4] = 0x02;
      b[5] = 0x01;
      b[6] = 0x00;
    }
    const body = b.toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
    const label = kind === 'RSA' ? 'RSA PRIVATE KEY' : kind === 'EC' ? 'EC PRIVATE KEY' : 'PRIVATE KEY';
    return this.cred(`-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`, 'private_key');
  }

  // ---------- personal ----------
  private last?: { first: string; last: string };
  name(): string {
    const first = this.r.pick(FIRST);
    const last = this.r.pick(LAST);
    this.last = { first, last };
    return this.put(`${first} ${last}`, 'person_name', 'personal');
  }
  firstLast(): [string, string] {
    const first = this.r.pick(FIRST);
    const last = this.r.pick(LAST);
    this.last = { first, last };
    return [this.put(first, 'given_name', 'personal'), this.put(last, 'family_name', 'personal')];
  }
  /** An email, from the name last drawn when there is one. */
  email(): string {
    const f = ascii(this.last ? this.last.first : this.r.pick(FIRST));
    const l = ascii(this.last ? this.last.last : this.r.pick(LAST));
    const local = this.r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${this.r.int(1, 99)}`, `${f}_${l}`, `${l}.${f}${this.r.int(70, 99)}`]);
    return this.put(`${local}@${this.r.pick(MAIL)}`, 'email', 'personal');
  }
  phone(style?: number): string {
    const r = this.r;
    const s = style ?? r.int(0, 7);
    const us = () => `${r.pick(['212', '312', '415', '512', '617', '646', '702', '720', '773', '818', '917', '971'])}`;
    const ex = () => `${r.int(2, 9)}${r.pick(['0', '1', '2', '3', '4', '6', '7', '8', '9'])}${r.int(0, 9)}`;
    let v: string;
    if (s === 0) v = `+1${us()}${ex()}${r.digits(4)}`;
    else if (s === 1) v = `(${us()}) ${ex()}-${r.digits(4)}`;
    else if (s === 2) v = `+44 7${r.pick(['4', '5', '8', '9'])}${r.digits(2)} ${r.digits(6)}`;
    else if (s === 3) v = `+49 1${r.pick(['51', '52', '60', '70', '76'])} ${r.digits(8)}`;
    else if (s === 4) v = `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`;
    else if (s === 5) v = `+91 ${r.pick(['98', '97', '99', '88'])}${r.digits(3)} ${r.digits(5)}`;
    else if (s === 6) v = `+55 11 9${r.digits(4)}-${r.digits(4)}`;
    else v = `07${r.pick(['4', '5', '8', '9'])}${r.digits(2)} ${r.digits(6)}`;
    return this.put(v, 'phone', 'personal');
  }
  /** A phone with no spaces or parentheses (for query strings and form bodies). */
  phoneE164(): string {
    const r = this.r;
    const v = r.pick([
      () => `+1${r.pick(['415', '646', '312', '737'])}${r.int(2, 9)}${r.int(1, 9)}${r.int(0, 9)}${r.digits(4)}`,
      () => `+447${r.pick(['4', '5', '8', '9'])}${r.digits(8)}`,
      () => `+4915${r.int(1, 9)}${r.digits(8)}`,
      () => `+336${r.digits(8)}`,
    ])();
    return this.put(v, 'phone', 'personal');
  }
  street(): string {
    const r = this.r;
    const v = r.pick([
      () => `${r.int(12, 9899)} ${r.pick(STREETS_US)}`,
      () => `${r.int(1, 220)} ${r.pick(STREETS_UK)}`,
      () => `${r.pick(STREETS_DE)} ${r.int(1, 140)}`,
      () => `${r.int(1, 90)} ${r.pick(STREETS_FR)}`,
    ])();
    return this.put(v, 'street_address', 'personal');
  }
  /** A one-line US address. */
  addressUs(): string {
    return this.put(`${this.r.int(12, 9899)} ${this.r.pick(STREETS_US)}, ${this.r.pick(CITIES_US)}`, 'street_address', 'personal');
  }
  dob(style?: number): string {
    const y = this.r.int(1948, 2005);
    const m = this.r.int(1, 12);
    const d = this.r.int(1, 28);
    const p = (x: number) => String(x).padStart(2, '0');
    const s = style ?? this.r.int(0, 2);
    const v = s === 0 ? `${y}-${p(m)}-${p(d)}` : s === 1 ? `${p(m)}/${p(d)}/${y}` : `${p(d)}.${p(m)}.${y}`;
    return this.put(v, 'date_of_birth', 'personal');
  }
  ssn(dashed = true): string {
    let area = this.r.int(1, 899);
    if (area === 666) area = 667;
    const a = String(area).padStart(3, '0');
    const g = String(this.r.int(1, 99)).padStart(2, '0');
    const s = String(this.r.int(1, 9999)).padStart(4, '0');
    return this.put(dashed ? `${a}-${g}-${s}` : `${a}${g}${s}`, 'ssn', 'personal');
  }
  nino(): string {
    const first = 'ABCEGHJKLMNOPRSTWXYZ';
    const second = 'ABCEGHJKLMNPRSTWXYZ';
    let pre = '';
    do pre = this.r.pick([...first]) + this.r.pick([...second]);
    while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre));
    const d = this.r.digits(6);
    const suf = this.r.pick(['A', 'B', 'C', 'D']);
    const v = this.r.next() < 0.5 ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`;
    return this.put(v, 'uk_nino', 'personal');
  }
  sin(): string {
    const part = `${this.r.pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${this.r.digits(7)}`;
    const full = part + luhnDigit(part);
    return this.put(this.r.next() < 0.5 ? full : `${full.slice(0, 3)} ${full.slice(3, 6)} ${full.slice(6)}`, 'ca_sin', 'personal');
  }
  cpf(): string {
    const d = this.r.digits(9).split('').map(Number);
    if (d.every((x) => x === d[0])) d[0] = (d[0]! + 1) % 10;
    const dv = (arr: number[]) => {
      const s = arr.reduce((acc, x, i) => acc + x * (arr.length + 1 - i), 0);
      const r = (s * 10) % 11;
      return r === 10 ? 0 : r;
    };
    d.push(dv(d));
    d.push(dv(d));
    const s = d.join('');
    return this.put(`${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`, 'br_cpf', 'personal');
  }
  bsn(): string {
    for (;;) {
      const s = `${this.r.int(1, 6)}${this.r.digits(8)}`;
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
      sum -= Number(s[8]);
      if (sum % 11 === 0) return this.put(s, 'nl_bsn', 'personal');
    }
  }
  dni(): string {
    const n = this.r.int(10000000, 99999999);
    return this.put(`${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`, 'es_dni', 'personal');
  }
  passport(): string {
    const r = this.r;
    const v = r.pick([
      () => `${r.int(5, 6)}${r.digits(8)}`,
      () => `${r.pick(['C', 'F', 'G', 'H', 'J', 'K'])}${r.chars('0123456789CFGHJKLMNPRTVWXYZ', 8)}`,
      () => `${r.digits(2)}${r.chars(UPPER, 2)}${r.digits(5)}`,
    ])();
    return this.put(v, 'passport', 'personal');
  }
  ip(): string {
    for (;;) {
      const a = this.r.int(1, 223);
      const b = this.r.int(0, 255);
      if ([10, 127, 100, 169, 172, 192, 198, 203, 0].includes(a)) continue;
      return this.put(`${a}.${b}.${this.r.int(0, 255)}.${this.r.int(1, 254)}`, 'ip_address', 'personal');
    }
  }
  ipv6(): string {
    const h = () => this.r.hex(4).replace(/^0+(?=.)/, '');
    return this.put(`2${this.r.pick(['a02', '600', '001:4860', '003', '804'])}:${h()}:${h()}:${h()}::${h()}`, 'ip_address', 'personal');
  }

  // ---------- financial ----------
  card(spaced = false): string {
    const r = this.r;
    const t = r.int(0, 4);
    let pre: string;
    let len = 16;
    if (t === 0) pre = `4${r.pick(['147', '263', '539', '716', '921', '485', '854', '388'])}${r.digits(2)}`;
    else if (t === 1) pre = `5${r.int(1, 5)}${r.digits(4)}`;
    else if (t === 2) pre = `22${r.int(23, 70)}${r.digits(2)}`;
    else if (t === 3) {
      pre = `3${r.pick(['4', '7'])}${r.digits(4)}`;
      len = 15;
    } else pre = `6011${r.digits(2)}`;
    let body = pre + r.digits(len - 1 - pre.length);
    if (/^(4111111|4242424|5555555|4000000|3782822|6011111|5105105)/.test(body)) body = `4916${body.slice(4)}`;
    const full = body + luhnDigit(body);
    let v = full;
    if (spaced) v = len === 15 ? `${full.slice(0, 4)} ${full.slice(4, 10)} ${full.slice(10)}` : full.replace(/(\d{4})(?=\d)/g, '$1 ');
    return this.put(v, 'card_number', 'financial');
  }
  iban(grouped = false, cc?: string): string {
    const c = cc ?? this.r.pick(Object.keys(IBAN_BBAN));
    const bban = IBAN_BBAN[c]!(this.r);
    const check = 98 - mod97(`${bban}${c}00`);
    const iban = `${c}${String(check).padStart(2, '0')}${bban}`;
    return this.put(grouped ? iban.replace(/(.{4})(?=.)/g, '$1 ') : iban, 'iban', 'financial');
  }
  routing(): string {
    const pre = this.r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31', '32']);
    const d = (pre + this.r.digits(6)).split('').map(Number);
    const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]!;
    const last = (10 - (s % 10)) % 10;
    return this.put(d.join('') + last, 'aba_routing', 'financial');
  }
  account(): string {
    return this.put(`${this.r.int(1, 9)}${this.r.digits(this.r.int(8, 11))}`, 'bank_account', 'financial');
  }
  ukAccount(): string {
    return this.put(`${this.r.int(1, 9)}${this.r.digits(7)}`, 'bank_account', 'financial');
  }
}
