/** Exponential backoff settings: the first retry waits about `baseMs`, never more than `maxMs`. */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/** Default backoff: 250 ms, 500 ms, 1 s, 2 s… capped at 8 s (before jitter). */
export const DEFAULT_BACKOFF: BackoffOptions = Object.freeze({ baseMs: 250, maxMs: 8_000 });

/**
 * Delay before retry number `retry` (1 for the first retry): exponential, capped, with
 * "equal jitter" — uniformly between half and all of the exponential step, so retries of
 * many callers spread out but never come back immediately.
 */
export function backoffDelay(retry: number, random: () => number, opts: BackoffOptions = DEFAULT_BACKOFF): number {
  const step = Math.min(opts.maxMs, opts.baseMs * 2 ** Math.max(0, retry - 1));
  const r = Math.min(1, Math.max(0, random()));
  return Math.round(step / 2 + (step / 2) * r);
}
