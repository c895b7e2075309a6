import { B62, DIGITS, HEX, LOWER, Rng9, UPPER, hash9 } from './blind-set-9-rng';

/** Alphabets used by set 17's generators (set 9's, by set 17's names). */
export const D = DIGITS;
export const HX = HEX;
export const UP = UPPER;
export const LO = LOWER;
export const AN = B62;
export const URLSAFE = AN + '-_';

/** Set 17's seeded stream: set 9's (the same mulberry32 draws), with helpers and passwords of its own. */
export class Rng17 extends Rng9 {
  /** `n` base62 characters. */
  an(n: number): string {
    return this.chars(AN, n);
  }

  /** `n` digits, the first not 0. */
  num(n: number): string {
    return this.chars('123456789', 1) + this.digits(n - 1);
  }

  /** A password a person would choose or a generator would print: mixed classes, one symbol. */
  override password(n = 14): string {
    const core = this.chars(AN, n - 2);
    return core.slice(0, 5) + this.pick(['!', '#', '%', '*', '_', '.', '$', '?']) + core.slice(5) + this.digits(1);
  }

  /** A password safe inside a URL's userinfo. */
  override urlPassword(n = 16): string {
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

/** FNV-1a of a string: each case gets its own stream from the seed and its place (set 9's). */
export const hash17 = hash9;
