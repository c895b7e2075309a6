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

/**
 * Role check for one action. Returns null when allowed; otherwise the explanation to show
 * the user (the refusal is audited).
 */
export async function authorize(d: TriageDeps, actor: Actor, action: TriageAction, via: TriageVia, incident: string | null = null): Promise<string | null> {
  const r = await d.access.check({ userId: actor.id, teamId: actor.teamId, channelId: actor.channelId }, action);
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
