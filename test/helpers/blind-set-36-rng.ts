/** Set 36's seeded draws and alphabets: the same as set 9's (copied there first, now shared), under the names set 36's files use. */
export { Rng9 as Rng36, hash9 as hash36, DIGITS, HEX, UPPER, LOWER, B62, B64, B64URL } from './blind-set-9-rng';
