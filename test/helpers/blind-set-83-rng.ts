/** Alphabets used by the generators. */
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIGITS + UPPER + LOWER;
export const B64 = UPPER + LOWER + DIGITS + '+/';
export const B64URL = UPPER + LOWER + DIGITS + '-_';

/** A small seeded random stream (mulberry32) with helpers for building test values. */
export class Rng83 {
  private s: number;

  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** One element of a list. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** `n` characters drawn from `alphabet`. */
  chars(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  /** `n` lowercase hex digits. */
  hex(n: number): string {
    return this.chars(HEX, n);
  }

  /** `n` base62 characters. */
  b62(n: number): string {
    return this.chars(B62, n);
  }

  /** `n` decimal digits (the first may be 0). */
  digits(n: number): string {
    return this.chars(DIGITS, n);
  }

  /** `n` random bytes. */
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(0, 255);
    return b;
  }

  /** Standard base64 of `n` random bytes. */
  b64(n: number): string {
    return this.bytes(n).toString('base64');
  }

  /** Unpadded base64url of `n` random bytes. */
  b64url(n: number): string {
    return this.bytes(n).toString('base64url');
  }

  /** A random v4 UUID. */
  uuid(): string {
    const h = this.hex(32);
    const v = '89ab'[this.int(0, 3)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20)}`;
  }

  /** A password-like string with mixed classes. */
  password(n = 16): string {
    const core = this.chars(LOWER + UPPER + DIGITS, n - 2);
    return core.slice(0, 4) + this.pick(['!', '#', '%', '^', '*', '_', '.', '~']) + core.slice(4) + this.digits(1);
  }

  /** A password that needs no escaping inside a URL (unreserved specials only). */
  urlPassword(n = 16): string {
    const core = this.chars(LOWER + UPPER + DIGITS, n - 2);
    return core.slice(0, 5) + this.pick(['-', '_', '.', '~']) + core.slice(5) + this.digits(1);
  }
}

/** FNV-1a of a string, to give each case its own stream. */
export function hash83(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
