/** A small seeded PRNG (sfc32 seeded through splitmix32) for blind set 89: no Math.random anywhere. */
export class Rng89 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let s = (seed * 0x9e3779b9 + 0x6d2b79f5) >>> 0;
    const mix = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 16; i++) this.u32();
  }

  /** The next 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error('pick from empty list');
    return xs[Math.floor(this.next() * xs.length)]!;
  }

  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  str(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.next() * alphabet.length)];
    return s;
  }

  digits(n: number): string {
    return this.str('0123456789', n);
  }
  /** n digits, the first not zero. */
  num(n: number): string {
    return this.str('123456789', 1) + this.digits(n - 1);
  }
  hex(n: number): string {
    return this.str('0123456789abcdef', n);
  }
  HEX(n: number): string {
    return this.str('0123456789ABCDEF', n);
  }
  alnum(n: number): string {
    return this.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', n);
  }
  lower(n: number): string {
    return this.str('abcdefghijklmnopqrstuvwxyz0123456789', n);
  }
  upper(n: number): string {
    return this.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', n);
  }
  upnum(n: number): string {
    return this.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', n);
  }
  b64url(n: number): string {
    return this.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', n);
  }
  b64(n: number): string {
    return this.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', n);
  }
  /** A password people or provisioning tools set: letters, digits and a few symbols. */
  password(min = 12, max = 20): string {
    const n = this.int(min, max);
    let s = this.alnum(n - 2);
    const at = this.int(1, s.length - 1);
    s = s.slice(0, at) + this.pick(['!', '#', '$', '%', '*', '-', '_', '+', '=', '?', '@', '^', '&', '~']) + s.slice(at);
    return s + this.digits(1);
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${this.hex(3)}-${this.hex(12)}`;
  }
  /** An ISO timestamp in 2025 with milliseconds. */
  iso(): string {
    const p = (n: number) => String(n).padStart(2, '0');
    return `2025-${p(this.int(1, 12))}-${p(this.int(1, 28))}T${p(this.int(0, 23))}:${p(this.int(0, 59))}:${p(this.int(0, 59))}.${String(this.int(0, 999)).padStart(3, '0')}Z`;
  }
}
