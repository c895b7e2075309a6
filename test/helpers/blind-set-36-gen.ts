import { B62 } from './blind-set-36-rng';

/** Checksums and encodings the generators and the format checks of blind set 36 share. */

/** True when the digits (spaces and dashes ignored) pass the Luhn check. */
export function luhnOk(s: string): boolean {
  const d = s.replace(/[ -]/g, '');
  if (!/^\d{12,19}$/.test(d)) return false;
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

/** The digit that completes `body` to a Luhn-valid number. */
export function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) if (luhnOk(body + String(c))) return String(c);
  return '0';
}

function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const dig of v) m = (m * 10 + Number(dig)) % 97;
  }
  return m;
}

/** True when an IBAN (spaces ignored) passes the ISO 7064 mod-97 check. */
export function ibanOk(s: string): boolean {
  const x = s.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(x)) return false;
  return mod97(x.slice(4) + x.slice(0, 4)) === 1;
}

/** An IBAN for a country and a BBAN, with its check digits. */
export function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

const ABA_W = [3, 7, 1, 3, 7, 1, 3, 7, 1];

/** True when nine digits pass the ABA routing-number checksum. */
export function abaOk(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(s[i]) * ABA_W[i]!;
  return sum % 10 === 0;
}

/** The ninth digit completing an ABA routing number. */
export function abaDigit(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body8[i]) * ABA_W[i]!;
  return String((10 - (sum % 10)) % 10);
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

/** CRC-32 (IEEE) of a latin-1 string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A non-negative integer in base62 (0-9A-Za-z), left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let x = n;
  while (x > 0) {
    out = B62[x % 62]! + out;
    x = Math.floor(x / 62);
  }
  return out.padStart(width, '0');
}

/** A GitHub-style token: prefix, 30 random characters, their CRC-32 in six base62 digits. */
export function checksummedToken(prefix: string, body30: string): string {
  return prefix + body30 + base62(crc32(body30), 6);
}

/** True when a GitHub-style token's last six characters are the CRC-32 of the thirty before them. */
export function checksummedOk(prefix: string, s: string): boolean {
  if (!s.startsWith(prefix) || s.length !== prefix.length + 36) return false;
  const body = s.slice(prefix.length, prefix.length + 30);
  return /^[0-9A-Za-z]{30}$/.test(body) && s.slice(-6) === base62(crc32(body), 6);
}

/** CRC-16/XMODEM, the checksum NATS NKeys carry. */
export function crc16(b: Uint8Array): number {
  let crc = 0;
  for (const byte of b) {
    crc ^= byte << 8;
    for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Unpadded RFC 4648 base32. */
export function base32(b: Uint8Array): string {
  let bits = 0;
  let val = 0;
  let out = '';
  for (const byte of b) {
    val = (val << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += B32[(val >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  return out;
}

/** Decodes unpadded base32; undefined on a foreign character. */
export function unbase32(s: string): Uint8Array | undefined {
  let bits = 0;
  let val = 0;
  const out: number[] = [];
  for (const ch of s) {
    const i = B32.indexOf(ch);
    if (i < 0) return undefined;
    val = ((val << 5) | i) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((val >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}

/** A NATS NKey seed for a user (prefix bytes, 32 raw bytes, CRC-16 little-endian, base32). */
export function nkeySeed(raw: Uint8Array): string {
  const b = new Uint8Array(36);
  b[0] = (18 << 3) | (160 >> 5);
  b[1] = (160 & 31) << 3;
  b.set(raw, 2);
  const c = crc16(b.subarray(0, 34));
  b[34] = c & 0xff;
  b[35] = c >> 8;
  return base32(b);
}

/** True when a NATS seed decodes and its CRC-16 holds. */
export function nkeySeedOk(s: string): boolean {
  if (!/^SU[A-Z2-7]{56}$/.test(s)) return false;
  const b = unbase32(s);
  if (!b || b.length < 36) return false;
  const c = crc16(b.subarray(0, 34));
  return b[34] === (c & 0xff) && b[35] === c >> 8;
}

/** A compact JWS from a header, a payload and signature bytes. */
export function jwt(header: object, payload: object, sig: Buffer): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc(header)}.${enc(payload)}.${sig.toString('base64url')}`;
}

/** True when a JWT has three parts and a JSON header and payload with an `alg`. */
export function jwtOk(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: unknown };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
}

/** True when `s` is canonical standard base64 of at least `min` bytes. */
export function b64Ok(s: string, min = 16): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s) || s.length % 4 !== 0) return false;
  const b = Buffer.from(s, 'base64');
  return b.length >= min && b.toString('base64') === s;
}
