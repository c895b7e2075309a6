import { B62, DIGITS, LOWER, Rng9, UPPER } from './blind-set-9-rng';
import { cpfDigits, luhnOk, mod97 } from './blind-set-45-format';

/** One planted value. */
export interface V45 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

export interface Person45 {
  first: string;
  last: string;
}

const FIRST = ['Olivia', 'Liam', 'Priyanka', 'Mateo', 'Chioma', 'Jonas', 'Aiko', 'Wei', 'Fatima', 'Sebastián', 'Ingrid', 'Tomasz', 'Aaliyah', 'Dmitri', 'Marguerite', 'Kwame', 'Sofía', 'Henrik', 'Nguyen', 'Rosalind', 'Benedikt', 'Amara', 'Rafael', 'Yuki', 'Gwendolyn', 'Anders', 'Leilani', 'Oluwaseun', 'Beatriz', 'Cormac', 'Zainab', 'Ezekiel', 'Margit', 'Thibault', 'Lakshmi', 'Declan', 'Francesca', 'Bartholomew', 'Ximena', 'Hamish'];
const LAST = ['Okonkwo', 'Lindqvist', 'Ramaswamy', 'Fitzgerald', 'Kowalczyk', 'Nakamura', 'Delacroix', 'Haddad', 'Van der Berg', 'Ortega-Ruiz', 'Schreiber', 'Abernathy', 'Mbeki', 'Castellanos', 'Whitfield', 'Petrenko', 'Yamamoto', 'Brennan', "O'Sullivan", 'Gallagher', 'Bjørnstad', 'Achterberg', 'Moreau', 'Chaudhry', 'Szabó', 'Harrington', 'Osei', 'Valentini', 'Kirkpatrick', 'Thornbury', 'Rasmussen', 'Quintero', 'Hollingsworth', 'Adebayo', 'Ferreira', 'Lindgren', 'MacAllister', 'Vasquez', 'Eriksen', 'Pemberton'];
const MAILDOM = ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.co.uk', 'web.de', 'icloud.com', 'fastmail.fm', 'gmx.net', 'hotmail.fr', 'orange.fr', 'northwind-traders.io', 'brightpath-health.com', 'kestrel-logistics.co.uk', 'tidewater-bank.com', 'lumenhq.dev'];
const STREETS = ['Maple Avenue', 'Harbor View Road', 'Kastanienallee', 'Rue de la Roquette', 'Calle de Alcalá', 'Elm Street', 'Prinsengracht', 'Oak Hollow Lane', 'Sycamore Drive', 'Bahnhofstraße', 'Via Nazionale', 'Queen Street West', 'Linnégatan', 'Marine Parade', 'Cedar Ridge Court'];
const CITIES = ['Portland, OR 97214', 'Austin, TX 78704', 'Berlin 10437', '75011 Paris', '28014 Madrid', 'Leeds LS6 2QT', '1016 GV Amsterdam', 'Toronto, ON M5V 2T6', '114 56 Stockholm', 'Brighton BN2 1TW', 'Denver, CO 80205', 'München 80335', '00184 Roma', 'Asheville, NC 28801', 'Cambridge, MA 02139'];
const IP_A = [23, 24, 31, 37, 45, 62, 67, 71, 73, 77, 81, 86, 92, 98, 99, 104, 109, 151, 176, 185, 188, 212, 213, 217];

/** The generating context of one case: its random stream and the values planted so far. */
export class Ctx {
  readonly vals: V45[] = [];
  /** The person last named, so that an email drawn next belongs to them. */
  private lastP: Person45 | undefined;
  constructor(readonly r: Rng9) {}

  put(kind: string, group: V45['group'], value: string): string {
    this.vals.push({ value, kind, group });
    return value;
  }
  cred(kind: string, value: string): string {
    return this.put(kind, 'credential', value);
  }
  pii(kind: string, value: string): string {
    return this.put(kind, 'personal', value);
  }
  fin(kind: string, value: string): string {
    return this.put(kind, 'financial', value);
  }
  /** Runs a generator without planting what it plants (for values that only appear encoded). */
  raw(fn: () => string): string {
    const n = this.vals.length;
    const v = fn();
    this.vals.length = n;
    return v;
  }
  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }
  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }
  /** A non-secret id (not planted). */
  id(n = 8): string {
    return this.r.hex(n);
  }
  date(y0 = 2025, y1 = 2026): string {
    return `${this.int(y0, y1)}-${String(this.int(1, 12)).padStart(2, '0')}-${String(this.int(1, 28)).padStart(2, '0')}`;
  }
  ts(): string {
    return `${this.date()}T${String(this.int(0, 23)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}:${String(this.int(0, 59)).padStart(2, '0')}.${this.r.digits(3)}Z`;
  }
  user(): string {
    return this.pick(['dev', 'ci-bot', 'jmoreau', 'akowalczyk', 'deploy', 'svc-build', 'release-bot', 'lhaddad', 'okonkwo-c', 'rnakamura']);
  }

  // ---- personal ----
  person(): Person45 {
    return { first: this.pick(FIRST), last: this.pick(LAST) };
  }
  name(p: Person45 = this.person()): string {
    this.lastP = p;
    return this.pii('person_name', `${p.first} ${p.last}`);
  }
  email(p: Person45 = this.lastP ?? this.person()): string {
    this.lastP = undefined;
    const f = p.first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
    const l = p.last.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
    const local = this.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}${l}${this.int(1, 99)}`, `${f}_${l}`, `${l}.${f}`]);
    return this.pii('email', `${local}@${this.pick(MAILDOM)}`);
  }
  phone(): string {
    const r = this.r;
    const d = (n: number) => r.digits(n);
    const area = `${this.int(2, 9)}${this.int(0, 8)}${this.int(0, 9)}`;
    const ex = `${this.int(2, 9)}${this.pick(['0', '1', '2', '3', '4', '6', '7', '8'])}${this.int(1, 9)}`;
    const v = this.pick([
      `+1 (${area}) ${ex}-${d(4)}`, `(${area}) ${ex}-${d(4)}`, `+1-${area}-${ex}-${d(4)}`, `${area}.${ex}.${d(4)}`,
      `+44 7${this.int(4, 9)}${d(2)} ${d(6)}`, `+49 15${this.int(1, 9)} ${d(8)}`, `+33 6 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
      `+31 6 ${d(8)}`, `+34 6${d(2)} ${d(3)} ${d(3)}`, `+61 4${d(2)} ${d(3)} ${d(3)}`, `+1${area}${ex}${d(4)}`,
    ]);
    return this.pii('phone', v);
  }
  address(): string {
    return this.pii('street_address', `${this.int(3, 4890)} ${this.pick(STREETS)}, ${this.pick(CITIES)}`);
  }
  street(): string {
    return this.pii('street_address', `${this.int(3, 4890)} ${this.pick(STREETS)}`);
  }
  dob(fmt: 'iso' | 'us' | 'eu' = 'iso'): string {
    const y = this.int(1948, 2004);
    const m = String(this.int(1, 12)).padStart(2, '0');
    const d = String(this.int(1, 28)).padStart(2, '0');
    return this.pii('date_of_birth', fmt === 'iso' ? `${y}-${m}-${d}` : fmt === 'us' ? `${m}/${d}/${y}` : `${d}.${m}.${y}`);
  }
  ssn(sep = '-'): string {
    let a = this.int(1, 899);
    if (a === 666) a = 667;
    return this.pii('us_ssn', `${String(a).padStart(3, '0')}${sep}${String(this.int(1, 99)).padStart(2, '0')}${sep}${String(this.int(1, 9999)).padStart(4, '0')}`);
  }
  nino(): string {
    const A = 'ABCEGHJKLMNPRSTWXYZ';
    const B = 'ABCEGHJKLMNPRSTWXYZ';
    let p = 'GB';
    while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) p = this.r.chars(A, 1) + this.r.chars(B, 1);
    const d = this.r.digits(6);
    const sfx = this.r.chars('ABCD', 1);
    return this.pii('uk_nino', this.r.next() < 0.5 ? `${p}${d}${sfx}` : `${p} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${sfx}`);
  }
  sin(): string {
    for (;;) {
      const s = `${this.pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${this.r.digits(8)}`;
      if (luhnOk(s)) return this.pii('ca_sin', this.r.next() < 0.5 ? s : `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`);
    }
  }
  bsn(): string {
    for (;;) {
      const s = `${this.int(1, 6)}${this.r.digits(8)}`;
      let sum = 0;
      for (let i = 0; i < 8; i++) sum += (9 - i) * Number(s[i]);
      if ((sum - Number(s[8])) % 11 === 0) return this.pii('nl_bsn', s);
    }
  }
  dni(): string {
    const n = this.r.digits(8);
    return this.pii('es_dni', n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]);
  }
  cpf(): string {
    const n = this.r.digits(9);
    const s = n + cpfDigits(n);
    return this.pii('br_cpf', `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`);
  }
  nir(): string {
    const base = `${this.int(1, 2)}${this.r.digits(2)}${String(this.int(1, 12)).padStart(2, '0')}${String(this.int(1, 95)).padStart(2, '0')}${this.r.digits(6)}`;
    const key = String(97 - mod97(base)).padStart(2, '0');
    return this.pii('fr_nir', `${base.slice(0, 1)} ${base.slice(1, 3)} ${base.slice(3, 5)} ${base.slice(5, 7)} ${base.slice(7, 10)} ${base.slice(10)} ${key}`);
  }
  personnummer(): string {
    for (;;) {
      const s = `${this.r.digits(2)}${String(this.int(1, 12)).padStart(2, '0')}${String(this.int(1, 28)).padStart(2, '0')}${this.r.digits(4)}`;
      if (luhnOk(s)) return this.pii('se_personnummer', `${s.slice(0, 6)}-${s.slice(6)}`);
    }
  }
  passport(): string {
    return this.pii('passport_number', this.pick([this.r.digits(9), `${this.r.chars(UPPER, 2)}${this.r.digits(7)}`, `C${this.r.chars(DIGITS + 'CFGHJKLMNPRTVWXYZ', 8)}`]));
  }
  dl(): string {
    return this.pii('driver_licence', this.pick([`${this.r.chars(UPPER, 1)}${this.r.digits(7)}`, `${this.r.chars(UPPER, 1)}${this.r.digits(3)}-${this.r.digits(4)}-${this.r.digits(4)}`, `${this.r.chars(UPPER, 5)}${this.r.digits(6)}${this.r.chars(UPPER, 2)}9${this.r.chars(UPPER, 2)}`]));
  }
  ip4(): string {
    return this.pii('ipv4', `${this.pick(IP_A)}.${this.int(1, 254)}.${this.int(0, 255)}.${this.int(1, 254)}`);
  }
  ip6(): string {
    const g = () => this.r.hex(4).replace(/^0+(?=.)/, '');
    return this.pii('ipv6', `${this.pick(['2a02', '2600', '2a01', '2604', '2406', '2003', '2a00'])}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}:${g()}`);
  }
  geo(): string {
    const lat = (this.r.next() * 100 - 40).toFixed(6);
    const lon = (this.r.next() * 300 - 150).toFixed(6);
    return this.pii('geolocation', `${lat},${lon}`);
  }

  // ---- financial ----
  card(fmt: 'plain' | 'space' | 'dash' = this.pick(['plain', 'plain', 'space', 'dash'] as const)): string {
    const brand = this.int(0, 3);
    const prefix = brand === 0 ? '4' : brand === 1 ? String(this.int(51, 55)) : brand === 2 ? this.pick(['34', '37']) : '6011';
    const len = brand === 2 ? 15 : 16;
    let body = prefix + this.r.digits(len - prefix.length - 1);
    for (let c = 0; c < 10; c++) if (luhnOk(body + c)) { body += c; break; }
    const v = fmt === 'plain' ? body : len === 15 ? `${body.slice(0, 4)}${fmt === 'space' ? ' ' : '-'}${body.slice(4, 10)}${fmt === 'space' ? ' ' : '-'}${body.slice(10)}` : body.match(/.{4}/g)!.join(fmt === 'space' ? ' ' : '-');
    return this.fin('card_number', v);
  }
  cvc(): string {
    return this.fin('card_cvc', this.r.digits(3));
  }
  iban(grouped = this.r.next() < 0.3): string {
    const spec = this.pick([
      ['DE', () => this.r.digits(18)], ['GB', () => this.r.chars(UPPER, 4) + this.r.digits(14)], ['FR', () => this.r.digits(23)],
      ['NL', () => this.r.chars(UPPER, 4) + this.r.digits(10)], ['ES', () => this.r.digits(20)], ['IT', () => this.r.chars(UPPER, 1) + this.r.digits(22)],
      ['BE', () => this.r.digits(12)], ['CH', () => this.r.digits(17)], ['PL', () => this.r.digits(24)], ['AT', () => this.r.digits(16)], ['IE', () => this.r.chars(UPPER, 4) + this.r.digits(14)],
    ] as const);
    const cc = spec[0];
    const bban = spec[1]();
    const num = (bban + cc + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
    const iban = `${cc}${String(98 - mod97(num)).padStart(2, '0')}${bban}`;
    return this.fin('iban', grouped ? iban.match(/.{1,4}/g)!.join(' ') : iban);
  }
  aba(): string {
    for (;;) {
      const pre = this.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '26', '31', '32', '61', '63', '71']);
      const s = pre + this.r.digits(6);
      const d = [...s].map(Number);
      const part = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
      const c = (10 - (part % 10)) % 10;
      return this.fin('aba_routing', s + c);
    }
  }
  account(): string {
    return this.fin('bank_account', this.r.digits(this.int(9, 12)).replace(/^0/, '4'));
  }
  ukAccount(): string {
    return this.fin('bank_account', `${this.int(1, 9)}${this.r.digits(7)}`);
  }
  sortCode(): string {
    return this.fin('uk_sort_code', `${this.int(10, 99)}-${this.r.digits(2)}-${this.r.digits(2)}`);
  }
  ein(): string {
    return this.fin('us_ein', `${this.pick(['12', '20', '26', '33', '45', '47', '52', '61', '74', '81', '84', '91', '94'])}-${this.r.digits(7)}`);
  }
  vat(): string {
    return this.fin('vat_id', this.pick([`DE${this.int(1, 9)}${this.r.digits(8)}`, `GB${this.int(1, 9)}${this.r.digits(8)}`, `FR${this.r.digits(2)}${this.int(1, 9)}${this.r.digits(8)}`, `NL${this.r.digits(9)}B0${this.int(1, 9)}`]));
  }

  // ---- generic credential material ----
  pass(n = this.int(12, 20)): string {
    return this.cred('password', this.r.password(n));
  }
  urlPass(n = this.int(12, 20)): string {
    return this.cred('password', this.r.urlPassword(n));
  }
  tok(kind: string, prefix: string, n: number, alphabet = B62): string {
    return this.cred(kind, prefix + this.r.chars(alphabet, n));
  }
  hexTok(kind: string, n = 32): string {
    return this.cred(kind, this.r.hex(n));
  }
  lower(n: number): string {
    return this.r.chars(LOWER, n);
  }
}
