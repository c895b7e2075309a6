/**
 * Blind set 84: a small seeded PRNG (sfc32 seeded from a string hash) and the byte/text encoders
 * the generators share. Nothing here reads a clock or Math.random, so a set is a function of its seed.
 */

/** Four 32-bit words of a string (cyrb128), the seed of one sfc32 stream. */
export function hash128(s: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** Character sets the generators draw from. */
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Hex digits, lower case. */
export const HEX = '0123456789abcdef';
/** base64url alphabet. */
export const B64URL = ALNUM + '-_';

/** A seeded sfc32 stream with the draws the generators need. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** The case's clock (ms): a fixed moment near mid-2024 that advances a little with each reading. */
  private clock = 0;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = hash128(seed);
    for (let i = 0; i < 12; i++) this.next();
    this.clock = (1_714_000_000 + this.int(0, 12_000_000)) * 1000 + this.int(0, 999);
  }

  /** Unix milliseconds of the case's clock, advancing by up to 1.5 s per reading. */
  nowMs(): number {
    this.clock += this.int(0, 1500);
    return this.clock;
  }

  /** Unix seconds of the case's clock. */
  now(): number {
    return Math.floor(this.nowMs() / 1000);
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

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** n characters drawn from an alphabet. */
  chars(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }

  /** n lower-case hex digits. */
  hex(n: number): string {
    return this.chars(HEX, n);
  }

  /** n decimal digits (the first may be zero). */
  digits(n: number): string {
    return this.chars('0123456789', n);
  }

  /** n random bytes. */
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(0, 255);
    return b;
  }

  /** A random version-4 UUID. */
  uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = '89ab'[this.int(0, 3)]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** A shuffled copy. */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

/** Standard base64 of a string or bytes. */
export function b64(x: string | Buffer): string {
  return (typeof x === 'string' ? Buffer.from(x, 'utf8') : x).toString('base64');
}

/** base64url without padding. */
export function b64url(x: string | Buffer): string {
  return b64(x).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** encodeURIComponent plus the characters it leaves alone that form encoders still escape. */
export function pctEnc(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** application/x-www-form-urlencoded encoding of one value (space as `+`). */
export function formEnc(s: string): string {
  return pctEnc(s).replace(/%20/g, '+');
}

/** A form body from pairs. */
export function formBody(pairs: readonly (readonly [string, string])[], encodeKeys = false): string {
  return pairs.map(([k, v]) => `${encodeKeys ? formEnc(k) : k}=${formEnc(v)}`).join('&');
}
