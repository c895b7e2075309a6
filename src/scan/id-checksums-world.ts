import { dateOk } from './id-checksums-more';
import { luhnValid } from './validators';

/** Digits of `v` as numbers (separators dropped). */
const nums = (v: string): number[] => [...v.replace(/\D/g, '')].map(Number);

/** Weighted digit sum of `d` with `w`. */
const weighted = (d: readonly number[], w: readonly number[]): number => w.reduce((s, x, i) => s + x * d[i]!, 0);

/** A run of one digit (`11111111111`): a filler, never an issued number. */
const oneDigit = (s: string): boolean => /^(\d)\1+$/.test(s);

/** IRS campus prefixes of employer identification numbers (the first two digits). */
const EIN_PREFIXES = new Set(
  '01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 75 76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99'.split(' '),
);

/** US EIN: `12-3456789` (or 9 digits), an IRS campus prefix. */
export function einValid(v: string): boolean {
  const s = v.replace(/-/g, '');
  return /^\d{2}-?\d{7}$/.test(v) && EIN_PREFIXES.has(s.slice(0, 2)) && !oneDigit(s) && s.slice(2) !== '0000000';
}

/** BR CNPJ: 14 digits (`12.345.678/0001-95`), two mod-11 check digits. */
export function cnpjValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 14 || oneDigit(d.join(''))) return false;
  const check = (n: number): number => {
    const w = n === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const r = weighted(d, w) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return check(12) === d[12] && check(13) === d[13];
}

/** CL RUT / RUN: `12.345.678-5` (or `-K`), mod-11 with weights 2..7 from the right. */
export function rutValid(v: string): boolean {
  const m = /^(\d{1,2}(?:\.?\d{3}){2})-?([\dkK])$/.exec(v);
  if (!m) return false;
  const body = m[1]!.replace(/\./g, '');
  if (oneDigit(body) || Number(body) < 1000000) return false;
  let sum = 0;
  for (let i = body.length - 1, w = 2; i >= 0; i--, w = w === 7 ? 2 : w + 1) sum += Number(body[i]) * w;
  const c = 11 - (sum % 11);
  return (c === 11 ? '0' : c === 10 ? 'K' : String(c)) === m[2]!.toUpperCase();
}

/** TR T.C. Kimlik No: 11 digits, no leading 0, two check digits. */
export function tcknValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11 || d[0] === 0 || !/^\d{11}$/.test(v)) return false;
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  if ((((odd * 7 - even) % 10) + 10) % 10 !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}

/** RO CNP: 13 digits, sex/century digit, birth date, county, check digit (weights 279146358279). */
export function cnpValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 13 || !/^\d{13}$/.test(v) || d[0] === 0) return false;
  const century = [0, 1900, 1900, 1800, 1800, 2000, 2000, 1900, 1900, 1900][d[0]!]!;
  if (!dateOk(century + d[1]! * 10 + d[2]!, d[3]! * 10 + d[4]!, d[5]! * 10 + d[6]!)) return false;
  const r = weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (r === 10 ? 1 : r) === d[12];
}

/** HR OIB: 11 digits, ISO 7064 MOD 11,10. */
export function oibValid(v: string): boolean {
  if (!/^\d{11}$/.test(v) || oneDigit(v)) return false;
  let a = 10;
  for (let i = 0; i < 10; i++) {
    a = (a + Number(v[i])) % 10;
    a = ((a === 0 ? 10 : a) * 2) % 11;
  }
  return (11 - a === 10 ? 0 : 11 - a) === Number(v[10]);
}

/** CN resident identity card: 18 characters, region, birth date `YYYYMMDD`, serial, ISO 7064 MOD 11-2 check (0-9, X). */
export function cnRicValid(v: string): boolean {
  const m = /^(\d{6})((?:18|19|20)\d{2})(\d{2})(\d{2})\d{3}([\dXx])$/.exec(v);
  if (!m || !dateOk(Number(m[2]), Number(m[3]), Number(m[4]))) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const r = weighted(nums(v.slice(0, 17)), w) % 11;
  return '10X98765432'[r] === m[5]!.toUpperCase();
}

/** HK HKID: one or two letters, six digits and a check character (`A123456(3)`), mod 11. */
export function hkidValid(v: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([\dA])\)?$/.exec(v.toUpperCase());
  if (!m) return false;
  const letters = m[1]!.length === 1 ? [36, m[1]!.charCodeAt(0) - 55] : [...m[1]!].map((c) => c.charCodeAt(0) - 55);
  const vals = [...letters, ...nums(m[2]!)];
  const sum = vals.reduce((s, x, i) => s + x * (9 - i), 0);
  const c = (11 - (sum % 11)) % 11;
  return (c === 10 ? 'A' : String(c)) === m[3];
}

/** IL Teudat Zehut: 9 digits (leading zeros kept), Luhn-like weights 1,2. */
export function ilIdValid(v: string): boolean {
  if (!/^\d{9}$/.test(v) || oneDigit(v)) return false;
  return luhnValid(v);
}

/** CZ / SK rodné číslo: `YYMMDD/SSSC` (women month + 50), 10 digits divisible by 11 (or the 1954+ mod-11 rule with check 0). */
export function czRcValid(v: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})\/?(\d{3,4})$/.exec(v);
  if (!m || m[4]!.length !== 4) return false;
  let month = Number(m[2]);
  if (month > 70) month -= 70;
  else if (month > 50) month -= 50;
  else if (month > 20) month -= 20;
  const yy = Number(m[1]);
  if (!dateOk(yy < 54 ? 2000 + yy : 1900 + yy, month, Number(m[3]))) return false;
  const n = BigInt(m[1]! + m[2]! + m[3]! + m[4]!);
  return n % 11n === 0n || (Number(BigInt(m[1]! + m[2]! + m[3]! + m[4]!.slice(0, 3)) % 11n) === 10 && m[4]!.endsWith('0'));
}

/** BG EGN: 10 digits, birth date (month +20 for 1800s, +40 for 2000s), check digit (weights 2,4,8,5,10,9,7,3,6). */
export function egnValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 10 || !/^\d{10}$/.test(v)) return false;
  let month = d[2]! * 10 + d[3]!;
  let year = 1900 + d[0]! * 10 + d[1]!;
  if (month > 40) {
    month -= 40;
    year += 100;
  } else if (month > 20) {
    month -= 20;
    year -= 100;
  }
  if (!dateOk(year, month, d[4]! * 10 + d[5]!)) return false;
  return (weighted(d, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11) % 10 === d[9];
}

/** EE / LT isikukood / asmens kodas: sex-century digit, `YYMMDD`, serial, check digit (two weight rounds, mod 11). */
export function balticIdValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11 || !/^[1-6]\d{10}$/.test(v)) return false;
  const century = [1800, 1800, 1900, 1900, 2000, 2000][d[0]! - 1]!;
  if (!dateOk(century + d[1]! * 10 + d[2]!, d[3]! * 10 + d[4]!, d[5]! * 10 + d[6]!)) return false;
  let r = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (r === 10) r = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return (r === 10 ? 0 : r) === d[10];
}

/** TW national id: a letter, 1/2 (or 8/9 for residents), 8 digits, weighted check. */
export function twIdValid(v: string): boolean {
  const m = /^([A-Z])([1289]\d{8})$/.exec(v.toUpperCase());
  if (!m) return false;
  const code = [10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32, 30, 31, 33][m[1]!.charCodeAt(0) - 65]!;
  const d = [Math.floor(code / 10), code % 10, ...nums(m[2]!)];
  return weighted(d, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1]) % 10 === 0;
}

/** IS kennitala: `DDMMYY-NNNC` with a mod-11 check digit (weights 3,2,7,6,5,4,3,2) and a century digit. */
export function kennitalaValid(v: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})-?(\d{4})$/.exec(v);
  if (!m) return false;
  const d = nums(v);
  const day = Number(m[1]) > 40 ? Number(m[1]) - 40 : Number(m[1]);
  const century = d[9] === 9 ? 1900 : d[9] === 0 ? 2000 : d[9] === 8 ? 1800 : 0;
  if (century === 0 || !dateOk(century + Number(m[3]), Number(m[2]), day)) return false;
  const c = 11 - (weighted(d, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (c === 11 ? 0 : c) === d[8];
}
