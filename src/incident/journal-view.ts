import type { JournalEntry, JournalKind } from './alert-journal';

/** The outcomes `GET /api/alerts`, `herald alerts` and `/herald muted` list: alerts counted but not posted on their own. */
export const LISTED_OUTCOMES = ['muted', 'suppressed', 'inhibited', 'digested'] as const satisfies readonly JournalKind[];

/** The outcomes listed when none is asked for. */
export const DEFAULT_OUTCOMES: readonly JournalKind[] = ['muted', 'suppressed', 'inhibited'];

/** Parse `muted,suppressed` (or repeated values) into outcomes; a string naming the bad one on error. */
export function parseOutcomes(values: readonly string[]): JournalKind[] | string {
  const out = new Set<JournalKind>();
  for (const v of values.flatMap((x) => x.split(','))) {
    const o = v.trim();
    if (!o) continue;
    if (!(LISTED_OUTCOMES as readonly string[]).includes(o)) return `outcome: one of ${LISTED_OUTCOMES.join(', ')}, got ${JSON.stringify(o.slice(0, 40))}`;
    out.add(o as JournalKind);
  }
  return out.size ? [...out] : [...DEFAULT_OUTCOMES];
}

/** One journal entry as the API and the CLI show it (JSON), its text scanned again on the way out. */
export function journalJson(e: JournalEntry & { id: string }, redact: (t: string) => string): Record<string, unknown> {
  return {
    cursor: e.id,
    at: new Date(e.at).toISOString(),
    outcome: e.kind,
    alert_id: redact(e.alertId),
    title: redact(e.title),
    service: redact(e.service),
    fingerprint: e.fingerprint,
    why: redact(e.detail),
  };
}
