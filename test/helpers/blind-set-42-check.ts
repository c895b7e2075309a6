/** Checksums shared by set 42's generators and its format checks. */
import { B62 } from './blind-set-9-rng';

/** True when the digits pass the Luhn check. */
export function luhnOk(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `body`. */
export function luhnDigit(body: string): string {
  for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return String(d);
  return '0';
}

/** The remainder mod 97 of a long decimal string. */
export function mod97(s: string): number {
  let m = 0;
  for (const ch of s) m = (m * 10 + Number(ch)) % 97;
  return m;
}

/** IBAN letters to digits (A=10 .. Z=35). */
const ibanDigits = (s: string): string => [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');

/** True when an IBAN (spaces allowed) passes mod-97. */
export function ibanOk(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97(ibanDigits(s.slice(4) + s.slice(0, 4))) === 1;
}

/** The IBAN for a country and BBAN, with its check digits. */
export function makeIban(cc: string, bban: string): string {
  const check = 98 - mod97(ibanDigits(bban + cc + '00'));
  return cc + String(check).padStart(2, '0') + bban;
}

/** True when a 9-digit ABA routing number passes its checksum. */
export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

const CRC_TABLE = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

/** CRC-32 (IEEE) of a string's UTF-8 bytes. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A number in base62 (0-9A-Za-z), left-padded to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let x = n;
  while (x > 0) {
    out = B62[x % 62] + out;
    x = Math.floor(x / 62);
  }
  return out.padStart(width, '0');
}

/** True when a GitHub-style token (ghp_/gho_/ghu_/ghs_/ghr_, npm_) ends with the base62 CRC32 of its body. */
export function crcTokenOk(tok: string): boolean {
  const m = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(tok);
  return !!m && base62(crc32(m[1]!), 6) === m[2];
}

/** Dutch BSN eleven-test. */
export function bsnOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
  sum -= Number(s[8]);
  return sum % 11 === 0 && s[0] !== '0';
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
/** Spanish DNI / NIE letter. */
export function dniLetter(num: string): string {
  const n = num.replace(/^X/, '0').replace(/^Y/, '1').replace(/^Z/, '2');
  return DNI_LETTERS[Number(n) % 23]!;
}

/** Polish PESEL check digit. */
export function peselDigit(ten: string): string {
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten[i]) * w[i]!;
  return String((10 - (sum % 10)) % 10);
}

/** Brazilian CPF check digits for nine digits. */
export function cpfDigits(nine: string): string {
  let s = nine;
  for (let round = 0; round < 2; round++) {
    let sum = 0;
    for (let i = 0; i < s.length; i++) sum += Number(s[i]) * (s.length + 1 - i);
    const r = (sum * 10) % 11;
    s += String(r === 10 ? 0 : r);
  }
  return s.slice(9);
}

/** True when a US SSN is in an issuable shape. */
export function ssnOk(s: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

/** True when a base64 (standard or url) string decodes and re-encodes to itself (padding aside). */
export function b64Ok(s: string): boolean {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return false;
  const url = /[-_]/.test(s);
  const buf = Buffer.from(s, url ? 'base64url' : 'base64');
  const back = buf.toString(url ? 'base64url' : 'base64');
  return back.replace(/=+$/, '') === s.replace(/=+$/, '');
}
