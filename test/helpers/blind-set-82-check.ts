/** Checksums of the formats blind set 82 plants; both its generators and its format checks use them. */

/** The Luhn check digit that completes `body`. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export function luhnOk(n: string): boolean {
  return /^\d{12,19}$/.test(n) && luhnDigit(n.slice(0, -1)) === n.slice(-1);
}

/** The mod-97 remainder of an IBAN rearranged (country and check digits to the end, letters as numbers). */
export function ibanMod(iban: string): number {
  const s = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of s) m = (m * 10 + Number(ch)) % 97;
  return m;
}

/** The IBAN for a country and BBAN, with its check digits. */
export function makeIban(cc: string, bban: string): string {
  const check = 98 - ibanMod(`${cc}00${bban}`);
  return `${cc}${String(check).padStart(2, '0')}${bban}`;
}

export function abaOk(n: string): boolean {
  if (!/^\d{9}$/.test(n)) return false;
  const d = [...n].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0;
}

export function abaDigit(eight: string): string {
  for (let c = 0; c < 10; c++) if (abaOk(eight + c)) return String(c);
  return '0';
}

/** German Steuer-ID check digit (ISO 7064 MOD 11,10). */
export function steuerDigit(ten: string): string {
  let product = 10;
  for (const ch of ten) {
    let sum = (Number(ch) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const c = 11 - product;
  return String(c === 10 ? 0 : c);
}

export const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

const CF_ODD: Record<string, number> = {};
'10,0,5,7,9,13,15,17,19,21'.split(',').forEach((v, i) => (CF_ODD[String(i)] = Number(v)));
'1,0,5,7,9,13,15,17,19,21,2,4,18,20,11,3,6,8,12,14,16,10,22,25,24,23'.split(',').forEach((v, i) => (CF_ODD[String.fromCharCode(65 + i)] = Number(v)));
CF_ODD['0'] = 1;

/** The Italian codice fiscale control letter of the first 15 characters. */
export function cfLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = first15[i]!;
    if (i % 2 === 0) sum += CF_ODD[c]!;
    else sum += /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** The two Brazilian CPF check digits of nine digits. */
export function cpfDigits(nine: string): string {
  const d = [...nine].map(Number);
  const dv = (xs: number[]) => ((xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) * 10) % 11) % 10;
  const a = dv(d);
  return `${a}${dv([...d, a])}`;
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Verhoeff check digit (Aadhaar). */
export function verhoeffDigit(body: string): string {
  let c = 0;
  const d = [...body].reverse().map(Number);
  for (let i = 0; i < d.length; i++) c = VD[c]![VP[(i + 1) % 8]![d[i]!]!]!;
  return String(VINV[c]);
}

export function verhoeffOk(n: string): boolean {
  let c = 0;
  const d = [...n].reverse().map(Number);
  for (let i = 0; i < d.length; i++) c = VD[c]![VP[i % 8]![d[i]!]!]!;
  return c === 0;
}

/** Dutch BSN 11-test. */
export function bsnOk(n: string): boolean {
  if (!/^\d{9}$/.test(n)) return false;
  const d = [...n].map(Number);
  const s = d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) - d[8]!;
  return s % 11 === 0;
}

/** French NIR key: 97 - (13 digits mod 97). */
export function nirKey(thirteen: string): string {
  return String(97 - Number(BigInt(thirteen) % 97n)).padStart(2, '0');
}

export function ninoOk(n: string): boolean {
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])$/.exec(n);
  return !!m && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(m[1]! + m[2]!);
}

export function ssnOk(n: string): boolean {
  const m = /^(\d{3})(\d{2})(\d{4})$/.exec(n);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a < 900 && a !== 666 && m[2] !== '00' && m[3] !== '0000';
}
