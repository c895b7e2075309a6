import { luhnOk, withLuhn } from './blind-set-9-checks';
import type { Rng19 } from './blind-set-19-types';

/** National identifiers, second half: Italy, Portugal, Belgium, Russia, Nordics, Germany, Saudi Arabia, UAE. */

const num = (s: string): number[] => [...s].map(Number);
const wsum = (d: number[], w: number[]): number => w.reduce((a, x, i) => a + x * d[i]!, 0);
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const birth = (r: Rng19): { y: number; m: number; d: number } => ({ y: r.int(1955, 2004), m: r.int(1, 12), d: r.int(1, 28) });

const CF_ODD: Record<string, number> = {
  0: 1,
  1: 0,
  2: 5,
  3: 7,
  4: 9,
  5: 13,
  6: 15,
  7: 17,
  8: 19,
  9: 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
const cfCheck = (s: string): string => String.fromCharCode(65 + ([...s].reduce((a, c, i) => a + (i % 2 === 0 ? CF_ODD[c]! : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65), 0) % 26));
/** Italy codice fiscale (surname/name consonants, birth, Belfiore code, check letter). */
export function itCf(r: Rng19, sur: string, name: string): string {
  const up = (w: string): string =>
    w
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z]/g, '');
  const cons = (w: string, first = false): string => {
    const c = up(w).replace(/[AEIOU]/g, '');
    if (first && c.length >= 4) return c[0]! + c[2]! + c[3]!;
    return (c + up(w).replace(/[^AEIOU]/g, '') + 'XXX').slice(0, 3);
  };
  const b = birth(r);
  const day = r.next() < 0.5 ? b.d : b.d + 40;
  const s = cons(sur) + cons(name, true) + pad(b.y % 100, 2) + 'ABCDEHLMPRST'[b.m - 1] + pad(day, 2) + r.pick(['H501', 'F205', 'L219', 'G273', 'A944', 'D612']);
  return s + cfCheck(s);
}
const itCfOk = (v: string): boolean => /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(v) && cfCheck(v.slice(0, 15)) === v[15];

/** Portugal NIF of a person (mod 11). */
export function ptNif(r: Rng19): string {
  for (;;) {
    const s = String(r.int(1, 2)) + r.digits(7);
    const c = 11 - (wsum(num(s), [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (c < 10) return s + c;
    if (c === 11) return s + '0';
  }
}
const ptNifOk = (v: string): boolean => {
  if (!/^\d{9}$/.test(v)) return false;
  const c = 11 - (wsum(num(v), [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (c >= 10 ? 0 : c) === Number(v[8]);
};

/** Belgium rijksregisternummer / numéro national `YY.MM.DD-SSS.CC` (born before 2000). */
export function beNn(r: Rng19): string {
  const b = { y: r.int(1950, 1999), m: r.int(1, 12), d: r.int(1, 28) };
  const nine = pad(b.y % 100, 2) + pad(b.m, 2) + pad(b.d, 2) + pad(r.int(1, 997), 3);
  const cc = pad(97 - (Number(nine) % 97), 2);
  return `${nine.slice(0, 2)}.${nine.slice(2, 4)}.${nine.slice(4, 6)}-${nine.slice(6)}.${cc}`;
}
const beNnOk = (v: string): boolean => {
  const s = v.replace(/[.-]/g, '');
  return /^\d{11}$/.test(s) && (97 - (Number(s.slice(0, 9)) % 97) === Number(s.slice(9)) || 97 - (Number('2' + s.slice(0, 9)) % 97) === Number(s.slice(9)));
};

/** Russia SNILS `123-456-789 01`. */
export function ruSnils(r: Rng19): string {
  const nine = String(r.int(100000000, 999999999));
  return `${nine.slice(0, 3)}-${nine.slice(3, 6)}-${nine.slice(6)} ${snilsCs(nine)}`;
}
const snilsCs = (nine: string): string => {
  const s = wsum(num(nine), [9, 8, 7, 6, 5, 4, 3, 2, 1]);
  const c = s < 100 ? s : s === 100 || s === 101 ? 0 : s % 101 === 100 ? 0 : s % 101;
  return pad(c, 2);
};
const ruSnilsOk = (v: string): boolean => {
  const m = v.match(/^(\d{3})-?(\d{3})-?(\d{3})[ -]?(\d{2})$/);
  return Boolean(m) && snilsCs(m![1]! + m![2]! + m![3]!) === m![4];
};

/** Russia personal INN (12 digits, two checks). */
export function ruInn(r: Rng19): string {
  const d = num(pad(r.int(1, 99), 2) + r.digits(8));
  d.push((wsum(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
  d.push((wsum(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10);
  return d.join('');
}
const ruInnOk = (v: string): boolean => {
  if (!/^\d{12}$/.test(v)) return false;
  const d = num(v);
  return (wsum(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === d[10] && (wsum(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === d[11];
};

/** Sweden personnummer `YYMMDD-NNNC` (Luhn over ten digits). */
export function sePnr(r: Rng19): string {
  const b = birth(r);
  const s = withLuhn(pad(b.y % 100, 2) + pad(b.m, 2) + pad(b.d, 2) + r.digits(3));
  return `${s.slice(0, 6)}-${s.slice(6)}`;
}
const sePnrOk = (v: string): boolean => /^\d{6}[-+]\d{4}$/.test(v) && luhnOk(v.replace(/[-+]/, ''));

const HETU = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/** Finland henkilötunnus `DDMMYY-NNNC` / `DDMMYYANNNC`. */
export function fiHetu(r: Rng19): string {
  const b = birth(r);
  const six = pad(b.d, 2) + pad(b.m, 2) + pad(b.y % 100, 2);
  const n = pad(r.int(2, 899), 3);
  return six + (b.y >= 2000 ? 'A' : '-') + n + HETU[Number(six + n) % 31];
}
const fiHetuOk = (v: string): boolean => /^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/.test(v) && HETU[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10];

/** Norway fødselsnummer (two mod-11 checks). */
export function noFnr(r: Rng19): string {
  for (;;) {
    const b = birth(r);
    const d = num(pad(b.d, 2) + pad(b.m, 2) + pad(b.y % 100, 2) + pad(r.int(0, 499), 3));
    const k1 = (11 - (wsum(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
    if (k1 === 10) continue;
    d.push(k1);
    const k2 = (11 - (wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (k2 === 10) continue;
    return d.join('') + k2;
  }
}
const noFnrOk = (v: string): boolean => {
  if (!/^\d{11}$/.test(v)) return false;
  const d = num(v);
  return (11 - (wsum(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11 === d[9] && (11 - (wsum(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11 === d[10];
};

/** Germany Steuer-ID (one digit twice in the first ten, ISO 7064 MOD 11,10). */
export function deSteuerId(r: Rng19): string {
  const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let i = 9; i > 0; i--) {
    const j = r.int(0, i);
    [digits[i], digits[j]] = [digits[j]!, digits[i]!];
  }
  const ten = digits.slice(0, 9);
  ten.splice(r.int(1, 9), 0, ten[r.int(0, 8)]!);
  if (ten[0] === 0) return deSteuerId(r);
  return ten.join('') + steuerCheck(ten);
}
const steuerCheck = (d: number[]): number => {
  let p = 10;
  for (const x of d) {
    let s = (x + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10;
};
const deSteuerOk = (v: string): boolean => /^[1-9]\d{10}$/.test(v.replace(/ /g, '')) && steuerCheck(num(v.replace(/ /g, '').slice(0, 10))) === Number(v.replace(/ /g, '')[10]);

/** Saudi national id / iqama (10 digits starting 1 or 2, Luhn). */
export const saNid = (r: Rng19): string => withLuhn(String(r.int(1, 2)) + r.digits(8));
/** UAE Emirates ID `784-YYYY-NNNNNNN-C` (Luhn over 15 digits). */
export function aeEid(r: Rng19): string {
  const s = withLuhn('784' + r.int(1960, 2004) + r.digits(7));
  return `${s.slice(0, 3)}-${s.slice(3, 7)}-${s.slice(7, 14)}-${s.slice(14)}`;
}

/** The checks of the second half, by kind. */
export const idChecks19b: Record<string, (v: string) => boolean> = {
  'it-cf': itCfOk,
  'pt-nif': ptNifOk,
  'be-nn': beNnOk,
  'ru-snils': ruSnilsOk,
  'ru-inn': ruInnOk,
  'se-pnr': sePnrOk,
  'fi-hetu': fiHetuOk,
  'no-fnr': noFnrOk,
  'de-steuerid': deSteuerOk,
  'sa-nid': (v) => /^[12]\d{9}$/.test(v) && luhnOk(v),
  'ae-eid': (v) => /^784-\d{4}-\d{7}-\d$/.test(v) && luhnOk(v.replace(/-/g, '')),
};
