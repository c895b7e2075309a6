/** Set 35's seeded draws and alphabets: the same as set 9's (copied there first, now shared), under the names set 35's files use. */
export { Rng9 as Rng35, hash9 as hash35, DIGITS, HEX, UPPER, LOWER, B62, B64, B64URL } from './blind-set-9-rng';
