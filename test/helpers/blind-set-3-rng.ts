/**
 * Seeded randomness and format helpers for blind held-out set 3 (issue #13). Values are
 * generated here at test time from a seed; nothing is copied from any other scanner's tests.
 */

/** Alphabets used by the generators. */
export const ALPHA = {
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  digits: '0123456789',
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  b62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  b64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  upperNum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lowerNum: 'abcdefghijklmnopqrstuvwxyz0123456789',
} as const;

/** A small deterministic PRNG (sfc32) with string helpers. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9 ^ seed;
    this.b = 0x243f6a88 + seed * 7919;
    this.c = 0xb7e15162 ^ (seed << 5);
    this.d = 1;
    for (let i = 0; i < 24; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** One element of a list. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** n characters from an alphabet; retried until it is not low-entropy-looking (mixed classes). */
  str(alphabet: string, n: number): string {
    for (;;) {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
      if (n < 8 || new Set(s).size >= Math.min(n / 2, alphabet.length / 2)) {
        if (!/[A-Z]/.test(alphabet) || !/[a-z]/.test(alphabet) || (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s)) || n < 12) return s;
      }
    }
  }

  /** n decimal digits (first digit not 0 when lead is set). */
  digits(n: number, lead = false): string {
    let s = lead ? String(this.int(1, 9)) : '';
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }

  /** A random v4 UUID. */
  uuid(): string {
    const h = this.str(ALPHA.hex, 32).split('');
    h[12] = '4';
    h[16] = '89ab'[this.int(0, 3)]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

/** CRC-32 (IEEE) of a string's UTF-8 bytes. */
export function crc32(s: string): number {
  let c = ~0;
  for (const byte of Buffer.from(s, 'utf8')) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** A number in base 62, left-padded with '0' to width. */
export function base62(n: number, width: number): string {
  let s = '';
  do {
    s = ALPHA.b62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(width, '0');
}

/** Luhn check digit for a digit string (without the check digit). */
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

/** ISO 13616 check digits for country + BBAN. */
export function ibanCheck(country: string, bban: string): string {
  const moved = (bban + country + '00').replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let r = 0;
  for (const ch of moved) r = (r * 10 + Number(ch)) % 97;
  return String(98 - r).padStart(2, '0');
}

/** Base64 of a UTF-8 string. */
export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** Base64url (no padding) of a UTF-8 string. */
export const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
