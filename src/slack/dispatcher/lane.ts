import type { DispatcherLimits } from './limits';
import type { BudgetKind } from './shared-budget';
import type { UpdateArgs } from './slack-writer';
import { TokenBucket } from './token-bucket';

/** One queued Slack call and everyone waiting for its result (coalesced updates share one). */
export interface Job {
  method: string;
  args: Record<string, unknown>;
  render?: UpdateArgs['render'];
  waiters: { resolve: (v: any) => void; reject: (e: unknown) => void }[];
}

/** A channel's FIFO of calls, its buckets, and its share of the shared budget. */
export interface Lane {
  channel: string;
  queue: Job[];
  running: boolean;
  pausedUntil: number;
  posts: TokenBucket;
  updates: TokenBucket;
  /** Workspace-budget grants lately (decaying, see RECENT_MS): the lane's place at the gate. */
  recent: number;
  recentAt: number;
  /** Shared-budget tokens taken ahead (one Redis call for several queued calls), by kind, until `leaseUntil`. */
  leased: Record<BudgetKind, number>;
  leaseUntil: Record<BudgetKind, number>;
  /** Since when this process has been the channel's sender in the shared budget (Infinity: it is not). */
  sendingSince: number;
}

/** How long tokens taken ahead from the shared budget stay usable; unused ones are forgotten. */
export const LEASE_MS = 1_000;
/** A process sending to a channel with calls still queued lets others have a turn after this long. */
export const HOLD_MS = 3_000;
/** How long it then steps back (others poll a held channel every 50 ms). */
export const HANDOVER_MS = 150;
/** At most this many tokens are taken ahead per shared-budget call (besides the one needed now). */
export const LEASE_MAX = 3;

/** Time constant (ms) of a lane's decaying count of recent workspace-budget grants. */
export const RECENT_MS = 2_000;

/** A fresh lane: full buckets, no pause, nothing taken ahead. */
export function newLane(channel: string, limits: DispatcherLimits, now: number): Lane {
  return {
    channel,
    queue: [],
    running: false,
    pausedUntil: 0,
    posts: new TokenBucket(limits.postsPerSec, limits.postBurst, now),
    updates: new TokenBucket(limits.updatesPerSec, limits.updateBurst, now),
    recent: 0,
    recentAt: now,
    leased: { post: 0, update: 0, ephemeral: 0 },
    leaseUntil: { post: 0, update: 0, ephemeral: 0 },
    sendingSince: Infinity,
  };
}
