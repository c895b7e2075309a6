import { HeraldError } from '../errors/herald-error';
import type { Metrics } from '../ops/metrics';
import type { CircuitBreakers } from './circuit-breaker';
import { toHeraldError, type FailureKind } from './to-herald-error';
import type { EnrichLogger } from './types';

/** The outcome of one guarded call. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; error: HeraldError; kind: FailureKind | 'circuit_open' };

/** Dependencies of a DatadogCaller. */
export interface CallerDeps {
  breakers: CircuitBreakers;
  timeoutMs: number;
  /** Values that must never appear in a message (the API and application keys). */
  secrets: string[];
  metrics?: Metrics;
  logger?: EnrichLogger;
}

/**
 * Runs one Datadog operation behind its endpoint's circuit breaker, counts it in
 * `herald_datadog_requests_total{operation,outcome}`, and maps failures to HeraldErrors.
 * Timeouts, unreachable hosts, 429 and 5xx count against the breaker; any other answer
 * (404 included) shows the endpoint is up.
 */
export class DatadogCaller {
  constructor(private readonly deps: CallerDeps) {}

  /** Run `fn` as operation `op`; never throws. `label` prefixes messages (`monitor`). */
  async attempt<T>(op: string, label: string, fn: () => Promise<T>): Promise<CallResult<T>> {
    const { breakers, metrics, logger } = this.deps;
    const waitMs = breakers.acquire(op);
    if (waitMs > 0) {
      metrics?.datadogRequests.inc({ operation: op, outcome: 'circuit_open' });
      const error = new HeraldError('datadog_api', `${label}: circuit open`, {
        retryable: true,
        retryAfterMs: waitMs,
        details: { operation: op },
      });
      return { ok: false, error, kind: 'circuit_open' };
    }
    try {
      const value = await fn();
      breakers.success(op);
      metrics?.datadogRequests.inc({ operation: op, outcome: 'ok' });
      return { ok: true, value };
    } catch (e) {
      const { error, kind } = toHeraldError(e, label, this.deps.timeoutMs, this.deps.secrets);
      if (kind === 'timeout' || kind === 'unavailable' || kind === 'rate_limited') breakers.failure(op);
      else breakers.success(op);
      metrics?.datadogRequests.inc({ operation: op, outcome: kind });
      if (kind !== 'not_found') {
        logger?.warn('datadog request failed', { operation: op, code: error.code, kind, message: error.message });
      }
      return { ok: false, error, kind };
    }
  }

  /** Run `fn` as operation `op`; throws the mapped HeraldError on failure. */
  async call<T>(op: string, label: string, fn: () => Promise<T>): Promise<T> {
    const r = await this.attempt(op, label, fn);
    if (!r.ok) throw r.error;
    return r.value;
  }
}
