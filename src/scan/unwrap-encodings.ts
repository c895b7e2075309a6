import { UnwrapBuilder, compose, type Unwrapped } from './unwrap-builder';
import { unwrapFormBodies } from './unwrap-form';

/**
 * A quoted-printable body's marks, read per paragraph (lines between blank lines), never over the
 * whole text: an encoded `=` (`=3D`, in capitals, as QP writes hex) before a quote (`href=3D"`) or
 * with a soft line break in the same paragraph, or any escape or soft break in the paragraph right
 * after one naming `quoted-printable` (the MIME part's headers). Not `=3D` alone
 * (`correlationId=3db5…`), and nothing outside such a paragraph: read over a whole log, one QP mail
 * made `span_id=2847…` elsewhere read as `(47…` (a card), and a stream, which sees a piece at a
 * time, found something else than the whole text.
 */
const QP_ATTR = /=3D["']/;
const QP_SOFT = /=\r?\n/;
const QP_ANY = /=(?:[0-9A-F]{2}|\r?\n)/;
const QP_NAMED = /quoted-printable/i;
/**
 * A quoted-printable escape of a printable ASCII byte, a soft line break, or the escapes of one
 * UTF-8 encoded character (`Stra=C3=9Fe`, `Zo=C3=AB`: a lead byte and its continuation bytes).
 */
const QP = /=(?:([2-7][0-9A-F])|\r?\n)|(=[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3})/g;

/** The character a run of UTF-8 escapes (`=C3=9F`) stands for, or null (not one well-formed character). */
function qpUtf8(run: string): string | null {
  try {
    const c = decodeURIComponent(run.replace(/=/g, '%'));
    return c.length <= 2 && c.codePointAt(0)! >= 0xa0 ? c : null;
  } catch {
    return null;
  }
}
/** A blank line: where a paragraph ends. */
const BLANK = /\n[ \t\r]*\n/g;

/** The paragraphs of `text` that read as quoted-printable (see QP_ATTR), as [start, end) ranges. */
function qpParagraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let named = false;
  let start = 0;
  BLANK.lastIndex = 0;
  for (;;) {
    const m = BLANK.exec(text);
    const end = m ? m.index + 1 : text.length;
    const p = text.slice(start, end);
    if ((p.includes('=3D') && (QP_ATTR.test(p) || QP_SOFT.test(p))) || (named && QP_ANY.test(p))) out.push([start, end]);
    named = QP_NAMED.test(p);
    if (!m) break;
    start = m.index + m[0].length - 1;
  }
  return out;
}

/** `text` with the quoted-printable escapes of its QP paragraphs decoded (qpParagraphs), or null. */
function decodeQp(text: string): Unwrapped | null {
  if (text.indexOf('=3D') < 0 && !QP_NAMED.test(text)) return null;
  const ranges = qpParagraphs(text);
  if (ranges.length === 0) return null;
  let r = 0;
  return rewrite(text, QP, (m) => {
    while (r < ranges.length && ranges[r]![1] <= m.index) r++;
    if (r >= ranges.length || m.index < ranges[r]![0]) return null;
    if (m[2]) return qpUtf8(m[2]);
    return m[1] ? String.fromCharCode(parseInt(m[1], 16)) : '';
  });
}

/** A URL-encoded `%` (a text URL-encoded twice: `%2540`, `%253D`) or `=` (a query inside a query parameter: `next=%2Flogin%3Fkey%3Dvalue`). */
const PCT_TWICE = /%25[0-9A-Fa-f]{2}|%3[Dd](?=[A-Za-z0-9%+])/y;
/** A URL escape of a printable ASCII byte. */
const PCT = /%([2-7][0-9A-Fa-f])/g;

/**
 * A numeric character reference, `&quot;`, or (round l88) `&lt;` closed by `&gt;` on its line (`Ana Ruiz &lt;ana@…&gt;` in
 * a `<pre>` block): the mark of text HTML-escaped as a whole (not a lone `&amp;` in a URL).
 */
const HTML_MARK = /&#[xX]?[0-9A-Fa-f]{1,6};|&quot;|&lt;[^&\n]{1,200}&gt;/y;

/**
 * True when the sticky `mark` matches at one of the places `lead` (its first character) stands in
 * `text`: V8 finds a rare character many times faster than an expression's own search walks the text
 * (0.13 against 1.2 ms on a 4 MB log).
 */
function markAt(text: string, lead: string, mark: RegExp): boolean {
  for (let i = text.indexOf(lead); i >= 0; i = text.indexOf(lead, i + 1)) {
    mark.lastIndex = i;
    if (mark.test(text)) return true;
  }
  return false;
}
/** The [start, end) ranges of the lines of `text` where the sticky `mark` matches at a `lead` character, in order. */
function markedLines(text: string, lead: string, mark: RegExp): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(lead); i >= 0; i = text.indexOf(lead, i + 1)) {
    mark.lastIndex = i;
    if (!mark.test(text)) continue;
    const start = text.lastIndexOf('\n', i - 1) + 1;
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    if (out.length === 0 || out[out.length - 1]![1] < start) out.push([start, end]);
    i = end;
  }
  return out;
}

/** An HTML character reference of a printable ASCII character (named ones: quot, apos, amp, lt, gt). */
const HTML_REF = /&(?:#(\d{2,3})|#[xX]([0-9A-Fa-f]{2})|(quot|apos|amp|lt|gt));/g;
const HTML_NAMES: Readonly<Record<string, string>> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };

/** The character an HTML_REF match stands for, or null (not printable ASCII). */
function htmlChar(m: RegExpExecArray): string | null {
  if (m[3]) return HTML_NAMES[m[3]]!;
  const code = m[1] ? parseInt(m[1], 10) : parseInt(m[2]!, 16);
  return code >= 32 && code <= 126 ? String.fromCharCode(code) : null;
}

/** Rewrites each match of `re` in `text` by `f` (null: kept as written); null when nothing changed. */
function rewrite(text: string, re: RegExp, f: (m: RegExpExecArray) => string | null): Unwrapped | null {
  let b: UnwrapBuilder | null = null;
  let run = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const out = f(m);
    if (out === null) continue;
    b ??= new UnwrapBuilder(text.length);
    b.copy(text, run, m.index);
    // A removed sequence emits nothing: the characters around it become neighbours.
    if (out.length > 0) b.put(out, m.index, m.index + m[0].length);
    run = m.index + m[0].length;
  }
  if (!b) return null;
  b.copy(text, run, text.length);
  return b.done();
}

/**
 * `text` with one layer of transport encoding taken off, or null when it has none of them (terminal
 * colour codes are taken off before, with the characters that print as nothing: unwrapInvisible): a quoted-printable body decoded (`=3D`, soft
 * line breaks `=\n`; printable ASCII escapes and UTF-8 encoded characters), HTML-escaped text (`&quot;`, `&#x40;`), a text URL-encoded twice decoded once (`%2540` to
 * `%40`, `%3D` to `=`), form-encoded bodies with prose in them (unwrapFormBodies). Each is gated by a mark that plain log text rarely holds, so that most texts
 * are not read a second time. `qp` false: a text whose quoted-printable and form bodies were decoded already (its
 * `quoted-printable` header stays, and `=3D59` decoded once is `=59`, not `Y`).
 */
export function unwrapEncodings(text: string, qp = true): Unwrapped | null {
  let cur: Unwrapped | null = null;
  const step = (next: Unwrapped | null): void => {
    if (next) cur = cur ? compose(cur, next) : next;
  };
  const a: string = (cur as Unwrapped | null)?.text ?? text;
  if (qp) step(decodeQp(a));
  const h: string = (cur as Unwrapped | null)?.text ?? text;
  if (markAt(h, '&', HTML_MARK)) step(rewrite(h, HTML_REF, htmlChar));
  // Form-encoded bodies at the first level only, as quoted-printable: decoded once, `%2B` is a `+`, not a space. Before
  // the URL-encoded-twice step, which decodes `%3D` and `%26` and so would join a body's pairs.
  if (qp) step(unwrapFormBodies((cur as Unwrapped | null)?.text ?? text));
  const q: string = (cur as Unwrapped | null)?.text ?? text;
  if (markAt(q, '%', PCT_TWICE)) {
    // Only the lines that hold a mark: a mark on one line of a log says nothing of the others, and a stream, which
    // sees a piece of the text at a time, must decode a line as the whole text's scan does.
    const lines = markedLines(q, '%', PCT_TWICE);
    let k = 0;
    step(
      rewrite(q, PCT, (m) => {
        while (k < lines.length && lines[k]![1] <= m.index) k++;
        if (k >= lines.length || m.index < lines[k]![0]) return null;
        return String.fromCharCode(parseInt(m[1]!, 16));
      }),
    );
  }
  return cur;
}
