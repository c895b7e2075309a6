import { withScan, type Scanner } from '../scan/create-scanner';
import type { Finding } from '../scan/types';
import { decodedViews, mayBeEncoded } from './decoded-view';

/**
 * Findings of every view merged into sorted, non-overlapping spans of the original text:
 * overlapping findings become one span (the widest finding's detector names it).
 */
export function mergeSpans(all: Finding[]): Finding[] {
  if (all.length <= 1) return all;
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  let cur = { ...all[0]! };
  let widest = cur.end - cur.start;
  for (let i = 1; i < all.length; i++) {
    const f = all[i]!;
    if (f.start < cur.end) {
      if (f.end - f.start > widest) {
        widest = f.end - f.start;
        cur = { ...f, start: cur.start, end: Math.max(cur.end, f.end) };
      } else {
        cur.end = Math.max(cur.end, f.end);
      }
      continue;
    }
    out.push(cur);
    cur = { ...f };
    widest = cur.end - cur.start;
  }
  out.push(cur);
  return out;
}

/**
 * The scanner behind every text from outside: it scans the text as it is and, when the text
 * holds percent-escapes, JSON escapes (`\/`, `\u003d`) or HTML entities, also its decoded
 * view (decoded up to three levels, for double- and triple-encoded values). A finding in the
 * decoded view redacts the whole escaped span it came from in the original, so
 * `token%3Dghp_…`, `https:\/\/hooks.slack.com\/services\/…` and `\u0070assword=…` are
 * redacted where they stand. A text without escapes costs one scan, one with escapes two
 * (plus a linear decode).
 */
export function decodingScanner(base: Scanner): Scanner {
  const scan = (text: string, path = ''): Finding[] => {
    const direct = base.scan(text, path);
    if (text.length === 0 || !mayBeEncoded(text)) return direct;
    const views = decodedViews(text);
    const v = views[views.length - 1];
    if (!v) return direct;
    // The fully decoded view only: what a partly decoded one shows, it shows too (decoding
    // more never hides a value), and each view costs a whole scan.
    const all = [...direct];
    for (const f of base.scan(v.text, path)) all.push({ ...f, start: v.map[f.start]!, end: v.map[f.end]! });
    return all.length === direct.length ? direct : mergeSpans(all);
  };
  return withScan(base, scan);
}
