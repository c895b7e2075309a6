/**
 * Blind set 10's seeded random stream: the same generator as set 9's (one implementation, so every
 * sealed set draws alike), under the names the set's case files use.
 */
export { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER, Rng9 as Rng10, hash9 as hash10 } from './blind-set-9-rng';
