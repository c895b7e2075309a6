/** Alphabets used by set 32's generators. */
export const DIGITS = '0123456789';
export const HEX = '0123456789abcdef';
export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const B62 = DIGITS + UPPER + LOWER;
export const B64 = UPPER + LOWER + DIGITS + '+/';
export const B64URL = UPPER + LOWER + DIGITS + '-_';
/** Lowercase alphanumerics. */
export const LALNUM = LOWER + DIGITS;
/** Uppercase alphanumerics. */
export const UALNUM = UPPER + DIGITS;

/** Set 32's seeded random stream (mulberry32) with helpers for building test values. */
export class Rng32 {
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

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
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

  /** A password-like string with mixed classes and one special character. */
  password(n = 16): string {
    const core = this.chars(LOWER + UPPER + DIGITS, n - 2);
    return core.slice(0, 4) + this.pick(['!', '#', '%', '^', '*', '_', '.', '~', '@', '$', '&']) + core.slice(4) + this.digits(1);
  }

  /** A password that needs no escaping inside a URL (unreserved specials only). */
  urlPassword(n = 16): string {
    const core = this.chars(LOWER + UPPER + DIGITS, n - 2);
    return core.slice(0, 5) + this.pick(['-', '_', '.', '~']) + core.slice(5) + this.digits(1);
  }

  /** A passphrase of words joined by a separator, as people type them. */
  passphrase(): string {
    const w = ['copper', 'lantern', 'Harbor', 'violet', 'Quartz', 'meadow', 'Falcon', 'ember', 'tundra', 'Orbit', 'saffron', 'glacier'];
    return `${this.pick(w)}${this.pick(['-', '_', '.', ''])}${this.pick(w)}${this.pick(['-', '!', '#', '_'])}${this.int(10, 9999)}`;
  }

  /** A lowercase hex git commit SHA. */
  sha(): string {
    return this.hex(40);
  }

  /** An ISO timestamp in 2025/2026. */
  iso(): string {
    const p = (n: number) => String(n).padStart(2, '0');
    return `202${this.int(5, 6)}-${p(this.int(1, 12))}-${p(this.int(1, 28))}T${p(this.int(0, 23))}:${p(this.int(0, 59))}:${p(this.int(0, 59))}.${this.digits(3)}Z`;
  }

  /** An IPv4 address in private ranges. */
  ip(): string {
    return this.pick([`10.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`, `172.${this.int(16, 31)}.${this.int(0, 255)}.${this.int(1, 254)}`, `192.168.${this.int(0, 255)}.${this.int(1, 254)}`]);
  }
}

/** FNV-1a of a string, to give each case its own stream. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** CRC-32 (IEEE) of a string's UTF-8 bytes. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (const b of Buffer.from(s, 'utf8')) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** A number written in base62 (0-9A-Za-z), left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  let x = n;
  while (x > 0) {
    out = B62[x % 62] + out;
    x = Math.floor(x / 62);
  }
  return out.padStart(width, '0');
}
