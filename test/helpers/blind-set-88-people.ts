import type { Rng88 } from './blind-set-88-rng';

const FIRST = [
  'Amara',
  'Bogdan',
  'Chiara',
  'Dmitri',
  'Eleni',
  'Farhan',
  'Greta',
  'Hiroshi',
  'Ifeoma',
  'Joaquín',
  'Keziah',
  'Lars',
  'Mirela',
  'Nnamdi',
  'Oksana',
  'Priyanka',
  'Quentin',
  'Rosalind',
  'Santiago',
  'Thandiwe',
  'Ulrich',
  'Valentina',
  'Wojciech',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Brennan',
  'Colette',
  'Desmond',
  'Marguerite',
  'Tobias',
  'Anneliese',
  'Kwabena',
  'Siobhan',
  'Rafael',
  'Ingrid',
];
const LAST = [
  'Okonkwo',
  'Lindqvist',
  'Marchetti',
  'Vasquez',
  'Nakamura',
  'Haddad',
  'Kowalczyk',
  'Fitzgerald',
  'Osei',
  'Brandt',
  'Moreau',
  'Castellanos',
  'Petrov',
  'Abernathy',
  'Gallagher',
  'Ramaswamy',
  'Delacroix',
  'Whitfield',
  'Adeyemi',
  'Halvorsen',
  'Szabo',
  'Oyelaran',
  'Thornbury',
  'Mbeki',
  'Quispe',
  'Van der Berg',
  'Iwasaki',
  'Achterberg',
  'Ferreira',
  'Lindgren',
];
const MAIL = ['gmail.com', 'outlook.com', 'yahoo.com', 'protonmail.com', 'icloud.com', 'fastmail.com', 'gmx.de', 'hotmail.co.uk'];
const WORK = ['northwind-labs.io', 'keelhaul.dev', 'brightpath.co', 'acmecorp.com', 'tidewater-systems.com', 'quillbyte.net', 'ferrous.io'];
const STREETS = ['Maple Ave', 'Oak Street', 'Lakeview Dr', 'Birch Lane', 'Harbor Rd', 'Juniper Ct', 'Cedar Blvd', 'Willow Way', 'Elm Street', 'Prospect Pl'];
const CITIES: readonly [string, string, string][] = [
  ['Portland', 'OR', '972'],
  ['Austin', 'TX', '787'],
  ['Columbus', 'OH', '432'],
  ['Madison', 'WI', '537'],
  ['Raleigh', 'NC', '276'],
  ['Boise', 'ID', '837'],
  ['Tucson', 'AZ', '857'],
  ['Albany', 'NY', '122'],
];
const UK: readonly [string, string][] = [
  ['Leeds', 'LS6'],
  ['Bristol', 'BS7'],
  ['Manchester', 'M20'],
  ['Glasgow', 'G12'],
  ['Brighton', 'BN2'],
];

export interface Person88 {
  first: string;
  last: string;
  name: string;
  email: string;
  workEmail: string;
  user: string;
}

export function person(r: Rng88): Person88 {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
  const f = first
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  const l = last.toLowerCase().replace(/[^a-z]/g, '');
  const email = `${r.pick([`${f}.${l}`, `${f}${l[0]}`, `${f[0]}${l}`, `${f}_${l}${r.int(70, 99)}`])}@${r.pick(MAIL)}`;
  const workEmail = `${r.pick([`${f}.${l}`, `${f[0]}${l}`, f])}@${r.pick(WORK)}`;
  return { first, last, name: `${first} ${last}`, email, workEmail, user: `${f[0]}${l}`.slice(0, 12) };
}

/** A US phone number that is not in the 555 fictional range, in one of several layouts. */
export function usPhone(r: Rng88): string {
  const a = r.pick(['415', '503', '512', '614', '608', '919', '208', '520', '312', '646', '720']);
  const ex = `${r.int(2, 9)}${r.digits(2)}`.replace(/^555$/, '556');
  const ln = r.digits(4);
  return r.pick([`(${a}) ${ex}-${ln}`, `${a}-${ex}-${ln}`, `+1 ${a} ${ex} ${ln}`, `+1${a}${ex}${ln}`, `${a}.${ex}.${ln}`]);
}

export const ukPhone = (r: Rng88): string => r.pick([`+44 7${r.digits(3)} ${r.digits(6)}`, `07${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`]);
export const dePhone = (r: Rng88): string => `+49 1${r.pick(['51', '52', '60', '70', '76'])} ${r.digits(7)}`;
export const phone = (r: Rng88): string => (r.chance(0.6) ? usPhone(r) : r.chance(0.5) ? ukPhone(r) : dePhone(r));

export function usAddress(r: Rng88): string {
  const [city, st, zip] = r.pick(CITIES);
  return `${r.int(12, 9890)} ${r.pick(STREETS)}${r.chance(0.3) ? ` Apt ${r.int(1, 40)}` : ''}, ${city}, ${st} ${zip}${r.digits(2)}`;
}

export function ukAddress(r: Rng88): string {
  const [city, pc] = r.pick(UK);
  return `${r.int(2, 180)} ${r.pick(STREETS).replace('Ave', 'Road')}, ${city} ${pc} ${r.int(1, 9)}${r.str('ABDEFGHJLNPQRSTUWXYZ', 2)}`;
}

export const address = (r: Rng88): string => (r.chance(0.7) ? usAddress(r) : ukAddress(r));

/** A birth date in ISO, US or European layout. */
export function dob(r: Rng88, layout: 'iso' | 'us' | 'eu' | 'any' = 'any'): string {
  const y = r.int(1958, 2003);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const p = (n: number): string => String(n).padStart(2, '0');
  const l = layout === 'any' ? r.pick(['iso', 'us', 'eu'] as const) : layout;
  return l === 'iso' ? `${y}-${p(m)}-${p(d)}` : l === 'us' ? `${p(m)}/${p(d)}/${y}` : `${p(d)}.${p(m)}.${y}`;
}

/** A US SSN with a valid area (not 000, 666 or 9xx), group and serial. */
export function ssn(r: Rng88, dashed = true): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  return dashed ? s : s.replace(/-/g, '');
}

/** A UK National Insurance number with valid prefix letters and suffix. */
export function nino(r: Rng88, spaced = false): string {
  const A = 'ABCEGHJKLMNOPRSTWXYZ';
  const B = 'ABCEGHJKLMNPRSTWXYZ';
  let pre = r.str(A, 1) + r.str(B, 1);
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre)) pre = 'AB';
  const d = r.digits(6);
  const suf = r.pick(['A', 'B', 'C', 'D']);
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : `${pre}${d}${suf}`;
}

export const ipv4 = (r: Rng88): string => `${r.pick(['10', '172', '192'])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
export const host = (r: Rng88): string => `${r.pick(['db', 'pg', 'mysql', 'cache', 'api', 'queue'])}-${r.int(1, 9)}.${r.pick(['prod', 'staging', 'internal'])}.${r.pick(WORK)}`;
export const ts = (r: Rng88): string => new Date(Date.UTC(2024, r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59))).toISOString();
export const sha = (r: Rng88): string => r.hex(40);
export const workDomain = (r: Rng88): string => r.pick(WORK);
