import type { WebClientOptions } from '@slack/web-api';

/** Per-request timeout used when none is given. */
export const DEFAULT_SLACK_TIMEOUT_MS = 10_000;

/**
 * WebClient options for a client used through the dispatcher: the dispatcher owns retries
 * and rate limiting, so the client never retries, rejects 429s at once (instead of pausing
 * its whole queue) and bounds each request. Pass them to Bolt's `clientOptions`.
 */
export function slackClientOptions(apiUrl?: string, timeoutMs: number = DEFAULT_SLACK_TIMEOUT_MS): WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: timeoutMs,
  };
}
