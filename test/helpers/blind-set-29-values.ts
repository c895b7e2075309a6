import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { abaOk, luhnDigit, mod97 } from './blind-set-29-checks';

/** Given names and family names of travellers (invented combinations). */
export const FIRST = [
  'Amara',
  'Jonas',
  'Priya',
  'Mateo',
  'Ingrid',
  'Kenji',
  'Leila',
  'Tomasz',
  'Chloe',
  'Rafael',
  'Siobhan',
  'Arjun',
  'Beatriz',
  'Oskar',
  'Naomi',
  'Dmitri',
  'Yara',
  'Felix',
  'Aisling',
  'Hugo',
];
export const LAST = [
  'Okafor',
  'Lindqvist',
  'Raghavan',
  'Herrera',
  'Kowalczyk',
  'Tanaka',
  'Haddad',
  'Brennan',
  'Moreau',
  'Albuquerque',
  'Van der Berg',
  'Nakamura',
  'Castellanos',
  'Whitfield',
  'Szabo',
  'Oyelaran',
];
const STREETS = ['Maple Crescent', 'Rua das Flores', 'Calle de Alcalá', 'Kastanienallee', 'Elm Street', 'Rosemount Avenue', 'Ul. Mokotowska', 'Keizersgracht', 'Orchard Lane', 'Boulevard Voltaire'];
const CITIES = [
  ['Portland, OR', '97214'],
  ['São Paulo - SP', '01310-100'],
  ['Madrid', '28014'],
  ['Berlin', '10435'],
  ['Austin, TX', '78704'],
  ['Toronto, ON', 'M4E 1G3'],
  ['Warszawa', '00-641'],
  ['Amsterdam', '1016 DL'],
  ['Leeds', 'LS6 2AB'],
  ['Paris', '75011'],
];

/** A traveller's name. */
export const fullName = (r: Rng9): string => `${r.pick(FIRST)} ${r.pick(LAST)}`;

/** A home address on one line. */
export const address = (r: Rng9): string => {
  const i = r.int(0, STREETS.length - 1),
    c = CITIES[i]!;
  return `${r.int(2, 480)} ${STREETS[i]}${r.next() < 0.3 ? `, Apt ${r.int(1, 40)}` : ''}, ${c[0]} ${c[1]}`;
};

/** A personal phone number, E.164 or national. */
export function phone(r: Rng9): string {
  const d = (n: number) => r.chars('123456789', 1) + r.digits(n - 1);
  return r.pick([
    () => `+1 ${r.int(201, 989)}-${r.int(201, 989)}-${r.digits(4)}`,
    () => `+1${r.int(201, 989)}${r.int(201, 989)}${r.digits(4)}`,
    () => `+44 7${r.digits(3)} ${r.digits(6)}`,
    () => `+4915${r.int(1, 9)}${d(8)}`,
    () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
    () => `+91 9${r.digits(4)} ${r.digits(5)}`,
    () => `+55 11 9${r.digits(4)}-${r.digits(4)}`,
    () => `07${r.digits(3)} ${r.digits(6)}`,
    () => `(${r.int(201, 989)}) ${r.int(201, 989)}-${r.digits(4)}`,
  ])();
}

/** A personal e-mail at a consumer domain. */
export function email(r: Rng9): string {
  const f = r.pick(FIRST).toLowerCase(),
    l = r.pick(LAST).toLowerCase().replace(/ /g, '');
  const local = r.pick([`${f}.${l}`, `${f}${l[0]}${r.int(70, 99)}`, `${l}.${f}${r.int(1, 999)}`, `${f}_${l}`]);
  return `${local}@${r.pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'hotmail.co.uk', 'gmx.de', 'proton.me', 'web.de', 'yahoo.com.br'])}`;
}

/** A date of birth in ISO, European, or PNR (DDMMMYY) style. */
export function dob(r: Rng9, style: 'iso' | 'eu' | 'pnr' | 'any' = 'any'): string {
  const y = r.int(1948, 2006),
    m = r.int(1, 12),
    d = r.int(1, 28),
    p = (n: number) => String(n).padStart(2, '0');
  const s = style === 'any' ? r.pick(['iso', 'eu', 'pnr'] as const) : style;
  if (s === 'iso') return `${y}-${p(m)}-${p(d)}`;
  if (s === 'eu') return `${p(d)}.${p(m)}.${y}`;
  return `${p(d)}${['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][m - 1]}${String(y).slice(2)}`;
}

/** A passport number in one of several countries' formats. */
export const passport = (r: Rng9): string =>
  r.pick([
    () => r.chars('56789', 1) + r.digits(8), // US
    () => r.chars('123456', 1) + r.digits(8), // UK
    () => 'C' + r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8), // DE
    () => r.chars('JKLMNPRSTZ', 1) + r.digits(7), // IN
    () => r.digits(2) + r.chars(UPPER, 2) + r.digits(5), // FR
    () => r.chars('ABCDEFGH', 2) + r.digits(6), // CA
    () => r.chars('NPE', 1) + r.digits(7), // AU
  ])();

/** A Luhn-valid card number with its brand, formatted with spaces, dashes or nothing. */
export function card(r: Rng9): { pan: string; brand: string; cvvLen: number } {
  const [brand, prefix, len] = r.pick([
    ['VISA', '4', 16],
    ['MASTERCARD', String(r.int(51, 55)), 16],
    ['MASTERCARD', String(r.int(2221, 2720)), 16],
    ['AMEX', r.pick(['34', '37']), 15],
    ['DISCOVER', '6011', 16],
    ['JCB', String(r.int(3528, 3589)), 16],
  ] as const);
  let body = prefix + r.digits(len - 1 - prefix.length);
  body += luhnDigit(body);
  if (body.startsWith('4242424242') || body.startsWith('4111111111')) body = '4' + body.slice(1, -1).replace(/^2|^1/, '7') + '0';
  const full = body.slice(0, -1) + luhnDigit(body.slice(0, -1));
  const sep = r.pick(['', ' ', '-']);
  const groups = len === 15 ? [full.slice(0, 4), full.slice(4, 10), full.slice(10)] : full.match(/.{4}/g)!;
  return { pan: groups.join(sep), brand, cvvLen: brand === 'AMEX' ? 4 : 3 };
}

/** A valid IBAN, grouped in fours or compact. */
export function iban(r: Rng9): string {
  const [cc, bban] = r.pick([
    ['DE', () => r.digits(18)],
    ['GB', () => r.chars('ABCDHLMNRSW', 4) + r.digits(14)],
    ['FR', () => r.digits(23)],
    ['NL', () => r.pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + r.digits(10)],
    ['ES', () => r.digits(20)],
    ['IT', () => r.chars(UPPER, 1) + r.digits(22)],
    ['BE', () => r.digits(12)],
    ['IE', () => r.pick(['AIBK', 'BOFI']) + r.digits(14)],
  ] as const);
  const b = bban();
  const ck = String(98 - mod97(cc + '00' + b)).padStart(2, '0');
  const s = cc + ck + b;
  return r.next() < 0.5 ? s.match(/.{1,4}/g)!.join(' ') : s;
}

/** An ABA routing number with a valid checksum. */
export function aba(r: Rng9): string {
  for (;;) {
    const v = r.pick(['0', '1', '2', '3']) + r.digits(8);
    if (abaOk(v)) return v;
  }
}

/** A 4-digit or 3-digit card security code. */
export const cvv = (r: Rng9, n: number): string => r.chars(DIGITS, n);
