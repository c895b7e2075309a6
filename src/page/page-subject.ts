import type { Incident } from '../incident/incident';
import type { PageLink, PageSubject } from './types';

/**
 * What is paged about an incident: its id, redacted title and fields, a short excerpt of the
 * monitor message, and links to the Slack message (`slackLink`) and the monitor.
 */
export function pageSubjectOf(inc: Incident, slackLink: string | null, step?: number): PageSubject {
  const links: PageLink[] = [];
  if (slackLink) links.push({ href: slackLink, text: 'Slack' });
  const monitor = inc.enrichment?.monitor?.url ?? inc.alert.links.monitor;
  if (monitor) links.push({ href: monitor, text: 'Datadog monitor' });
  return {
    incidentId: inc.id,
    title: inc.title,
    severity: inc.severity,
    service: inc.service,
    env: inc.env,
    team: inc.team,
    host: inc.alert.host,
    kind: inc.alert.eventType,
    count: inc.count,
    firstSeen: inc.firstSeen,
    monitorId: inc.monitorId,
    message: inc.alert.message.slice(0, 4_000),
    links,
    ...(step !== undefined ? { step } : {}),
  };
}
