/** Checksum helpers shared by the value generators and the format checks of blind set 52. */

export const B62_52 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Luhn check over a digit string. */
export function luhnOk52(digits: string): boolean {
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

/** The digit that completes a Luhn payload. */
export function luhnDigit52(payload: string): string {
  for (let d = 0; d <= 9; d++) if (luhnOk52(payload + d)) return String(d);
  return '0';
}

/** mod-97 of an IBAN-style alphanumeric string (letters as 10..35). */
export function mod97of52(s: string): number {
  let rem = 0;
  for (const ch of s.toUpperCase()) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

export function ibanOk52(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97of52(s.slice(4) + s.slice(0, 4)) === 1;
}

export function abaOk52(r: string): boolean {
  if (!/^\d{9}$/.test(r)) return false;
  const d = [...r].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

const CRC_TABLE: number[] = (() => {
  const t: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();

export function crc32of52(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** base62 of a 32-bit number, left-padded to 6 characters (the GitHub / npm token checksum). */
export function crcB62of52(s: string): string {
  let n = crc32of52(s);
  let out = '';
  while (n > 0) {
    out = B62_52[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(6, '0');
}

/** NHS number mod-11 check digit, or -1 when the payload has none (remainder 10). */
export function nhsCheck52(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const c = 11 - (sum % 11);
  if (c === 11) return 0;
  return c === 10 ? -1 : c;
}
