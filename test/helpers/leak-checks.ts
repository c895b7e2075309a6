import { randomBytes } from './seeded-random';
import { createScanner, isLeak } from '../../src/scan';

/** The default scanner, without the memory of clean texts. */
export const scanner = createScanner({ cleanTexts: false });
/** Base-62 characters. */
export const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `n` random characters of `alphabet`. */
export const pick = (alphabet: string, n: number): string => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');

/** `n` random base-62 characters ending in a digit (so that no value is letters only). */
export const b62 = (n: number): string => pick(B62, n - 1) + pick('0123456789', 1);

/** The texts of the leak findings of the default scanner in `t`. */
export const leaks = (t: string): string[] =>
  scanner
    .scan(t)
    .filter(isLeak)
    .map((f) => t.slice(f.start, f.end));

/** True when every character of the first `value` in `t` lies inside one leak finding. */
export const covered = (t: string, value: string): boolean => {
  const at = t.indexOf(value);
  return (
    at >= 0 &&
    scanner
      .scan(t)
      .filter(isLeak)
      .some((f) => f.start <= at && f.end >= at + value.length)
  );
};
