import { backoffDelay, type BackoffOptions } from './backoff';
import { DEFAULT_RATE_LIMIT_WAIT_MS, toSlackCallError, type SlackCallError } from './slack-call-error';

/** The outside world and policy a retry loop needs. */
export interface RetryDeps {
  clock: () => number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  maxAttempts: number;
  maxRetryMs: number;
  backoff: BackoffOptions;
  /** One report per attempt: 'ok', a Slack error code, 'http_500', 'ratelimited', 'timeout', 'network_error'. */
  onCall?: (method: string, status: string) => void;
  logger?: { warn(m: string, meta?: object): void };
}

/** Per-call hooks: what to do before each attempt, and how a rate limit is honoured. */
export interface RetryHooks {
  /** Awaited before every attempt (the channel's pause and token buckets). */
  before?: () => Promise<void>;
  /** Told of every rate limit. When `pauses` is true it is expected to pause `before`, and the loop does not sleep itself. */
  onRateLimited?: (retryAfterMs: number) => void;
  pauses?: boolean;
}

/** The status reported to `onCall` for an error. */
export function callStatus(err: SlackCallError): string {
  return err.rateLimited ? 'ratelimited' : err.code;
}

/**
 * Run `send` until it succeeds, a non-retryable error occurs, `maxAttempts` are used, or the
 * next wait would pass `maxRetryMs` since the first attempt. Retryable failures wait an
 * exponential backoff with jitter; rate limits wait what Slack asked for (1 s if it did not say).
 * Always rejects with a SlackCallError.
 */
export async function sendWithRetry<T>(method: string, send: () => Promise<T>, deps: RetryDeps, hooks: RetryHooks = {}): Promise<T> {
  const start = deps.clock();
  for (let attempt = 1; ; attempt++) {
    if (hooks.before) await hooks.before();
    let err: SlackCallError;
    try {
      const result = await send();
      report(deps, method, 'ok');
      return result;
    } catch (raw) {
      err = toSlackCallError(method, raw);
    }
    report(deps, method, callStatus(err));
    const delay = err.rateLimited
      ? (err.retryAfterMs ?? DEFAULT_RATE_LIMIT_WAIT_MS)
      : backoffDelay(attempt, deps.random, deps.backoff);
    // Slack's pause holds for the calls behind this one even when this one gives up.
    if (err.rateLimited) safely(() => hooks.onRateLimited?.(delay));
    if (!err.retryable || attempt >= deps.maxAttempts) throw err;
    if (deps.clock() - start + delay > deps.maxRetryMs) throw err;
    safely(() => deps.logger?.warn('slack call failed, will retry', { method, code: err.code, attempt, delayMs: delay }));
    if (!(err.rateLimited && hooks.pauses)) await deps.sleep(delay);
  }
}

function report(deps: RetryDeps, method: string, status: string): void {
  safely(() => deps.onCall?.(method, status));
}

/** Run a caller-supplied hook; a throwing metrics or log hook must not break dispatch. */
export function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    /* ignore */
  }
}
