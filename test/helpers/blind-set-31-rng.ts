/** Alphabets used by the generators of blind set 31. */
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const ALNUM_UP = UPPER + DIGITS;
export const B62 = DIGITS + UPPER + LOWER;
export const B32 = UPPER + '234567';

/** A small seeded random stream (mulberry32) with helpers for building test values. */
export class Rng31 {
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

  /** True with probability `p`. */
  chance(p = 0.5): boolean {
    return this.next() < p;
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

  /** `n` uppercase hex digits. */
  HEX(n: number): string {
    return this.hex(n).toUpperCase();
  }

  /** `n` base62 characters. */
  b62(n: number): string {
    return this.chars(B62, n);
  }

  /** `n` decimal digits (the first may be 0). */
  digits(n: number): string {
    return this.chars(DIGITS, n);
  }

  /** `n` decimal digits, the first not 0. */
  num(n: number): string {
    return String(this.int(1, 9)) + this.digits(n - 1);
  }

  /** A zero-padded integer in [lo, hi]. */
  pad(lo: number, hi: number, width: number): string {
    return String(this.int(lo, hi)).padStart(width, '0');
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

  /** A password-like string with mixed classes (no quote, backslash, space or URL-reserved characters). */
  password(n = 16): string {
    const core = this.chars(LOWER + UPPER + DIGITS, n - 2);
    const at = this.int(2, n - 4);
    return core.slice(0, at) + this.pick(['!', '%', '^', '*', '_', '.', '~', '-', '+', '=']) + core.slice(at) + this.digits(1);
  }

  /** A password that needs no escaping inside a URL (unreserved specials only). */
  urlPassword(n = 16): string {
    const core = this.chars(LOWER + UPPER + DIGITS, n - 2);
    const at = this.int(2, n - 4);
    return core.slice(0, at) + this.pick(['-', '_', '.', '~']) + core.slice(at) + this.digits(1);
  }

  /** A human-chosen password: a word, a separator, digits and a symbol. */
  humanPassword(): string {
    const w = this.pick(['Summer', 'Falcon', 'Harbour', 'Tango', 'Meteor', 'Cobalt', 'Juniper', 'Orion', 'Kestrel', 'Lantern', 'Voyager', 'Granite']);
    const w2 = this.pick(['Fleet', 'Tower', 'Signal', 'Relay', 'Router', 'Meter', 'Drive', 'Field', 'Cell', 'Trunk']);
    return `${w}${this.pick(['', '-', '_', '.'])}${w2}${this.int(10, 2099)}${this.pick(['!', '#', '$', '?', '*', ''])}`;
  }

  /** A shuffled copy of a list. */
  shuffle<T>(xs: readonly T[]): T[] {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }
}

/** FNV-1a of a string, to give each case its own stream. */
export function hash31(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
