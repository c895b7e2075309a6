import { DIGITS, LOWER, UPPER } from './blind-set-9-rng';

/** Checksums used by set 56's generators and format checks. */
const B62GH = DIGITS + UPPER + LOWER;
const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
/** CRC32 of a string's bytes. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** CRC32 in base62, six characters (GitHub and npm token checksum). */
export function crc62(s: string): string {
  let n = crc32(s);
  let out = '';
  while (n > 0) {
    out = B62GH[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(6, '0');
}
/** Luhn check digit for a digit string. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
/** mod 97 of an IBAN rearranged to digits. */
export function ibanMod(s: string): number {
  const r = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of r) m = (m * 10 + Number(ch)) % 97;
  return m;
}
