import { B62, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

/** One planted value. */
export interface Val47 {
  value: string;
  kind: string;
  group: string;
}

const FIRST = ['Amara', 'Siobhan', 'Tomasz', 'Priya', 'Kwame', 'Léa', 'Mateus', 'Ingrid', 'Darnell', 'Yuki', 'Fatima', 'Oluwaseun', 'Bridget', 'Rafael', 'Hannelore', 'Jiho', 'Marisol', 'Callum', 'Ngozi', 'Dmitri', 'Aoife', 'Rosalind', 'Tariq', 'Esperanza', 'Björn', 'Chiamaka', 'Gwendolyn', 'Ravi', 'Maëlle', 'Desmond'];
const LAST = ['Okonkwo', 'Fitzgerald', 'Wiśniewski', 'Raghunathan', 'Mensah', 'Dubois', 'Carvalho', 'Lindqvist', 'Whitfield', 'Tanaka', 'Haddad', 'Adeyemi', 'McAllister', 'Quintero', 'Brandstetter', 'Park', 'Villanueva', 'Rutherford', 'Eze', 'Volkov', 'Ní Bhriain', 'Abernathy', 'Siddiqui', 'Castellanos', 'Holmgren', 'Obi', 'Pemberton', 'Venkataraman', 'Lefebvre', 'Ashworth'];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'hotmail.com', 'btinternet.com', 'gmx.de', 'orange.fr', 'comcast.net', 'aol.com', 'live.ca'];
const STREET = ['Maple Avenue', 'Harrow Road', 'Calle de Alcalá', 'Kingsway', 'Lakeshore Drive', 'Elm Street', 'Station Road', 'Rue de la République', 'Birchwood Lane', 'Peachtree Street NE', 'Gartenstraße', 'Willow Crescent', 'Cedar Ridge Court'];
const CITY = [['Columbus', 'OH', '432'], ['Tacoma', 'WA', '984'], ['Raleigh', 'NC', '276'], ['Tucson', 'AZ', '857'], ['Boise', 'ID', '837'], ['Omaha', 'NE', '681'], ['Albany', 'NY', '122'], ['Savannah', 'GA', '314']] as const;
const UKTOWN = [['Leeds', 'LS'], ['Bristol', 'BS'], ['Glasgow', 'G'], ['Norwich', 'NR'], ['Cardiff', 'CF'], ['Sheffield', 'S'], ['Belfast', 'BT']] as const;
const AREA = ['206', '312', '415', '617', '702', '503', '404', '614', '919', '720', '832', '971', '646', '213'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A case under construction: the rng plus the values it planted. */
export class Ctx47 {
  readonly vals: Val47[] = [];
  constructor(readonly r: Rng9) {}

  /** Records a value and returns it. */
  v(kind: string, group: string, value: string): string {
    this.vals.push({ value, kind, group });
    return value;
  }
  /** Percent-encodes a value just recorded, so the record matches the text. */
  enc(value: string): string {
    const e = encodeURIComponent(value);
    for (let i = this.vals.length - 1; i >= 0; i--) if (this.vals[i]!.value === value) {
      this.vals[i] = { ...this.vals[i]!, value: e };
      break;
    }
    return e;
  }
  c(kind: string, value: string): string {
    return this.v(kind, 'credential', value);
  }
  p(kind: string, value: string): string {
    return this.v(kind, 'personal', value);
  }
  f(kind: string, value: string): string {
    return this.v(kind, 'financial', value);
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  // ---- unrecorded raw parts ----
  first(): string {
    return this.r.pick(FIRST);
  }
  last(): string {
    return this.r.pick(LAST);
  }
  rawName(): string {
    return `${this.first()} ${this.last()}`;
  }
  ascii(s: string): string {
    return s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
  }
  rawEmail(name?: string): string {
    const [a, b] = (name ?? this.rawName()).split(' ');
    const sep = this.r.pick(['.', '_', '', '.']);
    return `${this.ascii(a!)}${sep}${this.ascii(b ?? 'x')}${this.r.int(0, 3) === 0 ? this.r.int(2, 99) : ''}@${this.r.pick(MAIL)}`;
  }
  usPhoneDigits(): string {
    return `${this.r.pick(AREA)}${this.r.int(2, 9)}${this.r.digits(1)}${this.r.int(2, 9)}${this.r.digits(4)}`.replace(/^(\d{3})555/, '$1556');
  }
  id(prefix: string, n: number): string {
    return prefix + this.r.digits(n);
  }

  // ---- personal ----
  name(): string {
    return this.p('person_name', this.rawName());
  }
  email(name?: string): string {
    return this.p('email', this.rawEmail(name));
  }
  /** A phone in one of several renderings. */
  phone(style: 'e164' | 'us' | 'uk' | 'spoken' | 'any' = 'any'): string {
    const s = style === 'any' ? this.r.pick(['e164', 'us', 'uk', 'spoken'] as const) : style;
    const d = this.usPhoneDigits();
    if (s === 'e164') return this.p('phone', `+1${d}`);
    if (s === 'us') return this.p('phone', `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`);
    if (s === 'uk') return this.p('phone', `+44 7${this.r.int(4, 9)}${this.r.digits(2)} ${this.r.int(1, 9)}${this.r.digits(5)}`);
    return this.p('phone', `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`);
  }
  ukMobile(): string {
    return this.p('phone', `07${this.r.int(4, 9)}${this.r.digits(2)} ${this.r.int(1, 9)}${this.r.digits(5)}`);
  }
  address(): string {
    if (this.r.int(0, 1) === 0) {
      const [city, st, zip] = this.r.pick(CITY);
      return this.p('street_address', `${this.r.int(12, 9899)} ${this.r.pick(STREET)}, ${city}, ${st} ${zip}${this.r.digits(2)}`);
    }
    const [town, pc] = this.r.pick(UKTOWN);
    return this.p('street_address', `${this.r.int(2, 240)} ${this.r.pick(STREET)}, ${town} ${pc}${this.r.int(1, 19)} ${this.r.int(1, 9)}${this.r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`);
  }
  dob(): string {
    const y = this.r.int(1946, 2004);
    const m = this.r.int(1, 12);
    const d = this.r.int(1, 28);
    const p2 = (n: number) => String(n).padStart(2, '0');
    const f = this.r.int(0, 3);
    const s = f === 0 ? `${y}-${p2(m)}-${p2(d)}` : f === 1 ? `${p2(m)}/${p2(d)}/${y}` : f === 2 ? `${MONTHS[m - 1]} ${d}, ${y}` : `${p2(d)}.${p2(m)}.${y}`;
    return this.p('date_of_birth', s);
  }
  ssn(sep = '-'): string {
    let a = this.r.int(1, 899);
    if (a === 666) a = 667;
    const g = this.r.int(1, 99);
    const s = this.r.int(1, 9999);
    return this.p('us_ssn', `${String(a).padStart(3, '0')}${sep}${String(g).padStart(2, '0')}${sep}${String(s).padStart(4, '0')}`);
  }
  nino(spaced = false): string {
    const p1 = this.r.chars('ABCEGHJKLMNOPRSTWXYZ', 1);
    let p2 = this.r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
    if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p1 + p2)) p2 = 'A';
    const d = this.r.digits(6);
    const sfx = this.r.chars('ABCD', 1);
    return this.p('uk_nino', spaced ? `${p1}${p2} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${sfx}` : `${p1}${p2}${d}${sfx}`);
  }
  nhs(): string {
    for (;;) {
      const d = this.r.digits(9);
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
      let ck = 11 - (sum % 11);
      if (ck === 11) ck = 0;
      if (ck === 10) continue;
      const n = d + ck;
      return this.p('nhs_number', `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`);
    }
  }
  cpf(): string {
    const d = this.r.digits(9).split('').map(Number);
    const dv = (xs: number[]) => {
      const s = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0);
      const r = (s * 10) % 11;
      return r === 10 ? 0 : r;
    };
    d.push(dv(d));
    d.push(dv(d));
    const s = d.join('');
    return this.p('br_cpf', `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`);
  }
  sin(): string {
    for (;;) {
      const s = String(this.r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + this.r.digits(7);
      const n = s + luhnDigit(s);
      return this.p('ca_sin', `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`);
    }
  }
  passport(): string {
    return this.p('passport_number', this.r.pick(['5', '6', '1', '8']) + this.r.digits(8));
  }
  driverLicence(): string {
    return this.p('driver_licence', this.r.pick(['D', 'F', 'B', 'Y']) + this.r.digits(7));
  }
  ipv4(): string {
    const first = this.r.pick([23, 31, 45, 52, 63, 71, 73, 81, 86, 92, 98, 104, 108, 122, 141, 151, 176, 185, 188, 195, 212, 217]);
    return this.p('ip_address', `${first}.${this.r.int(1, 254)}.${this.r.int(0, 254)}.${this.r.int(1, 254)}`);
  }
  ipv6(): string {
    const g = () => this.r.hex(4).replace(/^0+(?=.)/, '');
    return this.p('ip_address', `${this.r.pick(['2a02', '2600', '2a01', '2001', '2607'])}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`);
  }
  geo(): string {
    const lat = (this.r.int(2500, 5800) / 100 + this.r.next() / 100).toFixed(6);
    const lon = (-(this.r.int(200, 12200) / 100) - this.r.next() / 100).toFixed(6);
    return this.p('geolocation', `${lat},${lon}`);
  }

  // ---- financial ----
  cardDigits(brand?: 'visa' | 'mc' | 'amex'): string {
    const b = brand ?? this.r.pick(['visa', 'visa', 'mc', 'amex'] as const);
    const head = b === 'visa' ? '4' + this.r.digits(5) : b === 'mc' ? String(this.r.int(51, 55)) + this.r.digits(4) : this.r.pick(['34', '37']) + this.r.digits(4);
    const len = b === 'amex' ? 15 : 16;
    const body = head + this.r.digits(len - 1 - head.length);
    return body + luhnDigit(body);
  }
  /** A card number, grouped with `sep` (or bare when ''). */
  card(sep: '' | ' ' | '-' = ' ', brand?: 'visa' | 'mc' | 'amex'): string {
    const d = this.cardDigits(brand);
    const g = d.length === 15 ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)] : [d.slice(0, 4), d.slice(4, 8), d.slice(8, 12), d.slice(12)];
    return this.f('card_number', sep === '' ? d : g.join(sep));
  }
  cvv(): string {
    return this.f('card_cvv', this.r.int(1, 9) + this.r.digits(2));
  }
  iban(cc?: string, spaced = false): string {
    const c = cc ?? this.r.pick(['DE', 'GB', 'NL', 'FR', 'IE']);
    let bban: string;
    if (c === 'DE') bban = this.r.digits(18);
    else if (c === 'GB') bban = this.r.pick(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK']) + this.r.digits(14);
    else if (c === 'IE') bban = this.r.pick(['AIBK', 'BOFI']) + this.r.digits(14);
    else if (c === 'NL') bban = this.r.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + this.r.digits(10);
    else {
      const bank = this.r.digits(5);
      const branch = this.r.digits(5);
      const acct = this.r.digits(11);
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
      bban = bank + branch + acct + String(key).padStart(2, '0');
    }
    const ck = 98 - mod97(bban + c + '00');
    const iban = c + String(ck).padStart(2, '0') + bban;
    return this.f('iban', spaced ? iban.replace(/(.{4})/g, '$1 ').trim() : iban);
  }
  routing(): string {
    const first2 = String(this.r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 23, 24, 25, 26, 31, 32])).padStart(2, '0');
    const d = (first2 + this.r.digits(6)).split('').map(Number);
    const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
    return this.f('aba_routing', d.join('') + String((10 - (s % 10)) % 10));
  }
  bankAccount(n = 10): string {
    return this.f('bank_account', String(this.r.int(1, 9)) + this.r.digits(n - 1));
  }
  sortCode(): string {
    return this.f('uk_sort_code', `${this.r.int(10, 99)}-${this.r.digits(2)}-${this.r.digits(2)}`);
  }
  ein(): string {
    return this.f('us_ein', `${this.r.pick(['12', '20', '27', '36', '45', '46', '47', '81', '84', '94'])}-${this.r.digits(7)}`);
  }

  // ---- credentials ----
  password(n = 16): string {
    return this.c('password', this.r.password(n));
  }
  jwtRaw(payload: Record<string, unknown>, alg = 'RS256', extra: Record<string, unknown> = {}): string {
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...extra })).toString('base64url');
    const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${h}.${p}.${this.r.b64url(alg.startsWith('HS') ? 32 : 256)}`;
  }
  jwt(payload: Record<string, unknown>, alg = 'RS256', extra: Record<string, unknown> = {}): string {
    return this.c('jwt', this.jwtRaw(payload, alg, extra));
  }
  now(): number {
    return 1760000000 + this.r.int(0, 20000000);
  }
  awsKeyId(temp = false): string {
    return this.c('aws_access_key_id', (temp ? 'ASIA' : 'AKIA') + this.r.chars(UPPER + '234567', 16));
  }
  awsSecret(): string {
    return this.c('aws_secret_access_key', this.r.chars(B62 + '/+', 40));
  }
  awsSession(): string {
    return this.c('aws_session_token', 'IQoJb3JpZ2luX2VjE' + this.r.b64(180).replace(/=+$/, ''));
  }
  pem(kind: 'rsa' | 'pkcs8' | 'ec' = 'pkcs8', escaped = false): string {
    const label = kind === 'rsa' ? 'RSA PRIVATE KEY' : kind === 'ec' ? 'EC PRIVATE KEY' : 'PRIVATE KEY';
    const head = kind === 'rsa' ? 'MIIEpAIBAAKCAQEA' : kind === 'ec' ? 'MHcCAQEEI' : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ';
    const body = head + this.r.b64(kind === 'ec' ? 90 : 600).replace(/=+$/, '');
    const lines = body.match(/.{1,64}/g)!;
    const nl = escaped ? '\\n' : '\n';
    return this.c('private_key', `-----BEGIN ${label}-----${nl}${lines.join(nl)}${nl}-----END ${label}-----`);
  }
  basic(user: string, pass: string): string {
    return this.c('basic_auth', Buffer.from(`${user}:${pass}`).toString('base64'));
  }
  slackHook(): string {
    return this.c('slack_webhook', `https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 8)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`);
  }
  stripeSecret(p = 'sk_live_'): string {
    return this.c('stripe_secret_key', p + this.r.b62(this.r.pick([24, 99])));
  }
  openai(): string {
    return this.c('openai_api_key', `sk-proj-${this.r.chars(B62 + '-_', 74)}T3BlbkFJ${this.r.chars(B62 + '-_', 74)}`);
  }
  anthropic(): string {
    return this.c('anthropic_api_key', `sk-ant-api03-${this.r.chars(B62 + '-_', 93)}AA`);
  }
  sfToken(): string {
    return this.c('salesforce_access_token', `00D${this.r.b62(12)}!${this.r.chars(B62 + '.', 96)}`);
  }
  googleToken(): string {
    return this.c('google_oauth_token', `ya29.${this.r.chars(B62 + '-_', 150)}`);
  }
  hex(kind: string, n: number): string {
    return this.c(kind, this.r.hex(n));
  }
  b62(kind: string, n: number): string {
    return this.c(kind, this.r.b62(n));
  }
  dbPass(): string {
    return this.c('connection_password', this.r.urlPassword(this.r.int(14, 22)));
  }
  lower(n: number): string {
    return this.r.chars(LOWER, n);
  }
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

/** The remainder mod 97 of an IBAN-style string (letters as 10..35). */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

export { HEX };
