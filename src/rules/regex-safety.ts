import { RE2JS } from 're2js';

/** Longest regex source accepted in rules and mutes. */
export const MAX_REGEX_SOURCE = 1000;

/**
 * Largest compiled program accepted (RE2 instructions). Matching costs input length × at most
 * this, so a pattern at the limit still matches 16 KB in milliseconds; `{n,m}` counts
 * multiply the program (RE2 itself refuses counts above 1000).
 */
export const MAX_PROGRAM_SIZE = 1000;

/** A compiled user pattern: linear-time matching (RE2 semantics). */
export interface UserRegex {
  /** True when the pattern matches somewhere in `s`. */
  test(s: string): boolean;
  /** The pattern as written. */
  readonly source: string;
}

/** A compiled user regex, or the reason it was refused. */
export type UserRegexResult = { ok: true; regex: UserRegex } | { ok: false; problem: string };

const WHY_LINEAR = 'Herald runs user patterns with a linear-time engine (RE2 syntax), which has no';

/**
 * Why RE2 cannot run the pattern, in words a rule author understands (backreferences,
 * lookaround), found by reading it as RE2 would (escapes and character classes skipped);
 * null when nothing of the kind is there. RE2's own message covers any other problem.
 */
export function unsupportedSyntax(source: string): string | null {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (/[1-9]/.test(n)) return `backreferences (\\${n}) are not supported: ${WHY_LINEAR} backreferences`;
      if (n === 'k' && source[i + 2] === '<') return `named backreferences (\\k<…>) are not supported: ${WHY_LINEAR} backreferences`;
      i++;
    } else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (c === '(' && source[i + 1] === '?') {
      const kind = source.startsWith('(?=', i) || source.startsWith('(?!', i) ? 'lookahead' : source.startsWith('(?<=', i) || source.startsWith('(?<!', i) ? 'lookbehind' : null;
      if (kind) return `${kind} (${source.slice(i, i + (kind === 'lookahead' ? 3 : 4))}…) is not supported: ${WHY_LINEAR} lookaround; match the text itself, or use \`not:\``;
    }
  }
  return null;
}

/** RE2's parse error as a short sentence. */
function explainSyntaxError(e: unknown): string {
  const m = e instanceof Error ? e.message.replace(/^error parsing regexp:\s*/, '') : String(e);
  if (/invalid repeat count/.test(m)) return `repetition count too large (${m}): RE2 allows at most 1000 repetitions, nested counts multiplied`;
  return m;
}

/**
 * Compiles a user regex (rules, mutes, the mute modal) with re2js: matching time is linear
 * in the input, whatever the pattern. `(?i)` makes it case-insensitive (RE2 syntax, as
 * before). Refused, with a reason: empty or too long patterns, backreferences, lookaround,
 * invalid syntax, programs over MAX_PROGRAM_SIZE.
 */
export function compileUserRegex(pattern: string): UserRegexResult {
  if (pattern === '' || pattern === '(?i)') return { ok: false, problem: 'empty regex' };
  if (pattern.length > MAX_REGEX_SOURCE) return { ok: false, problem: `regex is longer than ${MAX_REGEX_SOURCE} characters` };
  const unsupported = unsupportedSyntax(pattern);
  if (unsupported) return { ok: false, problem: `unsupported regex: ${unsupported}` };
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (e) {
    return { ok: false, problem: `bad regex: ${explainSyntaxError(e)}` };
  }
  const size = re.programSize();
  if (size > MAX_PROGRAM_SIZE) {
    return { ok: false, problem: `regex too complex: it compiles to ${size} steps (at most ${MAX_PROGRAM_SIZE}); use smaller {n,m} counts` };
  }
  const pre = foldedPrefilter(pattern);
  const test = pre
    ? (s: string): boolean => {
        const low = lowerAscii(s);
        return (low === null || pre(low)) && re.test(s);
      }
    : (s: string): boolean => re.test(s);
  return { ok: true, regex: { source: pattern, test } };
}

/** re2js's literal prefilter tree (an internal of RE2JS; read defensively). */
interface PrefilterNode {
  type?: unknown;
  str?: unknown;
  subs?: unknown;
}

/** A necessary condition on the lower-cased input, from a prefilter node; null = none known. */
function foldedTest(node: PrefilterNode | null | undefined): ((low: string) => boolean) | null {
  if (!node || typeof node.type !== 'number') return null;
  const subs = Array.isArray(node.subs) ? (node.subs as PrefilterNode[]).map(foldedTest) : [];
  switch (node.type) {
    case 1: {
      // EXACT: a literal every match contains.
      const str = typeof node.str === 'string' ? node.str : '';
      if (!/^[\x20-\x7e]+$/.test(str)) return null;
      const low = str.toLowerCase();
      return (s) => s.includes(low);
    }
    case 2: {
      // AND: every known part must hold (unknown parts are dropped: still necessary).
      const known = subs.filter((f): f is (low: string) => boolean => f !== null);
      return known.length ? (s) => known.every((f) => f(s)) : null;
    }
    case 3:
      // OR: one branch must hold; a branch with no known literal makes it no condition at all.
      return subs.length && subs.every((f) => f !== null) ? (s) => subs.some((f) => f!(s)) : null;
    default:
      return null;
  }
}

/**
 * A fast necessary condition for a pattern with a leading `(?i)`: re2js computes literal
 * prefilters only for case-sensitive literals, so the literals of the pattern without
 * `(?i)` are looked for in the lower-cased input (ASCII input only, where lower-casing and
 * RE2's case folding agree). Most rule regexes do not match most alerts; this answers those
 * without running the automaton. Null when the pattern offers no such literal.
 */
function foldedPrefilter(pattern: string): ((low: string) => boolean) | null {
  if (!pattern.startsWith('(?i)')) return null;
  const rest = pattern.slice(4);
  if (/\(\?[A-Za-z-]/.test(rest)) return null; // other flag groups: keep it simple
  try {
    return foldedTest((RE2JS.compile(rest) as unknown as { re2Input?: { prefilter?: PrefilterNode } }).re2Input?.prefilter);
  } catch {
    return null;
  }
}

let lastInput: string | undefined;
let lastLower: string | null = null;

/** The input lower-cased when it is all ASCII, else null (one-entry memo: rules test one text with many patterns). */
function lowerAscii(s: string): string | null {
  if (s !== lastInput) {
    lastInput = s;
    lastLower = /[^\u0000-\u007f]/.test(s) ? null : s.toLowerCase(); // eslint-disable-line no-control-regex
  }
  return lastLower;
}

/**
 * Why a pattern is refused, or null when it is accepted (compileUserRegex's reason).
 * Kept for callers that only validate.
 */
export function regexSafetyProblem(source: string): string | null {
  const r = compileUserRegex(source);
  return r.ok ? null : r.problem;
}
