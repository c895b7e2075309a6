/** National id check digits for blind set 26 (each scheme's published algorithm), used to build and to check. */
import { dateOk, digitsOf, isDigits, luhnOk, verhoeffOk } from './blind-set-26-checks';

/** The two CPF check digits for nine digits. */
export function cpfDigits(body9: string): string {
  const d = digitsOf(body9);
  const dv = (ds: number[]) => {
    const s = ds.reduce((a, x, i) => a + x * (ds.length + 1 - i), 0);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dv(d);
  return `${d1}${dv([...d, d1])}`;
}

/** True when `s` (digits, dots and dash allowed) is a CPF. */
export function cpfOk(s: string): boolean {
  const c = s.replace(/[.\-]/g, '');
  return isDigits(c, 11) && !/^(\d)\1+$/.test(c) && cpfDigits(c.slice(0, 9)) === c.slice(9);
}

/** The two CNPJ check digits for twelve digits. */
export function cnpjDigits(body12: string): string {
  const dv = (ds: number[]) => {
    const w = ds.length === 12 ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2] : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const r = ds.reduce((a, x, i) => a + x * w[i]!, 0) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  const d = digitsOf(body12);
  const d1 = dv(d);
  return `${d1}${dv([...d, d1])}`;
}

/** True when `s` (punctuation allowed) is a CNPJ. */
export function cnpjOk(s: string): boolean {
  const c = s.replace(/[.\-/]/g, '');
  return isDigits(c, 14) && cnpjDigits(c.slice(0, 12)) === c.slice(12);
}

const CURP_ALPHA = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';

/** The CURP check digit for its first 17 characters. */
export function curpDigit(body: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += CURP_ALPHA.indexOf(body[i]!) * (18 - i);
  return String((10 - (s % 10)) % 10);
}

/** True when `s` is a CURP: layout, birth date, check digit. */
export function curpOk(s: string): boolean {
  if (!/^[A-Z]{4}\d{6}[HM][A-Z]{5}[A-Z0-9]\d$/.test(s)) return false;
  return dateOk(Number(s.slice(6, 8)), Number(s.slice(8, 10))) && curpDigit(s) === s[17];
}

const RFC_ALPHA = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ';

/** The RFC check character for its first 12 characters (a person's RFC is 13 with homoclave). */
export function rfcDigit(body12: string): string {
  let s = 0;
  for (let i = 0; i < 12; i++) s += RFC_ALPHA.indexOf(body12[i]!) * (13 - i);
  const r = 11 - (s % 11);
  return r === 11 ? '0' : r === 10 ? 'A' : String(r);
}

/** True when `s` is a person's RFC (4 letters, date, homoclave, check). */
export function rfcOk(s: string): boolean {
  return /^[A-Z&Ñ]{4}\d{6}[A-Z0-9]{2}[0-9A]$/.test(s) && rfcDigit(s.slice(0, 12)) === s[12];
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The Spanish DNI/NIE control letter for a number. */
export function dniLetter(n: number): string {
  return DNI_LETTERS[n % 23]!;
}

/** True when `s` is a DNI (8 digits + letter) or a NIE (X/Y/Z + 7 digits + letter). */
export function dniNieOk(s: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})-?([A-Z])$/.exec(s);
  if (!m) return false;
  if ((m[1] ? 7 : 8) !== m[2]!.length) return false;
  const n = Number(`${m[1] ? 'XYZ'.indexOf(m[1]) : ''}${m[2]}`);
  return dniLetter(n) === m[3];
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** The codice fiscale control letter for its first 15 characters. */
export function cfLetter(body: string): string {
  let s = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body[i]!;
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    s += i % 2 === 0 ? CF_ODD[v]! : v;
  }
  return String.fromCharCode(65 + (s % 26));
}

/** True when `s` is an Italian codice fiscale (layout and control letter). */
export function cfOk(s: string): boolean {
  return /^[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]$/.test(s) && cfLetter(s) === s[15];
}

/** True when `s` (spaces allowed) is a French NIR: 13 digits and a key of 97 - n mod 97. */
export function nirOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!isDigits(c, 15) || !'12'.includes(c[0]!)) return false;
  return 97 - Number(BigInt(c.slice(0, 13)) % 97n) === Number(c.slice(13));
}

/** The German Steuer-ID check digit (ISO 7064 MOD 11,10) for ten digits. */
export function steuerIdDigit(body: string): string {
  let product = 10;
  for (const d of digitsOf(body)) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const c = 11 - product;
  return String(c === 10 ? 0 : c);
}

/** True when `s` (spaces allowed) is a Steuer-ID: 11 digits, no leading 0, one digit repeated, check digit. */
export function steuerIdOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!isDigits(c, 11) || c[0] === '0') return false;
  const counts = new Map<string, number>();
  for (const ch of c.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const reps = [...counts.values()].filter((n) => n > 1);
  return reps.length === 1 && reps[0]! <= 3 && steuerIdDigit(c.slice(0, 10)) === c[10];
}

/** True when `s` (spaces allowed) is a UK National Insurance number. */
export function ninoOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c)) return false;
  return !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(c.slice(0, 2));
}

/** True when `s` is a Dutch BSN (eleven-test). */
export function bsnOk(s: string): boolean {
  if (!isDigits(s, 9)) return false;
  const d = digitsOf(s);
  const sum = d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) - d[8]!;
  return sum % 11 === 0 && sum > 0;
}

/** True when `s` is a Polish PESEL (weights 1,3,7,9 and a plausible date). */
export function peselOk(s: string): boolean {
  if (!isDigits(s, 11)) return false;
  const d = digitsOf(s);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = w.reduce((a, x, i) => a + x * d[i]!, 0);
  return (10 - (sum % 10)) % 10 === d[10] && dateOk(Number(s.slice(2, 4)) % 20, Number(s.slice(4, 6)));
}

/** True when `s` is a Swedish personnummer (YYMMDD-NNNC or YYYYMMDD-NNNC, Luhn over the last ten). */
export function personnummerOk(s: string): boolean {
  const c = s.replace(/[-+]/g, '');
  const ten = c.length === 12 ? c.slice(2) : c;
  return isDigits(ten, 10) && luhnOk(ten) && dateOk(Number(ten.slice(2, 4)), Number(ten.slice(4, 6)));
}

/** True when `s` is a South African id number (13 digits, date, Luhn). */
export function saIdOk(s: string): boolean {
  return isDigits(s, 13) && luhnOk(s) && dateOk(Number(s.slice(2, 4)), Number(s.slice(4, 6)));
}

/** The two check digits of a Turkish TC Kimlik number for nine digits. */
export function tcknDigits(body9: string): string {
  const d = digitsOf(body9);
  const odd = d[0]! + d[2]! + d[4]! + d[6]! + d[8]!;
  const even = d[1]! + d[3]! + d[5]! + d[7]!;
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, x) => a + x, 0) + d10) % 10;
  return `${d10}${d11}`;
}

/** True when `s` is a TC Kimlik number. */
export function tcknOk(s: string): boolean {
  return isDigits(s, 11) && s[0] !== '0' && tcknDigits(s.slice(0, 9)) === s.slice(9);
}

/** The Japanese My Number check digit for eleven digits. */
export function myNumberDigit(body: string): string {
  const d = digitsOf(body);
  let s = 0;
  for (let n = 1; n <= 11; n++) s += d[11 - n]! * (n <= 6 ? n + 1 : n - 5);
  const r = s % 11;
  return String(r <= 1 ? 0 : 11 - r);
}

/** True when `s` (spaces allowed) is a My Number. */
export function myNumberOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  return isDigits(c, 12) && myNumberDigit(c.slice(0, 11)) === c[11];
}

/** The Korean RRN check digit for twelve digits (the pre-2020 scheme). */
export function rrnDigit(body: string): string {
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const s = digitsOf(body).reduce((a, x, i) => a + x * w[i]!, 0);
  return String((11 - (s % 11)) % 10);
}

/** True when `s` is a Korean RRN (YYMMDD-GNNNNNC). */
export function rrnOk(s: string): boolean {
  const c = s.replace('-', '');
  return isDigits(c, 13) && dateOk(Number(c.slice(2, 4)), Number(c.slice(4, 6))) && rrnDigit(c.slice(0, 12)) === c[12];
}

/** The Chinese resident id check character for 17 digits (ISO 7064 MOD 11-2). */
export function chinaIdDigit(body: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = digitsOf(body).reduce((a, x, i) => a + x * w[i]!, 0);
  return '10X98765432'[s % 11]!;
}

/** True when `s` is an 18-character Chinese resident id. */
export function chinaIdOk(s: string): boolean {
  return /^\d{17}[\dX]$/.test(s) && dateOk(Number(s.slice(10, 12)), Number(s.slice(12, 14))) && chinaIdDigit(s.slice(0, 17)) === s[17];
}

/** True when `s` is an Indonesian NIK (16 digits, DDMMYY with women's day + 40). */
export function nikOk(s: string): boolean {
  return isDigits(s, 16) && dateOk(Number(s.slice(8, 10)), Number(s.slice(6, 8)) % 40);
}

/** True when `s` is an Aadhaar number (12 digits, first 2-9, Verhoeff; spaces allowed). */
export function aadhaarOk(s: string): boolean {
  const c = s.replace(/ /g, '');
  return isDigits(c, 12) && c[0] !== '0' && c[0] !== '1' && verhoeffOk(c);
}

/** True when `s` is an Indian PAN of a person (fourth letter P). */
export function panOk(s: string): boolean {
  return /^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/.test(s);
}
