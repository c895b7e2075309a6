import { decodedViews, mayBeEncoded } from '../ingest/decoded-view';
import { mergeSpans } from '../ingest/decoding-scanner';
import { withScan, type Scanner } from '../scan/create-scanner';
import type { Finding } from '../scan/types';

/** The longest escape mayBeEncoded() looks for (`&#x10FFFF;`), with room to spare. */
const ESCAPE_LEN = 12;

/**
 * The first position at or after `from` where an escape mayBeEncoded() recognises starts, or -1.
 * Every escape starts with `%`, `\` or `&` and is shorter than ESCAPE_LEN, so only those
 * characters (found with indexOf, rare in logs) are looked at, each with mayBeEncoded() on the
 * few characters from it: the same answer as the regular expression over the whole text, at a
 * fraction of its cost.
 */
function nextEscape(text: string, from: number): number {
  let pct = text.indexOf('%', from);
  let bsl = text.indexOf('\\', from);
  let amp = text.indexOf('&', from);
  for (;;) {
    let at = pct;
    if (bsl >= 0 && (at < 0 || bsl < at)) at = bsl;
    if (amp >= 0 && (at < 0 || amp < at)) at = amp;
    if (at < 0) return -1;
    if (mayBeEncoded(text.slice(at, at + ESCAPE_LEN))) return at;
    if (at === pct) pct = text.indexOf('%', at + 1);
    else if (at === bsl) bsl = text.indexOf('\\', at + 1);
    else amp = text.indexOf('&', at + 1);
  }
}

/**
 * The file scanner's counterpart of ingest's decodingScanner: it scans a chunk as it is and,
 * for each LINE that holds percent-escapes, JSON escapes (`\/`, `\u003d`) or HTML entities,
 * also that line's decoded view (up to three levels), mapped back to the escaped span in the
 * original. Decoding per line, not per chunk, keeps the cost to the lines with escapes (a
 * whole 1 MB chunk almost always has one) and keeps a PEM block, scanned in the chunk as it
 * is, whole. Lines with escapes are found from the escapes (nextEscape), not line by line.
 */
export function lineDecodingScanner(base: Scanner): Scanner {
  let hits: readonly number[] = [];
  const scan = (text: string, path = ''): Finding[] => {
    const direct = base.scan(text, path);
    // Of the text, not of the decoded lines scanned below (their findings lie inside their line).
    hits = base.spanHits?.() ?? [];
    const extra: Finding[] = [];
    for (let at = nextEscape(text, 0); at >= 0; ) {
      const ls = text.lastIndexOf('\n', at) + 1;
      let le = text.indexOf('\n', at);
      if (le < 0) le = text.length;
      const views = decodedViews(text.slice(ls, le));
      const v = views[views.length - 1];
      if (v) for (const f of base.scan(v.text, path)) extra.push({ ...f, start: ls + v.map[f.start]!, end: ls + v.map[f.end]! });
      at = le < text.length ? nextEscape(text, le + 1) : -1;
    }
    return extra.length === 0 ? direct : mergeSpans([...direct, ...extra]);
  };
  const scanner = withScan(base, scan);
  return base.spanHits ? { ...scanner, spanHits: () => hits } : scanner;
}
