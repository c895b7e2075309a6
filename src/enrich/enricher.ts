import type { v1, v2 } from '@datadog/datadog-api-client';
import type { Alert } from '../alert/alert';
import type { Finding } from '../scan/types';
import type { DatadogCaller } from './datadog-caller';
import type { JsonCache } from './json-cache';
import { monitorInfo } from './monitor-info';
import { ownerFromSchema } from './owner-info';
import { redactLogs, redactMonitor, redactOwner } from './redact-fields';
import { logQuery } from './search-query';
import type { EnrichedLog, Enricher, Enrichment, MonitorInfo, OwnerInfo, RedactText } from './types';

/** Cache lifetimes, seconds. */
export interface EnrichTtls {
  monitorSec: number;
  serviceSec: number;
  missingSec: number;
}

/** Dependencies of the enricher. */
export interface EnricherDeps {
  monitors: Pick<v1.MonitorsApi, 'getMonitor'>;
  logs: Pick<v2.LogsApi, 'listLogs'>;
  services: Pick<v2.ServiceDefinitionApi, 'getServiceDefinition'>;
  caller: DatadogCaller;
  cache: JsonCache;
  redactText: RedactText;
  /** The enrichment budget, ms: `enrich()` answers within about this long. */
  timeoutMs: number;
  clock: () => number;
  /** Datadog web app origin, for monitor links. */
  appUrl?: string;
  ttl?: Partial<EnrichTtls>;
  /** Log lines to fetch (default 5) and the window before the alert (default 15 min). */
  logLimit?: number;
  logWindowMs?: number;
}

/** One part's result: a value, findings to report, and a problem to show. */
interface Part<T> {
  value?: T;
  findings?: Finding[];
  problem?: string;
}

const DEFAULT_TTL: EnrichTtls = { monitorSec: 300, serviceSec: 600, missingSec: 60 };
/** Grace after the budget for the cache write and mapping, before a part is given up. */
const GRACE_MS = 150;

function serviceOf(alert: Alert): string {
  if (alert.service) return alert.service;
  const tag = alert.scope.find((t) => t.startsWith('service:'));
  return tag ? tag.slice('service:'.length) : '';
}

/**
 * The Datadog enricher: the monitor, recent error logs (skipped when the alert carries a
 * log sample) and the owning service, fetched in parallel through the caller (breaker,
 * timeout, retries) with a Redis cache for monitors and services. Fetched text is redacted
 * before it is cached or returned; cache writes are not awaited. `enrich()` never throws and never waits past the budget
 * (plus a small grace): a part that is late becomes a problem and its answer is dropped.
 */
export function createEnricher(deps: EnricherDeps): Enricher {
  const ttl = { ...DEFAULT_TTL, ...deps.ttl };
  const budget = deps.timeoutMs;

  async function monitorPart(alert: Alert): Promise<Part<MonitorInfo>> {
    const id = alert.monitorId ?? '';
    if (!/^\d{1,18}$/.test(id)) return {};
    const key = `dd:monitor:${id}`;
    const cached = await deps.cache.get<MonitorInfo>(key);
    if (cached.hit) return 'missing' in cached ? { problem: `monitor: ${id} not found` } : { value: cached.value };
    const r = await deps.caller.attempt('getMonitor', 'monitor', () => deps.monitors.getMonitor({ monitorId: Number(id) }));
    if (!r.ok) {
      if (r.kind === 'not_found') {
        void deps.cache.setMissing(key, ttl.missingSec);
        return { problem: `monitor: ${id} not found` };
      }
      return { problem: r.error.message };
    }
    const { value } = redactMonitor(monitorInfo(id, r.value, deps.appUrl), deps.redactText);
    void deps.cache.set(key, value, ttl.monitorSec);
    return { value };
  }

  async function logsPart(alert: Alert): Promise<Part<EnrichedLog[]>> {
    if (alert.logs.length > 0) return {};
    const query = logQuery(alert);
    if (!query) return {};
    const to = alert.date > 0 ? alert.date : deps.clock();
    const from = to - (deps.logWindowMs ?? 15 * 60_000);
    const r = await deps.caller.attempt('listLogs', 'logs', () =>
      deps.logs.listLogs({
        body: {
          filter: { query, from: new Date(from).toISOString(), to: new Date(to).toISOString() },
          sort: '-timestamp',
          page: { limit: deps.logLimit ?? 5 },
        },
      }),
    );
    if (!r.ok) return { problem: r.error.message };
    const lines: EnrichedLog[] = (r.value.data ?? []).slice(0, deps.logLimit ?? 5).map((log) => {
      const a = log.attributes ?? {};
      const ts = a.timestamp instanceof Date && !Number.isNaN(a.timestamp.getTime()) ? a.timestamp.toISOString() : '';
      return {
        time: ts,
        host: typeof a.host === 'string' ? a.host : '',
        ...(typeof a.service === 'string' && a.service ? { service: a.service } : {}),
        message: typeof a.message === 'string' ? a.message : '',
      };
    });
    const red = redactLogs(lines, deps.redactText);
    return { value: red.value, findings: red.findings };
  }

  async function ownerPart(alert: Alert): Promise<Part<OwnerInfo>> {
    const service = serviceOf(alert);
    if (!service || service.length > 200) return {};
    const key = `dd:service:${service}`;
    const cached = await deps.cache.get<OwnerInfo>(key);
    if (cached.hit) return 'missing' in cached ? {} : { value: cached.value };
    const r = await deps.caller.attempt('getServiceDefinition', 'service catalog', () =>
      deps.services.getServiceDefinition({ serviceName: service, schemaVersion: 'v2.2' }),
    );
    if (!r.ok) {
      if (r.kind === 'not_found') void deps.cache.setMissing(key, ttl.missingSec);
      return r.kind === 'not_found' ? {} : { problem: r.error.message };
    }
    const owner = ownerFromSchema(service, r.value.data?.attributes?.schema);
    if (!owner) {
      void deps.cache.setMissing(key, ttl.missingSec);
      return {};
    }
    const { value } = redactOwner(owner, deps.redactText);
    void deps.cache.set(key, value, ttl.serviceSec);
    return { value };
  }

  /** Run one part within the budget; whatever happens, answer a Part. */
  function bounded<T>(label: string, run: () => Promise<Part<T>>): Promise<Part<T>> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ problem: `${label}: timed out after ${budget} ms` }), budget + GRACE_MS);
      run().then(
        (p) => {
          clearTimeout(timer);
          resolve(p);
        },
        () => {
          clearTimeout(timer);
          resolve({ problem: `${label}: failed unexpectedly` });
        },
      );
    });
  }

  return {
    async enrich(alert: Alert): Promise<Enrichment> {
      const [monitor, logs, owner] = await Promise.all([
        bounded('monitor', () => monitorPart(alert)),
        bounded('logs', () => logsPart(alert)),
        bounded('service catalog', () => ownerPart(alert)),
      ]);
      const out: Enrichment = { findings: logs.findings ?? [], problems: [] };
      if (monitor.value) out.monitor = monitor.value;
      if (logs.value) out.logs = logs.value;
      if (owner.value) out.owner = owner.value;
      for (const p of [monitor, logs, owner]) if (p.problem) out.problems.push(p.problem);
      return out;
    },
  };
}
