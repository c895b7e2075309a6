import type { Alert } from '../alert/alert';
import { auditCorrelation } from '../audit/audit-adapters';
import { planCorrelation } from '../incident/plan-correlation';
import type { Incident } from '../incident/incident';
import type { AlertOutcome } from '../ops/metrics';
import type { Decision } from '../rules/types';
import { summarizeFindings } from '../scan/summarize-findings';
import type { PipelineDeps } from './process-alert';

/** An alert's outcome, and what is left to do once the incident's lock is released. */
export interface Correlated {
  outcome: AlertOutcome;
  /** Post the new incident's messages (IncidentNotifier.finishPosting); the job awaits it. */
  after?: () => Promise<void>;
}

/**
 * Correlate one alert with its incident and notify (the caller holds the fingerprint lock):
 * enrich a new incident, plan, place it in Slack (digest, or a post to make after the lock)
 * or update its message, compare-and-set the incident, then the steps after the save
 * (audit, inhibition index, repeat timer, thread replies).
 */
export async function correlateAndNotify(alert: Alert, decision: Decision, d: PipelineDeps): Promise<Correlated> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const existing = await d.incidents.getByFingerprint(alert.fingerprint);
    const rerun = existing ? await alreadyApplied(alert, existing, d) : null;
    if (rerun) {
      if (d.inhibit && !rerun.marked) {
        if (existing!.state === 'resolved') await d.inhibit.markClosed(alert, decision, existing!.id);
        else await d.inhibit.markOpen(alert, decision, existing!.id);
      }
      if (!rerun.marked) await d.incidents.recordNotification(appliedKey(alert), rerun.outcome);
      if (rerun.outcome === 'updated') d.notify.refresh(existing!); // the first run may have died before updating Slack
      return finish(d, rerun.outcome, alert, { incident: existing!.id, rerun: true }, rerun.outcome === 'posted' ? posting(existing!, d) : undefined);
    }
    let enriched = alert;
    let enrichment = existing?.enrichment;
    if (d.enrich && (!existing || existing.state === 'resolved') && alert.transition !== 'Recovered') {
      const e = await d.enrich.enrich(alert);
      const { findings, ...view } = e;
      enrichment = view;
      if (findings.length) {
        const all = [...alert.findings, ...findings];
        enriched = { ...alert, findings: all, leak: summarizeFindings(all) };
      }
    }
    const now = d.clock();
    const reusable = existing && !(existing.state === 'resolved' && now - (existing.resolvedAt ?? 0) > d.reopenWindowMs);
    const id = reusable ? existing.id : await d.incidents.nextId();
    const plan = planCorrelation(existing, enriched, decision, alert.fingerprint, () => id, now, d.reopenWindowMs);
    let inc: Incident = { ...plan.incident, enrichment };
    const channels = targetChannels(decision, enrichment, d.defaultChannel);
    const result = await d.notify.apply(plan.action, inc, channels, existing);
    inc = { ...inc, ...result.patch };
    const saved = await d.incidents.save(inc, plan.expectedVersion);
    if (!saved.ok) continue; // a triage click changed it meanwhile: re-plan on the new state
    // The posts start now (they need no lock: their ts lands with a compare-and-set update);
    // the job awaits them after releasing the lock.
    const posts = result.outcome === 'posted' ? started(posting(saved.incident, d)) : undefined;
    if (d.audit) await auditCorrelation(d.audit, plan.action, existing, saved.incident).catch(() => undefined);
    if (d.inhibit) {
      if (saved.incident.state === 'resolved') await d.inhibit.markClosed(alert, decision, saved.incident.id);
      else await d.inhibit.markOpen(alert, decision, saved.incident.id);
    }
    if ((plan.action === 'new' || plan.action === 'retrigger') && decision.repeatIntervalMs && d.scheduleRepeat) {
      await d.scheduleRepeat(saved.incident);
    }
    await d.notify.announce(plan.action, saved.incident, result.outcome);
    if (result.outcome === 'digested') await d.journal.record('digested', alert, result.patch.digestId ?? 'digest', d.clock());
    await d.incidents.recordNotification(appliedKey(alert), result.outcome);
    return finish(d, result.outcome, alert, { incident: saved.incident.id, action: plan.action }, posts);
  }
  throw new Error(`incident for ${alert.fingerprint} kept changing; will retry`);
}

export const appliedKey = (a: Alert) => `${a.id}:applied`;

/** The outcome, counted now or — when posts are still to be made — once they are made. */
function finish(d: PipelineDeps, outcome: AlertOutcome, alert: Alert, meta: Record<string, unknown>, after: Correlated['after']): Correlated {
  if (!after) return { outcome: recordOutcome(d, outcome, alert, meta) };
  return {
    outcome,
    after: async () => {
      await after();
      recordOutcome(d, outcome, alert, meta);
    },
  };
}

/**
 * The posts a new incident still waits for; made by the job of the alert that created it
 * (or that job's re-run, if it died before making them), never by later alerts' jobs.
 */
function posting(inc: Incident, d: PipelineDeps): Correlated['after'] {
  return d.notify.hasPendingPosts(inc) ? () => d.notify.finishPosting(inc.id) : undefined;
}

/** Start `after` now; the returned function awaits the same run (handled meanwhile). */
function started(after: Correlated['after']): Correlated['after'] {
  if (!after) return undefined;
  const run = after();
  run.catch(() => undefined);
  return () => run;
}

/**
 * Whether this alert was already taken into its incident: the job is a re-run (its worker
 * died, or the job failed, after the incident was saved but before Bull recorded the job as
 * done). Applying it again would count it twice and update or re-open the incident. The
 * `applied` record is written last; until then the incident's `lastAlertId` tells.
 */
export async function alreadyApplied(alert: Alert, existing: Incident, d: PipelineDeps): Promise<{ outcome: AlertOutcome; marked: boolean } | null> {
  const mark = await d.incidents.notificationTs(appliedKey(alert));
  if (mark) return { outcome: mark as AlertOutcome, marked: true };
  if (existing.lastAlertId !== alert.id) return null;
  const outcome: AlertOutcome = existing.ts === 'digest' ? 'digested' : existing.count === 1 && existing.lastTransition === alert.transition ? 'posted' : 'updated';
  return { outcome, marked: false };
}

/** Destination channels: the rule's, else the service catalog's, else the default. */
export function targetChannels(decision: Decision, enrichment: Incident['enrichment'], fallback: string): string[] {
  if (decision.channels.length) return decision.channels;
  const cat = enrichment?.owner?.slackChannel;
  return [cat || fallback];
}

export function recordOutcome(d: PipelineDeps, outcome: AlertOutcome, a: Alert, meta: Record<string, unknown>): AlertOutcome {
  d.metrics.alertProcessed(outcome);
  d.logger.info('alert processed', { outcome, alertId: a.id, fingerprint: a.fingerprint, ...meta });
  return outcome;
}
