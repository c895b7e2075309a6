import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng77 } from './blind-set-77-rng';

export type Group = 'credential' | 'personal' | 'financial';
export interface Planted {
  value: string;
  kind: string;
  group: Group;
}

/** Collects the values a template plants while it writes its text. */
export class Plant {
  readonly values: Planted[] = [];
  cred(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'credential' });
    return value;
  }
  pers(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'personal' });
    return value;
  }
  fin(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'financial' });
    return value;
  }
}

/** A positive template: its source family, its name, and the text it writes. */
export type PosTpl = readonly [source: string, name: string, fn: (r: Rng77, k: Plant) => string];
/** A negative template: its source family, its name, and a text with nothing to redact. */
export type NegTpl = readonly [source: string, name: string, fn: (r: Rng77) => string];

const FIRST = ['Amara', 'Bastian', 'Chiara', 'Dmitri', 'Eleanor', 'Fatima', 'Gonzalo', 'Hana', 'Ingrid', 'Jamal', 'Keiko', 'Lorenzo', 'Maëlle', 'Nikhil', 'Oluwaseun', 'Priya', 'Quentin', 'Rosalind', 'Siobhan', 'Tobias', 'Ulrike', 'Valentina', 'Wen', 'Ximena', 'Yusuf', 'Zofia', 'Marcus', 'Delphine', 'Thandiwe', 'Kaito', 'Agnieszka', 'Rafael', 'Bronwyn', 'Emeka', 'Linnea', 'Mateo'];
const LAST = ['Okonkwo', 'Lindqvist', 'Moreau', 'Castellanos', 'Nakamura', 'Brennan', 'Haddad', 'Kowalczyk', 'Fitzgerald', 'Van der Berg', 'Oyelaran', 'Marchetti', "O'Sullivan", 'Szabo', 'Delacroix', 'Ramanathan', 'Whitfield', 'Achterberg', 'Gallagher', 'Papadakis', 'Schreiber', 'Iwu', 'Dubois-Laurent', 'Albrecht', 'Kaczmarek', 'Morrison', 'Ferreira', 'Holloway', 'Strand', 'Nwachukwu'];
const MAIL = ['gmail.com', 'outlook.com', 'proton.me', 'yahoo.co.uk', 'icloud.com', 'hey.com', 'fastmail.fm', 'gmx.de', 'orange.fr', 'web.de', 'hotmail.com', 'me.com'];
const STREETS = ['Maple Avenue', 'Harbor View Rd', 'Kingsley Street', 'Elm Court', 'Old Mill Lane', 'Sunset Blvd', 'Juniper Drive', 'Cedar Hollow Way', 'W 84th St', 'Prospect Park SW', 'Larkspur Terrace', 'N Damen Ave'];
const CITIES = [['Portland', 'OR', '972'], ['Austin', 'TX', '787'], ['Brooklyn', 'NY', '112'], ['Denver', 'CO', '802'], ['Raleigh', 'NC', '276'], ['Madison', 'WI', '537'], ['Tucson', 'AZ', '857'], ['Chicago', 'IL', '606'], ['Boise', 'ID', '837'], ['Savannah', 'GA', '314']] as const;

export interface Person {
  first: string;
  last: string;
  name: string;
  email: string;
  phone: string;
  street: string;
  city: string;
  state: string;
  zip: string;
  dob: string;
}

/** A person with a personal mailbox, a phone, a home address and a birth date. */
export function person(r: Rng77): Person {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const lp = last.toLowerCase().replace(/[^a-z]/g, '');
  const fp = first.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');
  const local = r.pick([`${fp}.${lp}`, `${fp[0]}${lp}${r.int(1, 99)}`, `${fp}_${lp}`, `${lp}.${fp}${r.int(70, 99)}`, `${fp}${lp[0]}`]);
  const [city, state, zp] = r.pick(CITIES);
  return {
    first,
    last,
    name: `${first} ${last}`,
    email: `${local}@${r.pick(MAIL)}`,
    phone: phone(r),
    street: `${r.int(12, 9870)} ${r.pick(STREETS)}${r.pick(['', '', ` Apt ${r.int(2, 40)}${r.pick(['', 'B', 'F'])}`])}`,
    city,
    state,
    zip: `${zp}${r.digits(2)}`,
    dob: `${r.int(1951, 2004)}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
  };
}

export function phone(r: Rng77): string {
  const a = String(r.int(2, 9)) + r.digits(2);
  const x = String(r.int(2, 9)) + r.digits(2);
  const l = r.digits(4);
  switch (r.int(0, 4)) {
    case 0: return `+1${a.replace(/^./, String(r.int(2, 9)))}${x}${l}`;
    case 1: return `(${a}) ${x}-${l}`;
    case 2: return `+44 7${r.digits(3)} ${r.digits(6)}`;
    case 3: return `+49 15${r.digits(1)} ${r.digits(8)}`;
    default: return `+1 ${a}-${x}-${l}`;
  }
}

export function ssn(r: Rng77): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}

export function luhnOk(d: string): boolean {
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}

function luhnFinish(r: Rng77, prefix: string, len: number): string {
  const body = prefix + r.digits(len - prefix.length - 1);
  for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c;
  return body;
}

/** A card number with a real issuer prefix and a Luhn check digit; `sep` groups it 4-4-4-4 (4-6-5 for Amex). */
export function card(r: Rng77, sep = ''): string {
  const kind = r.int(0, 4);
  const n = kind === 0 ? luhnFinish(r, `4${r.pick(['147', '266', '388', '532', '916', '003'])}`, 16)
    : kind === 1 ? luhnFinish(r, `5${r.int(1, 5)}${r.digits(2)}`, 16)
    : kind === 2 ? luhnFinish(r, `37${r.digits(2)}`, 15)
    : kind === 3 ? luhnFinish(r, `2${r.int(221, 720)}`, 16)
    : luhnFinish(r, '6011', 16);
  if (!sep) return n;
  if (n.length === 15) return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  return n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}

export function ibanOk(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** An IBAN with valid mod-97 check digits; `spaced` prints it in groups of four. */
export function iban(r: Rng77, spaced = false): string {
  const [cc, bban] = r.pick([
    ['DE', () => r.digits(18)],
    ['GB', () => r.pick(['NWBK', 'BARC', 'MIDL', 'LOYD', 'MONZ']) + r.digits(14)],
    ['FR', () => r.digits(23)],
    ['NL', () => r.pick(['ABNA', 'INGB', 'RABO', 'BUNQ']) + r.digits(10)],
    ['ES', () => r.digits(20)],
    ['IE', () => r.pick(['AIBK', 'BOFI']) + r.digits(14)],
    ['BE', () => r.digits(12)],
  ] as const) as readonly [string, () => string];
  const b = bban();
  const check = String(98 - mod97(`${b}${cc}00`)).padStart(2, '0');
  const s = `${cc}${check}${b}`;
  return spaced ? s.replace(/(.{4})(?=.)/g, '$1 ') : s;
}

export function abaOk(n: string): boolean {
  if (!/^\d{9}$/.test(n)) return false;
  const d = [...n].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

/** An ABA routing number with a valid check digit. */
export function routing(r: Rng77): string {
  const head = String(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32])).padStart(2, '0') + r.digits(6);
  for (let c = 0; c < 10; c++) if (abaOk(head + c)) return head + c;
  return head + '0';
}

export const account = (r: Rng77): string => String(r.int(1, 9)) + r.digits(r.int(8, 11));
export const cvc = (r: Rng77): string => String(r.int(1, 9)) + r.digits(2);
export const expiry = (r: Rng77): string => `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`;

const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
/** A JWT whose header and payload decode to JSON. */
export function jwt(r: Rng77, payload: Record<string, unknown>, alg = 'HS256', extraHeader: Record<string, unknown> = {}): string {
  const sigLen = alg.startsWith('RS') ? 256 : alg === 'EdDSA' || alg.startsWith('ES') ? 64 : 32;
  return `${b64u({ alg, typ: 'JWT', ...extraHeader })}.${b64u(payload)}.${r.b64url(sigLen)}`;
}

export const now = (r: Rng77): number => 1780000000 + r.int(0, 20000000);
export const iso = (r: Rng77): string => new Date(now(r) * 1000).toISOString();
export const ts = (r: Rng77): string => iso(r).replace('T', ' ').replace(/\.\d+Z$/, '');
export const lower = (r: Rng77, n: number): string => r.chars(LOWER + DIGITS, n);
export const upperAlnum = (r: Rng77, n: number): string => r.chars(UPPER + DIGITS, n);
export const b64uChars = (r: Rng77, n: number): string => r.chars(B64URL, n);
export const b62 = (r: Rng77, n: number): string => r.chars(B62, n);
export const hex = (r: Rng77, n: number): string => r.chars(HEX, n);
export const HEXU = HEX.toUpperCase();
/** A ULID-like id (Crockford base32), as many providers use for public object ids. */
export const ulid = (r: Rng77): string => '01' + r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24);
/** A Svix-style webhook signing secret: `whsec_` and base64 of 24 or 32 bytes. */
export const whsec = (r: Rng77): string => `whsec_${r.b64(r.pick([24, 32]))}`;
export const ipUser = (r: Rng77): string => `${r.pick([73, 98, 174, 24, 86, 151, 187, 201])}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}`;
export const reqId = (r: Rng77): string => r.pick([() => `req_${b62(r, 14)}`, () => r.uuid(), () => hex(r, 16)])();
export const company = (r: Rng77): string => r.pick(['Lumen Freight', 'Ottoline Health', 'Brightwater Labs', 'Kestrel Analytics', 'Harbor & Pine', 'Quillstone', 'Northwind Outfitters', 'Verdant Foods', 'Cobalt Learning', 'Tidewell Energy']);
export const hostName = (r: Rng77): string => `${r.pick(['ip-10-0', 'worker', 'api', 'sync', 'jobs'])}-${r.int(1, 40)}-${lower(r, 5)}`;
