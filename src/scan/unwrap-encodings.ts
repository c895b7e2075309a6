import { UnwrapBuilder, compose, type Unwrapped } from './unwrap-builder';

/**
 * A quoted-printable body's marks: its header, an encoded `=` before a quote (`href=3D"`), or an encoded `=`
 * (in capitals, as QP writes hex) with a soft line break. Not `=3D` alone: `correlationId=3db5…` has one. None
 * is left once decoded, so a body is decoded once (`=3D59` is `=59`, not `Y`).
 */
const QP_NAMED = /quoted-printable[^]*=\r?\n/i;
const QP_ATTR = /=3D["']/;
const QP_EQ = /=3D/;
const QP_SOFT = /=\r?\n/;
const qpMarked = (t: string): boolean => QP_ATTR.test(t) || QP_NAMED.test(t) || (QP_EQ.test(t) && QP_SOFT.test(t));
/** A quoted-printable escape of a printable ASCII byte, or a soft line break. */
const QP = /=(?:([2-7][0-9A-F])|\r?\n)/g;
/** A URL-encoded `%` (a text URL-encoded twice: `%2540`, `%253D`) or `=` (a query inside a query parameter: `next=%2Flogin%3Fkey%3Dvalue`). */
const PCT_TWICE = /%25[0-9A-Fa-f]{2}|%3[Dd](?=[A-Za-z0-9%+])/;
/** A URL escape of a printable ASCII byte. */
const PCT = /%([2-7][0-9A-Fa-f])/g;

/** A numeric character reference or `&quot;`: the mark of text HTML-escaped as a whole (not a lone `&amp;` in a URL). */
const HTML_MARK = /&#[xX]?[0-9A-Fa-f]{1,6};|&quot;/;
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
 * line breaks `=\n`; only printable ASCII escapes), HTML-escaped text (`&quot;`, `&#x40;`), a text URL-encoded twice decoded once (`%2540` to
 * `%40`, `%3D` to `=`). Each is gated by a mark that plain log text rarely holds, so that most texts
 * are not read a second time.
 */
export function unwrapEncodings(text: string): Unwrapped | null {
  let cur: Unwrapped | null = null;
  const step = (next: Unwrapped | null): void => {
    if (next) cur = cur ? compose(cur, next) : next;
  };
  const a: string = (cur as Unwrapped | null)?.text ?? text;
  if (a.indexOf('=') >= 0 && qpMarked(a)) step(rewrite(a, QP, (m) => (m[1] ? String.fromCharCode(parseInt(m[1], 16)) : '')));
  const h: string = (cur as Unwrapped | null)?.text ?? text;
  if (h.indexOf('&') >= 0 && HTML_MARK.test(h)) step(rewrite(h, HTML_REF, htmlChar));
  const q: string = (cur as Unwrapped | null)?.text ?? text;
  if (q.indexOf('%') >= 0 && PCT_TWICE.test(q)) step(rewrite(q, PCT, (m) => String.fromCharCode(parseInt(m[1]!, 16))));
  return cur;
}
