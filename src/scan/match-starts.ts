/**
 * Where a detector's match can start (Detector.starts), found with indexOf and short character
 * loops instead of the pattern's own search, which tries the pattern at every character: costly
 * for patterns that begin with a character class or a greedy key (`[\w.-]{0,63}` then look-arounds).
 */

/**
 * Finds where a match can start at or after `from`, or -1 (see Detector.starts). `anchors`, when
 * given, are the ascending positions in `text` where the detector's anchors start (see
 * Detector.anchors): a finder that knows them (keyStarts) searches there only; others ignore them.
 */
export type StartFinder = (text: string, from: number, anchors?: ArrayLike<number>) => number;

/**
 * The first occurrence at or after `from` of any of `literals` (case-sensitive), or -1: for
 * patterns that start with one of them (`<`, a query separator). Each literal's next occurrence
 * is remembered for the text at hand, so that a text with many of one literal and none of
 * another is not searched to its end for the other at every call (which would be quadratic).
 */
export function firstOf(...literals: string[]): StartFinder {
  const find = literalFinder(literals);
  LITERALS.set(find, literals);
  return find;
}

/** The literals of finders made by firstOf: their starts can be ruled out on the whole text (see literalsOf). */
const LITERALS = new WeakMap<StartFinder, readonly string[]>();

/**
 * The literals a finder made by firstOf looks for, else null. A window of the text holds a
 * start of such a finder only if one of the literals occurs in it, which the prefilter checks
 * on the whole text (no slice) with a firstOf of its own.
 */
export function literalsOf(find: StartFinder | null): readonly string[] | null {
  return find === null ? null : (LITERALS.get(find) ?? null);
}

/** firstOf without the registration. */
function literalFinder(literals: readonly string[]): StartFinder {
  let last: string | null = null;
  const searchedFrom = new Int32Array(literals.length);
  const next = new Int32Array(literals.length);
  return (text, from) => {
    // Strings compare by content: a text equal to the last one but another object (the same alert body
    // scanned again) would be compared whole at every call, so the cache always keeps the current object.
    if (text !== last) searchedFrom.fill(0x7fffffff);
    last = text;
    let best = -1;
    for (let i = 0; i < literals.length; i++) {
      let at = next[i]!;
      if (searchedFrom[i]! > from || (at >= 0 && at < from)) {
        at = text.indexOf(literals[i]!, from);
        next[i] = at;
        searchedFrom[i] = from;
      }
      if (at >= 0 && (best < 0 || at < best)) best = at;
    }
    return best;
  };
}

/** How runStarts finds a match's start from a literal it holds. */
export interface RunAnchor {
  /** The first anchor at or after `from`, or -1: a part every match holds at most `reach` after its start. */
  find: StartFinder;
  reach: number;
  /** Characters a match may hold between its start and its anchor (a function of the code alone: ASCII is tabled once). */
  run: (c: number) => boolean;
  /** Characters that may not stand right before a match (the pattern's negative lookbehind; a function of the code alone). */
  blocks: (c: number) => boolean;
  /** Positions inside a run where a match may start all the same (after a URL-encoded `=` in `email%3Djane%40…`). */
  opens?: (text: string, i: number) => boolean;
}

/**
 * Starts of patterns that hold an anchor at most `reach` characters after their start, with only
 * `run` characters before it and no `blocks` character before the start: for each anchor in
 * order, the candidates are the positions at most `reach` before it, inside the run of `run`
 * characters that ends at it, with no blocking character before them. The first anchor that has
 * one gives the smallest (a later anchor's candidates before this one lie in the same run, so
 * they are this one's too). Every position where the pattern matches is returned for any `from`
 * at or before it, so the pattern, run sticky at the candidates in turn, finds exactly the matches
 * its own search finds.
 */
export function runStarts(a: RunAnchor): StartFinder {
  const { find, reach, run, blocks, opens } = a;
  // `run` and `blocks` of the ASCII characters, looked up: calls to them cannot be inlined (every
  // detector's finder shares this code with functions of its own), and the walk back makes one
  // per character (email addresses: up to 64).
  const runs = Uint8Array.from({ length: 128 }, (_, c) => (run(c) ? 1 : 0));
  const blocking = Uint8Array.from({ length: 128 }, (_, c) => (blocks(c) ? 1 : 0));
  return (text, from, anchors) => {
    for (let at = from; ; ) {
      const q = find(text, at, anchors);
      if (q < 0) return -1;
      const lo = Math.max(from, q - reach);
      let best = -1;
      for (let i = q; i >= lo; i--) {
        if (i === 0) {
          best = 0;
          break;
        }
        const prev = text.charCodeAt(i - 1);
        if (!(prev < 128 ? blocking[prev] === 1 : blocks(prev)) || (opens !== undefined && opens(text, i))) best = i;
        if (!(prev < 128 ? runs[prev] === 1 : run(prev))) break;
      }
      if (best >= 0) return best;
      at = q + 1;
    }
  };
}

/** Characters a key may hold: `[\w.-]`, its leading `--` and its `:`/`$`/`@` sigil. */
function keyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45 || c === 58 || c === 36 || c === 64;
}

/**
 * Starts of `key <op> value` matches (the assignment detectors): `word` matches at the start of
 * the key's last word (its secret word: `token` of `cache_token`), keys are at most `reach`
 * characters of key characters, and none but `:` may stand before a key (`(?<![\w.$@-])`).
 */
export function keyStarts(word: RegExp, reach: number): StartFinder {
  const flags = word.flags.replace(/[gy]/g, '');
  const hit = new RegExp(word.source, flags + 'g');
  const at = new RegExp(word.source, flags + 'y');
  // runStarts({ find, reach, run: keyChar, blocks: (c) => c !== 58 && keyChar(c) }), written out:
  // there, `run` and `blocks` are calls V8 cannot inline (every detector's finder shares
  // runStarts's code with its own functions), and this finder runs on every line with an
  // assignment word (~150 ns a line less).
  return (text, from, anchors) => {
    for (let pos = from; ; ) {
      let q: number;
      if (anchors !== undefined) q = anchoredMatch(at, text, pos, anchors);
      else {
        hit.lastIndex = pos;
        const m = hit.exec(text);
        q = m === null ? -1 : m.index;
      }
      if (q < 0) return -1;
      const lo = Math.max(from, q - reach);
      let best = -1;
      for (let i = q; i >= lo; i--) {
        if (i === 0) {
          best = 0;
          break;
        }
        const prev = text.charCodeAt(i - 1);
        const key = keyChar(prev);
        if (prev === 58 || !key) best = i;
        if (!key) break;
      }
      if (best >= 0) return best;
      pos = q + 1;
    }
  };
}

/**
 * The first of the ascending `anchors` at or after `from` where the sticky `re` matches, or -1:
 * where every match of `re` starts at an anchor, the same answer as `re`'s search from `from`,
 * without running the search over the text between anchors.
 */
function anchoredMatch(re: RegExp, text: string, from: number, anchors: ArrayLike<number>): number {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (anchors[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < anchors.length; i++) {
    re.lastIndex = anchors[i]!;
    if (re.test(text)) return anchors[i]!;
  }
  return -1;
}

/**
 * Starts of a pattern that begins where a line starts (`(?<![^\n])`, `(?:^|(?<=\n))`): the text's
 * start and the character after each newline. The pattern's own search would try it at every
 * character of the line (a BECS record's `(?<![^\n])1\d{3}-…` on every nginx line of a `10.x`
 * client: ~7 ms per 50 MB for each such detector).
 */
export const lineStarts: StartFinder = (text, from) => {
  if (from === 0) return 0;
  const nl = text.indexOf('\n', from - 1);
  return nl < 0 ? -1 : nl + 1;
};

/** Starts of a pattern that begins with `(?:^|\n)`: the text's start and each newline. */
export const newlineStarts: StartFinder = (text, from) => (from === 0 ? 0 : text.indexOf('\n', from));

/**
 * The finder of a line-start pattern (Detector.lineStart) by how its source begins (lineStarts,
 * newlineStarts), or null for one that begins otherwise (a lookbehind reaching into the line).
 */
export function lineStartFinder(pattern: RegExp): StartFinder | null {
  const s = pattern.source;
  if (s.startsWith('(?<![^\\n])') || s.startsWith('(?:^|(?<=\\n))')) return lineStarts;
  if (s.startsWith('(?:^|\\n)') && !pattern.multiline) return newlineStarts;
  return null;
}
