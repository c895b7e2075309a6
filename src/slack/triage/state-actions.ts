import type { Incident } from '../../incident/incident';
import type { TimerJob } from '../../queue/job-types';
import { formatDuration } from '../../rules/duration';
import { esc, slackDate } from '../render/mrkdwn';
import { audit, authorize, bestEffortDatadog, safely } from './guard';
import { mention, transition, type TransitionKind } from './transitions';
import { done, SYSTEM_ACTOR, type ActionResult, type Actor, type TriageDeps, type TriageVia } from './triage-deps';

/** A state change a person asks for. */
export type StateAction = Exclude<TransitionKind, 'snooze-end'>;

/** Options of a state change. */
export interface StateOptions {
  /** snooze: for how long. */
  durationMs?: number;
  /** A note (resolve), already redacted or not: it is redacted here. */
  note?: string;
}

function threadText(kind: TransitionKind, inc: Incident, actor: Actor, o: StateOptions): string {
  const who = mention(actor.id);
  const note = o.note ? `\n> ${esc(o.note)}` : '';
  switch (kind) {
    case 'ack':
      return `:eyes: Acknowledged by ${who}.`;
    case 'resolve':
      return `:white_check_mark: Resolved by ${who}.${note}`;
    case 'reopen':
      return `:arrows_counterclockwise: Reopened by ${who}.`;
    case 'snooze':
      return `:zzz: Snoozed by ${who} for ${formatDuration(o.durationMs ?? 0)} (until ${slackDate(inc.snoozedUntil ?? 0)}). Repeats are counted silently.`;
    case 'unsnooze':
      return `:alarm_clock: Unsnoozed by ${who}.`;
    case 'snooze-end':
      return `:alarm_clock: Snooze ended and ${inc.id} is still firing: ${inc.count} alert(s), last ${slackDate(inc.lastSeen)}.`;
  }
}

const PAST: Record<TransitionKind, string> = {
  ack: 'Acknowledged',
  resolve: 'Resolved',
  reopen: 'Reopened',
  snooze: 'Snoozed',
  unsnooze: 'Unsnoozed',
  'snooze-end': 'Snooze ended for',
};

/** Keep the snooze timer in step with a change: cancel the old one, arm a new one; tell escalation. */
async function syncTimer(d: TriageDeps, before: Incident, after: Incident): Promise<void> {
  if (before.state === 'snoozed' && before.snoozedUntil !== after.snoozedUntil) {
    await safely(d, 'cancel snooze timer', () => d.timer.cancel(before));
  }
  if (after.state === 'snoozed' && before.snoozedUntil !== after.snoozedUntil) await d.timer.schedule(after);
  const esc = d.escalation;
  if (esc) await safely(d, 'escalation timers and pages', () => esc.changed(before, after));
}

async function writeBack(d: TriageDeps, kind: TransitionKind, inc: Incident, actor: Actor, note?: string): Promise<void> {
  if (!d.datadog || (kind !== 'ack' && kind !== 'resolve')) return;
  const dd = d.datadog;
  const declared = inc.datadogIncidentUuid;
  if (kind === 'resolve' && declared) {
    const ok = await bestEffortDatadog(d, inc, `resolve Datadog incident ${inc.datadogIncidentId ?? declared}`, () => dd.resolveIncident(declared).then(() => true));
    if (ok) await safely(d, 'thread reply', () => d.notifier.threadReply(inc, `:white_check_mark: Datadog incident ${esc(inc.datadogIncidentId ?? declared)} resolved.`));
  }
  const verb = kind === 'ack' ? 'acknowledged' : 'resolved';
  await bestEffortDatadog(d, inc, `post the ${verb} event`, () =>
    dd.postEvent({
      title: `${inc.id} ${verb} in Slack: ${inc.title}`.slice(0, 100),
      text: `${inc.id} was ${verb} by ${d.redact(actor.name)} (${actor.id}) in Slack.${note ? `\n\nNote: ${note}` : ''}`,
      tags: ['source:herald', `herald_incident:${inc.id}`, ...(inc.service ? [`service:${inc.service}`] : []), ...(inc.env ? [`env:${inc.env}`] : []), ...(inc.monitorId ? [`monitor_id:${inc.monitorId}`] : [])],
      alertType: kind === 'ack' ? 'info' : 'success',
      ...(inc.alert.cycleKey ? { aggregationKey: inc.alert.cycleKey } : {}),
    }),
  );
}

/**
 * Acknowledge, resolve, reopen, snooze or unsnooze an incident: role check, an atomic
 * compare-and-set in Redis (two concurrent clicks → one change, the other told who won),
 * snooze timer, audit entry; the follow-up updates the message, notes it in the thread and
 * writes back to Datadog.
 */
export async function changeState(d: TriageDeps, kind: StateAction, id: string, actor: Actor, via: TriageVia, o: StateOptions = {}): Promise<ActionResult> {
  const denied = await authorize(d, actor, kind, via, id);
  if (denied) return done(false, denied);
  const note = o.note ? d.redact(o.note).slice(0, 500) : undefined;
  const now = d.clock();
  let reason = '';
  const r = await d.incidents.update(id, (cur) => {
    const t = transition(cur, { kind, by: actor.id, via, now, durationMs: o.durationMs, note });
    reason = t.ok ? '' : t.reason;
    return t.ok ? t.incident : null;
  });
  if (!r) return done(false, `:grey_question: No incident ${id}.`);
  if (r.after === r.before) {
    await audit(d, { actor, action: kind, via, outcome: 'noop', before: r.before, after: r.before, note: reason });
    return done(false, `:information_source: ${reason}.`, r.before);
  }
  const { before, after } = r;
  await syncTimer(d, before, after);
  await audit(d, { actor, action: kind, via, outcome: 'ok', before, after, note: [o.durationMs ? formatDuration(o.durationMs) : '', note ?? ''].filter(Boolean).join(' — ') });
  return {
    ok: true,
    incident: after,
    text: `:white_check_mark: ${PAST[kind]} ${after.id} (${before.state} → ${after.state}).`,
    followUp: async () => {
      await safely(d, 'message update', () => d.notifier.update(after));
      await safely(d, 'thread reply', () => d.notifier.threadReply(after, threadText(kind, after, actor, { ...o, note })));
      await writeBack(d, kind, after, actor, note);
    },
  };
}

/**
 * A snooze timer fired (Bull delayed job). If the incident is still snoozed for that same
 * snooze (token) and not resolved, it is open again: broadcast a thread reply, update the
 * message, audit it. A stale timer does nothing.
 */
export async function snoozeEnded(d: TriageDeps, job: TimerJob): Promise<void> {
  const now = d.clock();
  const r = await d.incidents.update(job.target, (cur) => {
    const t = transition(cur, { kind: 'snooze-end', by: 'Herald', via: 'system', now, token: job.token });
    return t.ok ? t.incident : null;
  });
  if (!r || r.after === r.before) return;
  const { before, after } = r;
  const esc = d.escalation;
  if (esc) await safely(d, 'escalation timers', () => esc.changed(before, after)); // a new run: its timers
  await audit(d, { actor: SYSTEM_ACTOR, action: 'snooze-end', via: 'system', outcome: 'ok', before, after, note: 'snooze ended, still firing' });
  await safely(d, 'message update', () => d.notifier.update(after));
  await safely(d, 'thread reply', () => d.notifier.threadReply(after, threadText('snooze-end', after, SYSTEM_ACTOR, {}), true));
}
