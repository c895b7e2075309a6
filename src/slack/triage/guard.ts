import { errorMeta } from '../../ops/logger';
import { esc } from '../render/mrkdwn';
import type { Incident } from '../../incident/incident';
import type { TriageAction } from '../access/roles';
import type { AuditOutcome } from '../../audit/audit-entry';
import type { Actor, TriageDeps, TriageVia } from './triage-deps';

/** Fields of an audit entry written by triage. */
export interface TriageAudit {
  actor: Actor;
  action: string;
  via: TriageVia;
  outcome: AuditOutcome;
  incident?: string | null;
  before?: Incident | null;
  after?: Incident | null;
  note?: string;
}

/** Append to the audit trail; a failure is logged, never thrown (the action already happened). */
export async function audit(d: TriageDeps, a: TriageAudit): Promise<void> {
  try {
    await d.audit.append({
      actor: { id: a.actor.id, name: a.actor.name },
      action: a.action,
      incident: a.incident ?? a.after?.id ?? a.before?.id ?? null,
      before: a.before?.state ?? null,
      after: a.after?.state ?? null,
      via: a.via,
      outcome: a.outcome,
      note: a.note ?? '',
    });
  } catch (e) {
    d.logger.error('audit append failed', { action: a.action, incident: a.incident ?? a.after?.id, ...errorMeta(e) });
  }
}

/** Actions whose effect is not limited to one incident: channel-scoped grants do not count. */
const EVERYWHERE: ReadonlySet<TriageAction> = new Set(['mute', 'unmute']);

/** The channels an incident's messages are in (its home message and its copies). */
export function incidentChannels(inc: Incident): string[] {
  return [...new Set([inc.channel, ...inc.copies.map((c) => c.channel)].filter(Boolean))];
}

/**
 * Role check for one action. `target` is the incident acted on (or its id): a
 * channel-scoped grant then counts only if one of the incident's channels is in it,
 * whichever channel the command was typed in. Without a target, mute/unmute count only
 * unscoped grants, and listings the channel where they were asked. Returns null when
 * allowed; otherwise the explanation to show the user (the refusal is audited).
 */
export async function authorize(d: TriageDeps, actor: Actor, action: TriageAction, via: TriageVia, target: Incident | string | null = null): Promise<string | null> {
  const inc = typeof target === 'string' ? await d.incidents.get(target) : target;
  const incident = typeof target === 'string' ? target : (target?.id ?? null);
  const channels = inc ? incidentChannels(inc) : incident !== null || EVERYWHERE.has(action) ? [] : undefined;
  const r = await d.access.check({ userId: actor.id, teamId: actor.teamId, channelId: actor.channelId, channels }, action);
  if (r.allowed) return null;
  await audit(d, { actor, action, via, outcome: 'denied', incident, note: `needs role ${r.needed}, has ${r.role}` });
  d.logger.info('triage action refused', { action, user: actor.id, role: r.role, needed: r.needed });
  return `:no_entry: You need the *${r.needed}* role to ${action}${incident ? ` ${incident}` : ''}; your role is *${r.role}*. Ask a Herald admin (config/access.yaml).`;
}

/** Run Slack/Datadog side work, logging (not throwing) failures. */
export async function safely(d: TriageDeps, what: string, fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (e) {
    d.logger.warn(`triage: ${what} failed`, errorMeta(e));
    return false;
  }
}

/**
 * A best-effort Datadog write-back: on failure, a note in the incident's thread (and a log
 * line); the triage action itself stands.
 */
export async function bestEffortDatadog<T>(d: TriageDeps, inc: Incident, what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    d.logger.warn(`datadog write-back failed: ${what}`, { incident: inc.id, ...errorMeta(e) });
    await safely(d, 'thread note', () => d.notifier.threadReply(inc, `:warning: Could not ${what} in Datadog (${esc(d.redact((e as Error).message.slice(0, 200)))}). The action in Herald stands.`));
    return null;
  }
}
