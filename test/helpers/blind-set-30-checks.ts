/** Check-digit arithmetic shared by the set-30 generators and `formatOk30`. */

/** The Luhn check digit to append to `body` (digits only). */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when a digit string passes the Luhn check. */
export function luhnOk(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && luhnDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** A digit-and-letter string taken mod 97 the ISO 13616 way (letters as 10..35). */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

/** The IBAN for a country code and BBAN, with its two check digits. */
export function ibanOf(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

/** True when an IBAN (spaces allowed) has valid mod-97 check digits. */
export function ibanOk(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

/** The Verhoeff check digit to append to `body` (Aadhaar). */
export function verhoeffDigit(body: string): string {
  let c = 0;
  const r = [...body].reverse();
  for (let i = 0; i < r.length; i++) c = VD[c]![VP[(i + 1) % 8]![Number(r[i])]!]!;
  return String(VINV[c]);
}

/** True when a digit string passes the Verhoeff check. */
export function verhoeffOk(s: string): boolean {
  let c = 0;
  const r = [...s].reverse();
  for (let i = 0; i < r.length; i++) c = VD[c]![VP[i % 8]![Number(r[i])]!]!;
  return c === 0;
}

/** The ISO 7064 MOD 11,10 check digit of a German tax id (Steuer-IdNr) body of 10 digits. */
export function deTaxDigit(body: string): string {
  let p = 10;
  for (const ch of body) {
    let s = (Number(ch) + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  const c = 11 - p;
  return String(c === 10 ? 0 : c);
}

/** The two-digit key of a French NIR (13 digits): 97 - (n mod 97). */
export function nirKey(body: string): string {
  return String(97 - mod97(body)).padStart(2, '0');
}

/** The control letter of a Spanish DNI/NIE number. */
export function dniLetter(n: number): string {
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]!;
}

const CF_ODD: Record<string, number> = { 0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21, A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18, N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23 };

/** The check letter of an Italian codice fiscale (first 15 characters). */
export function cfLetter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body[i]!;
    if (i % 2 === 0) sum += CF_ODD[ch]!;
    else sum += /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** True when a 9-digit Dutch BSN passes the eleven test. */
export function bsnOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
  return (sum - Number(s[8])) % 11 === 0;
}

/** The two check digits of a Brazilian CPF (9-digit body). */
export function cpfDigits(body: string): string {
  const dv = (b: string) => {
    let sum = 0;
    for (let i = 0; i < b.length; i++) sum += Number(b[i]) * (b.length + 1 - i);
    const r = (sum * 10) % 11;
    return String(r === 10 ? 0 : r);
  };
  const d1 = dv(body);
  return d1 + dv(body + d1);
}

/** The check digit of a Polish PESEL (10-digit body). */
export function peselDigit(body: string): string {
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(body[i]) * w[i]!;
  return String((10 - (sum % 10)) % 10);
}

let CRC_TABLE: number[] | undefined;

/** CRC32 (IEEE) of a string's UTF-8 bytes. */
export function crc32(s: string): number {
  if (!CRC_TABLE) {
    CRC_TABLE = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE.push(c >>> 0);
    }
  }
  let c = 0xffffffff;
  for (const b of Buffer.from(s, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A number in base62 (0-9A-Za-z), left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  const a = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let out = '';
  while (n > 0) {
    out = a[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}
