import type { Alert } from '../alert/alert';
import { safeCut } from '../alert/bound-alert';

/** Limits of the last-alert summary an incident keeps (beyond what the message and Details show). */
export const SUMMARY_LIMITS = {
  short: 300,
  message: 3_000,
  query: 1_000,
  logs: 10,
  logLine: 500,
  findings: 20,
  items: 40,
  extra: 10,
} as const;

function capMap(m: Record<string, string>, count: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m).slice(0, count)) out[safeCut(k, SUMMARY_LIMITS.short)] = safeCut(v, SUMMARY_LIMITS.short);
  return out;
}

/**
 * The bounded summary of an alert that an incident keeps as its last alert: the same shape
 * (everything the message, the Details modal, mutes and pages read), each field capped on a
 * safe boundary (never inside a redaction placeholder), so that a repeat writes a few KB at
 * most however large its alert was. The text was redacted by ingest; nothing is re-scanned.
 * `leak` stays whole (it counts every finding); links stay as ingest bounded them.
 */
export function summarizeAlert(a: Alert): Alert {
  const L = SUMMARY_LIMITS;
  const s = (t: string) => safeCut(t, L.short);
  return {
    ...a,
    title: s(a.title),
    rawTitle: s(a.rawTitle),
    message: safeCut(a.message, L.message),
    query: safeCut(a.query, L.query),
    scope: a.scope.length > L.items ? a.scope.slice(0, L.items) : a.scope,
    tags: capMap(a.tags, L.items),
    extra: capMap(a.extra, L.extra),
    logs: a.logs.slice(0, L.logs).map((l) => ({ time: s(l.time), host: s(l.host), message: safeCut(l.message, L.logLine) })),
    findings: a.findings.length > L.findings ? a.findings.slice(0, L.findings) : a.findings,
  };
}

/** What a repeat changes of the last alert: its identity, times and transition. */
export type LastAlert = Pick<Alert, 'id' | 'date' | 'receivedAt' | 'transition' | 'alertType' | 'status' | 'priority'>;

/**
 * The few fields of the latest alert that a repeat stores (about 150 bytes of JSON); the
 * rest of what the message shows (text, logs, findings, links) stays as the last full save
 * of the incident summarized it. Read back, they are laid over that summary.
 */
export function lastAlertOf(a: Alert): LastAlert {
  return { id: a.id, date: a.date, receivedAt: a.receivedAt, transition: a.transition, alertType: a.alertType, status: a.status, priority: a.priority };
}
