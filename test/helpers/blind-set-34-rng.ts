/** Set 34's seeded draws and alphabets: the same as set 9's (copied there first, now shared), under the names set 34's files use. */
export { Rng9 as Rng34, hash9 as hash34, DIGITS, HEX, UPPER, LOWER, B62, B64, B64URL } from './blind-set-9-rng';
