import { HeraldError } from '../errors/herald-error';

/** The `fetch` shape the Datadog client calls. */
export type FetchFn = (url: string, init: Record<string, unknown>) => Promise<Response>;

/** Options of `fetchWithRetry`. */
export interface RetryFetchOptions {
  /** Timeout of one attempt, ms. */
  timeoutMs: number;
  /** Total time for all attempts and waits of one call, ms. */
  budgetMs: number;
  /** Extra attempts after the first (default 3). */
  maxRetries?: number;
  /** Backoff without a rate-limit header: `backoffMs * 2^attempt` (default 200). */
  backoffMs?: number;
  /** Which statuses to retry (default 429 and 5xx). */
  retryOn?: (status: number) => boolean;
  /**
   * Also retry an attempt that timed out or could not connect (default false). Only for
   * idempotent calls (e.g. paging events keyed by a dedup key): the request may have landed.
   */
  retryErrors?: boolean;
  /** Underlying fetch (default the global one). */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
}

/** True for answers worth retrying: 429 and 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** The wait a response asks for: `x-ratelimit-reset` or `retry-after` (seconds), else the backoff, in ms. */
export function retryDelayMs(headers: Headers, attempt: number, backoffMs: number): number {
  for (const name of ['x-ratelimit-reset', 'retry-after']) {
    const v = headers.get(name);
    if (v !== null && /^\d{1,6}$/.test(v.trim())) return Number(v.trim()) * 1000;
  }
  return backoffMs * 2 ** attempt;
}

/** True for what a failed fetch throws when the attempt timed out or never got an answer. */
export function isTransportError(e: unknown): boolean {
  const name = e && typeof e === 'object' ? (e as { name?: unknown }).name : undefined;
  return name === 'TimeoutError' || name === 'AbortError' || e instanceof TypeError;
}

const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * A `fetch` for the Datadog client (whose own retries stay off): each attempt has its own
 * `AbortSignal.timeout`; 429 and 5xx answers are retried after `x-ratelimit-reset` or a
 * backoff, as long as the whole call fits in `budgetMs`. When retries run out, a 5xx is
 * returned for the client to turn into an ApiException, and a 429 becomes a retryable
 * HeraldError carrying `retryAfterMs`. A timeout throws a DOMException `TimeoutError`.
 */
export function fetchWithRetry(opts: RetryFetchOptions): FetchFn {
  const maxRetries = opts.maxRetries ?? 3;
  const backoffMs = opts.backoffMs ?? 200;
  const sleep = opts.sleep ?? realSleep;
  const retryOn = opts.retryOn ?? isRetryableStatus;
  return async (url, init) => {
    const doFetch = opts.fetch ?? fetch;
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const left = opts.budgetMs - (Date.now() - started);
      if (left <= 0) throw new DOMException('The operation was aborted due to timeout', 'TimeoutError');
      const signal = AbortSignal.timeout(Math.max(1, Math.min(opts.timeoutMs, left)));
      let res: Response;
      try {
        res = await doFetch(url, { ...(init as RequestInit), signal });
      } catch (e) {
        const wait = backoffMs * 2 ** attempt;
        if (!opts.retryErrors || !isTransportError(e) || attempt >= maxRetries || Date.now() - started + wait >= opts.budgetMs) throw e;
        await sleep(wait);
        continue;
      }
      if (!isRetryableStatus(res.status)) return res;
      const wait = retryDelayMs(res.headers, attempt, backoffMs);
      const fits = Date.now() - started + wait < opts.budgetMs;
      if (attempt < maxRetries && fits && retryOn(res.status)) {
        await res.body?.cancel().catch(() => undefined);
        await sleep(wait);
        continue;
      }
      if (res.status !== 429) return res;
      await res.body?.cancel().catch(() => undefined);
      throw new HeraldError('datadog_api', `rate limited by Datadog (retry in ${Math.ceil(wait / 1000)} s)`, {
        retryable: true,
        retryAfterMs: wait,
        details: { status: 429 },
      });
    }
  };
}
