/** Longest regex source accepted in rules. */
export const MAX_REGEX_SOURCE = 1000;

interface Frame {
  lookbehind: boolean;
  /** Contains a quantifier that repeats (`*`, `+`, `{n,m}` with m > 1). */
  repeats: boolean;
  /** Contains an unbounded quantifier (`*`, `+`, `{n,}`). */
  unbounded: boolean;
  hasQuantifier: boolean;
  alternatives: string[];
  altStart: number;
  /** Offset of the group's '('. */
  open: number;
  /** The previous atom in the current alternative, if it was repeated without bound. */
  prevUnbounded: string | null;
}

interface Quant {
  len: number;
  repeats: boolean;
  unbounded: boolean;
}

/**
 * Why a pattern is unsafe against catastrophic backtracking, or null when it is accepted.
 * Rejects backreferences, nested repetition (`(a+)+`), repeated alternations whose branches
 * can start alike (`(a|a)*`, `(a|ab)+`), adjacent overlapping repetitions (`.*.*`, `\d+\d+`)
 * and quantifiers inside lookbehind. Conservative by design: rewrite the pattern if refused.
 */
export function regexSafetyProblem(source: string): string | null {
  if (source.length > MAX_REGEX_SOURCE) return `regex is longer than ${MAX_REGEX_SOURCE} characters`;
  const stack: Frame[] = [newFrame(false, 0, 0)];
  let i = 0;
  while (i < source.length) {
    const top = stack[stack.length - 1];
    const ch = source[i];
    let atomStart = i;
    let atom: string;
    let inner: Frame | null = null;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (/[1-9]/.test(next)) return 'backreferences (\\1…) are not allowed: they defeat safe matching';
      if (next === 'k' && source[i + 2] === '<') return 'named backreferences (\\k<…>) are not allowed';
      i += 2;
      atom = source.slice(atomStart, i);
    } else if (ch === '[') {
      i++;
      if (source[i] === '^') i++;
      if (source[i] === ']') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      atom = source.slice(atomStart, i);
    } else if (ch === '(') {
      let lookbehind = false;
      let skip = 1;
      if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
        lookbehind = true;
        skip = 4;
      } else if (source.startsWith('(?:', i) || source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
        skip = 3;
      } else if (source.startsWith('(?<', i)) {
        const close = source.indexOf('>', i);
        skip = close > i ? close - i + 1 : 3;
      } else if (source[i + 1] === '?') {
        return `unsupported group syntax at offset ${i}: only (?:…), (?=…), (?!…), (?<name>…) and a leading (?i) are allowed`;
      }
      stack.push(newFrame(lookbehind, i, i + skip));
      i += skip;
      continue;
    } else if (ch === ')') {
      if (stack.length === 1) return `unbalanced ')' at offset ${i}`;
      inner = stack.pop() as Frame;
      inner.alternatives.push(source.slice(inner.altStart, i));
      if (inner.lookbehind && inner.hasQuantifier) return 'quantifiers inside a lookbehind are not allowed';
      i++;
      atomStart = inner.open;
      atom = source.slice(atomStart, i);
    } else if (ch === '|') {
      top.alternatives.push(source.slice(top.altStart, i));
      i++;
      top.altStart = i;
      top.prevUnbounded = null;
      continue;
    } else {
      i++;
      atom = ch;
    }
    const parent = stack[stack.length - 1];
    const q = readQuantifier(source, i);
    if (inner) {
      parent.repeats ||= inner.repeats;
      parent.unbounded ||= inner.unbounded;
      parent.hasQuantifier ||= inner.hasQuantifier;
    }
    if (q) {
      i += q.len;
      parent.hasQuantifier = true;
      if (q.repeats) {
        if (inner && inner.repeats && (q.unbounded || inner.unbounded)) {
          return `nested quantifiers like (a+)+ can backtrack catastrophically: "${atom}" repeats a group that itself repeats`;
        }
        if (inner && inner.alternatives.length > 1 && overlapping(inner.alternatives)) {
          return `a repeated alternation whose branches can match the same text, like (a|a)* or (a|ab)+, can backtrack catastrophically: "${atom}"`;
        }
        parent.repeats = true;
      }
      if (q.unbounded) {
        parent.unbounded = true;
        const prev = parent.prevUnbounded;
        if (prev !== null && (prev === atom || prev === '.' || atom === '.')) {
          return `adjacent repetitions that overlap, like .*.* or \\d+\\d+, backtrack badly: "${prev}" then "${atom}"`;
        }
        parent.prevUnbounded = atom;
      } else if (q.repeats) {
        parent.prevUnbounded = null;
      }
    } else {
      parent.prevUnbounded = null;
    }
  }
  if (stack.length > 1) return 'unbalanced "(": a group is not closed';
  return null;
}

function newFrame(lookbehind: boolean, open: number, start: number): Frame {
  return { lookbehind, repeats: false, unbounded: false, hasQuantifier: false, alternatives: [], altStart: start, open, prevUnbounded: null };
}

function readQuantifier(s: string, i: number): Quant | null {
  const c = s[i];
  let len = 0;
  let repeats = false;
  let unbounded = false;
  if (c === '*' || c === '+') {
    len = 1;
    repeats = true;
    unbounded = true;
  } else if (c === '?') {
    len = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i, i + 24));
    if (!m) return null;
    len = m[0].length;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    repeats = max > 1;
    unbounded = max === Infinity || max > 100;
  } else {
    return null;
  }
  if (s[i + len] === '?' || s[i + len] === '+') len++;
  return { len, repeats, unbounded };
}

/** Could two branches start with the same character? Conservative: classes and escapes overlap. */
function overlapping(alts: string[]): boolean {
  const firsts = new Set<string>();
  for (const alt of alts) {
    if (alt === '') return true;
    const c = alt[0];
    if (c === '\\' || c === '[' || c === '.' || c === '(' || c === '^' || c === '$') return true;
    const key = c.toLowerCase();
    if (firsts.has(key)) return true;
    firsts.add(key);
  }
  return false;
}

/** A compiled user regex, or the reason it was refused. */
export type UserRegexResult = { ok: true; regex: RegExp } | { ok: false; problem: string };

/**
 * Compiles a rules regex once. A leading `(?i)` makes it case-insensitive; the pattern must
 * pass `regexSafetyProblem` and be a valid JavaScript regex.
 */
export function compileUserRegex(pattern: string): UserRegexResult {
  let source = pattern;
  let flags = '';
  if (source.startsWith('(?i)')) {
    source = source.slice(4);
    flags = 'i';
  }
  if (source === '') return { ok: false, problem: 'empty regex' };
  const unsafe = regexSafetyProblem(source);
  if (unsafe !== null) return { ok: false, problem: `unsafe regex: ${unsafe}` };
  try {
    return { ok: true, regex: new RegExp(source, flags) };
  } catch (e) {
    return { ok: false, problem: `bad regex: ${(e as Error).message}` };
  }
}
