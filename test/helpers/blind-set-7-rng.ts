/**
 * Seeded randomness for blind held-out set 7 (issue #13). Every value of the set is drawn from one
 * seed at test time: the same seed gives the same set, another seed gives fresh values.
 */

/** Alphabets the value generators draw from. */
export const ABC = {
  hex: '0123456789abcdef',
  HEX: '0123456789ABCDEF',
  dig: '0123456789',
  up: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  low: 'abcdefghijklmnopqrstuvwxyz',
  alpha: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  an: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  upDig: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  lowDig: 'abcdefghijklmnopqrstuvwxyz0123456789',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
} as const;

/** A seeded generator (mulberry32 over a hashed seed) with the helpers the cases need. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    let h = (seed ^ 0x5bd1e995) >>> 0;
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
    h = Math.imul(h ^ (h >>> 12), 0x297a2d39) >>> 0;
    this.state = (h ^ (h >>> 15)) >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** One element of `xs`. */
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  /** `n` characters drawn from `alphabet`. */
  str(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }

  /** `n` random bytes. */
  bytes(n: number): Buffer {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(0, 255);
    return b;
  }

  /** Lower-case hex of `n` characters. */
  hex(n: number): string {
    return this.str(ABC.hex, n);
  }

  /** Letters and digits, `n` characters. */
  an(n: number): string {
    return this.str(ABC.an, n);
  }

  /** Decimal digits, `n` characters, first one non-zero. */
  digits(n: number): string {
    return String(this.int(1, 9)) + this.str(ABC.dig, n - 1);
  }

  /** Standard base64 of `n` random bytes. */
  b64(n: number): string {
    return this.bytes(n).toString('base64');
  }

  /** Unpadded base64url of `n` random bytes. */
  b64url(n: number): string {
    return this.bytes(n).toString('base64url');
  }

  /** A version-4 UUID. */
  uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = '89ab'[this.int(0, 3)]!;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** A password of the kind people choose: words, digits and symbols, never a placeholder. */
  password(symbols = '!@#$%^&*?-_.+'): string {
    const w = ['Falcon', 'river', 'Maple', 'quartz', 'Tiger', 'lemon', 'Orbit', 'cedar', 'Nova', 'pixel', 'Harbor', 'velvet'];
    const form = this.int(0, 3);
    if (form === 0) return `${this.pick(w)}${this.str(ABC.dig, 3)}${this.str(symbols, 1)}${this.pick(w)}${this.str(ABC.dig, 2)}`;
    if (form === 1) return `${this.str(ABC.an, 6)}${this.str(symbols, 1)}${this.str(ABC.an, 5)}${this.str(symbols, 1)}${this.str(ABC.dig, 2)}`;
    if (form === 2) return `${this.pick(w)}${this.str(symbols, 1)}${this.str(ABC.an, 8)}`;
    return this.str(ABC.an + symbols, 16) + this.str(ABC.dig, 1);
  }

  /** A date of birth between 1950 and 2004 as [year, month, day]. */
  dob(): [number, number, number] {
    return [this.int(1950, 2004), this.int(1, 12), this.int(1, 28)];
  }
}

/** Zero-pads `n` to `w` digits. */
export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
