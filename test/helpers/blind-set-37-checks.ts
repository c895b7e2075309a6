import { B62 } from './blind-set-37-rng';

/** Luhn check over the digits of `s` (spaces and dashes ignored). */
export function luhnOk(s: string): boolean {
  const d = s.replace(/[ -]/g, '');
  if (!/^\d{8,19}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `body`. */
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + String(c))) return String(c);
  throw new Error('unreachable');
}

/** ISO 13616 mod-97 remainder of a rearranged IBAN string. */
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dch of v) r = (r * 10 + Number(dch)) % 97;
  }
  return r;
}

/** True when `s` (spaces ignored) is an IBAN whose check digits are right. */
export function ibanOk(s: string): boolean {
  const x = s.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(x)) return false;
  return mod97(x.slice(4) + x.slice(0, 4)) === 1;
}

/** Builds an IBAN for a country and BBAN. */
export function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

/** ABA routing number checksum. */
export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const d = [...s].map(Number);
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
}

/** Appends the ABA check digit to 8 digits. */
export function abaComplete(eight: string): string {
  for (let c = 0; c < 10; c++) if (abaOk(eight + String(c))) return eight + String(c);
  throw new Error('unreachable');
}

let table: number[] | undefined;
/** CRC-32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  if (!table) {
    table = [];
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table.push(c >>> 0);
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) crc = table[(crc ^ s.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Base62 of an unsigned integer, left-padded with zeros to 6 characters (GitHub token checksum). */
export function b62crc(n: number): string {
  let out = '';
  let x = n;
  while (x > 0) {
    out = B62[x % 62]! + out;
    x = Math.floor(x / 62);
  }
  return out.padStart(6, '0');
}

/** True when a GitHub-style token's last 6 characters are the base62 CRC32 of the rest's random part with its prefix. */
export function ghOk(tok: string): boolean {
  const m = /^(gh[pousr]_|github_pat_)([A-Za-z0-9_]+)$/.exec(tok);
  if (!m) return false;
  if (m[1] === 'github_pat_') return m[2]!.length === 82;
  const body = m[2]!;
  if (body.length !== 36) return false;
  return b62crc(crc32(body.slice(0, 30))) === body.slice(30);
}

/** True when `s` is base64 (standard or url-safe, padding optional) of at least `min` bytes. */
export function b64Ok(s: string, min = 8): boolean {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(s)) return false;
  return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').length >= min;
}

/** True when `s` is a JWT: three dot-separated parts whose first two decode to JSON objects. */
export function jwtOk(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 3 || !parts[2]) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    return typeof h['alg'] === 'string' && typeof p === 'object';
  } catch {
    return false;
  }
}
