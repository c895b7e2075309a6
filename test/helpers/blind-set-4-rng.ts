/**
 * Seeded randomness and checksum helpers for blind held-out set 4 (issue #13). Every value of the
 * set is drawn here at test time from one seed, so a run is repeatable and a new seed gives new values.
 */

/** Character sets the value generators draw from. */
export const CHARS = {
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  dec: '0123456789',
  AZ: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  az: 'abcdefghijklmnopqrstuvwxyz',
  alnum: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  AZ09: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  az09: 'abcdefghijklmnopqrstuvwxyz0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  b32lower: 'abcdefghijklmnopqrstuvwxyz234567',
} as const;

/** Seeded generator (xoshiro128**): small, fast and the same on every platform. */
export class Rand {
  private s: Uint32Array;

  constructor(seed: number) {
    // splitmix32 spreads the seed over the four state words, so seeds 1, 2, 3 start far apart.
    this.s = new Uint32Array(4);
    let x = (seed * 0x9e3779b9) >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      this.s[i] = (z ^ (z >>> 16)) >>> 0;
    }
  }

  /** Next 32-bit unsigned integer. */
  u32(): number {
    let [a, b, c, d] = [this.s[0]!, this.s[1]!, this.s[2]!, this.s[3]!];
    const m = Math.imul(b, 5) >>> 0;
    const result = Math.imul(((m << 7) | (m >>> 25)) >>> 0, 9) >>> 0;
    const t = (b << 9) >>> 0;
    c = (c ^ a) >>> 0;
    d = (d ^ b) >>> 0;
    b = (b ^ c) >>> 0;
    a = (a ^ d) >>> 0;
    c = (c ^ t) >>> 0;
    d = ((d << 11) | (d >>> 21)) >>> 0;
    this.s[0] = a;
    this.s[1] = b;
    this.s[2] = c;
    this.s[3] = d;
    return result;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + (this.u32() % (hi - lo + 1));
  }

  /** One element of a list. */
  one<T>(xs: readonly T[]): T {
    return xs[this.u32() % xs.length]!;
  }

  /** n characters of a set. Long mixed-case draws are redrawn until they hold upper, lower and digit, as real keys do. */
  chars(set: string, n: number): string {
    for (;;) {
      let s = '';
      for (let i = 0; i < n; i++) s += set[this.u32() % set.length];
      const mixed = /[A-Z]/.test(set) && /[a-z]/.test(set) && /\d/.test(set);
      if (!mixed || n < 12 || (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s))) return s;
    }
  }

  /** n digits; the first is not 0. */
  num(n: number): string {
    return String(this.int(1, 9)) + this.chars(CHARS.dec, n - 1);
  }

  /** n random bytes. */
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.u32() & 0xff;
    return b;
  }

  /** A version 4 UUID in lower case. */
  uuid(): string {
    const h = this.chars(CHARS.hex, 32);
    const variant = '89ab'[this.u32() % 4];
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
  }
}

/** CRC-32 (IEEE 802.3) of an ASCII string. */
export function crc32Of(s: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    crc ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Base-62 digits of n, zero-padded to width (GitHub's token checksum encoding). */
export function toBase62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = CHARS.alnum[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** Appends the Luhn check digit to a digit string. */
export function withLuhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** True when a digit string passes the Luhn check. */
export function luhnOk(digits: string): boolean {
  return withLuhn(digits.slice(0, -1)) === digits;
}

/** mod-97 remainder of an IBAN-style alphanumeric string (letters as 10..35). */
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) r = (r * 10 + Number(d)) % 97;
  }
  return r;
}

/** A full IBAN (compact) from country code and BBAN, with ISO 13616 check digits. */
export function makeIban(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

/** True when a compact IBAN's check digits are right. */
export function ibanOk(iban: string): boolean {
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** ABA routing number check (weights 3, 7, 1). */
export function abaOk(n: string): boolean {
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(n[i]) * w[i]!;
  return sum % 10 === 0;
}
