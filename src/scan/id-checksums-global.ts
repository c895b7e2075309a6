import { dateOk } from './id-checksums-more';
import { luhnValid } from './validators';

/** Digits of `v` as numbers (separators dropped). */
const nums = (v: string): number[] => [...v.replace(/\D/g, '')].map(Number);

/** Weighted digit sum of `d` with `w` (extra digits ignored). */
const weighted = (d: readonly number[], w: readonly number[]): number => w.reduce((s, x, i) => s + x * d[i]!, 0);

/** All one digit (`11111111111`): never issued. */
const run = (d: readonly number[]): boolean => d.every((x) => x === d[0]);

/** A two-digit year read as the most recent past one (a birth date). */
const year2 = (yy: number): number => (yy > new Date().getUTCFullYear() % 100 ? 1900 + yy : 2000 + yy);

/** Greek AMKA (social security number): 11 digits, DDMMYY first, Luhn. */
export function amkaValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11 || run(d) || !luhnValid(d.join(''))) return false;
  return dateOk(year2(d[4]! * 10 + d[5]!), d[2]! * 10 + d[3]!, d[0]! * 10 + d[1]!);
}

/** Greek AFM (tax number): 9 digits, sum of d_i * 2^(8-i), mod 11 mod 10. */
export function afmValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 9 || run(d)) return false;
  return (weighted(d, [256, 128, 64, 32, 16, 8, 4, 2]) % 11) % 10 === d[8];
}

/** Slovenian EMŠO (and the JMBG of the other former Yugoslav states): DDMMYYY RR BBB K, weights 7..2 twice, mod 11. */
export function emsoValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 13 || run(d)) return false;
  const yyy = d[4]! * 100 + d[5]! * 10 + d[6]!;
  if (!dateOk(yyy < 800 ? 2000 + yyy : 1000 + yyy, d[2]! * 10 + d[3]!, d[0]! * 10 + d[1]!)) return false;
  const m = 11 - (weighted(d, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return m !== 10 && (m === 11 ? 0 : m) === d[12];
}

/** Latvian personas kods: DDMMYY-CNNNX with (1101 - weighted sum) mod 11, or the new form from 2017 (`32…`, no date, no check). */
export function lvCodeValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11 || run(d)) return false;
  if (d[0] === 3 && d[1] === 2) return true;
  const century = d[6] === 0 ? 1800 : d[6] === 1 ? 1900 : d[6] === 2 ? 2000 : -1;
  if (century < 0 || !dateOk(century + d[4]! * 10 + d[5]!, d[2]! * 10 + d[3]!, d[0]! * 10 + d[1]!)) return false;
  return (1101 - weighted(d, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 === d[10];
}

/** Hungarian TAJ (social security) number: 9 digits, odd positions x3, even x7, mod 10. */
export function tajValid(v: string): boolean {
  const d = nums(v);
  return d.length === 9 && !run(d) && weighted(d, [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === d[8];
}

/** Hungarian tax id (adóazonosító jel): 10 digits from 8, weights 1..9, mod 11. */
export function huTaxIdValid(v: string): boolean {
  const d = nums(v);
  return d.length === 10 && d[0] === 8 && weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9]) % 11 === d[9];
}

/** Thai national id: 13 digits, weights 13..2, (11 - sum mod 11) mod 10. */
export function thIdValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 13 || d[0] === 0 || run(d)) return false;
  return (11 - (weighted(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === d[12];
}

/** Saudi national id (1…) or iqama (2…): 10 digits, Luhn. */
export function saIdValid(v: string): boolean {
  const s = v.replace(/\D/g, '');
  return /^[12]\d{9}$/.test(s) && !run(nums(s)) && luhnValid(s);
}

/** UAE Emirates ID: 784-YYYY-NNNNNNN-C, Luhn over the 15 digits. */
export function emiratesIdValid(v: string): boolean {
  const s = v.replace(/\D/g, '');
  return /^784(?:19|20)\d{10}$/.test(s) && luhnValid(s);
}

/** Colombian NIT: the number (up to 15 digits) then its check digit, prime weights from the right, mod 11. */
export function nitValid(v: string): boolean {
  const d = nums(v);
  if (d.length < 7 || d.length > 16 || run(d)) return false;
  const body = d.slice(0, -1).reverse();
  const w = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71];
  const r = body.reduce((s, x, i) => s + x * w[i]!, 0) % 11;
  return (r > 1 ? 11 - r : r) === d[d.length - 1];
}

/** Peruvian RUC: 11 digits (10, 15, 17, 20), weights 5,4,3,2,7,6,5,4,3,2, mod 11. */
export function rucValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11 || !/^(?:10|15|16|17|20)/.test(d.join(''))) return false;
  const r = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (r === 10 ? 0 : r === 11 ? 1 : r) === d[10];
}

/** Australian Business Number: 11 digits, first minus 1, weights 10,1,3,…,19, mod 89. */
export function abnValid(v: string): boolean {
  const d = nums(v);
  if (d.length !== 11 || d[0] === 0) return false;
  const e = [d[0]! - 1, ...d.slice(1)];
  return weighted(e, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
}

/** Egyptian national id: century (2, 3), YYMMDD, governorate, serial, check (unpublished): 14 digits, a real date, a real governorate. */
export function egIdValid(v: string): boolean {
  const s = v.replace(/\D/g, '');
  const m = /^([23])(\d{2})(\d{2})(\d{2})(0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}$/.exec(s);
  return m !== null && dateOk((m[1] === '2' ? 1900 : 2000) + Number(m[2]), Number(m[3]), Number(m[4]));
}

/** Indonesian NIK: province (11-94), regency, district, DDMMYY (women: day + 40), serial not 0000: 16 digits. */
export function nikValid(v: string): boolean {
  const s = v.replace(/\D/g, '');
  const m = /^(1[1-9]|[2-8]\d|9[0-4])\d{4}(\d{2})(\d{2})(\d{2})(\d{4})$/.exec(s);
  if (m === null || m[5] === '0000') return false;
  const day = Number(m[2]) > 40 ? Number(m[2]) - 40 : Number(m[2]);
  return dateOk(year2(Number(m[4])), Number(m[3]), day);
}

/** Malaysian MyKad number: YYMMDD, birthplace code, serial: 12 digits, a real date and a code in use. */
export function myKadValid(v: string): boolean {
  const s = v.replace(/\D/g, '');
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})\d{4}$/.exec(s);
  if (m === null || !dateOk(year2(Number(m[1])), Number(m[2]), Number(m[3]))) return false;
  const pb = Number(m[4]);
  return (pb >= 1 && pb <= 16) || (pb >= 21 && pb <= 68) || pb === 71 || pb === 72 || (pb >= 74 && pb <= 79) || pb >= 82;
}

/** Mexican RFC: 3 (company) or 4 (person) letters, YYMMDD, a 3-character homoclave: the date must be real. */
export function rfcValid(v: string): boolean {
  const m = /^[A-ZÑ&]{3,4}(\d{2})(\d{2})(\d{2})[A-Z\d]{2}[\dA]$/.exec(v.toUpperCase());
  return m !== null && dateOk(year2(Number(m[1])), Number(m[2]), Number(m[3]));
}

/** Vietnamese citizen id (CCCD): province (001-096), century and sex, YY, serial: 12 digits. */
export function cccdValid(v: string): boolean {
  const s = v.replace(/\D/g, '');
  const m = /^0(\d{2})[0-3]\d{8}$/.exec(s);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 96 && !/(\d)\1{5}/.test(s.slice(6));
}

/** Indian GSTIN: state code, the holder's PAN, entity number, `Z`, and a mod-36 check character. */
export function gstinValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^(?:0[1-9]|[1-3]\d)[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(s)) return false;
  const A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const p = A.indexOf(s[i]!) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return A[(36 - (sum % 36)) % 36] === s[14];
}

/** German Steuernummer as the states write it (`12/345/67890`, `123/456/78901`) or the 13-digit federal form. */
export function steuernummerLayout(v: string): boolean {
  return /^\d{2,3}\/\d{3,4}\/\d{4,5}$/.test(v) || /^[1-9]\d{12}$/.test(v);
}
