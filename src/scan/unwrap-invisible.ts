import { UnwrapBuilder, type Unwrapped } from './unwrap-builder';

/**
 * What prints as nothing. Characters: zero-width space, non-joiner and joiner, left-to-right and
 * right-to-left marks, word joiner and invisible operators, byte-order mark / zero-width no-break
 * space, soft hyphen, Mongolian vowel separator, the bidirectional embeddings, overrides and
 * isolates. Terminal escape sequences (colours, cursor moves: a console logger's output shipped as
 * it is): ESC `[` … final byte (CSI), ESC `]` … BEL or ESC `\` (OSC: titles, hyperlinks), and
 * the same CSI written out as text, as a repr or a JSON-in-JSON string shows it (`\x1b[31m`,
 * `\u001b[0m`, `\033[1;33m`, `\e[0m`, with one to three backslashes). A value with one of them inside or around it
 * (`512\u200B-48-9173`, `ssn=\x1b[1m512-48-9173\x1b[0m`) reads as the value to a person.
 */
/* eslint-disable no-control-regex -- terminal escapes are what these match */
const INVISIBLE =
  /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\x1b\[[0-?]{0,32}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)|\\{1,3}(?:x1[bB]|u001[bB]|033|e)\[[0-9;]{0,32}[A-Za-z]/g;

/** INVISIBLE's first characters in one test: cheaper than mayHold's searches on a short text (a log line). */
const MAY_HOLD = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\x1b]|\\(?:x1[bB]|u001[bB]|033|e)\[/;

/** INVISIBLE's characters above U+00FF: a text without such characters (most are Latin-1 only) holds none. */
const WIDE_INVISIBLE = /[\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** A character above U+00FF: V8 answers this at once for a text stored one byte per character (as a negated Latin-1 class; `[\u0100-\uffff]` is read through: 0.5 ms on 4 MB). */
const WIDE = /[^\x00-\xff]/;
/* eslint-enable no-control-regex */

/**
 * How a terminal escape written out as text (INVISIBLE's last branch) starts, from its last backslash:
 * a search led by the backslash, rare in most logs, is fast; one led by a digit (`033[`) is not (2.5 ms on 4 MB).
 */
const ESCAPED_HEADS = ['\\x1b[', '\\x1B[', '\\u001b[', '\\u001B[', '\\033[', '\\e['];

/**
 * A cheap test for INVISIBLE's first characters (most texts hold none of them): on a long text, string
 * searches, which V8 runs several times faster than a regular expression's character class (2.2 ms
 * against 0.3 ms on 4 MB), and the class of wide characters only on a text that has wide characters at
 * all; on a short one, MAY_HOLD (each search costs a call: 230 against 110 ns on a 190-character line).
 */
function mayHold(text: string): boolean {
  if (text.length < 1024) return MAY_HOLD.test(text);
  if (text.indexOf('\x1b') >= 0 || text.indexOf('\u00AD') >= 0) return true;
  for (const h of ESCAPED_HEADS) if (text.indexOf(h) >= 0) return true;
  return WIDE.test(text) && WIDE_INVISIBLE.test(text);
}

/**
 * `text` without what prints as nothing (INVISIBLE), so that a value split by a zero-width space,
 * a soft hyphen or a bidi control, or wrapped in terminal colours, is read whole and as written;
 * each kept character maps back to itself, so a finding covers the invisible characters inside
 * it too. Null when there are none.
 */
export function unwrapInvisible(text: string): Unwrapped | null {
  if (!mayHold(text)) return null;
  const b = new UnwrapBuilder(text.length);
  let run = 0;
  INVISIBLE.lastIndex = 0;
  for (let m = INVISIBLE.exec(text); m; m = INVISIBLE.exec(text)) {
    b.copy(text, run, m.index);
    run = m.index + m[0].length;
  }
  if (run === 0) return null;
  b.copy(text, run, text.length);
  return b.done();
}
