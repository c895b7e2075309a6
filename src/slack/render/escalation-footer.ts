import { upcomingStep } from '../../incident/escalation-run';
import type { Incident } from '../../incident/incident';
import { slackDate } from './mrkdwn';

/**
 * The message footer's escalation line: `escalation step 2 of 3 at 14:30 · next: step 3 at
 * 15:00` (the next step as things stand; mutes are not known here). Empty without a policy.
 */
export function escalationFooter(inc: Incident): string {
  const p = inc.escalation;
  if (!p || p.policy.steps.length === 0) return '';
  const total = p.policy.steps.length;
  const parts: string[] = [];
  if (p.last) parts.push(`escalation step ${p.last.step} of ${total} at ${slackDate(p.last.at)}`);
  const next = upcomingStep(inc);
  if (next) parts.push(`next: step ${next.step} of ${total} at ${slackDate(next.at)}`);
  return parts.join(' · ');
}
