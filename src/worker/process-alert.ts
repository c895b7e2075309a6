import type { Alert } from '../alert/alert';
import type { AlertJournal } from '../incident/alert-journal';
import type { Incident } from '../incident/incident';
import type { IncidentStore } from '../incident/incident-store';
import type { AlertOutcome, Metrics } from '../ops/metrics';
import type { Logger } from '../ops/logger';
import type { EnrichPort, InhibitPort, MutePort, RulesPort } from './ports';
import type { IncidentNotifier } from './incident-notifier';
import { recordOutcome as done } from './correlate-alert';
import { Correlator } from './correlator';
import type { AuditLog } from '../audit/audit-log';

/** Everything the alert pipeline needs from the outside world. */
export interface PipelineDeps {
  rules: RulesPort;
  mutes: MutePort | null;
  inhibit: InhibitPort | null;
  enrich: EnrichPort | null;
  incidents: IncidentStore;
  notify: IncidentNotifier;
  journal: AlertJournal;
  metrics: Metrics;
  logger: Logger;
  clock: () => number;
  defaultChannel: string;
  reopenWindowMs: number;
  /** Audit trail: Datadog recoveries and re-triggers are recorded (via datadog). */
  audit?: Pick<AuditLog, 'append'>;
  /** Turn `@handle` mentions into user group mentions Slack notifies (absent: kept as text). */
  resolveMentions?: (mentions: readonly string[]) => Promise<string[]>;
  /** Schedule a repeat re-notification for an incident (Bull delayed job). */
  scheduleRepeat?: (inc: Incident) => Promise<void>;
}

/**
 * The worker's pipeline for one alert, in order: classify → mute → suppress → inhibit →
 * enrich → correlate → notify. Each alert ends in exactly one counted outcome.
 */
export async function processAlert(alert: Alert, d: PipelineDeps): Promise<AlertOutcome> {
  const engine = d.rules();
  const evaluated = engine.evaluate(alert);
  const decision = d.resolveMentions && evaluated.mentions.length ? { ...evaluated, mentions: await d.resolveMentions(evaluated.mentions) } : evaluated;
  const fingerprint = decision.groupBy.length && engine.fingerprintFor ? engine.fingerprintFor(alert, decision.groupBy) : alert.fingerprint;
  const a: Alert = { ...alert, fingerprint };
  const mute = d.mutes ? await d.mutes.match(a) : null;
  if (mute) {
    await d.mutes!.recordMuted(mute.id, a.id);
    await d.journal.record('muted', a, mute.id, d.clock());
    return done(d, 'muted', a, { mute: mute.id });
  }
  if (decision.suppress) {
    await d.journal.record('suppressed', a, decision.matchedRoutes.join(' > ') || 'rules', d.clock());
    return done(d, 'suppressed', a, { routes: decision.matchedRoutes });
  }
  const inhibited = d.inhibit && a.transition !== 'Recovered' ? await d.inhibit.check(a, decision) : null;
  if (inhibited) {
    const updated = await d.incidents.update(inhibited.incidentId, (cur) =>
      cur.state === 'resolved' ? null : { ...cur, inhibitedCount: cur.inhibitedCount + 1, lastSeen: d.clock() },
    );
    if (updated && updated.after !== updated.before) d.notify.refresh(updated.after);
    await d.journal.record('inhibited', a, `${inhibited.incidentId} (${inhibited.rule})`, d.clock());
    return done(d, 'inhibited', a, { by: inhibited.incidentId });
  }
  return correlatorFor(d).correlate(a, decision);
}

const correlators = new WeakMap<PipelineDeps, Correlator>();

/** One correlator per pipeline: it batches the queued alerts of one incident. */
function correlatorFor(d: PipelineDeps): Correlator {
  let c = correlators.get(d);
  if (!c) correlators.set(d, (c = new Correlator(d)));
  return c;
}


