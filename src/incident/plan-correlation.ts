import type { Alert } from '../alert/alert';
import type { Decision } from '../rules/types';
import { startEscalation } from './escalation-run';
import { withHistory, type Incident } from './incident';
import { PENDING } from './message-state';

/** What an alert does to its incident. */
export type CorrelationAction =
  /** First alert of a new incident: post a message. */
  | 'new'
  /** Another alert for an open/acked/snoozed incident: count it, update the message. */
  | 'repeat'
  /** Datadog says Recovered: resolve, update the message. */
  | 'recovered'
  /** Fired again after it was resolved: reopen, update the message, say so in the thread. */
  | 'retrigger'
  /** A recovery for an incident Herald never saw (or long closed): post it as resolved. */
  | 'recovered-unknown';

/** The plan for one alert: the action and the incident as it should be saved. */
export interface Correlation {
  action: CorrelationAction;
  incident: Incident;
  /** Version to compare-and-set against (null = create). */
  expectedVersion: number | null;
}

/**
 * Decide what an alert does to the incident its fingerprint points at. Pure: the caller
 * holds the fingerprint lock and saves the result.
 */
export function planCorrelation(
  existing: Incident | null,
  alert: Alert,
  decision: Decision,
  fingerprint: string,
  newId: () => string,
  now: number,
  reopenWindowMs: number,
): Correlation {
  const recovered = alert.transition === 'Recovered';
  const leakCount = alert.leak.count;
  const stale = existing && existing.state === 'resolved' && now - (existing.resolvedAt ?? 0) > reopenWindowMs;
  if (!existing || stale) {
    const base: Incident = {
      id: newId(),
      fingerprint,
      state: recovered ? 'resolved' : 'open',
      severity: decision.severity,
      channel: '',
      message: PENDING,
      copies: [],
      count: 1,
      firstSeen: now,
      lastSeen: now,
      title: alert.title,
      service: alert.service,
      env: alert.env,
      team: alert.team,
      monitorId: alert.monitorId,
      lastTransition: alert.transition,
      lastAlertId: alert.id,
      eventAt: alert.date,
      ...(alert.arrival !== undefined ? { eventArrival: alert.arrival } : {}),
      reopenedCount: 0,
      inhibitedCount: 0,
      leakCount,
      alert,
      decision,
      history: [{ at: now, what: recovered ? 'recovered in Datadog (first seen)' : `${alert.transition.toLowerCase()} in Datadog` }],
      version: 0,
      ...(recovered ? { resolvedAt: now, resolvedVia: 'datadog' as const, resolvedBy: 'Datadog' } : {}),
    };
    return { action: recovered ? 'recovered-unknown' : 'new', incident: recovered ? base : startEscalation(base, now), expectedVersion: null };
  }
  if (isOutOfOrder(existing, alert)) return { action: 'repeat', incident: lateArrival(existing, alert, now), expectedVersion: existing.version };
  const common = {
    ...existing,
    ...latestEvent(existing, alert),
    lastSeen: now,
    lastTransition: alert.transition,
    lastAlertId: alert.id,
    leakCount: existing.leakCount + leakCount,
    alert: recovered ? { ...alert, logs: alert.logs.length ? alert.logs : existing.alert.logs } : alert,
  };
  if (recovered) {
    if (existing.state === 'resolved') return { action: 'repeat', incident: { ...common }, expectedVersion: existing.version };
    const inc = withHistory(
      { ...common, state: 'resolved', resolvedAt: now, resolvedBy: 'Datadog', resolvedVia: 'datadog', snoozedUntil: undefined },
      { at: now, what: 'recovered in Datadog' },
    );
    return { action: 'recovered', incident: inc, expectedVersion: existing.version };
  }
  const severity = decision.severity;
  if (existing.state === 'resolved') {
    const inc = withHistory(
      {
        ...common,
        state: 'open',
        count: existing.count + 1,
        severity,
        decision,
        reopenedCount: existing.reopenedCount + 1,
        resolvedAt: undefined,
        resolvedBy: undefined,
        resolvedVia: undefined,
        ackBy: undefined,
        ackAt: undefined,
      },
      { at: now, what: `re-triggered after resolution (${alert.transition})` },
    );
    return { action: 'retrigger', incident: startEscalation(inc, now), expectedVersion: existing.version };
  }
  return {
    action: 'repeat',
    incident: { ...common, count: existing.count + 1, severity, decision },
    expectedVersion: existing.version,
  };
}

/**
 * Whether an alert would flip the incident's state although Datadog sent it before the event
 * that set the current state (a Triggered processed after its Recovered, or the reverse).
 */
export function isOutOfOrder(existing: Incident, alert: Alert): boolean {
  if (!isOlder(alert, existing)) return false;
  const recovered = alert.transition === 'Recovered';
  if (recovered) return existing.state !== 'resolved';
  return existing.state === 'resolved' && existing.resolvedVia === 'datadog';
}

/**
 * Whether Datadog sent `alert` before the event that set the incident's state: an earlier event
 * time, or the same time and taken by ingest earlier (Alert.arrival; a trigger and its recovery
 * sent from one template carry one time, and workers may take them in either order).
 */
function isOlder(alert: Alert, existing: Incident): boolean {
  if (existing.eventAt === undefined) return false;
  if (alert.date !== existing.eventAt) return alert.date < existing.eventAt;
  return alert.arrival !== undefined && existing.eventArrival !== undefined && alert.arrival < existing.eventArrival;
}

/** The incident's latest event (time, and arrival among equal times) once `alert` is taken in. */
function latestEvent(existing: Incident, alert: Alert): Pick<Incident, 'eventAt' | 'eventArrival'> {
  const at = existing.eventAt;
  if (at === undefined || alert.date > at) return { eventAt: alert.date, eventArrival: alert.arrival };
  if (alert.date < at) return { eventAt: at, eventArrival: existing.eventArrival };
  const a = existing.eventArrival;
  return { eventAt: at, eventArrival: a === undefined ? alert.arrival : alert.arrival === undefined ? a : Math.max(a, alert.arrival) };
}

/** A late alert: counted (a late trigger is still an occurrence) but the state stays. */
function lateArrival(existing: Incident, alert: Alert, now: number): Incident {
  const count = alert.transition === 'Recovered' ? existing.count : existing.count + 1;
  return withHistory(
    { ...existing, count, lastSeen: now, lastAlertId: alert.id, leakCount: existing.leakCount + alert.leak.count },
    { at: now, what: `${alert.transition.toLowerCase()} from Datadog arrived after a newer event; state kept` },
  );
}
