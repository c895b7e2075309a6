import { secretKeyKind } from './key-names';
import { UnwrapBuilder, type Unwrapped } from './unwrap-builder';

/**
 * A line prefix a log shipper or a quote adds: an optional syslog priority, then a timestamp
 * (ISO 8601 or syslog's `Dec  5 08:41:07`) with an optional level, `[thread]` and syslog
 * `host app[pid]:`; a container runtime's `stdout F ` / `stderr P `; or Markdown quote marks.
 * Only characters that carry no secret are taken off (a host name that is an address is not).
 */
const LOG_PREFIX = new RegExp(
  [
    String.raw`(?:> ?)+|`,
    String.raw`(?:<\d{1,3}>(?:1 )?)?`,
    String.raw`(?:(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?|[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d) +`,
    String.raw`(?:(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL|trace|debug|info|warn|warning|error|fatal)[: ] *)?`,
    String.raw`(?:\[[\w.:/-]{1,40}\]:? +)?(?:[A-Za-z][\w.-]{0,62} [\w./-]{1,40}\[\d{1,10}\]: +)?)?`,
    String.raw`(?:(?:stdout|stderr) [FP] )?`,
  ].join(''),
  'y',
);

/** The length of the log prefix at `at` (0 for none); of the spaces after it, one is the prefix's, the rest the line's indentation. */
function prefixAt(text: string, at: number): number {
  LOG_PREFIX.lastIndex = at;
  let n = LOG_PREFIX.exec(text)?.[0].length ?? 0;
  while (n > 1 && text.charCodeAt(at + n - 1) === 32 && text.charCodeAt(at + n - 2) === 32) n--;
  return n;
}

/**
 * True when a log prefix (LOG_PREFIX) can start with the character `c`: `>`, `<`, a digit, a capital
 * (a month) or the `s` of `stdout`/`stderr`. The indented lines of a stack trace, which share their
 * first space with the line before, are then passed over without a regular expression run each.
 */
function mayStartPrefix(c: number): boolean {
  return c === 62 || c === 60 || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 115;
}

/** How many characters the lines starting at `a` and `b` share (at most `max`), stopping at a line end. */
function common(text: string, a: number, b: number, max: number): number {
  let n = 0;
  while (n < max && b + n < text.length) {
    const c = text.charCodeAt(a + n);
    if (c !== text.charCodeAt(b + n) || c === 10) break;
    n++;
  }
  return n;
}

/**
 * True when the line `[s, e)` ends in a YAML block scalar header (`key: |`, `key: >-`, `- |2`):
 * read backwards from its end, so a line that is none costs a few character reads.
 */
function blockHeader(text: string, s: number, e: number): boolean {
  let i = e;
  while (i > s && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  for (let k = 0; k < 2 && i > s; k++) {
    const c = text.charCodeAt(i - 1);
    if (c === 43 || c === 45 || (c >= 48 && c <= 57)) i--;
    else break;
  }
  const mark = text.charCodeAt(i - 1);
  if (i <= s || (mark !== 124 && mark !== 62)) return false;
  i--;
  while (i > s && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === s) return true;
  // `key: |` and `- |`: a space between the colon or dash and the mark (`->` at a line's end is an arrow).
  const c = text.charCodeAt(i - 1);
  return (c === 58 || c === 45) && i < e && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9);
}

/** True when the block header line `[s, e)` is `key: |` with a key that names a secret: its value is read indented, as written (yaml-block-secret). */
function namesSecret(text: string, s: number, e: number): boolean {
  const m = /^\s*(?:- +)?["']?([\w.-]{1,80})["']?\s*:/.exec(text.slice(s, e));
  return m !== null && secretKeyKind(m[1]!) !== null;
}

/** The indentation (spaces) of the line at `s`. */
function indentAt(text: string, s: number): number {
  let n = 0;
  while (text.charCodeAt(s + n) === 32) n++;
  return n;
}

/** True when two consecutive lines share a log prefix or a line is a YAML block header: the cheap pass that spares most texts the rest (`text` holds a `\n`). */
function mayHaveWrapping(text: string): boolean {
  let a = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', a)) {
    const b = nl + 1;
    if (blockHeader(text, a, text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl)) return true;
    // A shared prefix holds the first space of both lines (or starts with a quote mark): compared
    // backwards from that space, two lines with their own timestamps differ at once.
    const sp = text.indexOf(' ', a);
    let same = text.charCodeAt(a) === 62 && text.charCodeAt(b) === 62;
    if (!same && sp >= 0 && sp < nl && sp - a < 120) {
      same = true;
      for (let j = sp - a; j >= 0 && same; j--) same = text.charCodeAt(a + j) === text.charCodeAt(b + j);
    }
    if (same && mayStartPrefix(text.charCodeAt(b)) && prefixAt(text, b) > 0) return true;
    a = b;
  }
  return false;
}

/**
 * `text` with its line wrapping taken off, or null when it has none: CRLF line ends read as LF
 * (the `\r` dropped), a log prefix repeated on two or more consecutive lines taken off each of
 * them (the prefixes must be the same text: a log's own lines, each with its own timestamp, are
 * left as they are; a text of one line loses its prefix), and the indentation of a YAML block scalar's lines (`log: |` and the lines
 * indented under it, unless the key names a secret) taken off. The rest of the text is kept.
 */
export function unwrapLines(text: string): Unwrapped | null {
  // One line (no `\n`, so no CRLF either) keeps its prefix and has no block under it: nothing to take off.
  if (text.indexOf('\n') < 0) return null;
  if (text.indexOf('\r\n') < 0 && !mayHaveWrapping(text)) return null;
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const crlf = text.indexOf('\r\n') >= 0;
  const n = starts.length;
  const strip = new Int32Array(n);
  // A single line (an alert's log message) keeps its prefix: the scanner reads an unwrapped text as well as the text as
  // written, so taking a one-line prefix off would scan every prefixed log line twice (scanAlert ~2x slower).
  let found = strip[0] !== 0;
  for (let k = 1; k < n; k++) {
    const a = starts[k - 1]!;
    const b = starts[k]!;
    const len = common(text, a, b, 120);
    // A prefix ends at a space or a quote mark: without one in the shared part, there is none.
    let sep = false;
    for (let j = 0; j < len && !sep; j++) sep = text.charCodeAt(a + j) === 32 || text.charCodeAt(a + j) === 62;
    if (!sep) continue;
    const p = prefixAt(text, b);
    if (p === 0 || p > len || prefixAt(text, a) !== p) continue;
    strip[k - 1] = p;
    strip[k] = p;
    found = true;
  }
  // YAML block scalars: the lines under `key: |` lose the block's indentation.
  for (let k = 0; k + 1 < n; k++) {
    const s = starts[k]!;
    let e = k + 1 < n ? starts[k + 1]! - 1 : text.length;
    if (text.charCodeAt(e - 1) === 13) e--;
    if (!blockHeader(text, s, e) || namesSecret(text, s + strip[k]!, e)) continue;
    const own = indentAt(text, s + strip[k]!);
    const ind = indentAt(text, starts[k + 1]!);
    if (ind <= own) continue;
    let j = k + 1;
    for (; j < n; j++) {
      const ls = starts[j]!;
      const c = text.charCodeAt(ls + Math.min(indentAt(text, ls), ind));
      const blank = Number.isNaN(c) || c === 10 || c === 13;
      if (!blank && indentAt(text, ls) < ind) break;
      if (strip[j] === 0) strip[j] = blank ? Math.min(indentAt(text, ls), ind) : ind;
    }
    found = true;
    k = j - 1;
  }
  if (!found && !crlf) return null;
  const out = new UnwrapBuilder(text.length);
  for (let k = 0; k < n; k++) {
    const s = starts[k]! + strip[k]!;
    let e = k + 1 < n ? starts[k + 1]! - 1 : text.length;
    const cr = crlf && k + 1 < n && text.charCodeAt(e - 1) === 13;
    if (cr) e--;
    out.copy(text, s, e);
    if (k + 1 < n) out.put('\n', e, starts[k + 1]!);
  }
  return out.done();
}
