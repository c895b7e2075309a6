/**
 * Which UTF-16 code units non-unicode `i` matching pairs (ECMA-262 Canonicalize), for caseless.ts.
 */

/**
 * The other case of code unit `c` under non-unicode `i` matching when it is a plain pair (ASCII,
 * Latin-1 but µ and ÿ), 0 when `c` has no case, -1 for the rest (see caseGroup).
 */
export function otherCase(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 32;
  if ((c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xfe && c !== 0xf7)) return c - 32;
  if (c < 0xc0) return c === 0xb5 ? -1 : 0;
  if (c === 0xff) return -1;
  return c <= 0xff || !hasCase(c) ? 0 : -1;
}

/** ECMA-262 Canonicalize for non-unicode `i` matching: two code units match alike when theirs are equal. */
export function canon(c: number): number {
  const u = String.fromCharCode(c).toUpperCase();
  if (u.length !== 1) return c;
  const cu = u.charCodeAt(0);
  return c >= 128 && cu < 128 ? c : cu;
}

/**
 * The code units `i` matching pairs `c` with, `c` first: its upper and lower cases, or one of the
 * groups whose members are not all each other's cases (µ with Greek mu, Greek and Cyrillic letters
 * with symbol variants, titlecase digraphs). A test compares every code unit's group with the
 * brute-force one.
 */
export function caseGroup(c: number): number[] {
  const k = canon(c);
  const irregular = IRREGULAR.find((g) => g.includes(k));
  if (irregular) return [c, ...irregular.filter((d) => d !== c)];
  const up = String.fromCharCode(c).toUpperCase();
  const low = String.fromCharCode(c).toLowerCase();
  const out = [c];
  for (const s of [up, low, up.toLowerCase(), low.toUpperCase()]) {
    if (s.length !== 1) continue;
    const d = s.charCodeAt(0);
    if (!out.includes(d) && canon(d) === k) out.push(d);
  }
  return out;
}

/** The case groups that are not a code unit's upper and lower cases (found by brute force over every code unit). */
const IRREGULAR: readonly (readonly number[])[] = [
  [0x1c4, 0x1c5, 0x1c6],
  [0x1c7, 0x1c8, 0x1c9],
  [0x1ca, 0x1cb, 0x1cc],
  [0x1f1, 0x1f2, 0x1f3],
  [0x392, 0x3b2, 0x3d0],
  [0x395, 0x3b5, 0x3f5],
  [0x398, 0x3b8, 0x3d1],
  [0x345, 0x399, 0x3b9, 0x1fbe],
  [0x39a, 0x3ba, 0x3f0],
  [0xb5, 0x39c, 0x3bc],
  [0x3a0, 0x3c0, 0x3d6],
  [0x3a1, 0x3c1, 0x3f1],
  [0x3a3, 0x3c2, 0x3c3],
  [0x3a6, 0x3c6, 0x3d5],
  [0x412, 0x432, 0x1c80],
  [0x414, 0x434, 0x1c81],
  [0x41e, 0x43e, 0x1c82],
  [0x421, 0x441, 0x1c83],
  [0x422, 0x442, 0x1c84, 0x1c85],
  [0x42a, 0x44a, 0x1c86],
  [0x462, 0x463, 0x1c87],
  [0x1e60, 0x1e61, 0x1e9b],
  [0x1c88, 0xa64a, 0xa64b],
];

/** True for a code unit that `i` matching pairs with another. */
export function hasCase(c: number): boolean {
  const s = String.fromCharCode(c);
  return s.toUpperCase() !== s || s.toLowerCase() !== s;
}
