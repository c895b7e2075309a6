import type { AlertJournal } from '../../incident/alert-journal';
import type Redis from 'ioredis';
import type { AuditLog } from '../../audit/audit-log';
import type { Incident, Via } from '../../incident/incident';
import type { IncidentStore } from '../../incident/incident-store';
import type { Logger } from '../../ops/logger';
import type { MuteStore } from '../../rules/mute-store';
import type { AccessControl } from '../access/access-control';
import type { SlackWriter } from '../dispatcher';
import type { IncidentMessages } from '../incident-messages';
import type { DatadogPort } from './datadog-port';
import type { SnoozeTimer } from './snooze-timer';

/** A Slack user acting, and where (for channel- or team-scoped grants). */
export interface Actor {
  id: string;
  name: string;
  teamId?: string;
  channelId?: string;
}

/** Escalation as triage sees it (the escalation stage's Escalator, wired in app.ts). */
export interface TriageEscalation {
  /** After a state change: arm the timers of a new run or an acknowledgement, move pages along. */
  changed(before: Incident, after: Incident): Promise<void>;
  /** Queue a step by hand (null: the step after the last one run). */
  byHand(id: string, step: number | null, by: string): Promise<{ ok: true; step: number; total: number } | { ok: false; reason: 'no-policy' | 'resolved' | 'no-step' | 'not-found'; total?: number }>;
}

/** Herald itself, for timers. */
export const SYSTEM_ACTOR: Actor = { id: 'herald', name: 'Herald' };

/** What every triage operation needs; built once in wireTriage. */
export interface TriageDeps {
  incidents: IncidentStore;
  notifier: Pick<IncidentMessages, 'update' | 'threadReply'>;
  writer: SlackWriter;
  audit: AuditLog;
  access: AccessControl;
  timer: SnoozeTimer;
  mutes: Pick<MuteStore, 'create' | 'list' | 'get' | 'delete'>;
  datadog: DatadogPort | null;
  /** Show "Declare incident" and accept it (config.datadog.incidents and a write-back). */
  declareEnabled: boolean;
  defaultChannel: string;
  redis: Redis;
  prefix: string;
  logger: Logger;
  clock: () => number;
  /** Redact user-typed text (notes, reasons) before it reaches Slack, Redis or the audit trail. */
  redact: (text: string) => string;
  /** Escalation policies and paging (absent: nothing escalates). */
  escalation?: TriageEscalation;
  /** The alert journal, for `/herald muted` (absent: not listed). */
  journal?: Pick<AlertJournal, 'page'>;
}

/**
 * The result of a triage operation: what to tell the user, and Slack/Datadog work that may
 * run after the request was acknowledged (message update, thread note, write-back).
 */
export interface ActionResult {
  ok: boolean;
  text: string;
  incident?: Incident;
  followUp: () => Promise<void>;
}

/** A result with nothing left to do. */
export function done(ok: boolean, text: string, incident?: Incident): ActionResult {
  return { ok, text, incident, followUp: async () => undefined };
}

/** Where an action came from, for the audit trail. */
export type TriageVia = Extract<Via, 'button' | 'command' | 'api' | 'system'>;
