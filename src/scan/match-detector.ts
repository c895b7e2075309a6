import type { Detector, MatchContext, Verdict } from './detector';
import { kindPrefix } from './mask-value';
import { isPlaceholder } from './placeholders';
import { shannonEntropy } from './validators';

/** A match that passed validation; offsets are into the full scanned text. */
export interface RawMatch {
  detector: Detector;
  start: number;
  end: number;
  verdict: Verdict;
}

/** Runs the detector's validation, placeholder and entropy guards; null when rejected. */
export function judge(det: Detector, value: string, ctx: MatchContext): Verdict | null {
  let verdict: Verdict = { ok: true };
  if (det.validate) {
    const r = det.validate(value, ctx);
    if (r === false) return null;
    if (r !== true) {
      if (!r.ok) return null;
      verdict = r;
    }
  }
  if (!verdict.test) {
    if (det.placeholders) {
      const body = value.slice(kindPrefix(det, value).length);
      if (isPlaceholder(body) || isPlaceholder(value)) return null;
    }
    if (det.minEntropy > 0 && shannonEntropy(value) < det.minEntropy) return null;
  }
  return verdict;
}

/** Runs one detector over `text[start, end)` and appends validated matches to `out`. */
export function matchDetector(det: Detector, text: string, start: number, end: number, out: RawMatch[]): void {
  matchInSlice(det, start === 0 && end === text.length ? text : text.slice(start, end), start, out);
}

/** Runs one detector over `slice` (which starts at `start` in the scanned text). */
export function matchInSlice(det: Detector, slice: string, start: number, out: RawMatch[]): void {
  let from = 0;
  if (det.precheck !== null) {
    const at = slice.search(det.precheck.re);
    if (at < 0) return;
    from = Math.max(0, at - det.precheck.reach);
  }
  const re = det.pattern;
  const plain = det.plain;
  const keyOk = det.keyOk;
  let at = from;
  for (;;) {
    if (plain !== null && keyOk !== null) {
      // Without indices first: an unquoted value of a key validation rejects (`cache_key=…`)
      // is passed over here; a quoted one may hold a match of its own, so it is judged below.
      plain.lastIndex = at;
      const p = plain.exec(slice);
      if (p === null) return;
      const g = p.groups;
      if (p[0].length !== 0 && g?.['v'] === undefined && g?.['w'] === undefined && !keyOk(g?.['k'] ?? '')) {
        at = plain.lastIndex;
        continue;
      }
      at = p.index;
    }
    re.lastIndex = at;
    const m = re.exec(slice);
    if (m === null) return;
    if (m[0].length === 0) {
      at = re.lastIndex + 1;
      continue;
    }
    at = re.lastIndex;
    const ind = m.indices!;
    const g = ind.groups;
    const span = g?.['v'] ?? g?.['w'] ?? g?.['u'] ?? ind[0];
    const [s, e] = span;
    const value = slice.slice(s, e);
    const verdict = judge(det, value, { text: slice, start: s, end: e, matchStart: m.index, key: m.groups?.['k'] });
    if (!verdict) {
      // A rejected quoted value may hold a match of its own (`"msg":"… token=…"`): look inside.
      // Only after a quote: the quoted value ends at the next quote, so the rescan stays linear.
      if (s > m.index && (slice.charCodeAt(s - 1) === 34 || slice.charCodeAt(s - 1) === 39)) at = s;
      continue;
    }
    const vEnd = verdict.trimEnd !== undefined ? s + verdict.trimEnd : e;
    out.push({ detector: det, start: start + s, end: start + vEnd, verdict });
  }
}
