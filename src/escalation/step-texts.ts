import type { Incident } from '../incident/incident';
import { formatDuration } from '../rules/duration';
import type { EscalationStep, PageTarget } from '../rules/escalation-types';
import { esc, truncate } from '../slack/render/mrkdwn';

/** How a paging service is named to people. */
export const OUTLET_LABEL: Record<PageTarget, string> = { pagerduty: 'PagerDuty', opsgenie: 'Opsgenie' };

/** A user id as a mention, else the escaped name. */
export function who(u: string | undefined): string {
  if (!u) return 'someone';
  return /^[UW][A-Z0-9]{2,}$/.test(u) ? `<@${u}>` : esc(u);
}

/** `step 2 of 3`. */
export function stepLabel(step: number, total: number): string {
  return `step ${step} of ${total}`;
}

const ago = (ms: number) => (ms < 1000 ? 'just now' : `${formatDuration(Math.floor(ms / 1000) * 1000)} ago`);

/**
 * The thread reply of a step: which step, why now, what else it does, the mentions. Rules
 * write the mentions (the only Slack markup that reaches people); incident text is escaped.
 */
export function stepReply(inc: Incident, s: EscalationStep, total: number, mentions: string[], now: number, by?: string): string {
  const label = stepLabel(s.number, total);
  const opened = inc.escalation?.startedAt ?? inc.firstSeen;
  let head: string;
  if (by) head = `:rotating_light: *Escalation ${label}*, run by hand by ${who(by)}.`;
  else if (s.anchor === 'acknowledged') head = `:alarm_clock: *Reminder (${label})*: acknowledged by ${who(inc.ackBy)} ${ago(now - (inc.ackAt ?? now))}, still not resolved.`;
  else head = `:rotating_light: *Escalation ${label}*: open ${ago(now - opened)}${inc.state === 'open' ? ', not acknowledged' : ` (${inc.state})`}.`;
  const also: string[] = [];
  if (s.channel) also.push(`posting in ${esc(s.channel)}`);
  if (s.page.length) also.push(`paging ${s.page.map((p) => OUTLET_LABEL[p]).join(' and ')}`);
  const tail = also.length ? ` Also ${also.join(', ')}.` : '';
  return truncate(`${head}${tail}${mentions.length ? `\n${mentions.join(' ')}` : ''}`, 2900);
}

/** The post of a channel step: the incident in one line, a link back, the mentions. */
export function channelPost(inc: Incident, s: EscalationStep, total: number, link: string | null, mentions: string[]): string {
  const lines = [
    `:rotating_light: *[${inc.severity.toUpperCase()}] ${esc(truncate(inc.title, 300))}* (${inc.id}, ${inc.count} alert(s), ${inc.state}) — escalation ${stepLabel(s.number, total)}`,
    link ? `<${link}|Open the incident>` : '',
    mentions.join(' '),
  ];
  return truncate(lines.filter(Boolean).join('\n'), 2900);
}

/** A paging failure, for the thread. `retrying` when the queue will try again. */
export function pageFailureNote(outlet: PageTarget, action: string, message: string, retrying: boolean): string {
  return truncate(`:warning: Could not ${action} ${OUTLET_LABEL[outlet]}: ${esc(message)}${retrying ? ' — retrying.' : '.'}`, 1000);
}

/** A step that pages an outlet without credentials. */
export function notConfiguredNote(outlet: PageTarget, step: number, variable: string): string {
  return `:warning: Escalation step ${step} pages ${OUTLET_LABEL[outlet]}, but ${OUTLET_LABEL[outlet]} is not configured (set ${variable}).`;
}
