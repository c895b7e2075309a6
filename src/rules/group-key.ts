import type { Alert } from '../alert/alert';
import { groupedFingerprint } from '../alert/fingerprint';
import { groupByValues } from './fields';
import type { Decision } from './types';

/**
 * The incident key (fingerprint) of an alert under a decision: with `group_by` fields, a
 * hash of their names and values (`g-…`, nothing raw from the alert in it); without, the
 * alert's own fingerprint. A recovery keeps its own fingerprint: the route its text matches
 * need not be the one that grouped its triggers, so the worker sends it where its monitor's
 * triggers were grouped (worker/group-memory.ts), else to its own incident. The one
 * implementation: the worker, inhibition and `herald rules explain` all call it.
 */
export function groupKey(alert: Alert, decision: Pick<Decision, 'groupBy' | 'severity'>): string {
  if (decision.groupBy.length === 0 || alert.transition === 'Recovered') return alert.fingerprint;
  return groupedFingerprint(alert.fingerprint, groupByValues(alert, decision.groupBy, decision.severity));
}
