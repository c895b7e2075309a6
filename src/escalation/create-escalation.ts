import type { AuditInput } from '../audit/audit-entry';
import type { Config } from '../config/config';
import type { Incident } from '../incident/incident';
import type { IncidentStore } from '../incident/incident-store';
import type { Metrics } from '../ops/metrics';
import { createPagers, PAGE_CREDENTIAL } from '../page';
import type { PageTarget } from '../rules/escalation-types';
import type { SlackWriter } from '../slack/dispatcher';
import type { IncidentMessages } from '../slack/incident-messages';
import { Escalator } from './escalator';
import { escalationSlack } from './slack-port';
import type { EnqueueTimer, EscalationLogger } from './types';

/** What the app gives escalation. */
export interface EscalationOptions {
  paging: Config['paging'];
  incidents: IncidentStore;
  messages: Pick<IncidentMessages, 'threadReply' | 'update'>;
  writer: Pick<SlackWriter, 'postMessage'>;
  enqueue: EnqueueTimer;
  audit: { append(input: AuditInput): Promise<unknown> };
  /** The mute covering an alert now, if any (MuteStore.match). */
  muteOf: (alert: Incident['alert'], severity: Incident['severity']) => Promise<unknown>;
  resolveMentions: ((m: readonly string[]) => Promise<string[]>) | null;
  metrics: Metrics;
  logger: EscalationLogger;
  clock: () => number;
  /** The app's scanner, for every text that is paged. */
  redact: (text: string) => string;
}

/** Build the paging outlets and the Escalator over the app's stores, Slack and queue. */
export function createEscalation(o: EscalationOptions): Escalator {
  const pagers = createPagers(o.paging, { redact: o.redact, metrics: o.metrics, logger: o.logger, clock: o.clock });
  return new Escalator({
    incidents: o.incidents,
    slack: escalationSlack(o.messages, o.writer),
    pagers,
    enqueue: o.enqueue,
    audit: o.audit,
    isMuted: async (inc) => Boolean(await o.muteOf(inc.alert, inc.severity)),
    resolveMentions: o.resolveMentions ?? undefined,
    metrics: o.metrics,
    logger: o.logger,
    clock: o.clock,
  });
}

/** The credentials a rules file's `page:` steps need and the environment lacks (for a startup warning). */
export function missingPageCredentials(targets: Iterable<PageTarget>, paging: Config['paging']): string[] {
  const have: Record<PageTarget, boolean> = { pagerduty: Boolean(paging.pagerduty.routingKey), opsgenie: Boolean(paging.opsgenie.apiKey) };
  return [...new Set(targets)].filter((t) => !have[t]).map((t) => PAGE_CREDENTIAL[t]);
}
