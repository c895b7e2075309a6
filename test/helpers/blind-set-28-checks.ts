/** Checksums of set 28, written from the formats' specifications. */

/** Luhn check over a digit string. */
export function luhnOk28(d: string): boolean {
  if (!/^\d+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}

/** The Luhn digit that completes `body`. */
export function luhnDigit28(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk28(body + c)) return String(c);
  return '0';
}

/** ISO 7064 mod 97-10 remainder of an alphanumeric string (letters A=10…). */
export function mod97_28(s: string): number {
  let r = 0;
  for (const ch of s.toUpperCase()) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

/** IBAN validity: country, two check digits, mod 97 = 1 over the rearranged string. */
export function ibanOk28(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97_28(s.slice(4) + s.slice(0, 4)) === 1;
}

/** US SSN: area not 000/666/9xx, group not 00, serial not 0000. */
export function ssnOk28(s: string): boolean {
  const m = /^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = m[1]!;
  return a !== '000' && a !== '666' && a[0] !== '9' && m[2] !== '00' && m[3] !== '0000' && s.replace(/\D/g, '') !== '123456789';
}

/** UK NINO: two prefix letters from the allowed sets, six digits, suffix A-D. */
export function ninoOk28(s: string): boolean {
  const t = s.replace(/ /g, '');
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])$/.exec(t);
  return !!m && !['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(m[1]! + m[2]!);
}

/** French NIR: 13 digits plus a key of 97 − (number mod 97). */
export function nirOk28(s: string): boolean {
  const t = s.replace(/ /g, '');
  if (!/^[12]\d{14}$/.test(t)) return false;
  return 97 - Number(BigInt(t.slice(0, 13)) % 97n) === Number(t.slice(13));
}

/** The two key digits of a 13-digit NIR body. */
export function nirKey28(body: string): string {
  return String(97 - Number(BigInt(body) % 97n)).padStart(2, '0');
}

/** German Steuer-ID check digit (ISO 7064 mod 11,10) over the first ten digits. */
export function steuerDigit28(ten: string): string {
  let p = 10;
  for (const ch of ten) {
    let s = (Number(ch) + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  const c = 11 - p;
  return String(c === 10 ? 0 : c);
}

/** German Steuer-ID: 11 digits, no leading 0, one digit twice or thrice in the first ten, valid check. */
export function steuerOk28(s: string): boolean {
  const t = s.replace(/ /g, '');
  if (!/^[1-9]\d{10}$/.test(t)) return false;
  const counts = new Map<string, number>();
  for (const ch of t.slice(0, 10)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const multi = [...counts.values()].filter((n) => n > 1);
  return multi.length === 1 && multi[0]! <= 3 && steuerDigit28(t.slice(0, 10)) === t[10];
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The letter of a Spanish DNI number. */
export function dniLetter28(n: number): string {
  return DNI_LETTERS[n % 23]!;
}

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter). */
export function dniOk28(s: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})-?([A-Z])$/.exec(s);
  if (!m) return false;
  const lead = m[1] ? String('XYZ'.indexOf(m[1])) : '';
  if ((lead + m[2]!).length !== 8) return false;
  return dniLetter28(Number(lead + m[2])) === m[3];
}

/** Dutch BSN: nine digits passing the 11-test. */
export function bsnOk28(s: string): boolean {
  const t = s.replace(/[ .]/g, '');
  if (!/^\d{9}$/.test(t)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(t[i]) * (9 - i);
  sum -= Number(t[8]);
  return sum % 11 === 0 && t !== '000000000';
}

/** Polish PESEL: eleven digits, weights 1 3 7 9, check digit. */
export function peselOk28(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(s[i]) * w[i]!;
  return (10 - (sum % 10)) % 10 === Number(s[10]);
}

/** The two check digits of a nine-digit CPF body. */
export function cpfDigits28(nine: string): string {
  const dig = (b: string) => {
    let sum = 0;
    for (let i = 0; i < b.length; i++) sum += Number(b[i]) * (b.length + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dig(nine);
  return `${d1}${dig(nine + d1)}`;
}

/** Brazilian CPF with or without its dots and dash. */
export function cpfOk28(s: string): boolean {
  const t = s.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(t) || /^(\d)\1+$/.test(t)) return false;
  return cpfDigits28(t.slice(0, 9)) === t.slice(9);
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** Verhoeff check over a digit string (last digit the check). */
export function verhoeffOk28(d: string): boolean {
  let c = 0;
  const rev = d.split('').reverse();
  for (let i = 0; i < rev.length; i++) c = VD[c]![VP[i % 8]![Number(rev[i])]!]!;
  return c === 0;
}

/** The Verhoeff digit that completes `body`. */
export function verhoeffDigit28(body: string): string {
  let c = 0;
  const rev = body.split('').reverse();
  for (let i = 0; i < rev.length; i++) c = VD[c]![VP[(i + 1) % 8]![Number(rev[i])]!]!;
  return String(VINV[c]);
}

/** Indian Aadhaar: 12 digits, first 2-9, Verhoeff-valid. */
export function aadhaarOk28(s: string): boolean {
  const t = s.replace(/ /g, '');
  return /^[2-9]\d{11}$/.test(t) && verhoeffOk28(t);
}

/** Australian TFN: nine digits, weights 1 4 3 7 5 8 6 9 10, sum mod 11 = 0. */
export function tfnOk28(s: string): boolean {
  const t = s.replace(/ /g, '');
  if (!/^\d{9}$/.test(t)) return false;
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(t[i]) * w[i]!;
  return sum % 11 === 0;
}

/** The check letter of a Singapore NRIC/FIN with prefix S/T/F/G and seven digits. */
export function nricLetter28(prefix: string, seven: string): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(seven[i]) * w[i]!;
  if (prefix === 'T' || prefix === 'G') sum += 4;
  const st = 'JZIHGFEDCBA', fg = 'XWUTRQPNMLK';
  return (prefix === 'S' || prefix === 'T' ? st : fg)[sum % 11]!;
}

/** Singapore NRIC/FIN. */
export function nricOk28(s: string): boolean {
  const m = /^([STFG])(\d{7})([A-Z])$/.exec(s);
  return !!m && nricLetter28(m[1]!, m[2]!) === m[3];
}

/** ABA routing number checksum (3 7 1 weights). */
export function abaOk28(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(s[i]) * w[i]!;
  return sum % 10 === 0;
}
