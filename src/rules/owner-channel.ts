import type { Decision } from './types';

/**
 * The `channel` value that stands for the owning team's Slack channel, from the Datadog
 * service catalog (`channel: owner`).
 */
export const OWNER_CHANNEL = 'owner';

/** The channel `owner` falls back to: the rules' `defaults.channel` (unless that is `owner` too), else the configured default channel. */
export function ownerFallback(decision: Pick<Decision, 'ownerFallback'>, defaultChannel: string): string[] {
  return decision.ownerFallback?.length ? decision.ownerFallback : [defaultChannel];
}

/**
 * Where a decision posts, given the service catalog's channel for the alert's service
 * (`ownerChannel`, undefined when unknown or without Datadog): `owner` becomes that
 * channel or its fallback; no channel at all means the owner's channel, else the default.
 * Duplicates are dropped, order kept. The worker's placement and `rules explain` use it.
 */
export function resolveChannels(decision: Pick<Decision, 'channels' | 'ownerFallback'>, ownerChannel: string | undefined, defaultChannel: string): string[] {
  if (decision.channels.length === 0) return [ownerChannel || defaultChannel];
  const out = new Set<string>();
  for (const c of decision.channels) {
    if (c !== OWNER_CHANNEL) out.add(c);
    else if (ownerChannel) out.add(ownerChannel);
    else for (const f of ownerFallback(decision, defaultChannel)) out.add(f);
  }
  return [...out];
}
