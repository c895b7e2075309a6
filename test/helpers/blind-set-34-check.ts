/** Checksum helpers shared by set 34's generators and its format checks. */

const CRC_TABLE: number[] = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

/** CRC-32 (IEEE) of a string's UTF-8 bytes. */
export function crc32of(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s, 'utf8')) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const B62ALPHA = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 of a number, left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let x = n;
  while (x > 0) {
    out = B62ALPHA[x % 62] + out;
    x = Math.floor(x / 62);
  }
  return out.padStart(width, '0');
}

/** True when a digit string passes the Luhn check. */
export function luhnOk(digits: string): boolean {
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

/** The Luhn check digit to append to `partial`. */
export function luhnDigit(partial: string): string {
  for (let d = 0; d < 10; d++) if (luhnOk(partial + d)) return String(d);
  return '0';
}

/** The remainder mod 97 of an IBAN-style alphanumeric string (letters as 10..35). */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s.toUpperCase()) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

/** True when an IBAN (spaces allowed) has a valid shape and mod-97 check. */
export function ibanOk(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** True when a nine-digit ABA routing number passes its 3-7-1 checksum. */
export function abaOk(s: string): boolean {
  if (!/^[0-9]{9}$/.test(s)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(s[i]) * w[i]!;
  return sum % 10 === 0;
}

/** True when a string is strict standard or url-safe base64 (padding optional) that decodes to `min` bytes or more. */
export function b64Decodes(s: string, min = 1): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return null;
  const b = Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return b.length >= min ? b : null;
}
