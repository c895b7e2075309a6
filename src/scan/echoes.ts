import type { RawMatch } from './match-detector';

/** How far from a found value its echoes are looked for (an error message quoting the row it rejected, a retry of the same call). */
export const ECHO_REACH = 8192;
/** Values shorter than this are not looked for again: a short one (a CVC, a PIN) repeats by chance. */
const ECHO_MIN = 8;

/** A character that continues a value: an echo must not be part of a longer word or number. */
const joins = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** At most this many occurrences of one value are looked at, and at most this many echoes are added to one text: bounded cost on hostile input. */
const PER_VALUE = 16;
const PER_TEXT = 256;

/** True when [s, e) overlaps one of `sorted` (by start, non-overlapping): a binary search. */
function overlapsAny(sorted: readonly RawMatch[], s: number, e: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start < e;
}

/**
 * The echoes of `matches` (resolved: sorted, non-overlapping) in `text`: other occurrences of a
 * leaked value within ECHO_REACH of it, as whole words, that no match covers. A value a detector
 * recognises under its column name (`name: cpf, … parsed text: "841.610.700-98"`) is redacted
 * where the same message quotes it without one (`before: '…,841.610.700-98,BR'`). Each echo is
 * reported by the detector that found the value, with its verdict. Echoes never overlap each
 * other; the work is bounded (PER_VALUE occurrences of a value, PER_TEXT echoes).
 */
export function echoesOf(text: string, matches: readonly RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number): boolean => !overlapsAny(matches, s, e) && !taken.some(([a, b]) => a < e && s < b);
  for (const m of matches) {
    const len = m.end - m.start;
    if (len < ECHO_MIN || m.verdict.public || m.verdict.test) continue;
    const value = text.slice(m.start, m.end);
    // Searched in the reach only: indexOf on the whole text would run to its end whenever there is no echo.
    const from = Math.max(0, m.start - ECHO_REACH);
    const near = text.slice(from, Math.min(text.length, m.end + ECHO_REACH));
    let seen = 0;
    for (let i = near.indexOf(value); i >= 0 && seen < PER_VALUE; i = near.indexOf(value, i + len)) {
      seen++;
      const at = from + i;
      if (at === m.start) continue;
      if ((at > 0 && joins(text.charCodeAt(at - 1)) && joins(value.charCodeAt(0))) || (joins(text.charCodeAt(at + len)) && joins(value.charCodeAt(len - 1)))) continue;
      if (!free(at, at + len)) continue;
      out.push({ detector: m.detector, start: at, end: at + len, verdict: m.verdict });
      taken.push([at, at + len]);
      if (out.length >= PER_TEXT) return out;
    }
  }
  return out;
}
