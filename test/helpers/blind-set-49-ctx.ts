import { B62, B64URL, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';
import { abaDigit49, ibanCheck49, luhnDigit49 } from './blind-set-49-format';

/** One planted value. */
export interface Planted49 {
  value: string;
  kind: string;
  group: string;
}

const FIRST = ['Maya', 'Jordan', 'Priya', 'Tomasz', 'Aaliyah', 'Mateo', 'Sofia', 'Kwame', 'Ingrid', 'Hiroshi', 'Chiara', 'Darnell', 'Leilani', 'Bogdan', 'Yasmin', 'Emeka', 'Camille', 'Rafael', 'Siobhan', 'Dmitri', 'Anneliese', 'Tariq', 'Marisol', 'Kenji', 'Oluwaseun', 'Brigitte', 'Santiago', 'Freya', 'Nikhil', 'Zainab', 'Lucas', 'Harriet'];
const LAST = ['Okafor', 'Lindqvist', 'Ramanathan', 'Kowalczyk', 'Delacroix', 'Nakamura', 'Fitzgerald', 'Haddad', 'Oyelaran', 'Brennan', 'Castellanos', 'Mwangi', 'Van der Berg', 'Petrov', 'Achterberg', 'Gallagher', 'Moreau', 'Szabo', 'Thornton', 'Esposito', 'Abernathy', 'Kaczmarek', 'Nguyen-Tran', 'Whitfield', 'Osei', 'Rasmussen', 'Albuquerque', 'Montgomery'];
const MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'hotmail.co.uk', 'gmx.de', 'aol.com', 'fastmail.com', 'web.de'];
const STREETS = ['Maple Ave', 'Elm Street', 'Harbor View Rd', 'Kingsley Close', 'Rue des Martyrs', 'Linden Way', 'Sunset Blvd', 'Birchwood Dr', 'Queen Street West', 'Cedar Ln', 'Mill Road', 'Prospect Pl'];
const CITIES: readonly [string, string, string][] = [
  ['Austin', 'TX', '787'], ['Portland', 'OR', '972'], ['Columbus', 'OH', '432'], ['Denver', 'CO', '802'], ['Raleigh', 'NC', '276'],
  ['Tucson', 'AZ', '857'], ['Madison', 'WI', '537'], ['Richmond', 'VA', '232'], ['Boise', 'ID', '837'], ['Omaha', 'NE', '681'],
];
const UK_TOWNS = ['Leeds', 'Bristol', 'Glasgow', 'Cardiff', 'Brighton', 'Norwich', 'Sheffield'];
const NINO_A = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_B = 'ABCEGHJKLMNPRSTWXYZ';

/** The per-case generator: a seeded stream plus the values planted so far. */
export class Ctx49 {
  readonly values: Planted49[] = [];
  private used = 0;

  constructor(readonly r: Rng9) {}

  /** Records a planted value and returns it for the text. */
  put(value: string, kind: string, group: 'credential' | 'personal' | 'financial'): string {
    this.values.push({ value, kind, group });
    return value;
  }

  cred(kind: string, value: string): string {
    return this.put(value, kind, 'credential');
  }

  per(kind: string, value: string): string {
    return this.put(value, kind, 'personal');
  }

  fin(kind: string, value: string): string {
    return this.put(value, kind, 'financial');
  }

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }

  // ---------- people ----------
  first(): string {
    return this.r.pick(FIRST);
  }

  last(): string {
    return this.r.pick(LAST);
  }

  /** A person's full name (always longer than six characters). */
  fullName(): string {
    return `${this.first()} ${this.last()}`;
  }

  /** A personal mailbox, derived from a name when given. */
  email(name?: string): string {
    const [f, l] = (name ?? this.fullName()).toLowerCase().replace(/[^a-z ]/g, '').split(' ');
    const local = this.r.pick([`${f}.${l}`, `${f}${l}${this.r.int(1, 99)}`, `${f![0]}${l}`, `${f}_${this.r.int(80, 2005)}`, `${l}.${f}${this.r.digits(2)}`]);
    return `${local}@${this.r.pick(MAIL)}`;
  }

  phoneUS(): string {
    const a = `${this.r.int(2, 9)}${this.r.digits(2)}`;
    const b = `${this.r.int(2, 9)}${this.r.digits(2)}`;
    return this.r.pick([`+1${a}${b}${this.r.digits(4)}`, `(${a}) ${b}-${this.r.digits(4)}`, `${a}-${b}-${this.r.digits(4)}`, `+1 ${a} ${b} ${this.r.digits(4)}`]);
  }

  phoneIntl(): string {
    return this.r.pick([
      `+447${this.r.int(4, 9)}${this.r.digits(8)}`,
      `+49 15${this.r.int(1, 9)} ${this.r.digits(7)}`,
      `+33 6 ${this.r.digits(2)} ${this.r.digits(2)} ${this.r.digits(2)} ${this.r.digits(2)}`,
      `+61 4${this.r.digits(2)} ${this.r.digits(3)} ${this.r.digits(3)}`,
      `+91 9${this.r.digits(4)} ${this.r.digits(5)}`,
      `+55 11 9${this.r.digits(4)}-${this.r.digits(4)}`,
    ]);
  }

  phone(): string {
    return this.r.next() < 0.55 ? this.phoneUS() : this.phoneIntl();
  }

  /** A US street address on one line. */
  addressUS(): string {
    const [city, st, zip] = this.r.pick(CITIES);
    return `${this.r.int(12, 9899)} ${this.r.pick(STREETS)}, ${city}, ${st} ${zip}${this.r.digits(2)}`;
  }

  addressUK(): string {
    const pc = `${this.r.pick(['LS', 'BS', 'G', 'CF', 'BN', 'NR', 'S'])}${this.r.int(1, 19)} ${this.r.int(1, 9)}${this.r.chars('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
    return `Flat ${this.r.int(1, 40)}, ${this.r.int(2, 220)} ${this.r.pick(STREETS)}, ${this.r.pick(UK_TOWNS)} ${pc}`;
  }

  address(): string {
    return this.r.next() < 0.65 ? this.addressUS() : this.addressUK();
  }

  /** A date of birth, ISO or US style. */
  dob(style: 'iso' | 'us' | 'any' = 'any'): string {
    const y = this.r.int(1962, 2006);
    const m = String(this.r.int(1, 12)).padStart(2, '0');
    const d = String(this.r.int(1, 28)).padStart(2, '0');
    const s = style === 'any' ? this.r.pick(['iso', 'us'] as const) : style;
    return s === 'iso' ? `${y}-${m}-${d}` : `${m}/${d}/${y}`;
  }

  ssn(): string {
    let a = this.r.int(1, 899);
    if (a === 666) a = 667;
    return `${String(a).padStart(3, '0')}-${String(this.r.int(1, 99)).padStart(2, '0')}-${String(this.r.int(1, 9999)).padStart(4, '0')}`;
  }

  nino(): string {
    let p = this.r.chars(NINO_A, 1) + this.r.chars(NINO_B, 1);
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) p = 'AB';
    return `${p}${this.r.digits(6)}${this.r.pick(['A', 'B', 'C', 'D'])}`;
  }

  passport(): string {
    return this.r.pick([this.r.digits(9), `${this.r.chars(UPPER, 1)}${this.r.digits(8)}`, `${this.r.chars('CFGHJKLMNPRTVWXYZ', 2)}${this.r.chars('CFGHJKLMNPRTVWXYZ0123456789', 7)}`]);
  }

  driversLicense(): string {
    return this.r.pick([`${this.r.chars(UPPER, 1)}${this.r.digits(7)}`, `${this.r.chars(UPPER, 1)}${this.r.digits(12)}`, `${this.r.digits(3)}-${this.r.digits(3)}-${this.r.digits(3)}`]);
  }

  ipv4(): string {
    const first = this.r.pick([24, 47, 67, 73, 76, 82, 86, 92, 98, 99, 108, 174, 185, 188, 203, 212]);
    return `${first}.${this.r.int(1, 254)}.${this.r.int(0, 254)}.${this.r.int(2, 254)}`;
  }

  ipv6(): string {
    const g = (): string => this.r.hex(4).replace(/^0+(?=.)/, '');
    return `2a02:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`;
  }

  ip(): string {
    return this.r.next() < 0.8 ? this.ipv4() : this.ipv6();
  }

  /** Precise coordinates of a person as `lat, lon`. */
  geo(): [string, string] {
    const base = this.r.pick([[40.7128, -74.006], [34.0522, -118.2437], [51.5072, -0.1276], [52.52, 13.405], [41.8781, -87.6298], [-33.8688, 151.2093], [48.8566, 2.3522], [30.2672, -97.7431]] as const);
    const lat = (base[0] + (this.r.next() - 0.5) * 0.2).toFixed(6);
    const lon = (base[1] + (this.r.next() - 0.5) * 0.2).toFixed(6);
    return [lat, lon];
  }

  // ---------- money ----------
  /** A Luhn-valid card number, plain or grouped. */
  card(brand?: 'visa' | 'mc' | 'amex' | 'disc'): string {
    const b = brand ?? this.r.pick(['visa', 'visa', 'mc', 'mc', 'amex', 'disc'] as const);
    let body: string;
    if (b === 'visa') body = '4' + this.r.digits(14);
    else if (b === 'mc') body = this.r.pick(['51', '52', '53', '54', '55', '2221', '2720']);
    else if (b === 'amex') body = this.r.pick(['34', '37']) + this.r.digits(12);
    else body = '6011' + this.r.digits(11);
    if (b === 'mc') body += this.r.digits(15 - body.length);
    const n = body + luhnDigit49(body);
    if (this.r.next() < 0.6) return n;
    if (n.length === 15) return `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
    const sep = this.r.pick([' ', '-']);
    return n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
  }

  cvv(n = 3): string {
    return `${this.r.int(1, 9)}${this.r.digits(n - 1)}`;
  }

  iban(): string {
    const cc = this.r.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IE', 'IT']);
    let bban: string;
    if (cc === 'DE') bban = this.r.digits(18);
    else if (cc === 'GB') bban = this.r.pick(['NWBK', 'BARC', 'MIDL', 'LOYD', 'MONZ']) + this.r.digits(14);
    else if (cc === 'FR') bban = this.r.digits(10) + this.r.chars(UPPER + DIGITS, 11) + this.r.digits(2);
    else if (cc === 'NL') bban = this.r.pick(['ABNA', 'INGB', 'RABO', 'KNAB']) + this.r.digits(10);
    else if (cc === 'ES') bban = this.r.digits(20);
    else if (cc === 'IE') bban = this.r.pick(['AIBK', 'BOFI']) + this.r.digits(14);
    else bban = this.r.chars(UPPER, 1) + this.r.digits(10) + this.r.digits(12);
    const iban = cc + ibanCheck49(cc, bban) + bban;
    return this.r.next() < 0.3 ? iban.replace(/(.{4})(?=.)/g, '$1 ') : iban;
  }

  routing(): string {
    const first8 = this.r.pick(['0', '1', '2', '3']) + this.r.int(1, 9) + this.r.digits(6);
    return first8 + abaDigit49(first8);
  }

  account(): string {
    return `${this.r.int(1, 9)}${this.r.digits(this.r.int(8, 11))}`;
  }

  ein(): string {
    return `${this.r.pick(['12', '20', '27', '46', '47', '81', '82', '83', '84', '85', '88', '93'])}-${this.r.digits(7)}`;
  }

  sortCode(): string {
    return `${this.r.int(10, 99)}-${this.r.digits(2)}-${this.r.digits(2)}`;
  }

  // ---------- credentials ----------
  alnum(n: number): string {
    return this.r.b62(n);
  }

  lower(n: number): string {
    return this.r.chars(LOWER + DIGITS, n);
  }

  hex(n: number): string {
    return this.r.hex(n);
  }

  upperHex(n: number): string {
    return this.r.chars('0123456789ABCDEF', n);
  }

  b64url(n: number): string {
    return this.r.chars(B64URL, n);
  }

  password(n?: number): string {
    return this.r.password(n ?? this.r.int(12, 22));
  }

  urlPassword(n?: number): string {
    return this.r.urlPassword(n ?? this.r.int(12, 22));
  }

  /** An HS256 / RS256 JWT whose header and payload decode. */
  jwt(payload: Record<string, unknown>, alg: 'HS256' | 'RS256' = 'HS256'): string {
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
    const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${h}.${p}.${this.r.b64url(alg === 'HS256' ? 32 : 256)}`;
  }

  /** A unix time in 2024 or 2025. */
  epoch(): number {
    return 1704067200 + this.r.int(0, 60 * 86400 * 7);
  }

  /** An ISO-8601 timestamp. */
  ts(): string {
    return new Date(this.epoch() * 1000 + this.r.int(0, 999)).toISOString();
  }

  uuid(): string {
    return this.r.uuid();
  }

  twilioSid(prefix = 'AC'): string {
    return prefix + this.r.hex(32);
  }

  sendgrid(): string {
    return `SG.${this.r.chars(B64URL, 22)}.${this.r.chars(B64URL, 43)}`;
  }

  slackBot(): string {
    return `xoxb-${this.r.int(1, 9)}${this.r.digits(10)}-${this.r.int(1, 9)}${this.r.digits(12)}-${this.r.b62(24)}`;
  }

  slackWebhook(): string {
    return `https://hooks.slack.com/services/T${this.r.chars(UPPER + DIGITS, 10)}/B${this.r.chars(UPPER + DIGITS, 10)}/${this.r.b62(24)}`;
  }

  discordBot(): string {
    const id = `${this.r.int(1, 1)}${this.r.digits(18)}`;
    return `${Buffer.from(id).toString('base64').replace(/=+$/, '')}.${this.r.chars(B64URL, 6)}.${this.r.chars(B64URL, 38)}`;
  }

  discordWebhook(): string {
    return `https://discord.com/api/webhooks/1${this.r.digits(18)}/${this.r.chars(B64URL, 68)}`;
  }

  telegram(): string {
    return `${this.r.int(1, 7)}${this.r.digits(9)}:AA${this.r.chars(B64URL, 33)}`;
  }

  awsKeyId(): string {
    return `AKIA${this.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
  }

  awsSecret(): string {
    return this.r.chars(B62 + '+/', 40);
  }

  googleKey(): string {
    return `AIza${this.r.chars(B64URL, 35)}`;
  }

  stripeSecret(): string {
    return `sk_live_51${this.r.b62(22)}${this.r.b62(this.r.pick([24, 72]))}`;
  }

  stripeWhsec(): string {
    return `whsec_${this.r.b62(32)}`;
  }

  mapbox(): string {
    const u = this.r.pick(['matchmaker', 'nearbyapp', 'swipeops', 'geo-dating']);
    const mid = Buffer.from(JSON.stringify({ u, a: this.r.chars(LOWER + DIGITS, 25) })).toString('base64url');
    return `sk.${mid}.${this.r.chars(B64URL, 22)}`;
  }

  /** A PKCS#8 EC P-256 private key (APNs .p8 style) with deterministic bytes. */
  ecPem(): string {
    const head = Buffer.from('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420', 'hex');
    const mid = Buffer.from('a144034200', 'hex');
    const der = Buffer.concat([head, this.r.bytes(32), mid, Buffer.from([4]), this.r.bytes(64)]);
    const b = der.toString('base64');
    return `-----BEGIN PRIVATE KEY-----\n${b.match(/.{1,64}/g)!.join('\n')}\n-----END PRIVATE KEY-----`;
  }

  /** An RSA private key block (PKCS#1 layout with random body). */
  rsaPem(): string {
    const der = Buffer.concat([Buffer.from('308204a40201000282010100', 'hex'), this.r.bytes(600)]);
    const b = der.toString('base64');
    return `-----BEGIN RSA PRIVATE KEY-----\n${b.match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----`;
  }

  /** A non-secret request id / trace id for noise. */
  reqId(): string {
    return this.r.pick([this.r.hex(16), this.r.uuid(), `req_${this.r.b62(14)}`, `${this.r.hex(8)}-${this.r.hex(4)}`]);
  }

  /** A numeric user id. */
  uid(): string {
    return `${this.r.int(1, 9)}${this.r.digits(this.r.int(6, 9))}`;
  }

  /** Returns a fresh counter (for unique line numbers and the like). */
  tick(): number {
    return ++this.used;
  }
}
