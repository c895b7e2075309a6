import { luhnOk, withLuhn } from './blind-set-9-checks';
import type { Dob17 } from './blind-set-17-ids-eu';
import { UP, type Rng17 } from './blind-set-17-rng';

const p2 = (n: number): string => String(n).padStart(2, '0');
const ds = (s: string): number[] => [...s].map(Number);

/** US SSN AAA-GG-SSSS outside the never-issued ranges (000, 666, 9xx; group 00; serial 0000). */
export function ssn(r: Rng17): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}-${p2(r.int(1, 99))}-${String(r.int(1, 9999)).padStart(4, '0')}`;
}
const ssnOk = (v: string): boolean => {
  const m = v.match(/^(\d{3})-?(\d{2})-?(\d{4})$/);
  return Boolean(m) && m![1] !== '000' && m![1] !== '666' && m![1]![0] !== '9' && m![2] !== '00' && m![3] !== '0000';
};

/** UK National Insurance number with a valid prefix and suffix. */
const NINO_1 = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_2 = 'ABCEGHJKLMNPRSTWXYZ';
export function nino(r: Rng17, spaced: boolean): string {
  let pre = '';
  do pre = r.chars(NINO_1, 1) + r.chars(NINO_2, 1);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(pre));
  const d = r.digits(6);
  const suf = r.chars('ABCD', 1);
  return spaced ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}` : pre + d + suf;
}
const ninoOk = (v: string): boolean => {
  const c = v.replace(/ /g, '');
  return /^[A-Z]{2}\d{6}[A-D]$/.test(c) && NINO_1.includes(c[0]!) && NINO_2.includes(c[1]!) && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(c.slice(0, 2));
};

/** Brazilian CPF 000.000.000-00 with both mod-11 check digits. */
const cpfDigit = (s: string): number => ((ds(s).reduce((a, d, i) => a + d * (s.length + 1 - i), 0) * 10) % 11) % 10;
export function cpf(r: Rng17): string {
  const nine = r.num(9);
  const a = cpfDigit(nine);
  const all = nine + a + cpfDigit(nine + a);
  return `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`;
}
const cpfOk = (v: string): boolean => {
  const c = v.replace(/[.-]/g, '');
  return /^\d{11}$/.test(c) && !/^(\d)\1+$/.test(c) && cpfDigit(c.slice(0, 9)) === Number(c[9]) && cpfDigit(c.slice(0, 10)) === Number(c[10]);
};

/** Canadian SIN: nine digits, Luhn, printed NNN NNN NNN. */
export function sin(r: Rng17): string {
  const n = withLuhn(r.pick(['1', '2', '3', '4', '5', '6', '7', '9']) + r.digits(7));
  return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
}

/** Indian Aadhaar: twelve digits, Verhoeff check, printed NNNN NNNN NNNN. */
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
const verhoeff = (s: string, withCheck: boolean): number => {
  let c = 0;
  const digits = ds(s).reverse();
  digits.forEach((d, i) => (c = VD[c]![VP[(i + (withCheck ? 0 : 1)) % 8]![d]!]!));
  return c;
};
export function aadhaar(r: Rng17): string {
  const eleven = String(r.int(2, 9)) + r.digits(10);
  const n = eleven + VINV[verhoeff(eleven, false)];
  return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
}

/** Chinese resident id: region, YYYYMMDD, sequence, ISO 7064 MOD 11-2 check. */
const CNW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const cnCheck = (s: string): string => '10X98765432'[ds(s).reduce((a, d, i) => a + d * CNW[i]!, 0) % 11]!;
export function cnId(r: Rng17, b: Dob17): string {
  const s = r.pick(['110101', '310104', '440305', '510107', '330106', '420111']) + b.y + p2(b.m) + p2(b.d) + r.digits(3);
  return s + cnCheck(s);
}

/** South African id: YYMMDD, gender sequence, citizenship, 8, Luhn. */
export const zaId = (r: Rng17, b: Dob17): string => withLuhn(p2(b.y % 100) + p2(b.m) + p2(b.d) + r.digits(4) + r.pick(['0', '1']) + '8');

/** Chilean RUT 12.345.678-K (mod 11). */
const rutDv = (body: string): string => {
  const s = ds(body).reverse().reduce((a, d, i) => a + d * (2 + (i % 6)), 0);
  const k = 11 - (s % 11);
  return k === 11 ? '0' : k === 10 ? 'K' : String(k);
};
export function rut(r: Rng17): string {
  const body = String(r.int(5000000, 26999999));
  return `${body.slice(0, -6)}.${body.slice(-6, -3)}.${body.slice(-3)}-${rutDv(body)}`;
}

/** Turkish TC Kimlik No. */
const tcDigits = (nine: string): string => {
  const d = ds(nine);
  const d10 = (((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10 + 10) % 10;
  const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10;
  return `${nine}${d10}${d11}`;
};
export const tcKimlik = (r: Rng17): string => tcDigits(r.num(9));

/** Singapore NRIC S/T + seven digits + check letter. */
const NRIC_W = [2, 7, 6, 5, 4, 3, 2];
const nricLetter = (p: string, seven: string): string => 'JZIHGFEDCBA'[(ds(seven).reduce((a, d, i) => a + d * NRIC_W[i]!, 0) + (p === 'T' ? 4 : 0)) % 11]!;
export function nric(r: Rng17, b: Dob17): string {
  const p = b.y >= 2000 ? 'T' : 'S';
  const seven = (b.y >= 2000 ? p2(b.y % 100) : r.pick(['7', '8', '9']) + r.digits(1)) + r.digits(5);
  return p + seven + nricLetter(p, seven);
}

/** Australian TFN: nine digits, weighted mod 11, printed NNN NNN NNN. */
const TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10];
const tfnOk = (v: string): boolean => {
  const c = v.replace(/ /g, '');
  return /^\d{9}$/.test(c) && ds(c).reduce((a, d, i) => a + d * TFN_W[i]!, 0) % 11 === 0;
};
export function tfn(r: Rng17): string {
  for (;;) {
    const c = r.num(8);
    for (let d = 0; d < 10; d++) if (tfnOk(c + d)) return `${c.slice(0, 3)} ${c.slice(3, 6)} ${c.slice(6)}${d}`;
  }
}

/** UK DVLA driving licence number: surname, decade, month (+5 female), day, year, initials, 9, two check letters. */
export function dvla(r: Rng17, surname: string, b: Dob17, female: boolean): string {
  const s = (surname.toUpperCase() + '99999').slice(0, 5);
  const m = p2(b.m + (female ? 50 : 0));
  return `${s}${String(b.y % 100).padStart(2, '0')[0]}${m}${p2(b.d)}${String(b.y % 10)}${r.chars(UP, 2)}9${r.chars(UP, 2)}`;
}

/** Checks of the ids above. */
export const worldIdChecks: Record<string, (v: string) => boolean> = {
  'us-ssn': ssnOk,
  'uk-nino': ninoOk,
  'br-cpf': cpfOk,
  'ca-sin': (v) => /^\d{3} \d{3} \d{3}$/.test(v) && luhnOk(v.replace(/ /g, '')) && !'08'.includes(v[0]!),
  'in-aadhaar': (v) => /^[2-9]\d{3} ?\d{4} ?\d{4}$/.test(v) && verhoeff(v.replace(/ /g, ''), true) === 0,
  'cn-resident-id': (v) => /^\d{17}[\dX]$/.test(v) && cnCheck(v.slice(0, 17)) === v[17],
  'za-id': (v) => /^\d{13}$/.test(v) && luhnOk(v),
  'cl-rut': (v) => /^\d{1,2}\.\d{3}\.\d{3}-[\dK]$/.test(v) && rutDv(v.replace(/\./g, '').slice(0, -2)) === v.slice(-1),
  'tr-tckn': (v) => /^[1-9]\d{10}$/.test(v) && tcDigits(v.slice(0, 9)) === v,
  'sg-nric': (v) => /^[ST]\d{7}[A-Z]$/.test(v) && nricLetter(v[0]!, v.slice(1, 8)) === v[8],
  'au-tfn': tfnOk,
  'uk-dvla': (v) => /^[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z]{2}9[A-Z]{2}$/.test(v),
};
