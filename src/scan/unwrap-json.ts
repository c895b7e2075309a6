import { UnwrapBuilder, type Unwrapped } from './unwrap-builder';

const SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const hexValue = (s: string): number => (/^[0-9A-Fa-f]{4}$/.test(s) ? parseInt(s, 16) : -1);

/**
 * Where the JSON string literal whose content starts at `start` closes (the index of its
 * closing quote), and whether it holds a line break escape (`\n`, `\r`); -1 when the line ends
 * first (no literal: a stray quote in prose).
 */
function literalEnd(text: string, start: number): [number, boolean] {
  let lines = false;
  let quotes = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return [i, lines || (quotes >= 2 && quotes % 2 === 0)];
    if (c === 10) return [-1, false];
    if (c === 92) {
      const e = text.charCodeAt(i + 1);
      if (e === 110 || e === 114) lines = true;
      else if (e === 34) quotes++;
      i++;
    }
  }
  return [-1, false];
}

/** Decodes the content `text[start, end)` of a JSON string literal into `b` (an unknown escape is kept as written). */
function decodeContent(text: string, start: number, end: number, b: UnwrapBuilder): void {
  let run = start;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 92) continue;
    b.copy(text, run, i);
    const e = text[i + 1] ?? '';
    const simple = SIMPLE[e];
    const code = e === 'u' ? hexValue(text.slice(i + 2, i + 6)) : -1;
    if (simple !== undefined) {
      b.put(simple, i, i + 2);
      i++;
    } else if (code >= 0) {
      b.put(String.fromCharCode(code), i, i + 6);
      i += 5;
    } else {
      b.copy(text, i, Math.min(end, i + 2));
      i++;
    }
    run = i + 1;
  }
  b.copy(text, run, end);
}

/**
 * `text` with every JSON string literal that holds a multi-line text (a line break escape:
 * `"message":"ERROR …\n  api_key: …"`, a log event or a stack trace shipped as one JSON string)
 * decoded in place: the lines it holds become lines, its `\"` quotes, `\\` and `\uXXXX` the
 * characters they stand for. Literals without a line break escape are kept as written (a
 * password holding `\"` in `{"password":"a\"b"}` is one level of escaping the detectors read
 * as it is). Null when there is no such literal.
 */
export function unwrapJsonStrings(text: string): Unwrapped | null {
  if (text.indexOf('\\n') < 0 && text.indexOf('\\r') < 0 && text.indexOf('\\"') < 0) return null;
  let b: UnwrapBuilder | null = null;
  let run = 0;
  for (let i = text.indexOf('"'); i >= 0 && i < text.length; ) {
    const [end, lines] = literalEnd(text, i + 1);
    if (end < 0) {
      i = text.indexOf('"', i + 1);
      continue;
    }
    if (lines) {
      b ??= new UnwrapBuilder(text.length);
      b.copy(text, run, i + 1);
      decodeContent(text, i + 1, end, b);
      run = end;
    }
    i = text.indexOf('"', end + 1);
  }
  if (!b) return null;
  b.copy(text, run, text.length);
  return b.done();
}
