import { B62, B64, B64URL, DIGITS, HEX, LOWER, Rng9, UPPER } from './blind-set-9-rng';

/** Set 67 value generators: accounting, billing and bank-feed credentials, people and bank data, each in its real format. */
export type Group67 = 'credential' | 'personal' | 'financial';
export interface Val67 {
  value: string;
  kind: string;
  group: Group67;
}

const CROCK = '0123456789abcdefghjkmnpqrstvwxyz';
const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

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

export function mod97(s: string): number {
  const num = s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of num) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}

function jwt(r: Rng9, payload: Record<string, unknown>, alg = 'HS256', extra: Record<string, unknown> = {}): string {
  const sig = alg === 'HS256' ? r.b64url(32) : r.b64url(256);
  return `${b64u({ alg, typ: 'JWT', ...extra })}.${b64u(payload)}.${sig}`;
}

function pem(r: Rng9, label: string): string {
  const der = Buffer.concat([Buffer.from('308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100', 'hex'), r.bytes(1150)]);
  const b = der.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

const FIRST = ['Siobhán', 'José', 'Zoë', 'Łukasz', 'Małgorzata', 'François', 'Renée', 'Oluwaseun', 'Chidinma', 'Björn', 'Aarav', 'Priya', 'Wei', 'Yuki', 'Kwame', 'Ingrid', 'Tomás', 'Søren', 'Fatima', 'Dmitri', 'Mateus', 'Hana', 'Amara', 'Declan', 'Lucía', 'Thandiwe', 'Rashid', 'Elif', 'Mei-Ling', 'Grzegorz', 'Aoife', 'Nikhil', 'Camille', 'Jürgen', 'Ngozi', 'Santiago'];
const LAST = ['Okafor', 'Ó Briain', 'García Márquez', 'Müller', 'Kowalczyk', 'Nakamura', 'Hernández', 'Dubois', 'Lefèvre', 'Andersson', 'Chatterjee', 'Zhang', 'Al-Mansouri', 'Mensah', 'Jørgensen', 'Nguyen', 'Yılmaz', 'Papadopoulos', 'Brennan', 'Iyer', 'Moreau', 'Schäfer', 'Adeyemi', 'Castillo', 'Lindqvist', 'Wiśniewski', 'Fitzgerald', 'Takahashi', 'Bianchi', 'Van der Berg'];
const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'web.de', 'fastmail.com', 'icloud.com', 'hotmail.fr', 'harborline-logistics.com', 'brightwaterdental.com', 'kestrel-advisory.co.uk', 'tallgrassfarms.net'];
const STREETS = ['Larkspur Lane', 'Maple Avenue', 'Rue de la Roquette', 'Hawthorne Street', 'Calle de Alcalá', 'Kingsley Road', 'Birchwood Drive', 'Willow Creek Court', 'Bergstraße', 'Harbour View Terrace', 'Ocean Park Boulevard', 'Elm Grove Way', 'Prinsengracht', 'Sycamore Ridge Road'];
const AREA = ['212', '312', '415', '617', '646', '702', '713', '206', '303', '404', '512', '619', '718', '773', '818', '919', '971', '602'];
const ROUTING_PREFIX = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72'];
export const EIN_PREFIXES = ['01', '02', '03', '04', '05', '06', '10', '11', '12', '13', '14', '15', '16', '20', '21', '22', '23', '24', '25', '26', '27', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '71', '72', '73', '74', '75', '76', '77', '80', '81', '82', '83', '84', '85', '86', '87', '88', '90', '91', '92', '93', '94', '95', '98', '99'];
const NINO_A = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_B = 'ABCEGHJKLMNPRSTWXYZ';

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[Łł]/g, 'l').replace(/[Øø]/g, 'o').replace(/ı/g, 'i').replace(/[^A-Za-z]/g, '').toLowerCase();

function ssnBody(r: Rng9): [string, string, string] {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return [String(area).padStart(3, '0'), String(r.int(1, 99)).padStart(2, '0'), String(r.int(1, 9999)).padStart(4, '0')];
}

function routing(r: Rng9): string {
  for (;;) {
    const s = r.pick(ROUTING_PREFIX) + r.digits(6);
    const d = s.split('').map(Number);
    const part = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
    const c = (10 - (part % 10)) % 10;
    return s + String(c);
  }
}

function card(r: Rng9, brand?: string): string {
  const b = brand ?? r.pick(['visa', 'mc', 'mc2', 'amex', 'disc']);
  const pre = b === 'visa' ? '4' : b === 'mc' ? String(r.int(51, 55)) : b === 'mc2' ? String(r.int(2221, 2720)) : b === 'amex' ? r.pick(['34', '37']) : '6011';
  const len = b === 'amex' ? 15 : 16;
  const body = pre + r.digits(len - 1 - pre.length);
  return body + luhnDigit(body);
}

const IBAN_SPEC: Record<string, (r: Rng9) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + r.digits(14),
  FR: (r) => r.digits(23),
  NL: (r) => r.pick(['ABNA', 'RABO', 'INGB', 'TRIO']) + r.digits(10),
  ES: (r) => r.digits(20),
  IT: (r) => r.chars(UPPER, 1) + r.digits(22),
  BE: (r) => r.digits(12),
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.digits(14),
  CH: (r) => r.digits(17),
};
export const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27, BE: 16, IE: 22, CH: 21 };

function iban(r: Rng9, country?: string): string {
  const c = country ?? r.pick(Object.keys(IBAN_SPEC));
  const bban = IBAN_SPEC[c]!(r);
  const check = String(98 - mod97(bban + c + '00')).padStart(2, '0');
  return c + check + bban;
}

function publicIp(r: Rng9): string {
  for (;;) {
    const a = r.int(1, 223);
    const b = r.int(0, 255);
    if ([10, 127, 0, 100, 169, 172, 192, 198, 203, 224].includes(a)) continue;
    return `${a}.${b}.${r.int(0, 255)}.${r.int(1, 254)}`;
  }
}

function gbVat(r: Rng9): string {
  for (;;) {
    const d = r.digits(7);
    if (d[0] === '0') continue;
    const w = [8, 7, 6, 5, 4, 3, 2];
    const s = d.split('').reduce((a, x, i) => a + Number(x) * w[i]!, 0);
    const chk = (97 - (s % 97)) % 97;
    return `GB${d}${String(chk).padStart(2, '0')}`;
  }
}

function frVat(r: Rng9): string {
  const siren = String(r.int(100000000, 999999999));
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

function dob(r: Rng9, style: number): string {
  const y = r.int(1952, 2002);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const p = (n: number) => String(n).padStart(2, '0');
  return style === 0 ? `${y}-${p(m)}-${p(d)}` : style === 1 ? `${p(m)}/${p(d)}/${y}` : `${p(d)}/${p(m)}/${y}`;
}

type Gen = (r: Rng9) => string;
/** Generator key -> [kind, group, generator]. Several keys share a kind (layouts of the same value). */
export const GEN67: Record<string, [string, Group67, Gen]> = {
  // --- credentials
  qbo_access_token: ['intuit_access_token', 'credential', (r) => `eyJlbmMiOiJBMTI4Q0JDLUhTMjU2IiwiYWxnIjoiZGlyIn0..${r.b64url(16)}.${r.b64url(r.int(420, 640))}.${r.b64url(16)}`],
  qbo_refresh_token: ['intuit_refresh_token', 'credential', (r) => `AB11${r.int(700000000, 799999999)}${r.b62(37)}`],
  intuit_client_secret: ['oauth_client_secret', 'credential', (r) => r.b62(40)],
  xero_access_token: ['jwt', 'credential', (r) => {
    const t = 1735689600 + r.int(0, 20000000);
    return jwt(r, { nbf: t, exp: t + 1800, iss: 'https://identity.xero.com', aud: 'https://identity.xero.com/resources', client_id: r.chars(HEX.toUpperCase(), 32), sub: r.hex(32), auth_time: t - 60, xero_userid: r.uuid(), global_session_id: r.hex(32), sid: r.hex(32), jti: r.hex(32).toUpperCase(), authentication_event_id: r.uuid(), scope: ['email', 'profile', 'openid', 'accounting.transactions', 'accounting.contacts', 'offline_access'] }, 'RS256', { kid: r.hex(40).toUpperCase(), x5t: r.b64url(20) });
  }],
  xero_refresh_token: ['xero_refresh_token', 'credential', (r) => r.hex(64)],
  xero_client_secret: ['oauth_client_secret', 'credential', (r) => r.chars(B64URL, 48)],
  xero_webhook_key: ['webhook_secret', 'credential', (r) => r.b64(64)],
  ns_secret: ['netsuite_tba_secret', 'credential', (r) => r.hex(64)],
  password: ['password', 'credential', (r) => r.password(r.int(12, 20))],
  password_url: ['password', 'credential', (r) => r.urlPassword(r.int(12, 20))],
  intacct_session: ['intacct_session_id', 'credential', (r) => `${r.b62(30)}..`],
  jwt_hs: ['jwt', 'credential', (r) => {
    const t = 1735689600 + r.int(0, 20000000);
    return jwt(r, { sub: r.uuid(), iat: t, exp: t + 3600, scope: r.pick(['ledger:write', 'payroll:read', 'bank_feeds', 'accounting']) });
  }],
  jwt_rs: ['jwt', 'credential', (r) => {
    const t = 1735689600 + r.int(0, 20000000);
    return jwt(r, { iss: r.pick(['https://auth.freshbooks.com', 'https://api.yodlee.com', 'https://accounts.adp.com', 'https://system.netsuite.com']), sub: String(r.int(100000, 9999999)), aud: 'api', iat: t, exp: t + 1800, jti: r.uuid() }, 'RS256', { kid: r.hex(16) });
  }],
  hex64_token: ['oauth_token', 'credential', (r) => r.hex(64)],
  chargebee_key: ['chargebee_api_key', 'credential', (r) => `live_${r.b62(r.int(32, 36))}`],
  chargebee_test_key: ['chargebee_api_key', 'credential', (r) => `test_${r.b62(r.int(32, 36))}`],
  recurly_key: ['recurly_api_key', 'credential', (r) => r.hex(32)],
  zuora_client_secret: ['oauth_client_secret', 'credential', (r) => r.b62(r.int(40, 46))],
  zuora_token: ['zuora_access_token', 'credential', (r) => r.hex(32)],
  paddle_key: ['paddle_api_key', 'credential', (r) => `pdl_${r.pick(['live', 'live', 'sdbx'])}_apikey_01${r.chars(CROCK, 24)}_${r.b62(22)}_A${r.chars(UPPER, 2)}`],
  paddle_ntf: ['paddle_webhook_secret', 'credential', (r) => `pdl_ntfset_01${r.chars(CROCK, 24)}_${r.b62(32)}`],
  stripe_sk: ['stripe_secret_key', 'credential', (r) => `sk_live_51${r.b62(14)}${r.b62(83)}`],
  stripe_rk: ['stripe_secret_key', 'credential', (r) => `rk_live_51${r.b62(14)}${r.b62(83)}`],
  stripe_whsec: ['webhook_secret', 'credential', (r) => `whsec_${r.b62(32)}`],
  avalara_license: ['avalara_license_key', 'credential', (r) => r.hex(16).toUpperCase()],
  taxjar_token: ['taxjar_api_token', 'credential', (r) => r.hex(32)],
  billcom_devkey: ['billcom_dev_key', 'credential', (r) => `01${r.chars(UPPER + DIGITS, 18)}`],
  billcom_session: ['billcom_session_id', 'credential', (r) => `!${r.chars(B62, 11)}!${r.b62(60)}`],
  expensify_secret: ['expensify_partner_secret', 'credential', (r) => r.hex(40)],
  ramp_token: ['ramp_token', 'credential', (r) => `ramp_tok_${r.b62(48)}`],
  ramp_secret: ['oauth_client_secret', 'credential', (r) => `ramp_sec_${r.b62(48)}`],
  brex_token: ['brex_token', 'credential', (r) => `bxt_${r.b62(40)}`],
  plaid_secret: ['plaid_secret', 'credential', (r) => r.hex(30)],
  plaid_access: ['plaid_access_token', 'credential', (r) => `access-production-${r.uuid()}`],
  gusto_token: ['oauth_token', 'credential', (r) => r.b64url(32)],
  adp_secret: ['oauth_client_secret', 'credential', (r) => r.uuid()],
  private_key: ['private_key', 'credential', (r) => pem(r, 'PRIVATE KEY')],
  rsa_key: ['private_key', 'credential', (r) => pem(r, 'RSA PRIVATE KEY')],
  aws_key_id: ['aws_access_key_id', 'credential', (r) => `AKIA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`],
  aws_secret: ['aws_secret_key', 'credential', (r) => r.chars(B62 + '+/', 40)],
  slack_webhook: ['slack_webhook', 'credential', (r) => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`],
  sendgrid: ['sendgrid_api_key', 'credential', (r) => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`],
  twilio_token: ['twilio_auth_token', 'credential', (r) => r.hex(32)],
  webhook_hex: ['webhook_secret', 'credential', (r) => r.hex(64)],
  pg_url: ['connection_string', 'credential', (r) => `postgres://${r.pick(['ledger_sync', 'billing_etl', 'gl_writer', 'recon'])}:${r.urlPassword(18)}@${r.pick(['pg-ledger-01.internal', 'billing-db.prod.svc', 'recon-primary.c9x2kq.us-east-1.rds.amazonaws.com'])}:5432/${r.pick(['ledger', 'billing', 'finance_dw'])}`],
  mssql_conn: ['connection_string', 'credential', (r) => `Server=tcp:${r.pick(['finsql01', 'erp-db', 'gl-sql'])}.database.windows.net,1433;Initial Catalog=${r.pick(['GL', 'Payroll', 'AP_Staging'])};User ID=${r.pick(['svc_gl', 'adp_import', 'ap_sync'])};Password=${r.password(18)};Encrypt=True;`],
  amqp_url: ['connection_string', 'credential', (r) => `amqps://${r.pick(['invoice_bus', 'dunning'])}:${r.urlPassword(20)}@${r.pick(['mq.fin-prod.local', 'rabbit-billing.internal'])}:5671/${r.pick(['billing', 'ledger'])}`],
  basic_b64: ['basic_auth', 'credential', (r) => Buffer.from(`${r.pick(['svc_sync', 'ledgerbot', 'api', 'integration'])}:${r.password(16)}`).toString('base64')],
  // --- personal
  name: ['person_name', 'personal', (r) => `${r.pick(FIRST)} ${r.pick(LAST)}`],
  email: ['email', 'personal', (r) => `${fold(r.pick(FIRST))}${r.pick(['.', '_', ''])}${fold(r.pick(LAST))}${r.pick(['', String(r.int(1, 99))])}@${r.pick(DOMAINS)}`],
  phone_us: ['phone', 'personal', (r) => {
    const a = r.pick(AREA);
    const x = `${r.int(2, 9)}${r.digits(2)}`.replace(/^555$/, '556');
    const n = r.digits(4);
    return r.pick([`(${a}) ${x}-${n}`, `${a}-${x}-${n}`, `+1${a}${x}${n}`, `+1 ${a} ${x} ${n}`, `${a}.${x}.${n}`]);
  }],
  phone_intl: ['phone', 'personal', (r) =>
    r.pick([
      () => `+44 7${r.int(400, 699)} ${r.digits(6)}`,
      () => `07${r.int(400, 699)} ${r.digits(6)}`,
      () => `+49 15${r.int(1, 9)} ${r.digits(8)}`,
      () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      () => `+91 9${r.digits(4)} ${r.digits(5)}`,
      () => `+353 8${r.int(3, 9)} ${r.digits(3)} ${r.digits(4)}`,
      () => `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    ])(),
  ],
  address: ['street_address', 'personal', (r) => `${r.int(12, 9870)} ${r.pick(STREETS)}${r.pick(['', '', `, Apt ${r.int(2, 40)}${r.pick(['A', 'B', 'C'])}`, `, Unit ${r.int(100, 999)}`])}`],
  dob: ['date_of_birth', 'personal', (r) => dob(r, 0)],
  dob_us: ['date_of_birth', 'personal', (r) => dob(r, 1)],
  ssn: ['ssn', 'personal', (r) => ssnBody(r).join('-')],
  ssn_bare: ['ssn', 'personal', (r) => ssnBody(r).join('')],
  itin: ['itin', 'personal', (r) => `9${r.digits(2)}-${r.pick(['50', '57', '65', '70', '78', '83', '88', '90', '92', '94', '99'])}-${String(r.int(1, 9999)).padStart(4, '0')}`],
  ein: ['ein', 'personal', (r) => `${r.pick(EIN_PREFIXES)}-${r.digits(7)}`],
  nino: ['nino', 'personal', (r) => {
    let p = r.chars(NINO_A, 1) + r.chars(NINO_B, 1);
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) p = 'AB';
    const d = r.digits(6);
    return r.pick([`${p}${d}${r.pick(['A', 'B', 'C', 'D'])}`, `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${r.pick(['A', 'B', 'C', 'D'])}`]);
  }],
  sin: ['sin', 'personal', (r) => {
    const body = String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7);
    const s = body + luhnDigit(body);
    return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
  }],
  vat: ['vat_id', 'personal', (r) => (r.next() < 0.5 ? gbVat(r) : frVat(r))],
  passport: ['passport', 'personal', (r) => r.pick([r.digits(1).replace('0', '5') + r.digits(8), `${r.pick(['A', 'C', 'E'])}${r.digits(8)}`])],
  ip: ['ip_address', 'personal', publicIp],
  // --- financial
  card: ['card_number', 'financial', (r) => card(r)],
  card_spaced: ['card_number', 'financial', (r) => {
    const c = card(r, r.pick(['visa', 'mc', 'mc2']));
    return c.replace(/(\d{4})(?=\d)/g, '$1 ');
  }],
  iban: ['iban', 'financial', (r) => iban(r)],
  iban_spaced: ['iban', 'financial', (r) => iban(r).replace(/(.{4})(?=.)/g, '$1 ')],
  iban_gb: ['iban', 'financial', (r) => iban(r, 'GB')],
  routing: ['aba_routing', 'financial', routing],
  account: ['bank_account', 'financial', (r) => String(r.int(1, 9)) + r.digits(r.int(8, 13))],
  sort_code: ['uk_sort_code', 'financial', (r) => `${r.int(10, 99)}-${r.digits(2)}-${r.digits(2)}`],
  uk_account: ['bank_account', 'financial', (r) => String(r.int(1, 9)) + r.digits(7)],
};

/** One draw context: records each value planted, and offers unrecorded filler (ids, times, amounts). */
export class Draw67 {
  readonly vals: Val67[] = [];
  constructor(readonly r: Rng9) {}

  /** Draws a value of generator `key` and records it. */
  v(key: string): string {
    const g = GEN67[key];
    if (!g) throw new Error(`no generator ${key}`);
    const value = g[2](this.r);
    this.vals.push({ value, kind: g[0], group: g[1] });
    return value;
  }

  /** Draws a value of generator `key` without recording it (it only appears inside a derived form). */
  raw(key: string): string {
    return GEN67[key]![2](this.r);
  }

  /** Records a value built by the template (a derived form, e.g. a basic-auth pair) under a kind. */
  rec(value: string, kind: string, group: Group67): string {
    this.vals.push({ value, kind, group });
    return value;
  }

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  b62(n: number): string {
    return this.r.b62(n);
  }
  uuid(): string {
    return this.r.uuid();
  }
  low(n: number): string {
    return this.r.chars(LOWER + DIGITS, n);
  }
  /** An ISO timestamp in 2025. */
  ts(): string {
    const d = new Date(Date.UTC(2025, 0, 1) + this.r.int(0, 364 * 86400) * 1000 + this.r.int(0, 999));
    return d.toISOString();
  }
  /** `2025-03-04 11:22:33,123` */
  logTs(): string {
    return this.ts().replace('T', ' ').replace('Z', '').replace('.', ',');
  }
  epoch(): number {
    return 1735689600 + this.r.int(0, 30000000);
  }
  amount(): string {
    return `${this.r.int(12, 48000)}.${this.r.digits(2)}`;
  }
  cur(): string {
    return this.r.pick(['USD', 'USD', 'GBP', 'EUR', 'CAD', 'AUD']);
  }
  b64(n: number): string {
    return this.r.chars(B64, n);
  }
}
