import { CircuitBreakers } from '../enrich/circuit-breaker';
import { fetchWithRetry } from '../enrich/fetch-with-retry';
import type { Metrics } from '../ops/metrics';
import { createOpsgenie } from './opsgenie';
import { PageCaller } from './page-caller';
import { createPagerDuty } from './pagerduty';
import type { PageLogger, PageOutlet, PageOutletName, RedactFn } from './types';

/** Paging settings (config `paging`, credentials from the environment). */
export interface PagingSettings {
  /** Per-attempt timeout, ms; a call with its retries gets three times this. */
  timeoutMs: number;
  /** Put before the incident id in PagerDuty's dedup key and Opsgenie's alias (two Heralds, one service). */
  keyPrefix?: string;
  pagerduty: { routingKey?: string; apiUrl: string };
  opsgenie: { apiKey?: string; apiUrl: string };
}

/** The configured paging outlets. */
export interface Pagers {
  /** The outlet, or null when it has no credentials. */
  get(name: PageOutletName): PageOutlet | null;
  /** Names of the outlets that have credentials. */
  readonly configured: readonly PageOutletName[];
}

/** What createPagers needs besides the settings. */
export interface PagersDeps {
  redact: RedactFn;
  metrics?: Metrics;
  logger?: PageLogger;
  clock?: () => number;
  /** Underlying fetch (default the global one). */
  fetch?: typeof fetch;
  /** First retry wait, doubled each time (default 250 ms). */
  backoffMs?: number;
}

/** Which variable holds each outlet's credential (for messages). */
export const PAGE_CREDENTIAL: Record<PageOutletName, string> = {
  pagerduty: 'PAGERDUTY_ROUTING_KEY',
  opsgenie: 'OPSGENIE_API_KEY',
};

/**
 * Build the outlets that have credentials. Each call has a per-attempt timeout and retries
 * 408, 429 and 5xx answers, timeouts and connection failures within three timeouts (every
 * paging call is idempotent: keyed by the incident id); five consecutive failures open the
 * outlet's circuit for 30 s (the Datadog client's breaker).
 */
export function createPagers(s: PagingSettings, d: PagersDeps): Pagers {
  const breakers = new CircuitBreakers({ clock: d.clock });
  const secrets = [s.pagerduty.routingKey, s.opsgenie.apiKey].filter((x): x is string => Boolean(x));
  const fetch = fetchWithRetry({
    timeoutMs: s.timeoutMs,
    budgetMs: s.timeoutMs * 3,
    backoffMs: d.backoffMs ?? 250,
    retryErrors: true,
    retryOn: (st) => st === 408 || st === 429 || st >= 500,
    fetch: d.fetch,
  });
  const caller = (outlet: PageOutletName, label: string) =>
    new PageCaller({ outlet, label, credential: PAGE_CREDENTIAL[outlet], breakers, fetch, timeoutMs: s.timeoutMs, secrets, redact: d.redact, metrics: d.metrics, logger: d.logger });
  const outlets = new Map<PageOutletName, PageOutlet>();
  if (s.pagerduty.routingKey) {
    outlets.set('pagerduty', createPagerDuty({ routingKey: s.pagerduty.routingKey, apiUrl: s.pagerduty.apiUrl, caller: caller('pagerduty', 'PagerDuty'), redact: d.redact, keyPrefix: s.keyPrefix }));
  }
  if (s.opsgenie.apiKey) {
    outlets.set('opsgenie', createOpsgenie({ apiKey: s.opsgenie.apiKey, apiUrl: s.opsgenie.apiUrl, caller: caller('opsgenie', 'Opsgenie'), redact: d.redact, keyPrefix: s.keyPrefix }));
  }
  return {
    get: (name) => outlets.get(name) ?? null,
    configured: [...outlets.keys()],
  };
}
