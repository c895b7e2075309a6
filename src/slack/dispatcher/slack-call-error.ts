/** Fallback wait after a rate-limit answer that says nothing about how long to wait. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 1_000;

/** Fields of a SlackCallError. */
export interface SlackCallErrorInit {
  /** Slack's error code (`channel_not_found`, `ratelimited`), `http_<status>`, `timeout`, `network_error` or `internal`. */
  code: string;
  /** Would trying again later help (5xx, network, timeout, rate limits)? */
  retryable: boolean;
  /** The Web API method that failed. */
  method: string;
  /** For rate limits: how long Slack asked us to wait. */
  retryAfterMs?: number;
  cause?: unknown;
}

/** A failed Slack Web API call, after the dispatcher's retries (if any were worth making). */
export class SlackCallError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  readonly method: string;
  readonly retryAfterMs?: number;

  constructor(init: SlackCallErrorInit) {
    super(`Slack ${init.method} failed: ${init.code}`, init.cause !== undefined ? { cause: init.cause } : undefined);
    this.name = 'SlackCallError';
    this.code = init.code;
    this.retryable = init.retryable;
    this.method = init.method;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** True when Slack asked us to slow down (HTTP 429 or a `ratelimited` answer). */
  get rateLimited(): boolean {
    return this.code === 'ratelimited' || this.code === 'rate_limited';
  }
}

const RATE_LIMIT_CODES = new Set(['ratelimited', 'rate_limited']);

/**
 * Map whatever the WebClient threw to a SlackCallError. Works on the `code` property
 * (`slack_webapi_*`), so it does not depend on which copy of @slack/web-api threw.
 */
export function toSlackCallError(method: string, err: unknown): SlackCallError {
  if (err instanceof SlackCallError) return err;
  const e = (err ?? {}) as Record<string, any>;
  const make = (code: string, retryable: boolean, retryAfterMs?: number) =>
    new SlackCallError({ code, retryable, method, retryAfterMs, cause: err });
  switch (e.code) {
    case 'slack_webapi_rate_limited_error':
      return make('ratelimited', true, secondsToMs(e.retryAfter));
    case 'slack_webapi_platform_error': {
      const code = typeof e.data?.error === 'string' ? e.data.error : 'unknown_error';
      if (RATE_LIMIT_CODES.has(code)) {
        return make(code, true, secondsToMs(e.data?.response_metadata?.retryAfter));
      }
      return make(code, false);
    }
    case 'slack_webapi_http_error': {
      const status = Number(e.statusCode);
      return make(`http_${status}`, status >= 500 || status === 408);
    }
    case 'slack_webapi_request_error': {
      const o = e.original as { name?: string; message?: string } | undefined;
      const timedOut = o?.name === 'TimeoutError' || o?.name === 'AbortError' || /timed? ?out/i.test(o?.message ?? '');
      return make(timedOut ? 'timeout' : 'network_error', true);
    }
    default:
      // A 429 without a usable Retry-After comes out of the WebClient as a plain Error.
      if (err instanceof Error && /retry header did not contain/i.test(err.message)) {
        return make('ratelimited', true, DEFAULT_RATE_LIMIT_WAIT_MS);
      }
      return make('internal', false);
  }
}

function secondsToMs(sec: unknown): number {
  const n = Number(sec);
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 1000) : DEFAULT_RATE_LIMIT_WAIT_MS;
}
