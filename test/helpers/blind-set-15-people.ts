import { DIGITS, LOWER, type Rng9 } from './blind-set-9-rng';

const FIRST = ['lena', 'jonas', 'maria', 'pablo', 'sofia', 'mateus', 'aiko', 'ravi', 'olga', 'pieter', 'ingrid', 'tomasz', 'aino', 'chloe', 'emre', 'wei', 'thandi', 'diego', 'grace', 'noah'];
const LAST = ['schneider', 'de.vries', 'garcia', 'lindqvist', 'nowak', 'virtanen', 'dubois', 'peeters', 'hansen', 'yilmaz', 'santos', 'sharma', 'zhang', 'nkosi', 'munoz', 'tan', 'okafor', 'brennan', 'costa', 'walsh'];
const MAILS = ['gmail.com', 'web.de', 'outlook.fr', 'hotmail.es', 'yahoo.co.jp', 'icloud.com', 'gmx.at', 'proton.me', 'uol.com.br', 'wp.pl'];

/** A personal mailbox at a consumer provider (never a documentation domain). */
export const email15 = (r: Rng9): string => `${r.pick(FIRST)}.${r.pick(LAST)}${r.int(1, 99)}@${r.pick(MAILS)}`;

/** A full name, capitalised. */
export const name15 = (r: Rng9): string => [r.pick(FIRST), r.pick(LAST)].map((s) => s.replace(/(^|\.)(\w)/g, (_, d: string, c: string) => (d ? ' ' : '') + c.toUpperCase())).join(' ');

const d = (r: Rng9, n: number): string => r.digits(n);
const nz = (r: Rng9): string => String(r.int(2, 9));

/** Phones in national layouts, by country code. */
export const PHONES: Record<string, (r: Rng9) => string> = {
  de: (r) => `+49 15${r.int(1, 9)}${r.int(0, 9)} ${d(r, 7)}`,
  nl: (r) => `06-${nz(r)}${d(r, 7)}`,
  es: (r) => `+34 6${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
  se: (r) => `070-${nz(r)}${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  pl: (r) => `+48 ${r.pick(['501', '601', '663', '721'])} ${d(r, 3)} ${d(r, 3)}`,
  fr: (r) => `0${r.pick(['6', '7'])} ${nz(r)}${d(r, 1)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  be: (r) => `+32 47${r.int(0, 9)} ${d(r, 2)} ${d(r, 2)} ${d(r, 2)}`,
  no: (r) => `+47 ${r.pick(['4', '9'])}${d(r, 2)} ${d(r, 2)} ${d(r, 3)}`,
  uk: (r) => `+44 7${r.pick(['4', '5', '8', '9'])}${d(r, 2)} ${nz(r)}${d(r, 5)}`,
  tr: (r) => `+905${r.pick(['3', '4', '5'])}${d(r, 8)}`,
  pt: (r) => `+351 9${r.pick(['1', '2', '3', '6'])}${d(r, 1)} ${d(r, 3)} ${d(r, 3)}`,
  br: (r) => `(${r.int(11, 99)}) 9${nz(r)}${d(r, 3)}-${d(r, 4)}`,
  ca: (r) => `(${r.pick(['416', '604', '514', '403'])}) ${nz(r)}${d(r, 2)}-${d(r, 4)}`,
  in: (r) => `+91 ${r.pick(['98', '97', '88', '70'])}${d(r, 3)} ${d(r, 5)}`,
  cn: (r) => `+86 1${r.pick(['38', '39', '58', '86'])} ${d(r, 4)} ${d(r, 4)}`,
  za: (r) => `0${r.pick(['82', '83', '72', '61'])} ${d(r, 3)} ${d(r, 4)}`,
  cl: (r) => `+56 9 ${nz(r)}${d(r, 3)} ${d(r, 4)}`,
  au: (r) => `+61 4${d(r, 2)} ${d(r, 3)} ${d(r, 3)}`,
  sg: (r) => `+65 ${r.pick(['8', '9'])}${d(r, 3)} ${d(r, 4)}`,
  us: (r) => `+1 ${r.pick(['312', '646', '737', '919'])}-${nz(r)}${d(r, 2)}-${nz(r)}${d(r, 3)}`,
  jp: (r) => `0${r.pick(['80', '90', '70'])}-${d(r, 4)}-${d(r, 4)}`,
  mx: (r) => `+52 1 ${r.pick(['55', '33', '81'])} ${d(r, 4)} ${d(r, 4)}`,
  ng: (r) => `+234 80${r.int(2, 9)} ${d(r, 3)} ${d(r, 4)}`,
};

/** A date of birth as [year, month, day] between the bounds. */
export const dobParts = (r: Rng9, y0 = 1955, y1 = 2002): [number, number, number] => [r.int(y0, y1), r.int(1, 12), r.int(1, 28)];

/** Two digits. */
export const p2 = (n: number): string => String(n).padStart(2, '0');

/** An ISO date of birth. */
export const dobIso = (r: Rng9): string => {
  const [y, m, dd] = dobParts(r);
  return `${y}-${p2(m)}-${p2(dd)}`;
};

/** A street number plus a few letters for a flat or a suffix. */
export const houseNo = (r: Rng9): string => `${r.int(2, 188)}${r.pick(['', '', 'a', 'B'])}`;

/** A passport-like number: letters then digits, by a country's layout. */
export const passportNo = (r: Rng9, cc: string): string =>
  cc === 'de' ? `C${r.chars('CFGHJKLMNPRTVWXYZ' + DIGITS, 8)}` : cc === 'us' ? `${r.int(5, 6)}${d(r, 8)}` : cc === 'uk' ? `${r.int(1, 5)}${d(r, 8)}` : `${r.chars(LOWER.toUpperCase(), 2)}${d(r, 7)}`;
