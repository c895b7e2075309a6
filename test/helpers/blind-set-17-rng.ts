/** Alphabets used by set 17's generators. */
export const D = '0123456789';
export const HX = '0123456789abcdef';
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LO = 'abcdefghijklmnopqrstuvwxyz';
export const AN = D + UP + LO;
export const URLSAFE = AN + '-_';

/** Set 17's own seeded stream (the mulberry32 idea of set 9, with helpers of its own). */
export class Rng17 {
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

  /** `n` characters of `alphabet`. */
  chars(alphabet: string, n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  hex(n: number): string {
    return this.chars(HX, n);
  }

  an(n: number): string {
    return this.chars(AN, n);
  }

  digits(n: number): string {
    return this.chars(D, n);
  }

  /** `n` digits, the first not 0. */
  num(n: number): string {
    return this.chars('123456789', 1) + this.digits(n - 1);
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
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`;
  }

  /** A password a person would choose or a generator would print: mixed classes, one symbol. */
  password(n = 14): string {
    const core = this.chars(AN, n - 2);
    return core.slice(0, 5) + this.pick(['!', '#', '%', '*', '_', '.', '$', '?']) + core.slice(5) + this.digits(1);
  }

  /** A password safe inside a URL's userinfo. */
  urlPassword(n = 16): string {
    const core = this.chars(AN, n - 2);
    return core.slice(0, 6) + this.pick(['-', '_', '.', '~']) + core.slice(6) + this.digits(1);
  }

  /** A shuffled copy. */
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
}

/** FNV-1a of a string: each case gets its own stream from the seed and its place. */
export function hash17(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
