import { UnwrapBuilder, type Unwrapped } from './unwrap-builder';

/** A quoted-printable escape (`=3D`, `=C3=A9`) or soft line break (`=\r\n`, `=\n`). */
const QP = /=(?:([0-9A-F]{2})|\r?\n)/g;

/**
 * True when `text` reads as a quoted-printable body: a MIME header says so, or it has both an
 * encoded `=` (`=3D`) and a soft line break. A text with neither (a shell line `FOO=\`, a URL) is
 * left alone.
 */
function looksQuotedPrintable(text: string): boolean {
  if (!text.includes('=')) return false;
  if (/quoted-printable/i.test(text)) return true;
  return text.includes('=3D') && /=\r?\n/.test(text);
}

/**
 * `text` with its quoted-printable encoding taken off (RFC 2045): each `=XX` escape read as the
 * byte it stands for (runs of them as UTF-8 where they form it), soft line breaks (`=` at a line's
 * end) removed, so that a password written `d7u2v=3Dgjh1` or a token broken across lines by the
 * 76-character limit is read whole; a finding maps back over the escapes and the soft breaks inside
 * it. Null when the text is not quoted-printable (looksQuotedPrintable) or has no escape.
 */
export function unwrapQuotedPrintable(text: string): Unwrapped | null {
  if (!looksQuotedPrintable(text)) return null;
  QP.lastIndex = 0;
  let m = QP.exec(text);
  if (m === null) return null;
  const b = new UnwrapBuilder(text.length);
  let run = 0;
  while (m !== null) {
    b.copy(text, run, m.index);
    if (m[1] === undefined) {
      run = m.index + m[0].length; // a soft break: nothing of it is read
      m = QP.exec(text);
      continue;
    }
    // A run of escapes: decoded together (a UTF-8 character spans two to four of them).
    const start = m.index;
    const bytes: number[] = [];
    const ends: number[] = [];
    while (m !== null && m[1] !== undefined && m.index === (ends.length ? ends[ends.length - 1]! : start)) {
      bytes.push(parseInt(m[1], 16));
      ends.push(m.index + 3);
      m = QP.exec(text);
    }
    const decoded = Buffer.from(bytes).toString('utf8');
    if (!decoded.includes('\ufffd') && decoded.length < bytes.length) {
      b.put(decoded, start, ends[ends.length - 1]!); // multi-byte characters: the whole run stands for them
    } else {
      for (let k = 0; k < bytes.length; k++) b.put(String.fromCharCode(bytes[k]!), ends[k]! - 3, ends[k]!);
    }
    run = ends[ends.length - 1]!;
  }
  b.copy(text, run, text.length);
  return b.done();
}
