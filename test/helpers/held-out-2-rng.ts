import { createHmac } from 'node:crypto';

/** Alphabets used by the generators of held-out set 2. */
export const ALPHA = {
  lower: 'abcdefghijklmnopqrstuvwxyz',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  digits: '0123456789',
  hex: '0123456789abcdef',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
} as const;

/** A seeded random source (mulberry32) with the small helpers every generator needs. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = (seed * 2654435761) >>> 0 || 1;
  }
  /** Uniform float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** n characters from an alphabet, with at least one digit and one letter when the alphabet has both. */
  str(alphabet: string, n: number): string {
    for (;;) {
      let out = '';
      for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
      const mixed = /[0-9]/.test(alphabet) && /[a-zA-Z]/.test(alphabet) && n >= 8;
      if (!mixed || (/[0-9]/.test(out) && /[a-zA-Z]/.test(out))) return out;
    }
  }
  digits(n: number): string {
    return this.str(ALPHA.digits, n);
  }
  hex(n: number): string {
    return this.str(ALPHA.hex, n);
  }
  b62(n: number): string {
    return this.str(ALPHA.b62, n);
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC32 (IEEE) of an ASCII string. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A number in base62 (0-9A-Za-z), left-padded with zeros to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  do {
    out = ALPHA.b62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(width, '0');
}

/** The Luhn check digit for a string of digits. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when a digit string passes the Luhn check. */
export function luhnValid(num: string): boolean {
  return luhnDigit(num.slice(0, -1)) === num.slice(-1);
}

/** An IBAN with valid mod-97 check digits for a country code and BBAN. */
export function iban(country: string, bban: string): string {
  const rearranged = bban + country + '00';
  const numeric = rearranged.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return country + String(98 - rem).padStart(2, '0') + bban;
}

/** Base64url without padding. */
export function b64url(s: string | Buffer): string {
  return Buffer.from(s).toString('base64url');
}

/** A signed HS256 JWT with a random key and claims from the rng. */
export function jwt(r: Rng, claims: Record<string, unknown> = {}): string {
  const iat = 1_760_000_000 + r.int(0, 9_000_000);
  const head = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64url(JSON.stringify({ sub: r.pick(['usr_', 'u-', '']) + r.digits(7), iat, exp: iat + 3600, ...claims }));
  const sig = createHmac('sha256', r.b62(32)).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/** Groups a string by `n` characters joined with `sep` (IBAN/card print forms). */
export function grouped(s: string, n: number, sep = ' '): string {
  return s.match(new RegExp(`.{1,${n}}`, 'g'))!.join(sep);
}
