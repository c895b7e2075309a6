/** Alphabets and a seeded random stream (mulberry32) for sealed blind set 82. */
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIGITS + UPPER + LOWER;
export const B64URL = UPPER + LOWER + DIGITS + '-_';

export class Rng82 {
  private s: number;

  constructor(seed: number) {
    this.s = seed >>> 0;
  }

  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** Picks by weight: pairs of [weight, item]. */
  weighted<T>(xs: readonly (readonly [number, T])[]): T {
    const total = xs.reduce((a, [w]) => a + w, 0);
    let x = this.next() * total;
    for (const [w, v] of xs) {
      if ((x -= w) < 0) return v;
    }
    return xs[xs.length - 1]![1];
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }

  chars(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  hex(n: number): string {
    return this.chars(HEX, n);
  }

  b62(n: number): string {
    return this.chars(B62, n);
  }

  digits(n: number): string {
    return this.chars(DIGITS, n);
  }

  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(0, 255);
    return b;
  }

  b64(n: number): string {
    return this.bytes(n).toString('base64');
  }

  b64url(n: number): string {
    return this.bytes(n).toString('base64url');
  }

  uuid(): string {
    const h = this.hex(32);
    const v = '89ab'[this.int(0, 3)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20)}`;
  }

  /** A password with punctuation, sometimes spaces and quotes. */
  password(): string {
    const pool = LOWER + UPPER + DIGITS;
    const punct = '!@#$%^&*()-_=+[]{};:,.<>?/~"\' ';
    const n = this.int(10, 22);
    let s = this.chars(pool, 3);
    while (s.length < n) s += this.chance(0.25) ? this.pick([...punct]) : this.chars(pool, 1);
    return s + this.chars(pool, 1) + this.pick(['!', '#', '%', '&', '"', "'", '9', 'x']) + this.chars(pool, 2);
  }

  /** A password safe inside a URL's userinfo (unreserved specials only). */
  urlPassword(): string {
    const core = this.chars(LOWER + UPPER + DIGITS, this.int(12, 24));
    return core.slice(0, 5) + this.pick(['-', '_', '.', '~']) + core.slice(5) + this.digits(1);
  }
}

/** FNV-1a of a string, to give each case its own stream. */
export function hash82(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
