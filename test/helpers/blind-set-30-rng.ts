/** Alphabets used by the generators of blind set 30. */
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIGITS + UPPER + LOWER;
export const B64URL = UPPER + LOWER + DIGITS + '-_';

/** A seeded random stream (mulberry32) with the helpers the set-30 generators need. */
export class Rng30 {
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
  chance(p: number): boolean {
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

  /** `n` random bytes. */
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(0, 255);
    return b;
  }

  /** Unpadded base64url of `n` random bytes. */
  b64url(n: number): string {
    return this.bytes(n).toString('base64url');
  }

  /** Standard base64 of `n` random bytes. */
  b64(n: number): string {
    return this.bytes(n).toString('base64');
  }

  /** A random v4 UUID (lowercase). */
  uuid(): string {
    const h = this.hex(32);
    const v = '89ab'[this.int(0, 3)];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${v}${h.slice(17, 20)}-${h.slice(20)}`;
  }

  /** A ULID-shaped id (Crockford base32), as Klaviyo and others use for object ids. */
  ulid(): string {
    return '01H' + this.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23);
  }

  /** A human-chosen password with mixed classes; `specials` limits the punctuation drawn. */
  password(n = 14, specials = '!#%*_.~@$'): string {
    const core = this.chars(LOWER + UPPER + DIGITS, n - 2);
    const cut = this.int(2, n - 4);
    return core.slice(0, cut) + this.pick([...specials]) + core.slice(cut) + this.digits(1);
  }

  /** A word-based password as people pick them (`Summer-Campaign-2024!`). */
  passphrase(): string {
    const w = ['Marketing', 'Summer', 'Lighthouse', 'Pipeline', 'Funnel', 'Velvet', 'Orchard', 'Nimbus', 'Copper', 'Harbor', 'Quartz', 'Saffron'];
    return `${this.pick(w)}${this.pick(['-', '_', '.', ''])}${this.pick(w)}${this.int(10, 99)}${this.pick(['!', '#', '$', '?', ''])}${this.int(1, 9)}`;
  }

  private clockMs: number | undefined;

  /**
   * A timestamp `2024-05-17T09:41:07.318Z` (no Date involved). The first call of a stream picks a
   * moment in 2024; later calls move forward a few milliseconds to seconds, as lines of one log do.
   */
  iso(): string {
    this.clockMs = this.clockMs === undefined ? this.int(0, 364 * 86400000) : this.clockMs + this.int(3, 4000);
    const p = (n: number, w = 2) => String(n).padStart(w, '0');
    let day = Math.floor(this.clockMs / 86400000);
    const ms = this.clockMs % 86400000;
    const months = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let m = 0;
    while (m < 11 && day >= months[m]!) day -= months[m++]!;
    return `2024-${p(m + 1)}-${p(day + 1)}T${p(Math.floor(ms / 3600000))}:${p(Math.floor(ms / 60000) % 60)}:${p(Math.floor(ms / 1000) % 60)}.${p(ms % 1000, 3)}Z`;
  }

  /** Unix seconds in 2024. */
  epoch(): number {
    return this.int(1704067200, 1735603200);
  }
}

/** FNV-1a of a string, to give each case its own stream. */
export function hash30(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
