import type { PageCaller } from './page-caller';
import { OPSGENIE_PRIORITY, pageDetails, pageSummary, safeLinks, safeText } from './page-text';
import type { PageOutlet, PageSubject, RedactFn } from './types';

/** Opsgenie's API base URL (EU accounts: https://api.eu.opsgenie.com). */
export const OPSGENIE_API_URL = 'https://api.opsgenie.com';

/** What the Opsgenie outlet needs. */
export interface OpsgenieOptions {
  /** The key of an Opsgenie API integration (sent as `Authorization: GenieKey <key>`). */
  apiKey: string;
  /** Base URL without a trailing slash (default OPSGENIE_API_URL). */
  apiUrl?: string;
  caller: PageCaller;
  redact: RedactFn;
  /** Put before the incident id in the alias (`paging.key_prefix`; default none). */
  keyPrefix?: string;
}

/**
 * Opsgenie's Alert API: `POST /v2/alerts` creates the alert with the incident id as `alias`
 * (Opsgenie de-duplicates open alerts by alias), `POST /v2/alerts/{alias}/acknowledge` and
 * `/close` with `identifierType=alias`. Opsgenie answers 202 and processes the request
 * asynchronously. Message ≤ 130 characters, description ≤ 15,000; texts redacted and plain.
 */
export function createOpsgenie(o: OpsgenieOptions): PageOutlet {
  const base = (o.apiUrl ?? OPSGENIE_API_URL).replace(/\/+$/, '');
  const headers = { authorization: `GenieKey ${o.apiKey}` };
  const alias = (incidentId: string) => `${o.keyPrefix ?? ''}${incidentId}`;
  const action = (incidentId: string, verb: 'acknowledge' | 'close') => `${base}/v2/alerts/${encodeURIComponent(alias(incidentId))}/${verb}?identifierType=alias`;
  return {
    name: 'opsgenie',
    async trigger(s: PageSubject) {
      const details = pageDetails(o.redact, s);
      const links = safeLinks(o.redact, s.links);
      const description = [
        pageSummary(o.redact, s, 1000),
        details.message ?? '',
        ...links.map((l) => `${l.text}: ${l.href}`),
      ].filter(Boolean).join('\n\n');
      const tags = ['herald', s.severity, s.service && `service:${s.service}`, s.env && `env:${s.env}`, s.team && `team:${s.team}`]
        .filter((t): t is string => Boolean(t))
        .map((t) => safeText(o.redact, t, 50));
      const body = {
        message: pageSummary(o.redact, s, 130),
        alias: alias(s.incidentId),
        description: description.slice(0, 15_000),
        tags,
        details: Object.fromEntries(Object.entries(details).filter(([k]) => k !== 'message')),
        ...(s.service ? { entity: safeText(o.redact, s.service, 512) } : {}),
        source: 'Herald',
        priority: OPSGENIE_PRIORITY[s.severity],
      };
      await o.caller.send('trigger', s.incidentId, `${base}/v2/alerts`, headers, body);
    },
    async acknowledge(incidentId: string, note: string) {
      await o.caller.send('acknowledge', incidentId, action(incidentId, 'acknowledge'), headers, { source: 'Herald', note: safeText(o.redact, note, 1000) });
    },
    async resolve(incidentId: string, note: string) {
      await o.caller.send('resolve', incidentId, action(incidentId, 'close'), headers, { source: 'Herald', note: safeText(o.redact, note, 1000) });
    },
  };
}
