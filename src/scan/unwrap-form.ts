import { UnwrapBuilder, type Unwrapped } from './unwrap-builder';

/**
 * An `application/x-www-form-urlencoded` body: at least three `key=value` pairs joined by `&`, the
 * first not right after a `?` or a URL's own characters (a query string in an access log is a URL,
 * read as written), at line start or after a space, quote, colon or `=`. Bounded: keys of at most
 * 64 characters, values without spaces or `&`.
 */
const BODY = /(?<![?\w%./&=+-])[A-Za-z_][\w.[\]-]{0,63}=[^\s&"']*(?:&[A-Za-z_][\w.[\]-]{0,63}=[^\s&"']*){2,}/g;
/** What makes a body worth reading decoded: a `+` between letters (a space in prose, not in a card's groups) and an escape. */
const PROSE_PLUS = /[A-Za-z]\+[A-Za-z]/;
const ESCAPE = /%[0-9A-Fa-f]{2}/;
/** Or an escaped UTF-8 character (`Nguy%E1%BB%85n`, `Gro%C3%9F`): a person's text, not a machine's. */
const UTF8_ESCAPE = /%[C-Ec-e][0-9A-Fa-f]%[89ABab][0-9A-Fa-f]/;
/** One escape, or a run of them that spells one UTF-8 character (a lead byte and its continuation bytes), a `+`, or the `&` before a pair. */
const PIECE = /%([C-Fc-f][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f]){1,3})|%([0-7][0-9A-Fa-f])|\+|&(?=[A-Za-z_][\w.[\]-]{0,63}=)/g;
/** Escapes kept as written: `%25` (`%`), `%26` (`&`) and `%3D` (`=`) would change where a pair or a value ends. */
const KEEP = new Set(['25', '26', '3d', '3D']);

/** The character a run of UTF-8 escapes stands for, or null. */
function utf8(run: string): string | null {
  try {
    const c = decodeURIComponent(run);
    return c.length <= 2 ? c : null;
  } catch {
    return null;
  }
}

/** The text a PIECE match stands for, or null (kept as written). */
function pieceOf(m: RegExpExecArray): string | null {
  if (m[0] === '+') return ' ';
  if (m[0] === '&') return '\n';
  if (m[1] !== undefined) return utf8(m[0]);
  const h = m[2]!;
  if (KEEP.has(h)) return null;
  const code = parseInt(h, 16);
  return code >= 0x20 || code === 0x0a || code === 0x0d || code === 0x09 ? String.fromCharCode(code) : null;
}

/**
 * `text` with its form-encoded bodies read as their fields hold them (`Body=Hola%2C%0AMi+tel%C3%A9fono+es+…`
 * as `Body=Hola,\nMi teléfono es …`, each pair on a line of its own), or null when it has none: a Twilio or Mailgun webhook, a Slack
 * command or an OAuth token request logged as its body, whose prose and values the detectors read as
 * written anywhere else. Only bodies with both a `+` between words and an escape, or an escaped UTF-8 character, are read; the rest of
 * the text is copied.
 */
export function unwrapFormBodies(text: string): Unwrapped | null {
  if (text.indexOf('&') < 0 || text.indexOf('%') < 0) return null;
  let b: UnwrapBuilder | null = null;
  let run = 0;
  BODY.lastIndex = 0;
  for (let body = BODY.exec(text); body; body = BODY.exec(text)) {
    const s = body[0];
    if (!(PROSE_PLUS.test(s) && ESCAPE.test(s)) && !UTF8_ESCAPE.test(s)) continue;
    PIECE.lastIndex = 0;
    for (let m = PIECE.exec(s); m; m = PIECE.exec(s)) {
      const out = pieceOf(m);
      if (out === null) continue;
      const at = body.index + m.index;
      b ??= new UnwrapBuilder(text.length);
      b.copy(text, run, at);
      b.put(out, at, at + m[0].length);
      run = at + m[0].length;
    }
  }
  if (!b) return null;
  b.copy(text, run, text.length);
  return b.done();
}
