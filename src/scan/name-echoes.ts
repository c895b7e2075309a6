import { ECHO_REACH } from './echoes';
import type { RawMatch } from './match-detector';

/**
 * Round r78: a person's name that a record splits into first and last name members (`"given_name":"Harriet",
 * "family_name":"Llewellyn"`, `FNAME`/`LNAME`, `'FirstName': 'Loïc', 'LastName': 'Dubois-Martin'`) is the same person's
 * name where the log writes it whole: `sync failed for "Harriet Llewellyn"`, `subscriber: Harriet Llewellyn`, a bank
 * account's `"name":"Harriet Llewellyn Checking"`, a description `web form: Harriet Llewellyn`. When two name matches
 * lie close together (the second starts at most PAIR_GAP characters after the first ends) and both are single
 * capitalised words or a family name with particles, the joined name `first last` is looked for within ECHO_REACH as
 * whole words and reported by the first match's detector with its verdict. Only what no match covers yet is added;
 * an echo may overlap a match that covers part of it (resolveOverlaps widens the winner).
 */

/** How far apart the first and the last name members may be (a few keys between them). */
const PAIR_GAP = 80;
/** At most this many pairs per text and this many echoes per pair: bounded work on hostile input. */
const PAIRS = 64;
const PER_PAIR = 8;

/** A given name as a record holds it: one capitalised word (letters, an apostrophe or a hyphen inside). */
const GIVEN = /^\p{Lu}[\p{Ll}'’-]{1,24}(?:-\p{Lu}[\p{Ll}]{1,24})?$/u;
/** A family name: capitalised words, particles allowed (`de la Vega`, `García Ortega`, `O'Sullivan`, `van Dijk`). */
const FAMILY = /^(?:(?:de|del|della|di|da|dos|das|do|van|von|der|den|la|le|du|ter|ten|y|e|bin|al)\s)*\p{Lu}[\p{L}'’-]{1,30}(?:\s(?:(?:de|del|la|las|los|y|e|van|der|den)\s){0,2}\p{Lu}[\p{L}'’-]{1,30}){0,2}$/u;

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** The echoes of split names among `matches` (resolved: sorted, non-overlapping) in `text`. */
export function splitNameEchoes(text: string, matches: readonly RawMatch[]): RawMatch[] {
  const out: RawMatch[] = [];
  let pairs = 0;
  const done = new Set<string>();
  for (let i = 0; i + 1 < matches.length && pairs < PAIRS; i++) {
    const a = matches[i]!;
    if (!a.detector.id.startsWith('person-name') || a.verdict.public || a.verdict.test) continue;
    const b = matches[i + 1]!;
    if (!b.detector.id.startsWith('person-name') || b.start - a.end > PAIR_GAP || b.start < a.end) continue;
    const first = text.slice(a.start, a.end);
    const last = text.slice(b.start, b.end);
    if (!GIVEN.test(first) || !FAMILY.test(last) || first.length + last.length < 6) continue;
    // The two must be members of one record, not two names in a row of a table: only keys and punctuation between them.
    const between = text.slice(a.end, b.start);
    if (!/(?:name|NAME|Name)/.test(between) || /\n/.test(between)) continue;
    const joined = `${first} ${last}`;
    if (done.has(joined)) continue;
    done.add(joined);
    pairs++;
    const from = Math.max(0, a.start - ECHO_REACH);
    const near = text.slice(from, Math.min(text.length, b.end + ECHO_REACH));
    let seen = 0;
    for (let j = near.indexOf(joined); j >= 0 && seen < PER_PAIR; j = near.indexOf(joined, j + joined.length)) {
      seen++;
      const at = from + j;
      const end = at + joined.length;
      if (isLetter(text[at - 1]) || isLetter(text[end])) continue;
      if (coveredBy(matches, at, end)) continue;
      out.push({ detector: a.detector, start: at, end, verdict: a.verdict });
    }
  }
  return out;
}

/** True when one match covers [s, e) whole. */
function coveredBy(sorted: readonly RawMatch[], s: number, e: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= s) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]!.start <= s && sorted[lo]!.end >= e;
}
