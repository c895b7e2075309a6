import { HeraldError } from '../errors/herald-error';
import { CircuitBreakers } from './circuit-breaker';
import { DatadogCaller } from './datadog-caller';
import { loadDatadogModule, makeApis, makeConfiguration, normalizeBaseUrl } from './datadog-client';
import { createEnricher } from './enricher';
import { fetchWithRetry } from './fetch-with-retry';
import { JsonCache } from './json-cache';
import { datadogAppUrl } from './monitor-info';
import { scrub } from './to-herald-error';
import type { DatadogOptions, DatadogWriteBack, Enricher } from './types';
import { createWriteBack } from './write-back';

/** Default per-request timeout, ms. */
export const DEFAULT_TIMEOUT_MS = 2000;

/**
 * Build the Datadog enricher and write-back. Loads the Datadog client package on first use
 * (call this only when keys are configured). Reads use one budget of `timeoutMs` for all
 * attempts of a call; writes allow `timeoutMs` per attempt and three times that in all, and
 * retry only answers that mean "not processed" (429, 502, 503). Both share one set of
 * circuit breakers (5 consecutive failures open an endpoint for 30 s).
 */
export async function createDatadog(opts: DatadogOptions): Promise<{ enricher: Enricher; writeBack: DatadogWriteBack }> {
  if (!opts.apiKey || !opts.appKey) {
    throw new HeraldError('config_invalid', 'Datadog enrichment needs both an API key (DD_API_KEY) and an application key (DD_APP_KEY)');
  }
  const dd = await loadDatadogModule();
  const timeoutMs = opts.timeoutMs && opts.timeoutMs > 0 ? opts.timeoutMs : DEFAULT_TIMEOUT_MS;
  const clock = opts.clock ?? Date.now;
  const secrets = [opts.apiKey, opts.appKey].filter(Boolean);
  const logger = opts.logger && {
    warn: (m: string, meta?: object) => opts.logger!.warn(scrub(m, secrets), meta && JSON.parse(scrub(JSON.stringify(meta), secrets))),
  };
  const apiUrl = opts.apiUrl ? normalizeBaseUrl(opts.apiUrl) : undefined;
  const base = { apiKey: opts.apiKey, appKey: opts.appKey, site: opts.site, apiUrl };
  const readConf = makeConfiguration(dd, { ...base, fetch: fetchWithRetry({ timeoutMs, budgetMs: timeoutMs }) });
  const writeConf = makeConfiguration(dd, {
    ...base,
    incidents: opts.incidents === true,
    fetch: fetchWithRetry({ timeoutMs, budgetMs: timeoutMs * 3, retryOn: (s) => s === 429 || s === 502 || s === 503 }),
  });
  const read = makeApis(dd, readConf);
  const write = makeApis(dd, writeConf);
  const breakers = new CircuitBreakers({ clock });
  const caller = new DatadogCaller({ breakers, timeoutMs, secrets, metrics: opts.metrics, logger });
  const cache = new JsonCache(opts.redis, opts.prefix, (op) => logger?.warn('datadog cache unavailable', { op }));
  const appUrl = datadogAppUrl(opts.site, apiUrl);
  const enricher = createEnricher({
    monitors: read.monitors,
    logs: read.logs,
    services: read.services,
    caller,
    cache,
    redactText: opts.redactText,
    timeoutMs,
    clock,
    appUrl,
  });
  const writeBack = createWriteBack({
    downtimes: write.downtimes,
    events: write.events,
    incidents: write.incidents,
    caller,
    incidentsEnabled: opts.incidents === true,
    redactText: opts.redactText,
    clock,
    appUrl,
  });
  return { enricher, writeBack };
}
