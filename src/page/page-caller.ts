import type { CircuitBreakers } from '../enrich/circuit-breaker';
import { isTransportError, type FetchFn } from '../enrich/fetch-with-retry';
import { scrub } from '../enrich/to-herald-error';
import { HeraldError, isHeraldError } from '../errors/herald-error';
import type { Metrics } from '../ops/metrics';
import { clip, plainText } from './page-text';
import type { PageAction, PageFailureKind, PageLogger, PageOutletName, PageStatus, RedactFn } from './types';

/** Dependencies of a PageCaller. */
export interface PageCallerDeps {
  outlet: PageOutletName;
  /** Shown in messages: `PagerDuty`, `Opsgenie`. */
  label: string;
  /** Which credential to check on a 401/403, e.g. `PAGERDUTY_ROUTING_KEY`. */
  credential: string;
  breakers: CircuitBreakers;
  /** A fetch with timeouts and retries (fetchWithRetry). */
  fetch: FetchFn;
  /** Per-attempt timeout, ms (for messages). */
  timeoutMs: number;
  /** Values that must never appear in a message (keys). */
  secrets: string[];
  redact: RedactFn;
  metrics?: Metrics;
  logger?: PageLogger;
}

const DONE: Record<PageAction, PageStatus> = { trigger: 'triggered', acknowledge: 'acknowledged', resolve: 'resolved' };

/**
 * Sends one request of a paging outlet behind the outlet's circuit breaker, counts it in
 * `herald_pages_total{outlet,status}`, and turns every failure into a HeraldError (`page_api`
 * or `timeout`) whose message is built here (never copied from a response or an exception),
 * says whether retrying is worth it, and carries `details.kind` (a PageFailureKind).
 */
export class PageCaller {
  constructor(private readonly d: PageCallerDeps) {}

  /** POST `body` to `url` as `action` for `incidentId`; resolves when the service accepted it. */
  async send(action: PageAction, incidentId: string, url: string, headers: Record<string, string>, body: unknown): Promise<void> {
    const { breakers, outlet } = this.d;
    const waitMs = breakers.acquire(outlet);
    if (waitMs > 0) throw this.fail(action, incidentId, 'circuit_open', `circuit open (too many failures; next try in ${Math.ceil(waitMs / 1000)} s)`, true, { retryAfterMs: waitMs });
    let res: Response;
    try {
      res = await this.d.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body: JSON.stringify(body) });
    } catch (e) {
      if (isHeraldError(e) && e.details?.status === 429) {
        breakers.failure(outlet);
        throw this.fail(action, incidentId, 'rate_limited', 'rate limited (HTTP 429)', true, { retryAfterMs: e.retryAfterMs, status: 429 });
      }
      const name = e && typeof e === 'object' ? (e as { name?: unknown }).name : undefined;
      breakers.failure(outlet);
      if (name === 'TimeoutError' || name === 'AbortError') throw this.fail(action, incidentId, 'timeout', `timed out after ${this.d.timeoutMs} ms`, true);
      if (isTransportError(e)) throw this.fail(action, incidentId, 'unavailable', 'could not reach the service', true);
      throw this.fail(action, incidentId, 'rejected', 'unexpected error', false);
    }
    const status = res.status;
    if (status >= 200 && status < 300) {
      await res.body?.cancel().catch(() => undefined);
      breakers.success(outlet);
      this.d.metrics?.pages.inc({ outlet, status: DONE[action] });
      return;
    }
    const why = await this.reason(res);
    if (status === 429 || status >= 500 || status === 408) {
      breakers.failure(outlet);
      const kind: PageFailureKind = status === 429 ? 'rate_limited' : 'unavailable';
      throw this.fail(action, incidentId, kind, `HTTP ${status}${why}`, true, { status });
    }
    breakers.success(outlet); // the service answered: it is up, the request was wrong
    const hint = status === 401 || status === 403 ? ` — check ${this.d.credential}` : '';
    throw this.fail(action, incidentId, 'rejected', `refused (HTTP ${status}${why})${hint}`, false, { status });
  }

  /** A failure as a HeraldError, counted and logged. */
  private fail(action: PageAction, incidentId: string, kind: PageFailureKind, what: string, retryable: boolean, extra: { retryAfterMs?: number; status?: number } = {}): HeraldError {
    const { outlet, label } = this.d;
    this.d.metrics?.pages.inc({ outlet, status: kind });
    const message = scrub(`${label} ${action} for ${incidentId}: ${what}`, this.d.secrets);
    this.d.logger?.warn('page failed', { outlet, action, incident: incidentId, kind, retryable, message });
    return new HeraldError(kind === 'timeout' ? 'timeout' : 'page_api', message, {
      retryable,
      retryAfterMs: extra.retryAfterMs,
      details: { outlet, action, kind, ...(extra.status !== undefined ? { status: extra.status } : {}) },
    });
  }

  /** `: <first error text>` from a PagerDuty/Opsgenie error body, scrubbed, redacted, plain, short. */
  private async reason(res: Response): Promise<string> {
    let text = '';
    try {
      const raw = (await res.text()).slice(0, 8_192);
      const body = JSON.parse(raw) as { message?: unknown; errors?: unknown };
      const errs = body.errors;
      const first = Array.isArray(errs) ? errs.find((x) => typeof x === 'string') : errs && typeof errs === 'object' ? Object.values(errs).find((x) => typeof x === 'string') : undefined;
      text = typeof first === 'string' ? first : typeof body.message === 'string' ? body.message : '';
    } catch {
      text = '';
    }
    text = clip(plainText(this.d.redact(scrub(text, this.d.secrets))).replace(/\s+/g, ' '), 160);
    return text ? `: ${text}` : '';
  }
}
