/**
 * Where `column = 'value'` comparisons can start (the start finder of `sql-compared-personal`, whose pattern is
 * `(?<![\w-])(?<k>[A-Za-z_][\w."]{0,60}\)?(?:::\w{1,20})?) ?= ?'…'`). Its own search tries the key at every letter
 * of a logged statement (~1.7 µs a line); the key ends right before ` ?= ?'`, so it is found from each `=` that a
 * quote follows (after at most one space), walking back over the key's characters.
 */

/** `[\w."):]`: every character a key of the pattern may hold (a superset: `)` and `:` anywhere). */
function keyRun(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 34 || c === 41 || c === 58;
}

/** `[A-Za-z_]`: a key's first character. */
function keyHead(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

/** `[\w-]`: what may not stand before a key (the pattern's lookbehind). */
function blocks(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** A key holds at most 1 + 60 + 1 + 2 + 20 characters before its optional space and `=`. */
const KEY_REACH = 84;

/**
 * The smallest position at or after `from` where a `key ?= ?'` match can start, or -1: for each `=` followed by `'`
 * or ` '`, the positions at most KEY_REACH before it (before its one space) inside the run of key characters that
 * ends there, with a key's first character and nothing of `[\w-]` before. A match's key holds no `=`, so the
 * candidates of an earlier `=` all lie before those of a later one: the first `=` with one gives the smallest.
 */
export function comparedStarts(text: string, from: number): number {
  for (let at = from; ; ) {
    const q = text.indexOf('=', at);
    if (q < 0) return -1;
    at = q + 1;
    const next = text.charCodeAt(q + 1);
    if (next !== 39 && !(next === 32 && text.charCodeAt(q + 2) === 39)) continue;
    const k = q > 0 && text.charCodeAt(q - 1) === 32 ? q - 1 : q; // where the key ends
    const lo = Math.max(from, k - KEY_REACH);
    let best = -1;
    for (let i = k; i >= lo; i--) {
      const prev = i === 0 ? -1 : text.charCodeAt(i - 1);
      if (i < k && keyHead(text.charCodeAt(i)) && (prev < 0 || !blocks(prev))) best = i;
      if (prev < 0 || !keyRun(prev)) break;
    }
    if (best >= 0) return best;
  }
}
