import { italianCheck } from './blind-set-86-money';
import type { Rng86 } from './blind-set-86-rng';

/** Blind set 86: national identifiers with their check digits, each in its country's printing. */

export interface Dob86 {
  y: number;
  m: number;
  d: number;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

export function ssn(r: Rng86): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  return r.chance(0.8) ? s : s.replace(/-/g, '');
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dni(r: Rng86): string {
  const n = r.int(10000000, 79999999);
  return `${n}${DNI_LETTERS[n % 23]}`;
}

export function nie(r: Rng86): string {
  const p = r.int(0, 2);
  const body = r.digits(7);
  return `${'XYZ'[p]}${body}${DNI_LETTERS[Number(`${p}${body}`) % 23]}`;
}

export function pesel(r: Rng86, dob: Dob86, female: boolean): string {
  const mm = dob.y >= 2000 ? dob.m + 20 : dob.m;
  const serial = r.digits(3) + String(female ? r.pick([0, 2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9]));
  const ten = p2(dob.y % 100) + p2(mm) + p2(dob.d) + serial;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(ten[i]) * w[i]!;
  return ten + String((10 - (s % 10)) % 10);
}

export function tcKimlik(r: Rng86): string {
  const d = [r.int(1, 9), ...Array.from({ length: 8 }, () => r.int(0, 9))];
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return d.join('') + d10 + d11;
}

export function bsn(r: Rng86): string {
  for (;;) {
    const eight = String(r.int(1, 3)) + r.digits(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(eight[i]) * (9 - i);
    const last = s % 11;
    if (last < 10) return eight + last;
  }
}

export function nir(r: Rng86, dob: Dob86, female: boolean): string {
  const dn = r.int(1, 95);
  const dept = p2(dn === 20 ? 21 : dn);
  const thirteen = (female ? '2' : '1') + p2(dob.y % 100) + p2(dob.m) + dept + String(r.int(1, 999)).padStart(3, '0') + String(r.int(1, 999)).padStart(3, '0');
  const key = p2(97 - Number(BigInt(thirteen) % 97n));
  const all = thirteen + key;
  return r.chance(0.6) ? `${all[0]} ${all.slice(1, 3)} ${all.slice(3, 5)} ${all.slice(5, 7)} ${all.slice(7, 10)} ${all.slice(10, 13)} ${all.slice(13)}` : all;
}

const VOWELS = 'AEIOU';
function cfPart(name: string, isGiven: boolean): string {
  const up = name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();
  let cons = up.split('').filter((c) => !VOWELS.includes(c));
  const vow = up.split('').filter((c) => VOWELS.includes(c));
  if (isGiven && cons.length >= 4) cons = [cons[0]!, cons[2]!, cons[3]!];
  return (cons.join('') + vow.join('') + 'XXX').slice(0, 3);
}

export function codiceFiscale(r: Rng86, given: string, family: string, dob: Dob86, female: boolean): string {
  const months = 'ABCDEHLMPRST';
  const comune = r.pick(['H501', 'F205', 'L219', 'F839', 'A944', 'G273', 'D612', 'L736', 'A662', 'C351']);
  const body = cfPart(family, false) + cfPart(given, true) + p2(dob.y % 100) + months[dob.m - 1] + p2(dob.d + (female ? 40 : 0)) + comune;
  return body + italianCheck(body);
}

export function steuerId(r: Rng86): string {
  for (;;) {
    const pool = r.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    const dup = pool[r.int(0, 8)]!;
    const ten = r.shuffle([...pool, dup]);
    if (ten[0] === 0) continue;
    let product = 10;
    for (const d of ten) {
      let sum = (d + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    let check = 11 - product;
    if (check === 10) check = 0;
    const s = ten.join('') + check;
    return r.chance(0.5) ? s : `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}`;
  }
}

export function nifPt(r: Rng86): string {
  const eight = String(r.pick([1, 2, 3])) + r.digits(7);
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(eight[i]) * (9 - i);
  const c = 11 - (s % 11);
  return eight + (c >= 10 ? 0 : c);
}

export function cpf(r: Rng86): string {
  const d = Array.from({ length: 9 }, () => r.int(0, 9));
  if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
  const c = (n: number[]): number => {
    let s = 0;
    for (let i = 0; i < n.length; i++) s += n[i]! * (n.length + 1 - i);
    return ((s * 10) % 11) % 10;
  };
  d.push(c(d));
  d.push(c(d));
  const s = d.join('');
  return r.chance(0.75) ? `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}` : s;
}

export function myNumber(r: Rng86): string {
  const eleven = r.num(11);
  let s = 0;
  for (let n = 1; n <= 11; n++) {
    const p = Number(eleven[11 - n]);
    const q = n <= 6 ? n + 1 : n - 5;
    s += p * q;
  }
  const rem = s % 11;
  const all = eleven + (rem <= 1 ? 0 : 11 - rem);
  return r.chance(0.5) ? all : `${all.slice(0, 4)} ${all.slice(4, 8)} ${all.slice(8)}`;
}

export function nino(r: Rng86): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let pre = '';
  do pre = r.str(first, 1) + r.str(second, 1);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ', 'QQ'].includes(pre));
  const d = r.digits(6);
  const suf = r.str('ABCD', 1);
  return r.chance(0.5) ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`;
}

const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Verhoeff: the check digit for `body`, or 0 when `withCheck` already ends in a valid one. */
export function verhoeff(s: string, withCheck = false): number {
  let c = 0;
  const ds = s.split('').reverse().map(Number);
  for (let i = 0; i < ds.length; i++) c = VD[c]![VP[(i + (withCheck ? 0 : 1)) % 8]![ds[i]!]!]!;
  return withCheck ? c : VINV[c]!;
}

export function aadhaar(r: Rng86): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  const all = body + verhoeff(body);
  return r.chance(0.7) ? `${all.slice(0, 4)} ${all.slice(4, 8)} ${all.slice(8)}` : all;
}

export function snilsCheck(nine: string): string {
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(nine[i]) * (9 - i);
  if (s > 101) s %= 101;
  return s === 100 || s === 101 ? '00' : p2(s);
}

export function snils(r: Rng86): string {
  const nine = String(r.int(1, 9)) + r.digits(8);
  const c = snilsCheck(nine);
  return r.chance(0.75) ? `${nine.slice(0, 3)}-${nine.slice(3, 6)}-${nine.slice(6)} ${c}` : nine + c;
}

export function cnRidCheck(seventeen: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(seventeen[i]) * w[i]!;
  return '10X98765432'[s % 11]!;
}

export function cnRid(r: Rng86, dob: Dob86, female: boolean): string {
  const area = r.pick(['110105', '310115', '440305', '330106', '510107', '420111']);
  const seq = r.digits(2) + String(female ? r.pick([0, 2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9]));
  const seventeen = area + String(dob.y) + p2(dob.m) + p2(dob.d) + seq;
  return seventeen + cnRidCheck(seventeen);
}

/** Emirates ID: 784-YYYY-NNNNNNN-C, Luhn over the fifteen digits. */
export function emiratesId(r: Rng86, dob: Dob86, luhn: (body: string) => number): string {
  const body = '784' + String(dob.y) + r.digits(7);
  const all = body + luhn(body);
  return `${all.slice(0, 3)}-${all.slice(3, 7)}-${all.slice(7, 14)}-${all.slice(14)}`;
}
