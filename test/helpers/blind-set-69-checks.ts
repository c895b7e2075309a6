/** Check-digit arithmetic shared by set 69's generators and its format checks. */

const digitsOf = (s: string): number[] => [...s].map((ch) => ch.charCodeAt(0) - 48);

/** Luhn check digit for a payload of digits. */
export function luhnDigit(payload: string): number {
  let sum = 0;
  const ds = digitsOf(payload).reverse();
  ds.forEach((d, i) => {
    let x = i % 2 === 0 ? d * 2 : d;
    if (x > 9) x -= 9;
    sum += x;
  });
  return (10 - (sum % 10)) % 10;
}
export const luhnOk = (s: string): boolean => /^\d{2,}$/.test(s) && luhnDigit(s.slice(0, -1)) === Number(s.slice(-1));

/** ISO 7064 mod 97-10 of an alphanumeric string (letters as 10..35). */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s.toUpperCase()) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}
export function ibanWithCheck(cc: string, bban: string): string {
  const check = 98 - mod97(bban + cc + '00');
  return cc + String(check).padStart(2, '0') + bban;
}
export const ibanOk = (s: string): boolean => {
  const x = s.replace(/[ \u00a0-]/g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(x) && mod97(x.slice(4) + x.slice(0, 4)) === 1;
};

/** ABA routing number check: 3-7-1 weights. */
export const abaSum = (s: string): number => {
  const d = digitsOf(s);
  return 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
};
export const abaOk = (s: string): boolean => {
  if (!/^\d{9}$/.test(s) || abaSum(s) % 10 !== 0) return false;
  const p = Number(s.slice(0, 2));
  return (p >= 1 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80;
};

/** Verhoeff tables (Aadhaar). */
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffDigit(payload: string): number {
  let c = 0;
  digitsOf(payload)
    .reverse()
    .forEach((d, i) => (c = VD[c]![VP[(i + 1) % 8]![d]!]!));
  return VINV[c]!;
}
export function verhoeffOk(s: string): boolean {
  let c = 0;
  digitsOf(s)
    .reverse()
    .forEach((d, i) => (c = VD[c]![VP[i % 8]![d]!]!));
  return c === 0;
}

/** ICAO 9303 check digit (weights 7-3-1, `<` = 0, A = 10). */
export function mrzDigit(s: string): number {
  const w = [7, 3, 1];
  let sum = 0;
  [...s].forEach((ch, i) => {
    const v = ch === '<' ? 0 : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * w[i % 3]!;
  });
  return sum % 10;
}
const mrzCk = (field: string, ck: string): boolean => (ck === '<' && /^<*$/.test(field)) || String(mrzDigit(field)) === ck;

/** A TD3 (passport) second line: document, birth, expiry, personal number and composite check digits. */
export function td3Line2Ok(l: string): boolean {
  if (!/^[A-Z0-9<]{9}\d[A-Z<]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d$/.test(l)) return false;
  return (
    mrzCk(l.slice(0, 9), l[9]!) &&
    mrzCk(l.slice(13, 19), l[19]!) &&
    mrzCk(l.slice(21, 27), l[27]!) &&
    mrzCk(l.slice(28, 42), l[42]!) &&
    mrzCk(l.slice(0, 10) + l.slice(13, 20) + l.slice(21, 43), l[43]!)
  );
}
export const td3Line1Ok = (l: string): boolean => /^P[A-Z<][A-Z<]{3}[A-Z<]{39}$/.test(l) && l.includes('<<');
/** TD1 (ID card): three lines of 30. */
export function td1Ok(l1: string, l2: string, l3: string): boolean {
  if (!/^[AIC][A-Z<][A-Z<]{3}[A-Z0-9<]{9}\d[A-Z0-9<]{15}$/.test(l1)) return false;
  if (!/^\d{7}[MFX<]\d{7}[A-Z<]{3}[A-Z0-9<]{11}\d$/.test(l2) || !/^[A-Z<]{30}$/.test(l3)) return false;
  return mrzCk(l1.slice(5, 14), l1[14]!) && mrzCk(l2.slice(0, 6), l2[6]!) && mrzCk(l2.slice(8, 14), l2[14]!) && mrzCk(l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29), l2[29]!);
}

export const CPF_DIGIT = (ds: number[]): number => {
  const n = ds.length + 1;
  const r = ds.reduce((a, d, i) => a + d * (n - i), 0) % 11;
  return r < 2 ? 0 : 11 - r;
};
export function cpfOk(s: string): boolean {
  const x = s.replace(/[.\-/ ]/g, '');
  if (!/^\d{11}$/.test(x) || /^(\d)\1{10}$/.test(x)) return false;
  const d = digitsOf(x);
  return CPF_DIGIT(d.slice(0, 9)) === d[9] && CPF_DIGIT(d.slice(0, 10)) === d[10];
}

export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniOk(s: string): boolean {
  const x = s.replace(/[ -]/g, '').toUpperCase();
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(x);
  if (!m) return false;
  const n = Number(String('XYZ'.indexOf(m[1]!) < 0 ? '' : 'XYZ'.indexOf(m[1]!)) + m[2]);
  return (m[1] ? m[2]!.length === 7 : m[2]!.length === 8) && DNI_LETTERS[n % 23] === m[3];
}

const CF_ODD: Record<string, number> = {};
'1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23'.split(',').forEach((v, i) => {
  CF_ODD[String.fromCharCode(65 + i)] = Number(v);
  if (i < 10) CF_ODD[String(i)] = Number(v);
});
export function cfCheck(first15: string): string {
  let sum = 0;
  [...first15].forEach((ch, i) => {
    if (i % 2 === 0) sum += CF_ODD[ch]!;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  });
  return String.fromCharCode(65 + (sum % 26));
}
export const cfOk = (s: string): boolean => /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s) && cfCheck(s.slice(0, 15)) === s[15];

export function ninoOk(s: string): boolean {
  const x = s.replace(/ /g, '').toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(x)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(x.slice(0, 2));
}

export function ssnOk(s: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

export const panOk = (s: string): boolean => /^[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]$/.test(s);
export const aadhaarOk = (s: string): boolean => {
  const x = s.replace(/[ -]/g, '');
  return /^[2-9]\d{11}$/.test(x) && verhoeffOk(x);
};
export function bsnOk(s: string): boolean {
  const x = s.replace(/[ .]/g, '');
  if (!/^\d{9}$/.test(x)) return false;
  const d = digitsOf(x);
  const sum = d.slice(0, 8).reduce((a, v, i) => a + v * (9 - i), 0) - d[8]!;
  return sum % 11 === 0 && sum > 0;
}
export function nirOk(s: string): boolean {
  const x = s.replace(/ /g, '');
  if (!/^[12]\d{12}\d{2}$/.test(x)) return false;
  return 97 - Number(BigInt(x.slice(0, 13)) % 97n) === Number(x.slice(13));
}
export const personnummerOk = (s: string): boolean => {
  const m = /^(?:\d{2})?(\d{6})[-+]?(\d{4})$/.exec(s);
  return !!m && luhnOk(m[1]! + m[2]!);
};
export const sinOk = (s: string): boolean => {
  const x = s.replace(/[ -]/g, '');
  return /^[1-79]\d{8}$/.test(x) && luhnOk(x);
};
export const PESEL_W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
export const peselOk = (s: string): boolean => /^\d{11}$/.test(s) && (10 - (digitsOf(s.slice(0, 10)).reduce((a, d, i) => a + d * PESEL_W[i]!, 0) % 10)) % 10 === Number(s[10]);
const CURP_AL = '0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ';
export const curpDigit = (first17: string): number => (10 - ([...first17].reduce((a, ch, i) => a + CURP_AL.indexOf(ch) * (18 - i), 0) % 10)) % 10;
export const curpOk = (s: string): boolean => /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/.test(s) && curpDigit(s.slice(0, 17)) === Number(s[17]);
const CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
export const cnIdCheck = (first17: string): string => '10X98765432'[digitsOf(first17).reduce((a, d, i) => a + d * CN_W[i]!, 0) % 11]!;
export const cnIdOk = (s: string): boolean => /^\d{17}[\dX]$/.test(s) && cnIdCheck(s.slice(0, 17)) === s[17];

export const EIN_PREFIXES =
  '01 02 03 04 05 06 10 11 12 13 14 15 16 20 21 22 23 24 25 26 27 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 71 72 73 74 75 76 77 80 81 82 83 84 85 86 87 88 90 91 92 93 94 95 98 99'.split(
    ' ',
  );
export const einOk = (s: string): boolean => /^\d{2}-?\d{7}$/.test(s) && EIN_PREFIXES.includes(s.slice(0, 2));
