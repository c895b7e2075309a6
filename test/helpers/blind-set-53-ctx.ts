import { B62, B64, B64URL, DIGITS, LOWER, UPPER, Rng9 } from './blind-set-9-rng';
import { base62, crc32, luhnDigit, mod97 } from './blind-set-53-checks';

/** One planted value of a positive case. */
export interface Planted53 {
  value: string;
  kind: string;
  group: string;
}

export const FIRST = ['Marisol', 'Dwayne', 'Tomasz', 'Keisha', 'Oluwaseun', 'Bryce', 'Annika', 'Rafael', 'Priyanka', 'Cody', 'Siobhan', 'Hector', 'Lakshmi', 'Travis', 'Ngozi', 'Dmitri', 'Guadalupe', 'Wyatt', 'Fatima', 'Colm', 'Jolene', 'Mateo', 'Yesenia', 'Darnell', 'Ingrid', 'Bogdan', 'Thanh', 'Rosalind', 'Esteban', 'Callum', 'Shauna', 'Ravi'];
export const LAST = ['Okafor', 'Kowalczyk', 'Delgado', 'Haugen', 'Brennan', 'Villanueva', 'McAllister', 'Nakamura', 'Szymanski', 'Abernathy', 'Oyelaran', 'Castellanos', 'Lindqvist', 'Pruitt', 'Ferreira', 'Gallagher', 'Tran', 'Whitcombe', 'Ochoa', 'Balogun', 'Henninger', 'Quintero', 'Dubois', 'Rasmussen', 'Iqbal', 'Marchetti', 'Fairweather', 'Zielinski'];
const STREETS = ['Sycamore', 'Old Mill', 'Quarry Ridge', 'Birchwood', 'Laurel Canyon', 'Harbor View', 'Stonegate', 'Prairie Wind', 'Cedar Hollow', 'Kingsbridge', 'Foundry', 'Millrace'];
const SUFFIX = ['St', 'Ave', 'Dr', 'Ln', 'Ct', 'Blvd', 'Way', 'Rd'];
const CITIES: [string, string, string][] = [['Aurora', 'CO', '800'], ['Round Rock', 'TX', '786'], ['Naperville', 'IL', '605'], ['Chandler', 'AZ', '852'], ['Fremont', 'CA', '945'], ['Cary', 'NC', '275'], ['Renton', 'WA', '980'], ['Lakewood', 'NJ', '087'], ['Kissimmee', 'FL', '347'], ['Brockton', 'MA', '023']];
const UK_TOWNS: [string, string][] = [['Leeds', 'LS6'], ['Salford', 'M5'], ['Croydon', 'CR0'], ['Swindon', 'SN2'], ['Stockport', 'SK4'], ['Dundee', 'DD3']];
const MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.com', 'comcast.net', 'aol.com', 'protonmail.com'];
export const GCS = ['turnerbuild', 'mortensonco', 'skanskausa', 'whitingturner', 'mccarthybldg', 'hensel-phelps', 'dpr-build', 'clarkconstr', 'suffolkbuild', 'swinerton'];

export interface Person53 {
  first: string;
  last: string;
  name: string;
}

const EIN_PREFIX = ['10', '12', '20', '22', '26', '27', '33', '36', '41', '45', '46', '52', '56', '59', '61', '68', '74', '77', '81', '84', '86', '88', '91', '94', '95', '98'];
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The generator context of one case: a seeded stream plus the values planted so far. */
export class Ctx53 {
  readonly r: Rng9;
  readonly values: Planted53[] = [];

  constructor(seed: number) {
    this.r = new Rng9(seed);
  }

  private put(group: string, kind: string, value: string): string {
    this.values.push({ value, kind, group });
    return value;
  }
  cred(kind: string, value: string): string {
    return this.put('credential', kind, value);
  }
  pers(kind: string, value: string): string {
    return this.put('personal', kind, value);
  }
  fin(kind: string, value: string): string {
    return this.put('financial', kind, value);
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
  uuid(): string {
    return this.r.uuid();
  }
  b62(n: number): string {
    return this.r.b62(n);
  }
  digits(n: number): string {
    return String(this.r.int(1, 9)) + this.r.digits(n - 1);
  }
  ts(): string {
    return `2024-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}T${String(this.int(0, 23)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}.${this.r.digits(3)}Z`;
  }
  gc(): string {
    return this.pick(GCS);
  }

  // ---------- people (unrecorded raw draws) ----------
  person(): Person53 {
    const first = this.pick(FIRST);
    const last = this.pick(LAST);
    return { first, last, name: `${first} ${last}` };
  }
  /** Records a person's full name. */
  name(p: Person53 = this.person()): Person53 {
    this.pers('person_name', p.name);
    return p;
  }
  email(p: Person53 = this.person(), domain?: string): string {
    const d = domain ?? this.pick(MAIL);
    const local = this.pick([`${p.first}.${p.last}`, `${p.first[0]}${p.last}`, `${p.first}${p.last[0]}${this.int(1, 99)}`, `${p.first}_${p.last}${this.int(70, 99)}`]).toLowerCase();
    return this.pers('email', `${local}@${d}`);
  }
  phone(): string {
    const a = `${this.int(2, 9)}${this.r.digits(2)}`;
    const e = `${this.int(2, 9)}${this.r.digits(2)}`;
    const l = this.r.digits(4);
    return this.pers('phone', this.pick([`(${a}) ${e}-${l}`, `+1 ${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1${a}${e}${l}`, `${a}-${e}-${l}`]));
  }
  ukPhone(): string {
    return this.pers('phone', this.pick([`+44 7${this.r.digits(3)} ${this.r.digits(6)}`, `07${this.r.digits(3)} ${this.r.digits(3)} ${this.r.digits(3)}`]));
  }
  address(): string {
    const [city, st, z] = this.pick(CITIES);
    return this.pers('address', `${this.int(12, 9870)} ${this.pick(STREETS)} ${this.pick(SUFFIX)}, ${city}, ${st} ${z}${this.r.digits(2)}`);
  }
  street(): string {
    return this.pers('address', `${this.int(12, 9870)} ${this.pick(STREETS)} ${this.pick(SUFFIX)}`);
  }
  ukAddress(): string {
    const [town, pc] = this.pick(UK_TOWNS);
    return this.pers('address', `${this.int(2, 188)} ${this.pick(STREETS)} Road, ${town} ${pc} ${this.int(1, 9)}${this.r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`);
  }
  dob(): string {
    const y = this.int(1958, 2003);
    const m = String(this.int(1, 12)).padStart(2, '0');
    const d = String(this.int(1, 28)).padStart(2, '0');
    return this.pers('date_of_birth', this.pick([`${y}-${m}-${d}`, `${m}/${d}/${y}`]));
  }
  ssn(dashed = true): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    const s = `${String(area).padStart(3, '0')}${String(this.int(1, 99)).padStart(2, '0')}${String(this.int(1, 9999)).padStart(4, '0')}`;
    return this.pers('us_ssn', dashed ? `${s.slice(0, 3)}-${s.slice(3, 5)}-${s.slice(5)}` : s);
  }
  nino(): string {
    const a = this.r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
    let b = this.r.chars('ABCEGHJKLMNPRSTWXYZ', 1);
    if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(a + b)) b = 'A';
    const d = this.r.digits(6);
    return this.pers('uk_nino', this.pick([`${a}${b}${d}${this.r.chars('ABCD', 1)}`, `${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${this.r.chars('ABCD', 1)}`]));
  }
  sin(): string {
    const body = `${this.pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${this.r.digits(7)}`;
    const s = body + luhnDigit(body);
    return this.pers('ca_sin', `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`);
  }
  tfn(): string {
    const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    for (;;) {
      const d = this.r.digits(8);
      const partial = [...d].reduce((s, ch, i) => s + Number(ch) * w[i]!, 0);
      for (let last = 0; last <= 9; last++) if ((partial + last * 10) % 11 === 0) return this.fin('au_tfn', `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}${last}`);
    }
  }
  passport(): string {
    return this.pers('passport', this.pick([this.digits(9), `${this.r.chars(UPPER, 1)}${this.r.digits(8)}`]));
  }
  driverLicense(): string {
    return this.pers('drivers_license', this.pick([`${this.r.chars(UPPER, 1)}${this.r.digits(7)}`, `${this.r.chars(UPPER, 1)}${this.r.digits(3)}-${this.r.digits(4)}-${this.r.digits(4)}`, this.digits(9)]));
  }
  ip(): string {
    const a = this.pick([24, 47, 68, 71, 73, 76, 98, 99, 104, 107, 108, 174, 184, 199, 207, 208]);
    return this.pers('ip_address', `${a}.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`);
  }
  ipv6(): string {
    return this.pers('ip_address', `2600:${this.hex(4)}:${this.hex(4)}:${this.hex(4)}:${this.hex(4)}:${this.hex(4)}:${this.hex(4)}:${this.hex(4)}`.replace(/:0+([0-9a-f])/g, ':$1'));
  }
  lat(): string {
    return this.pers('geo_lat', `${this.int(29, 47)}.${this.r.digits(6)}`);
  }
  lon(): string {
    return this.pers('geo_lon', `-${this.int(71, 122)}.${this.r.digits(6)}`);
  }

  // ---------- financial ----------
  card(brand: 'visa' | 'mc' | 'amex' | 'disc' = this.pick(['visa', 'visa', 'mc', 'amex', 'disc'])): string {
    const pre = brand === 'visa' ? '4' + this.r.digits(5) : brand === 'mc' ? String(this.int(51, 55)) + this.r.digits(4) : brand === 'amex' ? this.pick(['34', '37']) + this.r.digits(4) : '6011' + this.r.digits(2);
    const len = brand === 'amex' ? 15 : 16;
    const body = pre + this.r.digits(len - 1 - pre.length);
    const n = body + luhnDigit(body);
    const grouped = brand === 'amex' ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n.replace(/(\d{4})(?=\d)/g, '$1 ');
    return this.fin('card_number', this.pick([n, n, grouped, grouped.replace(/ /g, '-')]));
  }
  cvv(n = 3): string {
    return this.fin('card_cvv', this.r.digits(n));
  }
  iban(cc: string = this.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IE', 'IT', 'BE']), spaced = this.r.next() < 0.4): string {
    const bban =
      cc === 'DE' ? this.r.digits(18) : cc === 'GB' ? this.pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + this.r.digits(14) : cc === 'FR' ? this.r.digits(23) : cc === 'NL' ? this.pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + this.r.digits(10) : cc === 'ES' ? this.r.digits(20) : cc === 'IE' ? this.pick(['AIBK', 'BOFI']) + this.r.digits(14) : cc === 'IT' ? this.r.chars(UPPER, 1) + this.r.digits(10) + this.r.digits(12) : this.r.digits(12);
    const check = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
    const iban = cc + check + bban;
    return this.fin('iban', spaced ? iban.replace(/(.{4})(?=.)/g, '$1 ') : iban);
  }
  aba(): string {
    const pre = this.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '26', '31', '32', '61', '63', '67', '71']);
    const mid = pre + this.r.digits(6);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    const s = [...mid].reduce((a, ch, i) => a + Number(ch) * w[i]!, 0);
    return this.fin('aba_routing', mid + String((10 - (s % 10)) % 10));
  }
  account(): string {
    return this.fin('bank_account', this.digits(this.int(8, 12)));
  }
  sortCode(): string {
    return this.fin('uk_sort_code', `${this.r.digits(2)}-${this.r.digits(2)}-${this.r.digits(2)}`);
  }
  ukAccount(): string {
    return this.fin('bank_account', this.digits(8));
  }
  ein(): string {
    return this.fin('us_ein', `${this.pick(EIN_PREFIX)}-${this.r.digits(7)}`);
  }
  utr(): string {
    return this.fin('uk_utr', this.digits(10));
  }

  // ---------- credentials ----------
  pw(n = this.int(12, 20)): string {
    return this.cred('password', this.r.password(n));
  }
  urlPw(n = this.int(12, 20)): string {
    return this.cred('password', this.r.urlPassword(n));
  }
  awsKeyId(): string {
    return this.cred('aws_access_key_id', this.pick(['AKIA', 'ASIA']) + this.r.chars(UPPER + '234567', 16));
  }
  awsSecret(): string {
    return this.cred('aws_secret_key', this.r.chars(UPPER + LOWER + DIGITS + '/+', 40));
  }
  ghp(prefix = this.pick(['ghp', 'gho', 'ghs'])): string {
    const body = this.b62(30);
    return this.cred('github_token', `${prefix}_${body}${base62(crc32(body), 6)}`);
  }
  slackBot(): string {
    return this.cred('slack_token', `xoxb-${this.digits(12)}-${this.digits(13)}-${this.b62(24)}`);
  }
  slackHook(): string {
    return this.cred('slack_webhook', `https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 10)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.b62(24)}`);
  }
  stripe(kind: 'sk' | 'rk' = 'sk'): string {
    return this.cred('stripe_key', `${kind}_live_${this.b62(this.pick([24, 99]))}`);
  }
  whsec(): string {
    return this.cred('webhook_secret', `whsec_${this.b62(32)}`);
  }
  twilioToken(): string {
    return this.cred('twilio_auth_token', this.hex(32));
  }
  sendgrid(): string {
    return this.cred('sendgrid_key', `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`);
  }
  mailgun(): string {
    return this.cred('mailgun_key', `key-${this.hex(32)}`);
  }
  gapi(): string {
    return this.cred('google_api_key', `AIza${this.r.chars(B64URL, 35)}`);
  }
  azureKey(): string {
    return this.cred('azure_storage_key', this.r.b64(64));
  }
  sasKey(): string {
    return this.cred('azure_sas_key', this.r.b64(32));
  }
  azureSecret(): string {
    return this.cred('azure_client_secret', `${this.r.chars(B62, 3)}8Q~${this.r.chars(B62 + '~._-', 34)}`);
  }
  ddApi(): string {
    return this.cred('datadog_api_key', this.hex(32));
  }
  okta(): string {
    return this.cred('okta_token', `00${this.r.chars(B64URL, 40)}`);
  }
  npm(): string {
    return this.cred('npm_token', `npm_${this.b62(36)}`);
  }
  square(): string {
    return this.cred('square_token', `EAAA${this.r.chars(B64URL, 60)}`);
  }
  mapboxSecret(): string {
    const mid = Buffer.from(JSON.stringify({ u: this.pick(GCS), a: this.r.chars(LOWER + DIGITS, 25) })).toString('base64url');
    return this.cred('mapbox_secret', `sk.${mid}.${this.r.chars(B64URL, 22)}`);
  }
  hexKey(kind: string, n: number): string {
    return this.cred(kind, this.hex(n));
  }
  b62Key(kind: string, n: number): string {
    return this.cred(kind, this.b62(n));
  }
  b64Key(kind: string, bytes: number): string {
    return this.cred(kind, this.r.b64(bytes));
  }
  totpSeed(): string {
    return this.cred('totp_seed', this.r.chars(B32, 32));
  }
  basic(user: string, pass: string): string {
    return this.cred('basic_auth', Buffer.from(`${user}:${pass}`).toString('base64'));
  }
  jwt(claims: Record<string, unknown>, alg = this.pick(['RS256', 'HS256', 'ES256'])): string {
    const h = Buffer.from(JSON.stringify(alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: this.b62(20) })).toString('base64url');
    const now = 1717000000 + this.int(0, 9000000);
    const p = Buffer.from(JSON.stringify({ ...claims, iat: now, exp: now + this.pick([3600, 7200, 86400]), jti: this.uuid() })).toString('base64url');
    const sig = this.r.b64url(alg === 'RS256' ? 256 : alg === 'ES256' ? 64 : 32);
    return this.cred('jwt', `${h}.${p}.${sig}`);
  }
  pem(type: 'RSA' | 'EC' | 'PKCS8' | 'OPENSSH' = this.pick(['RSA', 'PKCS8', 'EC', 'OPENSSH'])): string {
    const label = type === 'RSA' ? 'RSA PRIVATE KEY' : type === 'EC' ? 'EC PRIVATE KEY' : type === 'PKCS8' ? 'PRIVATE KEY' : 'OPENSSH PRIVATE KEY';
    const head = type === 'RSA' ? 'MIIEowIBAAKCAQEA' : type === 'EC' ? 'MHcCAQEEI' : type === 'PKCS8' ? 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' : 'b3BlbnNzaC1rZXktdjEAAAAA';
    const len = type === 'EC' ? 160 : type === 'OPENSSH' ? 360 : 420;
    const body = (head + this.r.chars(B64, len - head.length)).replace(/(.{64})/g, '$1\n').trim();
    return this.cred('private_key', `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`);
  }
}
