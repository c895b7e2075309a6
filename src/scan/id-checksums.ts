import { luhnValid } from './validators';

/** Digits of `v` as numbers (separators dropped). */
const nums = (v: string): number[] => [...v.replace(/\D/g, '')].map(Number);

/** FR NIR (numéro de sécurité sociale): 13 digits (Corsica `2A`/`2B` in the department) and a key, 97 - n mod 97. */
export function nirValid(v: string): boolean {
  const s = v.replace(/[\s.-]/g, '').toUpperCase();
  if (!/^[12]\d{4}(?:\d{2}|2A|2B)\d{8}$/.test(s)) return false;
  const month = Number(s.slice(3, 5));
  if (!((month >= 1 && month <= 12) || month >= 20)) return false;
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  const n = BigInt(body);
  return 97n - (n % 97n) === BigInt(s.slice(13));
}

/** ES DNI (8 digits and a letter) or NIE (X/Y/Z, 7 digits, a letter): the letter is the number mod 23. */
export function dniValid(v: string): boolean {
  const s = v.replace(/[\s-]/g, '').toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(s);
  if (!m || (m[1] ? m[2]!.length !== 7 : m[2]!.length !== 8)) return false;
  const n = Number((m[1] ? String('XYZ'.indexOf(m[1])) : '') + m[2]);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23] === m[3] && !/^0+$/.test(m[2]!);
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** IT codice fiscale: 6 letters, birth year, month letter, day, place, and a check letter over the 15 before it. */
export function codiceFiscaleValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^[A-Z]{6}[\dLMNPQRSTUV]{2}[ABCDEHLMPRST][\dLMNPQRSTUV]{2}[A-Z][\dLMNPQRSTUV]{3}[A-Z]$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const k = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[k]! : k;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** NL BSN: 9 digits whose weighted sum (9..2, then -1) is a multiple of 11. */
export function bsnValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 9 || /^0+$/.test(d.join(''))) return false;
  const sum = d.reduce((s, x, i) => s + x * (i === 8 ? -1 : 9 - i), 0);
  return sum % 11 === 0;
}

/** DE Steuer-ID: 11 digits, no leading 0, check digit by ISO 7064 MOD 11,10. */
export function steuerIdValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11 || d[0] === 0) return false;
  let p = 10;
  for (let i = 0; i < 10; i++) {
    let s = (d[i]! + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10 === d[10];
}

/** BR CPF: 9 digits and two check digits (weights 10..2, then 11..2). */
export function cpfValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11 || /^(\d)\1+$/.test(d.join(''))) return false;
  const check = (n: number): number => {
    const s = d.slice(0, n).reduce((acc, x, i) => acc + x * (n + 1 - i), 0);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === d[9] && check(10) === d[10];
}

const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];

/** IN Aadhaar: 12 digits, not from 0 or 1, Verhoeff check digit. */
export function aadhaarValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 12 || d[0]! < 2) return false;
  let c = 0;
  for (let i = 0; i < 12; i++) c = VD[c]![VP[i % 8]![d[11 - i]!]!]!;
  return c === 0;
}

/** CA SIN: 9 digits, Luhn, not from 0 or 8 (unassigned). */
export function sinValid(v: string): boolean {
  const s = v.replace(/\D/g, '');
  return s.length === 9 && !/^[08]/.test(s) && luhnValid(s);
}

/** AU TFN: 9 digits (weights 1,4,3,7,5,8,6,9,10) or 8 (10,7,8,4,6,3,5,1), sum a multiple of 11. */
export function tfnValid(v: string): boolean {
  const d = nums(v);
  const w = d.length === 9 ? [1, 4, 3, 7, 5, 8, 6, 9, 10] : d.length === 8 ? [10, 7, 8, 4, 6, 3, 5, 1] : null;
  if (w === null || /^0+$/.test(d.join(''))) return false;
  return d.reduce((s, x, i) => s + x * w[i]!, 0) % 11 === 0;
}
