import type { Severity } from '../../../src/alert/severity';
import { normalizeDatadog } from '../../../src/alert/normalize';
import { planCorrelation } from '../../../src/incident/plan-correlation';
import type { Incident } from '../../../src/incident/incident';
import type { Decision } from '../../../src/rules/types';

/** A routing decision with just a severity and a channel. */
export function decision(severity: Severity, channel: string): Decision {
  return {
    matchedRoutes: ['routes[0]'],
    severity,
    channels: [channel],
    mentions: [],
    labels: {},
    groupBy: [],
    repeatIntervalMs: null,
    suppress: false,
    escalationChannel: null,
    reasons: [],
  };
}

/** A new incident as the correlation step builds it from a Datadog payload. */
export function newIncident(n: number, o: { severity?: Severity; service?: string; monitor?: string; channel?: string; title?: string } = {}): Incident {
  const now = Date.now();
  const alert = normalizeDatadog(
    {
      id: `alert-${n}-${Math.random().toString(36).slice(2, 8)}`,
      title: `[Triggered on {service:${o.service ?? 'billing'}}] ${o.title ?? `Sync job ${n} failing`}`,
      body: 'Errors over threshold',
      alert_id: o.monitor ?? String(1000 + (n % 3)),
      service: o.service ?? 'billing',
      alert_transition: 'Triggered',
    },
    { now },
  );
  return planCorrelation(null, alert, decision(o.severity ?? 'high', o.channel ?? 'C0STORM'), `fp-${n}`, () => `H-${n.toString(36)}`, now, 3600_000).incident;
}

/** The next alert of an already stored incident (count + 1), as correlation builds it. */
export function repeatOf(existing: Incident): Incident {
  const alert = { ...existing.alert, id: `${existing.alert.id}-r${existing.count + 1}` };
  return planCorrelation(existing, alert, existing.decision, existing.fingerprint, () => 'unused', Date.now(), 3600_000).incident;
}
