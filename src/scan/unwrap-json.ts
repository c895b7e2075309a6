import { secretKeyKind } from './key-names';
import { UnwrapBuilder, type Unwrapped } from './unwrap-builder';

const SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const hexValue = (s: string): number => (/^[0-9A-Fa-f]{4}$/.test(s) ? parseInt(s, 16) : -1);

/**
 * Where the JSON string literal whose content starts at `start` closes (the index of its
 * closing quote), and whether it holds a line break escape (`\n`, `\r`); -1 when the line ends
 * first (no literal: a stray quote in prose).
 */
function literalEnd(text: string, start: number): [number, boolean, boolean] {
  let lines = false;
  let quotes = 0;
  let letters = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return [i, lines || (quotes >= 2 && quotes % 2 === 0), letters];
    if (c === 10) return [-1, false, false];
    if (c === 92) {
      const e = text.charCodeAt(i + 1);
      if (e === 110 || e === 114) lines = true;
      else if (e === 34) quotes++;
      else if (e === 117 && !letters) letters = letterEscape(hexValue(text.slice(i + 2, i + 6)));
      i++;
    }
  }
  return [-1, false, false];
}

/**
 * Round l85: a `\uXXXX` escape of a letter beyond ASCII (Latin-1 and Latin Extended letters, Vietnamese): how Python's
 * `json.dumps` (ensure_ascii) writes `Théo Rousseau` as `Th\u00e9o Rousseau`. Such a string is read decoded in place.
 */
function letterEscape(code: number): boolean {
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff);
}

/**
 * True when the literal opening at `q` is the value of a JSON key that names a secret
 * (`"private_key":"-----BEGIN …\n…"`): that value is the secret itself, read as written by the
 * detectors of keyed values, not a text embedded in the log.
 */
function secretValue(text: string, q: number): boolean {
  let j = q - 1;
  while (j > 0 && text.charCodeAt(j) === 32) j--;
  if (text.charCodeAt(j) !== 58) return false;
  j--;
  while (j > 0 && text.charCodeAt(j) === 32) j--;
  if (text.charCodeAt(j) !== 34) return false;
  const open = text.lastIndexOf('"', j - 1);
  return open >= 0 && j - open <= 80 && secretKeyKind(text.slice(open + 1, j)) !== null;
}

/**
 * True when the literal opening at `q` stands where a JSON (or logfmt) value does: after `:`,
 * `,`, `[` or `=` (spaces between allowed), or at the start of a line. Inside a text that was
 * itself decoded from a string, only such a literal is a string of the next level; a quoted
 * string in the text's own prose (Expect's `send: sending "<pw>\n" to { exp4 }`, a shell's
 * `printf "…\n"`) is written that way by the program and is read as it is.
 */
function valuePosition(text: string, q: number): boolean {
  let j = q - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  if (j < 0) return true;
  const c = text.charCodeAt(j);
  return c === 58 || c === 44 || c === 91 || c === 61 || c === 10 || c === 13;
}

/** Keys whose value is a log message: a text of its own, not a field. */
const MESSAGE_KEY = String.raw`"(?:msg|message|log|text|error|body)"[ \t]{0,3}:[ \t]{0,3}"`;

/**
 * The start of a one-line message that is a record line of a file read line by line: no space in it
 * and a `field:` first (`db.internal:5432:*:app:pw` of a .pgpass, `epic-adt:6db2…` of a PSK file), or a
 * .netrc entry (`machine host login u password p`). Only these are decoded onto a line of their own
 * when written on one line: decoding every one-line message would read most JSON log lines twice.
 */
const RECORD_START = String.raw`(?:[\w.@*\[\]-]{1,253}:(?!\/\/)[^\s"\\][^\s"]*"|machine[ \t])`;
const MESSAGE_RECORD = new RegExp(MESSAGE_KEY + RECORD_START, 'y');

/**
 * True when `text` holds a one-line record message (MESSAGE_RECORD anywhere): tried at each quote mark
 * followed by a key's first letter, which V8 finds faster than the expression's own search does
 * (0.14 against 1.9 ms on a 4 MB log with few quotes; about the same on JSON logs).
 */
function hasRecordMessage(text: string): boolean {
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    const c = text.charCodeAt(i + 1); // m(sg, essage), l(og), t(ext), e(rror), b(ody)
    if (c !== 109 && c !== 108 && c !== 116 && c !== 101 && c !== 98) continue;
    MESSAGE_RECORD.lastIndex = i;
    if (MESSAGE_RECORD.test(text)) return true;
  }
  return false;
}
const MESSAGE_RECORD_AT = new RegExp(`(?<=${MESSAGE_KEY})${RECORD_START}`, 'y');

/** True when the literal whose content starts at `start` is a one-line record message (MESSAGE_RECORD). */
function recordAt(text: string, start: number): boolean {
  MESSAGE_RECORD_AT.lastIndex = start;
  return MESSAGE_RECORD_AT.test(text);
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
 * `text` with every JSON string literal that holds an embedded text decoded in place: one with a
 * line break escape (`"message":"ERROR …\n  api_key: …"`, a log event or a stack trace shipped
 * as one JSON string) or with quoted strings of its own (an even number of `\"`). Its lines become
 * lines, its `\"`, `\\` and `\uXXXX` the characters they stand for, and the text is put on lines
 * of its own (a line break that stands for nothing of the original before and after it), so its
 * first line starts a line and its last ends one. Other literals are kept as written (in
 * `{"password":"a\"b"}` the `\"` is the value's own, read as it is), and so is the value of a
 * key that names a secret (secretValue). With `nested` (a text decoded from a string already),
 * only a literal in a value position is decoded (valuePosition). A one-line message that is a record line
 * (MESSAGE_RECORD) is decoded too. Null when there is none.
 */
export function unwrapJsonStrings(text: string, nested = false): Unwrapped | null {
  const records = hasRecordMessage(text);
  if (!records && text.indexOf('\\n') < 0 && text.indexOf('\\r') < 0 && text.indexOf('\\"') < 0 && text.indexOf('\\u') < 0) return null;
  let b: UnwrapBuilder | null = null;
  let run = 0;
  for (let i = text.indexOf('"'); i >= 0 && i < text.length; ) {
    const [end, lines, letters] = literalEnd(text, i + 1);
    if (end < 0) {
      i = text.indexOf('"', i + 1);
      continue;
    }
    if ((lines || (records && recordAt(text, i + 1))) && !secretValue(text, i) && (!nested || valuePosition(text, i))) {
      b ??= new UnwrapBuilder(text.length);
      // On lines of its own, as it was written: its first line starts a line, its last ends one.
      b.copy(text, run, i + 1);
      b.put('\n', i + 1, i + 1);
      decodeContent(text, i + 1, end, b);
      b.put('\n', end, end);
      run = end;
    } else if (letters && !secretValue(text, i) && (!nested || valuePosition(text, i))) {
      // A one-line string with letters escaped (`"name": "Th\u00e9o Rousseau"`): decoded where it stands.
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
