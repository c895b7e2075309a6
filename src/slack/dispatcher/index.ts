/** The Slack dispatcher: rate-limited, retrying, per-channel FIFO Slack writes. */
export { DEFAULT_LIMITS, resolveLimits, type DispatcherLimits } from './limits';
export type { SlackWriter, PostMessageArgs, UpdateArgs, PostEphemeralArgs, MessageRef } from './slack-writer';
export { createDispatcher, type DispatcherOptions } from './create-dispatcher';
export { createDryRunWriter, type DryRunEntry } from './create-dry-run-writer';
export { SlackCallError, toSlackCallError, DEFAULT_RATE_LIMIT_WAIT_MS } from './slack-call-error';
export { slackClientOptions, DEFAULT_SLACK_TIMEOUT_MS } from './client-options';
export { TokenBucket } from './token-bucket';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
export { redisSharedBudget, type SharedBudget, type BudgetKind, type BudgetGrant, type RedisBudgetOptions } from './shared-budget';
