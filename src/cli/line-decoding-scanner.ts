import { decodedViews, mayBeEncoded } from '../ingest/decoded-view';
import { mergeSpans } from '../ingest/decoding-scanner';
import { withScan, type Scanner } from '../scan/create-scanner';
import type { Finding } from '../scan/types';

/**
 * The file scanner's counterpart of ingest's decodingScanner: it scans a chunk as it is and,
 * for each LINE that holds percent-escapes, JSON escapes (`\/`, `\u003d`) or HTML entities,
 * also that line's decoded view (up to three levels), mapped back to the escaped span in the
 * original. Decoding per line, not per chunk, keeps the cost to the lines with escapes (a
 * whole 1 MB chunk almost always has one) and keeps a PEM block, scanned in the chunk as it
 * is, whole.
 */
export function lineDecodingScanner(base: Scanner): Scanner {
  const scan = (text: string, path = ''): Finding[] => {
    const direct = base.scan(text, path);
    if (text.length === 0 || !mayBeEncoded(text)) return direct;
    const extra: Finding[] = [];
    for (let ls = 0; ls < text.length; ) {
      let le = text.indexOf('\n', ls);
      if (le < 0) le = text.length;
      const line = text.slice(ls, le);
      if (mayBeEncoded(line)) {
        const views = decodedViews(line);
        const v = views[views.length - 1];
        if (v) for (const f of base.scan(v.text, path)) extra.push({ ...f, start: ls + v.map[f.start]!, end: ls + v.map[f.end]! });
      }
      ls = le + 1;
    }
    return extra.length === 0 ? direct : mergeSpans([...direct, ...extra]);
  };
  return withScan(base, scan);
}
