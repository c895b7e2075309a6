import type { MatchContext } from './detector';

/** A line longer than this is a long line: its validators read only REACH characters either side of a value. */
export const LONG_LINE = 8192;
/** How much of a long line a validator reads on either side of the value (and of its key). */
export const REACH = 1024;

/** The newline offsets of the last long slice seen (validators of one slice ask many times). */
let cachedSlice: string | null = null;
let cachedBreaks = new Int32Array(0);

function breaksOf(slice: string): Int32Array {
  if (slice === cachedSlice) return cachedBreaks;
  const at: number[] = [];
  for (let i = slice.indexOf('\n'); i >= 0; i = slice.indexOf('\n', i + 1)) at.push(i);
  cachedSlice = slice;
  cachedBreaks = Int32Array.from(at);
  return cachedBreaks;
}

/** The length of the line of `slice` that holds [from, to), by binary search over its newlines. */
function lineLength(breaks: Int32Array, length: number, from: number, to: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? breaks[lo - 1]! + 1 : 0;
  let k = lo;
  while (k < breaks.length && breaks[k]! < to) k++;
  const after = k < breaks.length ? breaks[k]! : length;
  return after - before;
}

/**
 * The context a validator reads for the value at [s, e) of `slice` (its match starting at `matchStart`).
 * On a line longer than LONG_LINE it is cut to REACH characters either side of the match, so that what
 * a validator reads around one value (its line, the header above, the rest of the row) is bounded and a
 * long line of candidates costs linear time, not the line's length once per candidate (a 200 KB line of
 * `Dear Anna, ` took seconds). Offsets in the returned context are into its own `text`.
 */
export function contextOf(slice: string, s: number, e: number, matchStart: number, key: string | undefined): MatchContext {
  if (slice.length <= LONG_LINE) return { text: slice, start: s, end: e, matchStart, key };
  const from = Math.min(s, matchStart);
  if (lineLength(breaksOf(slice), slice.length, from, e) <= LONG_LINE) return { text: slice, start: s, end: e, matchStart, key };
  const lo = Math.max(0, from - REACH);
  const hi = Math.min(slice.length, e + REACH);
  return { text: slice.slice(lo, hi), start: s - lo, end: e - lo, matchStart: matchStart - lo, key };
}
