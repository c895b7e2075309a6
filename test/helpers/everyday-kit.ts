import { createScanner, isLeak } from '../../src/scan/index';
import { abaValid } from '../../src/scan/validators';
import { fullyCovered } from './coverage-tally';
import { randomInt } from './seeded-random';

/**
 * What the everyday tests of the detector rounds (`test/unit/scan/everyday-r*.test.ts`) share: alphabets, a seeded
 * draw of random strings, and one default scanner (without the memory of clean texts) with the three questions they
 * ask of a text: its leak findings, whether a value is fully covered, and what is flagged (`detector:text`).
 */
export const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LO = 'abcdefghijklmnopqrstuvwxyz';
export const DIG = '0123456789';
export const B62 = UP + LO + DIG;
export const HEX = '0123456789abcdef';

/** `n` characters drawn from `alphabet` (seeded: the same on every run, see seeded-random.ts). */
export const str = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');

/** A default scanner and the questions the everyday tests ask of a text. */
export function everydayProbe() {
  const scanner = createScanner({ cleanTexts: false });
  const leaks = (text: string) => scanner.scan(text).filter(isLeak);
  const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
  const clean = (text: string) => leaks(text).map((f) => `${f.detector}:${text.slice(f.start, f.end)}`);
  /** Whether detector `id` reports a leak in `text`. */
  const by = (text: string, id: string) => leaks(text).some((f) => f.detector === id);
  return { scanner, leaks, found, clean, by };
}

/** A random secret of `n` characters with a capital, a small letter and a digit first (`extra`: more characters allowed after). */
export const mix = (n: number, extra = ''): string => `${str(UP, 1)}${str(LO, 1)}${str(DIG, 1)}${str(B62 + extra, n - 3)}`;
export const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir'];
export const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
/** A given name, a family name, and both (`Oswin Vanterpool`), drawn from the lists above. */
export const given = (): string => GIVEN[randomInt(GIVEN.length)]!;
export const family = (): string => FAMILY[randomInt(FAMILY.length)]!;
export const person = (): string => `${given()} ${family()}`;
/** An ABA routing number (drawn until its check digit holds). */
export const aba = (): string => {
  for (;;) {
    const v = `0${1 + randomInt(2)}${str(DIG, 7)}`;
    if (abaValid(v)) return v;
  }
};
