import type { PageCaller } from './page-caller';
import { PAGERDUTY_SEVERITY, pageDetails, pageSummary, safeLinks, safeText } from './page-text';
import type { PageOutlet, PageSubject, RedactFn } from './types';

/** PagerDuty's Events API v2 base URL (EU accounts: https://events.eu.pagerduty.com). */
export const PAGERDUTY_API_URL = 'https://events.pagerduty.com';

/** What the PagerDuty outlet needs. */
export interface PagerDutyOptions {
  /** The Events API v2 integration (routing) key of the service to page. */
  routingKey: string;
  /** Base URL without a trailing slash (default PAGERDUTY_API_URL). */
  apiUrl?: string;
  caller: PageCaller;
  redact: RedactFn;
  /** Put before the incident id in the dedup key (`paging.key_prefix`; default none). */
  keyPrefix?: string;
}

/**
 * PagerDuty Events API v2 (`POST /v2/enqueue`): `trigger` with the incident id as `dedup_key`
 * (after `keyPrefix`, if set)
 * (a repeated trigger adds to the open alert instead of paging again), `acknowledge` and
 * `resolve` with the same key. Summary ≤ 1024 characters; texts redacted and plain.
 */
export function createPagerDuty(o: PagerDutyOptions): PageOutlet {
  const url = `${(o.apiUrl ?? PAGERDUTY_API_URL).replace(/\/+$/, '')}/v2/enqueue`;
  const event = (action: 'trigger' | 'acknowledge' | 'resolve', incidentId: string, extra: Record<string, unknown> = {}) => ({
    routing_key: o.routingKey,
    event_action: action,
    dedup_key: `${o.keyPrefix ?? ''}${incidentId}`,
    ...extra,
  });
  return {
    name: 'pagerduty',
    async trigger(s: PageSubject) {
      const links = safeLinks(o.redact, s.links);
      const slack = links.find((l) => l.text === 'Slack');
      const body = event('trigger', s.incidentId, {
        payload: {
          summary: pageSummary(o.redact, s, 1024),
          source: safeText(o.redact, s.host || s.service || 'herald', 255) || 'herald',
          severity: PAGERDUTY_SEVERITY[s.severity],
          timestamp: new Date(s.firstSeen).toISOString(),
          ...(s.service ? { component: safeText(o.redact, s.service, 255) } : {}),
          ...(s.team ? { group: safeText(o.redact, s.team, 255) } : {}),
          ...(s.kind ? { class: safeText(o.redact, s.kind, 255) } : {}),
          custom_details: pageDetails(o.redact, s),
        },
        client: 'Herald',
        ...(slack ? { client_url: slack.href } : {}),
        links,
      });
      await o.caller.send('trigger', s.incidentId, url, {}, body);
    },
    async acknowledge(incidentId: string) {
      await o.caller.send('acknowledge', incidentId, url, {}, event('acknowledge', incidentId));
    },
    async resolve(incidentId: string) {
      await o.caller.send('resolve', incidentId, url, {}, event('resolve', incidentId));
    },
  };
}
