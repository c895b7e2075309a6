import type { RawMatch } from './match-detector';

/** True when the match would be a leak (not public by design, not example data at severity info). */
function leaks(m: RawMatch): boolean {
  return !m.verdict.public && !(m.verdict.test && (m.verdict.severity ?? m.detector.severity) === 'info');
}

/**
 * Round l85: a leak that holds a public or example finding inside a span at least twice as long (a Cookie header
 * with a Twilio account SID among its pairs, a credential record around a publishable key) takes the finding over:
 * widening the public one instead would report the secrets beside it as no leak.
 */
function takesOver(c: RawMatch, w: RawMatch): boolean {
  return c.start <= w.start && c.end >= w.end && c.end - c.start >= 2 * (w.end - w.start) && leaks(c) && !leaks(w);
}

function outranks(a: RawMatch, b: RawMatch): boolean {
  if (a.detector.priority !== b.detector.priority) return a.detector.priority > b.detector.priority;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la !== lb ? la > lb : a.start < b.start;
}

/**
 * Makes matches non-overlapping and sorted: the more specific detector (higher priority,
 * then longer span) wins an overlap; a loser that sticks out of the winner widens the
 * winner's span, so that redaction never leaves part of a sensitive value behind.
 *
 * Matches are first split into clusters of (transitively) overlapping ones, which cannot
 * affect each other, and each cluster is resolved on its own: a text with ten thousand
 * e-mail addresses costs a sort, not ten thousand scans of the accepted list.
 */
export function resolveOverlaps(matches: readonly RawMatch[]): RawMatch[] {
  const byStart = [...matches].sort((a, b) => a.start - b.start);
  const out: RawMatch[] = [];
  for (let i = 0; i < byStart.length; ) {
    let end = byStart[i]!.end;
    let j = i + 1;
    while (j < byStart.length && byStart[j]!.start < end) end = Math.max(end, byStart[j++]!.end);
    if (j === i + 1) out.push({ ...byStart[i]! });
    else for (const m of resolveAtOnce(byStart.slice(i, j))) out.push(m);
    i = j;
  }
  return out;
}

/**
 * The rule above applied to all `matches` in one pass over the accepted list per candidate:
 * what each cluster gets (few matches, usually two or three). Exported as the reference that
 * resolveOverlaps's clustering must agree with; quadratic, so not for whole texts.
 */
export function resolveAtOnce(matches: readonly RawMatch[]): RawMatch[] {
  const ranked = [...matches].sort((a, b) => (outranks(a, b) ? -1 : outranks(b, a) ? 1 : 0));
  const accepted: RawMatch[] = [];
  for (const c of ranked) {
    const winner = accepted.find((a) => a.start < c.end && c.start < a.end);
    if (!winner) accepted.push({ ...c });
    else if (takesOver(c, winner)) {
      winner.detector = c.detector;
      winner.verdict = c.verdict;
      winner.start = c.start;
      winner.end = c.end;
    } else {
      winner.start = Math.min(winner.start, c.start);
      winner.end = Math.max(winner.end, c.end);
    }
  }
  accepted.sort((a, b) => a.start - b.start);
  const out: RawMatch[] = [];
  for (const a of accepted) {
    const last = out[out.length - 1];
    if (last && a.start < last.end) {
      const keep = outranks(a, last) ? a : last;
      out[out.length - 1] = { ...keep, start: last.start, end: Math.max(last.end, a.end) };
    } else out.push(a);
  }
  return out;
}
