import { abaDigit, checksummedToken, jwt, luhnDigit, makeIban, nkeySeed } from './blind-set-36-gen';
import { B62, DIGITS, LOWER, Rng36, UPPER } from './blind-set-36-rng';

/** One value planted in a positive text. */
export interface Planted36 {
  value: string;
  kind: string;
  group: string;
}

const FIRST = ['Aisha', 'Bartosz', 'Camille', 'Dmitri', 'Eleanor', 'Farhan', 'Giulia', 'Hiroshi', 'Ingrid', 'Jamal', 'Katarzyna', 'Luis', 'Mei-Ling', 'Niamh', 'Oluwaseun', 'Priya', 'Quentin', 'Rosalind', 'Santiago', 'Tomasz', 'Ulrike', 'Valentina', 'Wojciech', 'Ximena', 'Yusuf', 'Zofia', 'Declan', 'Marguerite', 'Thabo', 'Annika'];
const LAST = ['Okonkwo', 'Kowalczyk', 'Fontaine', 'Volkov', 'Whitfield', 'Chaudhry', 'Marchetti', 'Tanaka', 'Lindqvist', 'Abernathy', 'Nowakowska', 'Echeverría', 'Hsu', "O'Sullivan", 'Adeyemi', 'Raghunathan', 'Delacroix', 'Pemberton', 'Villalobos', 'Brzezinski', 'Hoffmann', 'Castellanos', 'Mazur', 'Ibarra', 'Demir', 'Wiśniewska', 'Gallagher', 'Beaumont', 'Mokoena', 'Sandberg'];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'icloud.com', 'web.de', 'hotmail.fr', 'fastmail.com', 'gmx.net', 'mail.ru'];
const STREETS = ['Maple Avenue', 'Rue de la Roquette', 'Kastanienallee', 'Calle de Alcalá', 'Baker Street', 'Via Tortona', 'Elm Street', 'Prinsengracht', 'Ulica Długa', 'Harbour Road'];
const CITIES = ['Portland, OR 97214', '75011 Paris', '10435 Berlin', '28014 Madrid', 'London NW1 6XE', '20144 Milano', 'Springfield, IL 62704', '1016 GV Amsterdam', '80-831 Gdańsk', 'Cork T12 X2Y9'];
const PUBLIC_A = [23, 31, 37, 45, 52, 63, 71, 77, 81, 86, 89, 92, 98, 104, 109, 141, 145, 151, 176, 185, 188, 195, 212, 217];

/** A draw: a random stream plus the values planted so far. */
export class Draw {
  readonly values: Planted36[] = [];

  constructor(readonly r: Rng36) {}

  /** Plants a credential. */
  c(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'credential' });
    return value;
  }

  /** Plants personal data. */
  p(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'personal' });
    return value;
  }

  /** Plants financial data. */
  f(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'financial' });
    return value;
  }

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  person(): { first: string; last: string; full: string } {
    const first = this.pick(FIRST);
    const last = this.pick(LAST);
    return { first, last, full: `${first} ${last}` };
  }

  email(first: string, last: string): string {
    const f = first.toLowerCase().replace(/[^a-z]/g, '');
    const l = last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
    const local = this.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}${this.r.int(1, 99)}`, `${l}.${f}`, `${f}${this.r.int(70, 99)}`, `${f}+orders@`.slice(0, -1)]);
    return `${local}@${this.pick(MAIL)}`;
  }

  phone(): string {
    return this.pick([
      () => `+1 ${this.pick(['415', '646', '312', '206', '737'])} ${this.r.int(201, 989)} ${this.r.digits(4)}`,
      () => `+44 7${this.r.pick(['911', '824', '403', '981'])} ${this.r.digits(6)}`,
      () => `+49 15${this.r.int(1, 9)} ${this.r.digits(8)}`,
      () => `+33 6 ${this.r.digits(2)} ${this.r.digits(2)} ${this.r.digits(2)} ${this.r.digits(2)}`,
      () => `+1${this.pick(['503', '917', '720'])}${this.r.int(201, 989)}${this.r.digits(4)}`,
    ])();
  }

  address(): string {
    const i = this.r.int(0, STREETS.length - 1);
    const street = STREETS[i]!;
    const n = String(this.r.int(2, 280));
    return /^(Calle|Via|Ulica)/.test(street) || /Berlin|Amsterdam/.test(CITIES[i]!) ? `${street} ${n}, ${CITIES[i]}` : `${n} ${street}, ${CITIES[i]}`;
  }

  dob(): string {
    return `${this.r.int(1952, 2004)}-${String(this.r.int(1, 12)).padStart(2, '0')}-${String(this.r.int(1, 28)).padStart(2, '0')}`;
  }

  ssn(): string {
    let area = this.r.int(101, 772);
    if (area === 666) area = 667;
    return `${area}-${String(this.r.int(10, 99))}-${String(this.r.int(1001, 9899))}`;
  }

  ip(): string {
    return `${this.pick(PUBLIC_A)}.${this.r.int(1, 254)}.${this.r.int(1, 254)}.${this.r.int(2, 253)}`;
  }

  card(): string {
    const brand = this.r.int(0, 2);
    const body = brand === 0 ? '4' + this.r.digits(14) : brand === 1 ? `5${this.r.int(1, 5)}` + this.r.digits(13) : this.pick(['34', '37']) + this.r.digits(12);
    return body + luhnDigit(body);
  }

  iban(): string {
    const c = this.pick(['DE', 'GB', 'FR', 'NL', 'ES', 'IE']);
    if (c === 'DE') return makeIban('DE', this.r.digits(18));
    if (c === 'GB') return makeIban('GB', this.pick(['NWBK', 'BARC', 'MIDL', 'LOYD']) + this.r.digits(14));
    if (c === 'FR') return makeIban('FR', this.r.digits(23));
    if (c === 'NL') return makeIban('NL', this.pick(['ABNA', 'INGB', 'RABO']) + this.r.digits(10));
    if (c === 'IE') return makeIban('IE', this.pick(['AIBK', 'BOFI']) + this.r.digits(14));
    return makeIban('ES', this.r.digits(20));
  }

  aba(): string {
    const body = String(this.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32])).padStart(2, '0') + this.r.digits(6);
    return body + abaDigit(body);
  }

  account(): string {
    return String(this.r.int(1, 9)) + this.r.digits(this.r.int(8, 11));
  }

  sortCode(): string {
    return `${this.r.int(10, 99)}-${this.r.digits(2)}-${this.r.digits(2)}`;
  }

  password(n = 16): string {
    return this.r.password(n);
  }

  urlPassword(n = 18): string {
    return this.r.urlPassword(n);
  }

  /** An AWS access key id (AKIA or ASIA, 16 base32 characters). */
  akid(prefix = 'AKIA'): string {
    return prefix + this.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  }

  awsSecret(): string {
    return this.r.chars(UPPER + LOWER + DIGITS + '+/', 40);
  }

  /** A token with a GitHub-style CRC-32 suffix. */
  ghToken(prefix = 'ghp_'): string {
    return checksummedToken(prefix, this.r.b62(30));
  }

  key32(): string {
    return this.r.b64(32);
  }

  alnum(n: number): string {
    return this.r.chars(B62, n);
  }

  jwtHS(payload: object): string {
    return jwt({ alg: 'HS256', typ: 'JWT' }, payload, this.r.bytes(32));
  }

  jwtRS(payload: object, kid?: string): string {
    return jwt(kid ? { alg: 'RS256', kid, typ: 'JWT' } : { alg: 'RS256', typ: 'JWT' }, payload, this.r.bytes(256));
  }

  nkey(): string {
    return nkeySeed(this.r.bytes(32));
  }

  /** The base64 body of a PEM private key, wrapped at 64 characters. */
  pemBody(bytes = 1190): string {
    const prefix = Buffer.from([0x30, 0x82, (bytes >> 8) & 0xff, bytes & 0xff, 0x02, 0x01, 0x00]);
    const b64 = Buffer.concat([prefix, this.r.bytes(bytes - 3)]).toString('base64');
    return (b64.match(/.{1,64}/g) ?? []).join('\n');
  }

  /** Unix seconds in late 2026. */
  epoch(): number {
    return 1_793_000_000 + this.r.int(0, 3_300_000);
  }

  ts(): string {
    return new Date(this.epoch() * 1000 + this.r.int(0, 999)).toISOString();
  }
}

/** A positive template: its area, its name and how it writes a text from a draw. */
export interface Template36 {
  area: string;
  name: string;
  make: (d: Draw) => string;
}
