import type { Alert } from '../alert/alert';
import { isSeverity, severityRank, type Severity } from '../alert/severity';

const BY_PRIORITY: Record<number, Severity> = { 1: 'critical', 2: 'high', 3: 'medium', 4: 'low', 5: 'info' };

/** A severity with the words that explain it. */
export interface ExplainedSeverity {
  severity: Severity;
  because: string;
}

/**
 * The severity of an alert when no route sets one, with its explanation: from the Datadog
 * priority (P1 critical … P5 info; none → medium); Warn/Re-Warn (or a warning alert type)
 * at most medium; No Data → low; Recovered keeps what the triggered alert would have. A
 * security signal takes Datadog's own `signal_severity` (info … critical) instead.
 */
export function explainDefaultSeverity(alert: Alert): ExplainedSeverity {
  const p = alert.priority;
  const t = alert.transition;
  const warningType = t === 'Unknown' && alert.alertType === 'warning';
  const signal = signalSeverity(alert);
  // Cached: evaluation is hot and the answer only depends on these four inputs.
  const key = `${p}|${t}|${warningType}|${signal ?? ''}`;
  let e = CACHE.get(key);
  if (e === undefined) {
    e = Object.freeze(compute(alert));
    if (CACHE.size < 200) CACHE.set(key, e);
  }
  return e;
}

const CACHE = new Map<string, ExplainedSeverity>();

/** Datadog's severity of a security signal (`signal_severity`), when it is one Herald knows. */
function signalSeverity(alert: Alert): Severity | null {
  if (alert.source !== 'security') return null;
  const s = (alert.extra.security_severity ?? '').trim().toLowerCase();
  return isSeverity(s) ? s : null;
}

function compute(alert: Alert): ExplainedSeverity {
  const signal = signalSeverity(alert);
  if (signal) return { severity: signal, because: `default severity from the security signal's severity (signal_severity: ${signal})` };
  const p = alert.priority;
  const fromPriority: ExplainedSeverity =
    p !== null && BY_PRIORITY[p] !== undefined
      ? { severity: BY_PRIORITY[p], because: `default severity from priority P${p}` }
      : { severity: 'medium', because: 'default severity: the monitor has no priority' };
  const t = alert.transition;
  if (t === 'No Data' || t === 'Re-No Data') {
    return { severity: 'low', because: `default severity for a ${t} transition` };
  }
  const warning = t === 'Warn' || t === 'Re-Warn' || (t === 'Unknown' && alert.alertType === 'warning');
  if (warning && severityRank(fromPriority.severity) < severityRank('medium')) {
    return { severity: 'medium', because: `${fromPriority.because}, capped at medium for a warning (${t === 'Unknown' ? 'alert type warning' : t})` };
  }
  if (t === 'Recovered') return { severity: fromPriority.severity, because: `${fromPriority.because} (recovery keeps the alert's severity)` };
  return fromPriority;
}

/** The severity of an alert when no route sets one (see explainDefaultSeverity). */
export function defaultSeverity(alert: Alert): Severity {
  return explainDefaultSeverity(alert).severity;
}
