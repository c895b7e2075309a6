import { startEscalation } from '../../incident/escalation-run';
import { withHistory, type Incident, type Via } from '../../incident/incident';
import { formatDuration } from '../../rules/duration';
import { esc } from '../render/mrkdwn';

/** State changes a person (or a timer) can make. */
export type TransitionKind = 'ack' | 'resolve' | 'reopen' | 'snooze' | 'unsnooze' | 'snooze-end';

/** What to change and on whose behalf. */
export interface TransitionInput {
  kind: TransitionKind;
  /** Slack user id (shown as a mention) or a name. */
  by: string;
  via: Via;
  now: number;
  /** snooze: for how long. */
  durationMs?: number;
  /** snooze-end: the timer's token (the snoozedUntil it was set for). */
  token?: string;
  note?: string;
}

/** The new incident, or why nothing changes (shown to the user). */
export type TransitionResult = { ok: true; incident: Incident } | { ok: false; reason: string };

/** A user id as a mention, anything else (a name typed into the API) as escaped text: never markup. */
export function mention(u: string | undefined): string {
  if (!u) return 'someone';
  return /^[UW][A-Z0-9]{2,}$/.test(u) ? `<@${u}>` : esc(u);
}

/** Why an incident in its current state cannot take `kind`, or null when it can. */
function refusal(inc: Incident, kind: TransitionKind): string | null {
  const resolved = `${inc.id} is already resolved by ${inc.resolvedVia === 'datadog' ? 'Datadog (recovered)' : mention(inc.resolvedBy)}`;
  switch (kind) {
    case 'ack':
      if (inc.state === 'resolved') return resolved;
      if (inc.state === 'acknowledged') return `${inc.id} is already acknowledged by ${mention(inc.ackBy)}`;
      return null;
    case 'resolve':
    case 'snooze':
      return inc.state === 'resolved' ? resolved : null;
    case 'reopen':
      return inc.state === 'resolved' ? null : `${inc.id} is not resolved (it is ${inc.state})`;
    case 'unsnooze':
      return inc.state === 'snoozed' ? null : `${inc.id} is not snoozed (it is ${inc.state})`;
    case 'snooze-end':
      return null;
  }
}

/**
 * Apply one triage transition to an incident (pure). open → acknowledged → resolved;
 * open/acknowledged → snoozed (until a time) → open; resolved → open (reopen). Opening again
 * (reopen, unsnooze, snooze end) starts a new escalation run.
 */
export function transition(inc: Incident, t: TransitionInput): TransitionResult {
  const no = refusal(inc, t.kind);
  if (no) return { ok: false, reason: no };
  const note = t.note ? ` — ${t.note}` : '';
  const clearSnooze = { snoozedUntil: undefined, snoozedBy: undefined };
  switch (t.kind) {
    case 'ack':
      return { ok: true, incident: withHistory({ ...inc, ...clearSnooze, state: 'acknowledged', ackBy: t.by, ackAt: t.now }, { at: t.now, what: `acknowledged (${t.via})${note}`, by: t.by }) };
    case 'resolve':
      return {
        ok: true,
        incident: withHistory({ ...inc, ...clearSnooze, state: 'resolved', resolvedBy: t.by, resolvedAt: t.now, resolvedVia: t.via }, { at: t.now, what: `resolved (${t.via})${note}`, by: t.by }),
      };
    case 'reopen':
      return {
        ok: true,
        incident: startEscalation(
          withHistory(
            { ...inc, state: 'open', resolvedBy: undefined, resolvedAt: undefined, resolvedVia: undefined, ackBy: undefined, ackAt: undefined },
            { at: t.now, what: `reopened (${t.via})${note}`, by: t.by },
          ),
          t.now,
        ),
      };
    case 'snooze': {
      const ms = t.durationMs ?? 0;
      if (!(ms > 0)) return { ok: false, reason: 'a snooze needs a duration greater than zero' };
      const until = t.now + ms;
      return { ok: true, incident: withHistory({ ...inc, state: 'snoozed', snoozedUntil: until, snoozedBy: t.by }, { at: t.now, what: `snoozed for ${formatDuration(ms)} (${t.via})${note}`, by: t.by }) };
    }
    case 'unsnooze':
      return { ok: true, incident: startEscalation(withHistory({ ...inc, ...clearSnooze, state: 'open' }, { at: t.now, what: `unsnoozed (${t.via})${note}`, by: t.by }), t.now) };
    case 'snooze-end':
      if (inc.state !== 'snoozed' || snoozeToken(inc) !== t.token) return { ok: false, reason: 'stale snooze timer' };
      return { ok: true, incident: startEscalation(withHistory({ ...inc, ...clearSnooze, state: 'open' }, { at: t.now, what: 'snooze ended, still firing', by: t.by }), t.now) };
  }
}

/** The token a snooze timer carries: the snoozedUntil it was set for. */
export function snoozeToken(inc: Incident): string {
  return String(inc.snoozedUntil ?? '');
}
