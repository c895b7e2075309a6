import type { Via } from '../incident/incident';

/** How an audited attempt ended: done, refused (role), nothing to do (already in that state), or failed. */
export type AuditOutcome = 'ok' | 'denied' | 'noop' | 'failed';

/** Who did something: a Slack user (id + display name), or Herald/Datadog itself. */
export interface AuditActor {
  id: string;
  name: string;
}

/** One line of the audit trail. Text fields are redacted before they are stored. */
export interface AuditEntry {
  /** Redis stream id (`<ms>-<seq>`); absent before the entry is stored. */
  id?: string;
  /** When it happened (Herald's clock, epoch ms). */
  at: number;
  actor: AuditActor;
  /** What was attempted: ack, resolve, snooze, mute, unmute, snooze-end… */
  action: string;
  /** Incident id, or null for actions on no incident (unmute, list…). */
  incident: string | null;
  /** Incident state before and after (null when not about an incident). */
  before: string | null;
  after: string | null;
  via: Via;
  outcome: AuditOutcome;
  note: string;
}

/** An entry as the caller gives it (time defaults to now). */
export type AuditInput = Omit<AuditEntry, 'id' | 'at'> & { at?: number };

/** Stream fields of an entry (flat strings, as XADD wants them). */
export function encodeEntry(e: AuditEntry): string[] {
  return [
    'at', String(e.at),
    'actor', e.actor.id,
    'actorName', e.actor.name,
    'action', e.action,
    'incident', e.incident ?? '',
    'before', e.before ?? '',
    'after', e.after ?? '',
    'via', e.via,
    'outcome', e.outcome,
    'note', e.note,
  ];
}

/** An entry from stream fields (as XRANGE returns them). */
export function decodeEntry(id: string, fields: string[]): AuditEntry {
  const m: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) m[fields[i]] = fields[i + 1];
  return {
    id,
    at: Number(m.at ?? id.split('-')[0]),
    actor: { id: m.actor ?? '', name: m.actorName ?? '' },
    action: m.action ?? '',
    incident: m.incident || null,
    before: m.before || null,
    after: m.after || null,
    via: (m.via ?? 'system') as Via,
    outcome: (m.outcome ?? 'ok') as AuditOutcome,
    note: m.note ?? '',
  };
}
