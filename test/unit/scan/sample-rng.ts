import { prng } from '../../../bench/support/prng';

/** Seeded PRNG (mulberry32) and helpers: every corpus is random but reproducible. */
export interface Rng {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  str(alphabet: string, n: number): string;
}

export function rng(seed: number): Rng {
  const next = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (xs) => xs[Math.floor(next() * xs.length)]!,
    str: (alphabet, n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
  };
}

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIG = '0123456789';
export const B62 = UPPER + LOWER + DIG;
export const URLSAFE = B62 + '_-';
export const B64 = B62 + '+/';
export const HEX = '0123456789abcdef';

/** One injected sample: the text before the value, the value, the text after it. */
export type Sample = [before: string, value: string, after: string];

