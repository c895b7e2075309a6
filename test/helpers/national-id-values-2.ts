/**
 * National ids of blind set 10's classes and their siblings, with valid checksums, computed here
 * from each scheme's definition (not with src/). `int(lo, hi)` draws an integer in [lo, hi].
 */
export type Int = (lo: number, hi: number) => number;

const two = (n: number): string => String(n).padStart(2, '0');
const digs = (int: Int, n: number): string => Array.from({ length: n }, () => int(0, 9)).join('');
const wsum = (s: string, w: number[]): number => w.reduce((a, x, i) => a + x * Number(s[i]), 0);
const luhnDigit = (body: string): string => {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let x = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
};
const ymd = (int: Int): string => two(int(50, 99)) + two(int(1, 12)) + two(int(1, 28));

/** UK NHS number: weights 10..2, 11 - sum mod 11 (never 10). */
export function nhsNumber(int: Int): string {
  for (;;) {
    const nine = String(int(4, 6)) + digs(int, 8);
    const k = 11 - (wsum(nine, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (k !== 10) return nine + (k === 11 ? 0 : k);
  }
}
/** PL PESEL (1900s birth). */
export function peselNumber(int: Int): string {
  const ten = ymd(int) + digs(int, 4);
  return ten + ((10 - (wsum(ten, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}
/** SE personnummer `YYMMDD-NNNC` (Luhn over 10 digits). */
export function personnummer(int: Int): string {
  const nine = ymd(int) + digs(int, 3);
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnDigit(nine)}`;
}
/** FI HETU `DDMMYY-NNNC` (mod 31). */
export function hetuCode(int: Int, sign = '-'): string {
  const date = two(int(1, 28)) + two(int(1, 12)) + two(int(50, 99));
  const z = String(int(2, 899)).padStart(3, '0');
  return date + sign + z + '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(date + z) % 31];
}
/** ZA id: YYMMDD, serial, citizenship, 8, Luhn. */
export function zaIdNumber(int: Int): string {
  const body = ymd(int) + digs(int, 4) + String(int(0, 1)) + '8';
  return body + luhnDigit(body);
}
/** UK NINO, compact or spaced. */
export function ninoNumber(int: Int, spaced: boolean): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let pre = first[int(0, first.length - 1)]! + second[int(0, second.length - 1)]!;
  if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre)) pre = 'AB';
  const d = digs(int, 6);
  const suf = 'ABCD'[int(0, 3)]!;
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : pre + d + suf;
}
/** ES NIE. */
export function nieNumber(int: Int): string {
  const x = int(0, 2);
  const n = digs(int, 7);
  return 'XYZ'[x]! + n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(`${x}${n}`) % 23];
}
/** NO fødselsnummer (two mod-11 check digits; redrawn when one is 10). */
export function fodselsnummer(int: Int): string {
  for (;;) {
    const nine = two(int(1, 28)) + two(int(1, 12)) + two(int(50, 99)) + digs(int, 3);
    const k1 = (11 - (wsum(nine, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11;
    if (k1 === 10) continue;
    const ten = nine + k1;
    const k2 = (11 - (wsum(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (k2 !== 10) return ten + k2;
  }
}
/** BE national register number `YY.MM.DD-SSS.CC` (1900s). */
export function beNationalNumber(int: Int): string {
  const nine = ymd(int) + String(int(1, 997)).padStart(3, '0');
  const c = two(97 - (Number(nine) % 97));
  return `${nine.slice(0, 2)}.${nine.slice(2, 4)}.${nine.slice(4, 6)}-${nine.slice(6)}.${c}`;
}
/** PT NIF (a person's: starts 1-3). */
export function ptNif(int: Int): string {
  const eight = String(int(1, 3)) + digs(int, 7);
  const c = 11 - (wsum(eight, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return eight + (c >= 10 ? 0 : c);
}
/** IE PPSN: 7 digits and the mod-23 letter. */
export function ppsn(int: Int): string {
  const seven = digs(int, 7);
  return seven + 'WABCDEFGHIJKLMNOPQRSTUV'[wsum(seven, [8, 7, 6, 5, 4, 3, 2]) % 23];
}
/** SG NRIC (S series). */
export function nric(int: Int): string {
  const seven = digs(int, 7);
  return 'S' + seven + 'JZIHGFEDCBA'[wsum(seven, [2, 7, 6, 5, 4, 3, 2]) % 11];
}
/** AR CUIL `20-DNI-C` (redrawn when the check would be 10). */
export function cuil(int: Int): string {
  for (;;) {
    const ten = '20' + digs(int, 8);
    const r = 11 - (wsum(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (r !== 10) return `${ten.slice(0, 2)}-${ten.slice(2)}-${r === 11 ? 0 : r}`;
  }
}
/** UK DVLA driving licence number for a surname and birth date (month +50 for women). */
export function ukLicence(int: Int, surname = 'MORGAN'): string {
  const s = surname.toUpperCase().padEnd(5, '9').slice(0, 5);
  const yy = two(int(50, 99));
  const mm = int(1, 12) + (int(0, 1) === 1 ? 50 : 0);
  const L = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  return `${s}${yy[0]}${two(mm)}${two(int(1, 28))}${yy[1]}${L[int(0, 22)]}${L[int(0, 22)]}${int(0, 9)}${L[int(0, 22)]}${L[int(0, 22)]}`;
}
