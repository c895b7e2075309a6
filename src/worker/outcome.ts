/**
 * How an alert's path ended; each alert gets exactly one, counted by
 * `herald_alerts_processed_total{outcome}`. The worker's stages produce all but `duplicate`,
 * which ingest counts when it drops an exact redelivery.
 */
export const ALERT_OUTCOMES = ['posted', 'updated', 'digested', 'suppressed', 'muted', 'inhibited', 'duplicate'] as const;

/** One alert outcome. */
export type AlertOutcome = (typeof ALERT_OUTCOMES)[number];

/** The outcomes of an alert that reached its incident (the correlate stage's). */
export type IncidentOutcome = Extract<AlertOutcome, 'posted' | 'updated' | 'digested'>;

/** Whether a stored value is an outcome (re-run marks hold one). */
export function isAlertOutcome(v: unknown): v is AlertOutcome {
  return typeof v === 'string' && (ALERT_OUTCOMES as readonly string[]).includes(v);
}
