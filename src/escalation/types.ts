import type { AuditInput } from '../audit/audit-entry';
import type { Incident } from '../incident/incident';
import type { IncidentStore } from '../incident/incident-store';
import type { Metrics } from '../ops/metrics';
import type { Pagers } from '../page';
import type { TimerJob } from '../queue/job-types';

/** Slack as escalation sees it (the app wires it to the Notifier and the writer). */
export interface EscalationSlack {
  /** A reply in the incident's thread. */
  threadReply(inc: Incident, text: string): Promise<void>;
  /** A top-level post in a channel. */
  post(channel: string, text: string): Promise<unknown>;
  /** Re-render the incident's message (its footer shows the escalation). */
  refresh(inc: Incident): Promise<void>;
  /** A link to the incident's Slack message, if it has one. */
  link(inc: Incident): string | null;
}

/** Enqueue a delayed job (JobQueue.add fits); the job id makes it idempotent. */
export type EnqueueTimer = (job: TimerJob, o: { jobId: string; delayMs: number }) => Promise<unknown>;

/** Which try of a queue job this is (the queue's retries). */
export interface JobAttempt {
  attempt: number;
  attempts: number;
}

/** A minimal logger. */
export interface EscalationLogger {
  info(m: string, meta?: object): void;
  warn(m: string, meta?: object): void;
}

/** What the escalation stage needs from the outside world. */
export interface EscalationDeps {
  incidents: Pick<IncidentStore, 'get' | 'update' | 'list' | 'notificationTs' | 'recordNotification'>;
  slack: EscalationSlack;
  pagers: Pagers;
  enqueue: EnqueueTimer;
  audit?: { append(input: AuditInput): Promise<unknown> };
  /** Whether a mute covers the incident now (a step's `muted` condition); absent: never. */
  isMuted?: (inc: Incident) => Promise<boolean>;
  /** `@handle` → `<!subteam^S…>` (absent: kept as text). */
  resolveMentions?: (mentions: readonly string[]) => Promise<string[]>;
  metrics?: Metrics;
  logger: EscalationLogger;
  clock: () => number;
}
