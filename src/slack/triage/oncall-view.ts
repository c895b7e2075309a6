import { upcomingStep } from '../../incident/escalation-run';
import type { Incident } from '../../incident/incident';
import { severityRank } from '../../alert/severity';
import { esc, slackDate, truncate } from '../render/mrkdwn';
import { sections, type Reply } from './command-views';

const PAGE_LABEL: Record<string, string> = { pagerduty: 'PagerDuty', opsgenie: 'Opsgenie' };

/** One incident as an on-call line: id, severity, title, state, last and next escalation step, pages. */
export function oncallLine(i: Incident): string {
  const p = i.escalation;
  const total = p?.policy.steps.length ?? 0;
  const parts = [`*${i.id}* [${i.severity}] ${esc(truncate(i.title, 100))}`, i.state];
  if (!total) parts.push('no escalation policy');
  else {
    parts.push(p!.last ? `step ${p!.last.step} of ${total} at ${slackDate(p!.last.at)}` : `no step yet (${total} in ${esc(p!.policy.name ?? 'its policy')})`);
    const next = upcomingStep(i);
    parts.push(next ? `next: step ${next.step} at ${slackDate(next.at)}` : 'no further step due');
  }
  const pages = Object.entries(p?.pages ?? {}).map(([o, s]) => `${PAGE_LABEL[o] ?? o} ${s}`);
  if (pages.length) parts.push(`paged: ${pages.join(', ')}`);
  return truncate(parts.join(' · '), 600);
}

/**
 * `/herald oncall`: active incidents (open first, then by severity, then the soonest next
 * step) with their escalation step and next step time; at most 25 lines.
 */
export function formatOncall(incidents: Incident[]): Reply {
  const active = incidents.filter((i) => i.state !== 'resolved');
  if (!active.length) return { text: 'No open incidents: nothing is escalating.' };
  const rank = (i: Incident) => [i.state === 'open' ? 0 : 1, severityRank(i.severity), upcomingStep(i)?.at ?? Number.MAX_SAFE_INTEGER];
  const sorted = active.slice().sort((a, b) => {
    const x = rank(a);
    const y = rank(b);
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  const shown = sorted.slice(0, 25);
  const head = `*On call*: ${active.length} active incident${active.length === 1 ? '' : 's'}${active.length > shown.length ? ` (showing ${shown.length})` : ''}`;
  return { text: truncate(`On call: ${shown.map((i) => i.id).join(', ')}`, 3000), blocks: sections(head, shown.map(oncallLine)) };
}
