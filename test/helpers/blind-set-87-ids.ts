import { italianCheck, luhnDigit } from './blind-set-87-money';
import type { Rng87 } from './blind-set-87-rng';

/** Blind set 87: national identifiers with their check digits, each in its country's printing. */

export interface Dob87 {
  y: number;
  m: number;
  d: number;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

export function ssn(r: Rng87): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  const s = `${String(area).padStart(3, '0')}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
  return r.chance(0.8) ? s : s.replace(/-/g, '');
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dni(r: Rng87): string {
  const n = r.int(10000000, 79999999);
  return `${n}${DNI_LETTERS[n % 23]}`;
}

export function nie(r: Rng87): string {
  const p = r.int(0, 2);
  const body = r.digits(7);
  return `${'XYZ'[p]}${body}${DNI_LETTERS[Number(`${p}${body}`) % 23]}`;
}

export function pesel(r: Rng87, dob: Dob87, female: boolean): string {
  const mm = dob.y >= 2000 ? dob.m + 20 : dob.m;
  const serial = r.digits(3) + String(female ? r.pick([0, 2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9]));
  const ten = p2(dob.y % 100) + p2(mm) + p2(dob.d) + serial;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(ten[i]) * w[i]!;
  return ten + String((10 - (s % 10)) % 10);
}

export function bsn(r: Rng87): string {
  for (;;) {
    const eight = String(r.int(1, 3)) + r.digits(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(eight[i]) * (9 - i);
    const last = s % 11;
    if (last < 10) return eight + last;
  }
}

export function nir(r: Rng87, dob: Dob87, female: boolean): string {
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

export function codiceFiscale(r: Rng87, given: string, family: string, dob: Dob87, female: boolean): string {
  const months = 'ABCDEHLMPRST';
  const comune = r.pick(['H501', 'F205', 'L219', 'F839', 'A944', 'G273', 'D612', 'L736', 'A662', 'C351']);
  const body = cfPart(family, false) + cfPart(given, true) + p2(dob.y % 100) + months[dob.m - 1] + p2(dob.d + (female ? 40 : 0)) + comune;
  return body + italianCheck(body);
}

export function steuerId(r: Rng87): string {
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

export function cpf(r: Rng87): string {
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

export function nino(r: Rng87): string {
  const first = 'ABCEGHJKLMNOPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  let pre = '';
  do pre = r.str(first, 1) + r.str(second, 1);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ', 'QQ'].includes(pre));
  const d = r.digits(6);
  const suf = r.str('ABCD', 1);
  return r.chance(0.5) ? `${pre}${d}${suf}` : `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`;
}

/** A Canadian SIN: nine digits passing Luhn, first digit 1-7 or 9; printed `046 454 286` or `046-454-286`. */
export function sin(r: Rng87): string {
  const eight = String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7);
  const s = eight + luhnDigit(eight);
  return r.pick([`${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`, `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`, s]);
}

const MBI_A = 'ACDEFGHJKMNPQRTUVWXY';
const MBI_AN = MBI_A + '0123456789';
/** A Medicare Beneficiary Identifier (CMS format C A AN N A AN N A A N N), printed plain or `1EG4-TE5-MK73`. */
export function mbi(r: Rng87, dashed = r.chance(0.35)): string {
  const s = `${r.int(1, 9)}${r.str(MBI_A, 1)}${r.str(MBI_AN, 1)}${r.digits(1)}${r.str(MBI_A, 1)}${r.str(MBI_AN, 1)}${r.digits(1)}${r.str(MBI_A, 2)}${r.digits(2)}`;
  return dashed ? `${s.slice(0, 4)}-${s.slice(4, 7)}-${s.slice(7)}` : s;
}

const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
/** The Verhoeff check over a digit string (0 when the string, check included, is valid). */
export function verhoeff(d: string, withCheck: boolean): number {
  let c = 0;
  const n = d.length;
  for (let i = 0; i < n; i++) c = VD[c]![VP[(i + (withCheck ? 0 : 1)) % 8]![Number(d[n - 1 - i])]!]!;
  return withCheck ? c : VINV[c]!;
}

/** An Aadhaar number: 12 digits, first 2-9, Verhoeff check; printed `2345 6789 0124` or plain. */
export function aadhaar(r: Rng87): string {
  const eleven = String(r.int(2, 9)) + r.digits(10);
  const s = eleven + verhoeff(eleven, false);
  return r.chance(0.6) ? `${s.slice(0, 4)} ${s.slice(4, 8)} ${s.slice(8)}` : s;
}

/** A US driver's licence number in one state's published shape: [state, number]. */
export function driversLicense(r: Rng87): [string, string] {
  switch (r.int(0, 5)) {
    case 0: return ['CA', `${r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${r.digits(7)}`];
    case 1: return ['FL', `${r.str('ABCDEFGHJKLMNPRSTW', 1)}${r.digits(3)}-${r.digits(3)}-${r.digits(2)}-${r.digits(3)}-${r.digits(1)}`];
    case 2: return ['IL', `${r.str('ABCDEFGHJKLMNPRSTW', 1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`];
    case 3: return ['NY', `${r.num(3)} ${r.digits(3)} ${r.digits(3)}`];
    case 4: return ['WA', `WDL${r.upperAlnum(9)}`];
    default: return ['TX', r.num(8)];
  }
}

/** A passport number: [issuing country, number]. */
export function passport(r: Rng87, cc: string): string {
  if (cc === 'US') return r.chance(0.5) ? r.num(9) : `A${r.digits(8)}`;
  if (cc === 'GB') return r.num(9);
  if (cc === 'DE') return `C${r.str('FGHJKLMNPRTVWXYZ0123456789', 8)}`;
  if (cc === 'FR') return `${r.digits(2)}${r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${r.digits(5)}`;
  if (cc === 'IN') return `${r.str('ABCDEFGHJKLMNPRSTUVWXZ', 1)}${r.num(7)}`;
  return `${r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${r.digits(7)}`;
}
