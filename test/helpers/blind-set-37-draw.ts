import { abaComplete, b62crc, crc32, luhnDigit, makeIban } from './blind-set-37-checks';
import { B62, DIGITS, LOWER, UPPER, Rng37 } from './blind-set-37-rng';

export type Group37 = 'credential' | 'personal' | 'financial';
export interface Planted37 {
  value: string;
  kind: string;
  group: Group37;
}

const FIRST = ['Maria', 'James', 'Aaliyah', 'Tomasz', 'Priya', 'Dmitri', 'Keisha', 'Hiroshi', 'Sofia', 'Oluwaseun', 'Liam', 'Mei', 'Carlos', 'Fatima', 'Ethan', 'Ingrid', 'Rahul', 'Chloe', 'Mateo', 'Niamh', 'Kwame', 'Yuki', 'Gabriela', 'Declan', 'Amara', 'Jonah', 'Leticia', 'Bongani', 'Hannah', 'Andrei'];
const LAST = ['Okafor', 'Nguyen', 'Kowalski', 'Ramirez', 'Fitzgerald', 'Patel', 'Johansson', 'Haddad', 'Brennan', 'Takahashi', 'Delacroix', 'Mensah', 'Abernathy', 'Castellano', 'Lindqvist', 'Oyelaran', 'Whitfield', 'Moreno', 'Szabo', 'Kaur', 'Dubois', 'MacAllister', 'Petrov', 'Alvarez', 'Osei', 'Yamamoto', 'Gallagher', 'Novak', 'Ferreira', 'Underwood'];
const STREETS = ['Maple Ave', 'W Fulton St', 'Elm Street', 'Harbor Blvd', 'Oak Ridge Dr', 'Kingsland Rd', 'Cedar Ln', 'Bedford Ave', 'N Lamar Blvd', 'Peachtree St NE', 'Valencia St', 'Lakeshore Dr', 'Magnolia Ct', 'Prospect Pl', 'S Congress Ave'];
const CITIES: [string, string, string][] = [['Chicago', 'IL', '606'], ['Austin', 'TX', '787'], ['Brooklyn', 'NY', '112'], ['Atlanta', 'GA', '303'], ['Portland', 'OR', '972'], ['Denver', 'CO', '802'], ['Columbus', 'OH', '432'], ['San Francisco', 'CA', '941'], ['Nashville', 'TN', '372'], ['Seattle', 'WA', '981']];
const DOMAINS = ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.co.uk', 'proton.me', 'aol.com', 'comcast.net', 'me.com'];

/** One draw of a template: the RNG stream and the values planted so far. */
export class Draw {
  readonly values: Planted37[] = [];
  constructor(readonly r: Rng37) {}

  c(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'credential' });
    return value;
  }
  p(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'personal' });
    return value;
  }
  f(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'financial' });
    return value;
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }

  // ---- unplanted helpers ----
  first(): string {
    return this.r.pick(FIRST);
  }
  last(): string {
    return this.r.pick(LAST);
  }
  uuid(): string {
    return this.r.uuid();
  }
  ts(): string {
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    return `2026-${p(this.int(1, 11))}-${p(this.int(10, 28))}T${p(this.int(0, 23))}:${p(this.int(0, 59))}:${p(this.int(0, 59))}.${p(this.int(0, 999), 3)}Z`;
  }
  privIp(): string {
    return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(2, 254)}`, `192.168.${this.int(0, 20)}.${this.int(2, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(2, 254)}`]);
  }
  store(): string {
    return `${this.pick(['STR', 'LOC', 'S', 'RST'])}-${this.int(100, 9999)}`;
  }
  order(): string {
    return String(this.int(100000, 9999999));
  }

  // ---- personal ----
  /** A full name, planted unless `plant` is false. */
  name(plant = true): string {
    const n = `${this.first()} ${this.last()}`;
    return plant ? this.p('person_name', n) : n;
  }
  /** A first and a last name, each planted (for texts that hold them in separate fields). */
  names(): [string, string] {
    return [this.p('first_name', this.first()), this.p('last_name', this.last())];
  }
  /** An e-mail for a person's name (or a fresh one), planted. */
  email(full?: string): string {
    const [f, l] = (full ?? `${this.first()} ${this.last()}`).toLowerCase().split(' ') as [string, string];
    const local = this.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${this.int(1, 99)}`, `${f}_${l}`, `${l}.${f}${this.int(70, 99)}`]);
    return this.p('email', `${local}@${this.pick(DOMAINS)}`);
  }
  /** A phone number in one of several notations, planted. */
  phone(style?: 'us' | 'e164' | 'uk'): string {
    const a = this.int(201, 989);
    const x = this.int(201, 989);
    const n = this.r.digits(4);
    const s = style ?? this.pick(['us', 'e164', 'us', 'uk'] as const);
    const v = s === 'uk' ? `+44 7${this.r.digits(3)} ${this.r.digits(6)}` : s === 'e164' ? `+1${a}${x}${n}` : this.pick([`(${a}) ${x}-${n}`, `${a}-${x}-${n}`, `${a}.${x}.${n}`]);
    return this.p('phone', v);
  }
  /** A street line, planted; city/state/zip returned alongside (unplanted). */
  street(): { street: string; city: string; state: string; zip: string } {
    const [city, state, z] = this.pick(CITIES);
    const street = this.p('street_address', `${this.int(12, 9870)} ${this.pick(STREETS)}${this.r.next() < 0.3 ? ` Apt ${this.int(1, 40)}${this.pick(['A', 'B', 'C'])}` : ''}`);
    return { street, city, state, zip: z + this.r.digits(2) };
  }
  dob(): string {
    const y = this.int(1958, 2004);
    return this.p('date_of_birth', this.pick([`${y}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`, `${String(this.int(1, 12)).padStart(2, '0')}/${String(this.int(1, 28)).padStart(2, '0')}/${y}`]));
  }
  ssn(): string {
    let area = this.int(1, 899);
    if (area === 666) area = 667;
    return this.p('ssn', `${String(area).padStart(3, '0')}-${String(this.int(1, 99)).padStart(2, '0')}-${String(this.int(1, 9999)).padStart(4, '0')}`);
  }
  publicIp(): string {
    const a = this.pick([24, 47, 67, 71, 73, 76, 98, 99, 104, 108, 173, 174, 184, 208]);
    return this.p('ip_address', `${a}.${this.int(1, 254)}.${this.int(0, 255)}.${this.int(1, 254)}`);
  }

  // ---- financial ----
  cardNumber(brand?: 'visa' | 'mc' | 'amex' | 'disc', sep = ''): string {
    const b = brand ?? this.pick(['visa', 'visa', 'mc', 'amex', 'disc'] as const);
    const prefix = b === 'visa' ? '4' + this.r.digits(5) : b === 'mc' ? String(this.int(51, 55)) + this.r.digits(4) : b === 'amex' ? this.pick(['34', '37']) + this.r.digits(4) : '6011' + this.r.digits(2);
    const len = b === 'amex' ? 15 : 16;
    const body = prefix + this.r.digits(len - 1 - prefix.length);
    const pan = body + luhnDigit(body);
    const shown = sep === '' ? pan : b === 'amex' ? `${pan.slice(0, 4)}${sep}${pan.slice(4, 10)}${sep}${pan.slice(10)}` : pan.match(/.{4}/g)!.join(sep);
    return this.f('card_number', shown);
  }
  /** A gift card number (Luhn-valid, 16 or 19 digits), planted as financial. */
  giftCard(): string {
    const body = this.pick(['6', '7']) + this.r.digits(this.pick([14, 17]));
    return this.f('gift_card_number', body + luhnDigit(body));
  }
  iban(country?: string): string {
    const c = country ?? this.pick(['GB', 'DE', 'FR', 'NL', 'IE', 'ES']);
    const bban = c === 'GB' || c === 'IE' ? this.r.chars(UPPER, 4) + this.r.digits(c === 'GB' ? 14 : 14) : c === 'DE' ? this.r.digits(18) : c === 'FR' ? this.r.digits(23) : c === 'NL' ? this.r.chars(UPPER, 4) + this.r.digits(10) : this.r.digits(20);
    return this.f('iban', makeIban(c, bban));
  }
  routing(): string {
    const lead = String(this.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31])).padStart(2, '0');
    return this.f('aba_routing_number', abaComplete(lead + this.r.digits(6)));
  }
  account(): string {
    return this.f('bank_account_number', String(this.int(1, 9)) + this.r.digits(this.int(8, 11)));
  }
  sortCode(): string {
    return this.f('sort_code', `${this.r.digits(2)}-${this.r.digits(2)}-${this.r.digits(2)}`);
  }

  // ---- credentials ----
  password(n?: number): string {
    return this.c('password', this.r.password(n ?? this.int(12, 20)));
  }
  urlPassword(n?: number): string {
    return this.c('password', this.r.urlPassword(n ?? this.int(12, 20)));
  }
  jwt(claims: Record<string, unknown>, kind = 'jwt'): string {
    const h = Buffer.from(JSON.stringify({ alg: this.pick(['HS256', 'RS256', 'ES256']), typ: 'JWT', ...(this.r.next() < 0.5 ? { kid: this.r.hex(8) } : {}) })).toString('base64url');
    const p = Buffer.from(JSON.stringify({ ...claims, iat: 1780000000 + this.int(0, 9999999), exp: 1790000000 + this.int(0, 9999999) })).toString('base64url');
    return this.c(kind, `${h}.${p}.${this.r.b64url(this.pick([32, 64]))}`);
  }
  /** A PEM private key: returns the full block; plants the body joined with `nl` (a real or an escaped line end). */
  pem(nl = '\n', label = 'PRIVATE KEY'): string {
    const head = label === 'RSA PRIVATE KEY' ? '308204a40201000282010100' : '308204bd020100300d06092a864886f70d0101010500048204a7';
    const raw = Buffer.concat([Buffer.from(head, 'hex'), this.r.bytes(this.int(1150, 1190))]).toString('base64');
    const body = raw.match(/.{1,64}/g)!.join(nl);
    this.c('private_key', body);
    return `-----BEGIN ${label}-----${nl}${body}${nl}-----END ${label}-----`;
  }
  gh(prefix = 'ghp_'): string {
    const body = this.r.b62(30);
    return this.c('github_token', prefix + body + b62crc(crc32(body)));
  }
  awsPair(): [string, string] {
    const id = this.c('aws_access_key_id', this.pick(['AKIA', 'ASIA']) + this.r.chars(UPPER + '234567', 16));
    return [id, this.c('aws_secret_access_key', this.r.chars(B62 + '/+', 40))];
  }
  b62(n: number): string {
    return this.r.b62(n);
  }
  hex(n: number): string {
    return this.r.hex(n);
  }
  chars(a: string, n: number): string {
    return this.r.chars(a, n);
  }
  lowerDigits(n: number): string {
    return this.r.chars(LOWER + DIGITS, n);
  }
}

/** A positive template: drawn several times, each from its own stream. */
export interface Tpl37 {
  area: string;
  name: string;
  make: (d: Draw) => string;
}

/** JSON-escapes a string body (without the quotes). */
export const js = (s: string): string => JSON.stringify(s).slice(1, -1);
