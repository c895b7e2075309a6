import { parseDuration } from '../rules/duration';

/**
 * A point in time from user input: a duration back from now (`24h`, `7d`), an ISO date
 * (`2024-05-01T10:00:00Z`), or epoch milliseconds. Throws an Error saying what is accepted.
 */
export function parseSince(text: string, now: number): number {
  const s = text.trim();
  if (/^\d{10,16}$/.test(s)) return Number(s);
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) {
    const t = Date.parse(s);
    if (Number.isFinite(t)) return t;
  } else {
    try {
      return now - parseDuration(s);
    } catch {
      /* fall through to the error below */
    }
  }
  throw new Error(`invalid time ${JSON.stringify(s.slice(0, 40))}: use a duration back from now (24h, 7d), an ISO date, or epoch ms`);
}

/** Canonical incident id (`h-1F` → `H-1f`), or null when it does not look like one. */
export function normalizeIncidentId(text: string): string | null {
  const m = /^h-([0-9a-z]{1,12})$/i.exec(text.trim());
  return m ? `H-${m[1].toLowerCase()}` : null;
}
