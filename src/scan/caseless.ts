import { caseGroup, hasCase, otherCase } from './case-groups';

/**
 * Case-insensitive regular expressions rewritten as case-sensitive ones that match the same.
 *
 * V8 compiles a regular expression to machine code on its first use, and the `i` flag makes that
 * two to six times slower (every letter and class is closed under case folding while it compiles):
 * a `herald scan` of a log spent about 100 ms of its start compiling the detectors' `i` patterns.
 * Written out (`token` → `[tT][oO][kK][eE][nN]`, `[a-f]` → `[a-fA-F]`), they compile in a third of
 * the time and match exactly the same: without the `u` flag, `i` pairs a code unit with those of
 * the same ECMA-262 Canonicalize (its upper case, unless that is ASCII and it is not), which for
 * ASCII and most of Latin-1 is just the other case (a test checks every code unit's group, and the
 * built-in patterns against their `i` originals). What a rewrite could get wrong (a back-reference
 * to a group that may hold letters, which compares case-insensitively; `\c`, `\p`, escaped
 * letters) is left to the `i` flag: caseless() returns null.
 */
export function caseless(source: string): string | null {
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (c === '\\' && source[i + 1] === 'k' && source[i + 2] === '<') {
      // A named back-reference to a group that holds no letters (`(?<q>["'])…\k<q>`) compares alike with or without `i`.
      const close = source.indexOf('>', i);
      if (close < 0 || !letterless(source, source.slice(i + 3, close))) return null;
      out += source.slice(i, close + 1);
      i = close + 1;
    } else if (c === '\\') {
      const esc = escapeAt(source, i);
      if (esc === null) return null;
      out += esc.text;
      i = esc.end;
    } else if (c === '[') {
      const cls = classAt(source, i);
      if (cls === null) return null;
      out += cls.text;
      i = cls.end;
    } else if (c === '(' && source[i + 1] === '?') {
      // (?: (?= (?! (?<= (?<! (?<name>: a group name is not a pattern and keeps its case.
      const end = groupOpenEnd(source, i);
      if (end < 0) return null;
      out += source.slice(i, end);
      i = end;
    } else if (c === '{') {
      // A `{` that is not a quantifier (`{2}`, `{2,}`, `{2,5}`) is a literal `{` (no case).
      let j = i + 1;
      while (isDigit(source.charCodeAt(j)) || source[j] === ',') j++;
      const end = source[j] === '}' && j > i + 1 ? j + 1 : i + 1;
      out += source.slice(i, end);
      i = end;
    } else {
      const code = c.charCodeAt(0);
      const alt = otherCase(code);
      if (alt === 0) out += c;
      else {
        out += `[${caseGroup(code).map((x) => String.fromCharCode(x)).join('')}]`;
      }
      i++;
    }
  }
  return out;
}

/**
 * True when the group named `name` in `source` can capture no letter: its body is literal
 * characters and non-negated classes of characters that have no case, with escapes of such.
 */
function letterless(source: string, name: string): boolean {
  const open = `(?<${name}>`;
  const at = source.indexOf(open);
  if (at < 0) return false;
  let depth = 0;
  for (let j = at + open.length; j < source.length; j++) {
    const c = source[j]!;
    if (c === '\\') {
      const e = source[j + 1] ?? '';
      if (isWord(e.charCodeAt(0)) && !'sd'.includes(e)) return false; // \w, \S, \D, \x…, \u…: may stand for letters
      j++;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return true;
      depth--;
    } else if (c === '.' || (c === '[' && source[j + 1] === '^') || otherCase(c.charCodeAt(0)) !== 0) return false;
  }
  return false;
}


/** Where the group opener at `i` (`(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`) ends, or -1. */
function groupOpenEnd(source: string, i: number): number {
  const a = source[i + 2];
  if (a === ':' || a === '=' || a === '!') return i + 3;
  if (a !== '<') return -1;
  const b = source[i + 3];
  if (b === '=' || b === '!') return i + 4;
  const close = source.indexOf('>', i + 3);
  if (close < 0) return -1;
  for (let j = i + 3; j < close; j++) if (!isWord(source.charCodeAt(j)) && source[j] !== '$') return -1;
  return close + 1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWord = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isHex = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);


/** Escapes that stand for themselves or for a class `i` does not change (without the `u` flag). */
const PLAIN_ESCAPES = new Set('dDwWsSbBnrtfv0'.split(''));

/** The escape at `i` (outside a class), rewritten, or null for one this rewrite leaves to `i`. */
function escapeAt(source: string, i: number): { text: string; end: number } | null {
  const e = source[i + 1];
  if (e === undefined) return null;
  if (PLAIN_ESCAPES.has(e) && !(e === '0' && isDigit(source.charCodeAt(i + 2)))) return { text: source.slice(i, i + 2), end: i + 2 };
  if (e === 'x' || e === 'u') {
    const code = hexEscape(source, i);
    if (code === null) return null;
    const alt = otherCase(code.value);
    if (alt !== 0) return null; // an escaped letter: rare, left to `i`
    return { text: source.slice(i, code.end), end: code.end };
  }
  // Back-references (`\1`, `\k<name>`), control escapes, property escapes and escaped letters: left to `i`.
  if (isWord(e.charCodeAt(0)) && e !== '_') return null;
  return { text: source.slice(i, i + 2), end: i + 2 };
}

/** The value and end of a `\xHH` or `\uHHHH` escape at `i`, or null. */
function hexEscape(source: string, i: number): { value: number; end: number } | null {
  const len = source[i + 1] === 'x' ? 2 : 4;
  for (let j = i + 2; j < i + 2 + len; j++) if (!isHex(source.charCodeAt(j))) return null;
  return { value: parseInt(source.slice(i + 2, i + 2 + len), 16), end: i + 2 + len };
}

/** The class at `i` (`[…]` or `[^…]`) closed under case, or null. */
function classAt(source: string, i: number): { text: string; end: number } | null {
  let j = i + 1;
  let head = '[';
  if (source[j] === '^') {
    head += '^'; // the complement of a case-closed set is what `i` gives a negated class
    j++;
  }
  let text = '';
  let added = '';
  while (j < source.length && source[j] !== ']') {
    const lo = classAtom(source, j);
    if (lo === null) return null;
    if (lo.code < 0) {
      text += source.slice(j, lo.end); // a class escape (\d, \w, \s…): no case
      j = lo.end;
      continue;
    }
    let hi = lo;
    if (source[lo.end] === '-' && source[lo.end + 1] !== ']' && lo.end + 1 < source.length) {
      hi = classAtom(source, lo.end + 1)!;
      if (hi === null || hi.code < 0) return null;
    }
    text += source.slice(j, hi.end);
    const more = caseRanges(lo.code, hi.code);
    if (more === null) return null;
    added += more;
    j = hi.end;
  }
  if (j >= source.length) return null;
  // The added ranges go first: after the class's own members, a trailing `-` would make a range of them.
  return { text: head + added + text + ']', end: j + 1 };
}

/** One class member at `j`: a character (its code) or a class escape (code -1), and where it ends. */
function classAtom(source: string, j: number): { code: number; end: number } | null {
  const c = source[j]!;
  if (c !== '\\') return { code: c.charCodeAt(0), end: j + 1 };
  const e = source[j + 1];
  if (e === undefined) return null;
  if ('dDwWsS'.includes(e)) return { code: -1, end: j + 2 };
  const simple: Record<string, number> = { b: 8, n: 10, r: 13, t: 9, f: 12, v: 11 };
  if (simple[e] !== undefined) return { code: simple[e]!, end: j + 2 };
  if (e === 'x' || e === 'u') {
    const h = hexEscape(source, j);
    return h === null ? null : { code: h.value, end: h.end };
  }
  if (e === '0' && !isDigit(source.charCodeAt(j + 2))) return { code: 0, end: j + 2 };
  if (isWord(e.charCodeAt(0)) && e !== '_') return null;
  return { code: e.charCodeAt(0), end: j + 2 };
}

/** The other-case ranges a class must add for the range [lo, hi] (written as class text), or null. */
function caseRanges(lo: number, hi: number): string | null {
  if (hi < lo) return null;
  let out = '';
  if (lo === hi && lo > 0xff) {
    // One character above Latin-1 (`ł`, `ş`, `→`): its case group, if it has one.
    return hasCase(lo) ? caseGroup(lo).slice(1).map(unit).join('') : '';
  }
  if (lo <= 0xb5 && hi >= 0xb5) out += unit(0x39c) + unit(0x3bc); // µ folds with Greek mu
  if (lo <= 0xff && hi >= 0xff) out += unit(0x178); // ÿ with Ÿ
  if (hi > 0xff) {
    // Above Latin-1 (Latin Extended, CJK, arrows…): the case groups of what has case, outside the range.
    if (hi - Math.max(lo, 0x100) > 0x3000) return null;
    const more = new Set<number>();
    for (let c = Math.max(lo, 0x100); c <= hi; c++) {
      if (!hasCase(c)) continue;
      for (const d of caseGroup(c)) if (d < lo || d > hi) more.add(d);
    }
    for (const d of more) out += unit(d);
  }
  const blocks: [number, number, number][] = [
    [65, 90, 32],
    [97, 122, -32],
    [0xc0, 0xd6, 32],
    [0xd8, 0xde, 32],
    [0xe0, 0xf6, -32],
    [0xf8, 0xfe, -32],
  ];
  for (const [a, b, shift] of blocks) {
    const s = Math.max(lo, a);
    const e = Math.min(hi, b);
    if (s <= e) out += `${unit(s + shift)}-${unit(e + shift)}`;
  }
  return out;
}

/** A code unit as class text (`\uXXXX`: safe whatever it is). */
function unit(c: number): string {
  return `\\u${c.toString(16).padStart(4, '0')}`;
}
