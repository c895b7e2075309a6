import { TRANSITIONS, type Transition } from './alert';

/** What the Datadog event title tells: priority, transition, scope, and the bare title. */
export interface ParsedTitle {
  priority: number | null;
  transition: Transition | null;
  scope: string[];
  title: string;
}

const TITLE_PREFIX =
  /^(?:\[P([1-5])\] )?\[(Triggered|Re-Triggered|Recovered|Warn|Re-Warn|No Data|Re-No Data|Renotify)(?: on \{([^}]{0,2000})\})?\] ?/;

/**
 * Parse `[P1] [Triggered on {env:prod,service:x}] Name`; tolerant of anything else. The
 * title is never cut here (it is cut after redaction, so no secret is split by a cut).
 */
export function parseTitle(raw: string): ParsedTitle {
  const m = TITLE_PREFIX.exec(raw.slice(0, 2100));
  if (!m) {
    const p = /^\[P([1-5])\] ?/.exec(raw);
    return { priority: p ? Number(p[1]) : null, transition: null, scope: [], title: cleanTitle(p ? raw.slice(p[0].length) : raw) };
  }
  return {
    priority: m[1] ? Number(m[1]) : null,
    transition: m[2] as Transition,
    scope: m[3] ? splitList(m[3]) : [],
    title: cleanTitle(raw.slice(m[0].length)),
  };
}

/** Drop the empty `[]` Datadog leaves in some titles, and trim. */
function cleanTitle(t: string): string {
  return t.replace(/^(\[\] ?)+/, '').trim();
}

/** Normalize a transition string (`re-triggered`, `No Data`, `renotify`…) or null. */
export function parseTransition(v: string | undefined): Transition | null {
  if (!v) return null;
  const key = v.trim().toLowerCase().replace(/[\s_]+/g, ' ');
  for (const t of TRANSITIONS) if (t.toLowerCase() === key) return t;
  if (key === 'retriggered') return 'Re-Triggered';
  if (key === 'nodata') return 'No Data';
  return null;
}

/** Split `a, b` or `a,b` into trimmed non-empty items. */
export function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
