import type { WebClient } from '@slack/web-api';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { resolveLimits, type DispatcherLimits } from './limits';
import { safely, sendWithRetry, type RetryDeps } from './send-with-retry';
import type { MessageRef, SlackWriter } from './slack-writer';
import { FairGate } from './fair-gate';
import { TokenBucket } from './token-bucket';
import type { BudgetKind, SharedBudget } from './shared-budget';
import { HANDOVER_MS, HOLD_MS, LEASE_MAX, LEASE_MS, RECENT_MS, newLane, type Job, type Lane } from './lane';

/** What createDispatcher needs; everything but the client has a default. */
export interface DispatcherOptions {
  /** A WebClient configured with slackClientOptions() (no retries of its own, 429s rejected). */
  client: Pick<WebClient, 'apiCall'>;
  limits?: Partial<DispatcherLimits>;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Metrics: one report per attempt; status 'ok' | error code | 'http_500' | 'ratelimited' | 'timeout' | 'network_error'. */
  onCall?: (method: string, status: string) => void;
  /** A 429 (or `ratelimited` answer) paused `channel` for `retryAfterMs`. */
  onRateLimited?: (channel: string, retryAfterMs: number) => void;
  logger?: { warn(m: string, meta?: object): void };
  /** Retry backoff (default 250 ms doubling, capped at 8 s, with jitter). */
  backoff?: Partial<BackoffOptions>;
  /**
   * Budgets shared with other processes (Redis): each call also takes its channel and
   * workspace tokens there, and a 429 pauses the channel everywhere. Unset: this process only.
   */
  shared?: SharedBudget;
}

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The Slack dispatcher: every channel write runs through that channel's FIFO lane, one call
 * at a time, paced by per-channel token buckets (posts; updates and ephemerals) and one
 * workspace bucket. A 429 pauses only its lane. Failures are retried per sendWithRetry.
 * Ephemeral messages get their own lane per channel so a busy channel does not delay replies
 * to users. Queued, not yet started updates of the same message are coalesced (latest wins).
 */
export function createDispatcher(opts: DispatcherOptions): SlackWriter {
  const limits = resolveLimits(opts.limits);
  const clock = opts.clock ?? Date.now;
  const sleep = opts.sleep ?? defaultSleep;
  const deps: RetryDeps = {
    clock,
    sleep,
    random: opts.random ?? Math.random,
    maxAttempts: limits.maxAttempts,
    maxRetryMs: limits.maxRetryMs,
    backoff: { ...DEFAULT_BACKOFF, ...opts.backoff },
    onCall: opts.onCall,
    logger: opts.logger,
  };
  const global = new TokenBucket(limits.globalPerSec, Math.max(1, limits.globalPerSec), clock());
  const gate = new FairGate(global, clock, sleep);
  // Updates and ephemerals leave a quarter of the workspace budget to new messages: in a
  // storm, updates of messages already posted must not delay a channel's first message.
  const updateReserve = Math.floor(Math.max(1, limits.globalPerSec) / 4);
  const lanes = new Map<string, Lane>();
  let inflightCalls = 0;
  let idleWaiters: (() => void)[] = [];

  const laneFor = (key: string, channel: string): Lane => {
    let lane = lanes.get(key);
    if (!lane) {
      if (lanes.size >= 256) sweep();
      lane = newLane(channel, limits, clock());
      lanes.set(key, lane);
    }
    return lane;
  };

  /** Forget idle lanes whose state is back to fresh (full buckets, no pause). */
  const sweep = () => {
    const now = clock();
    for (const [key, l] of lanes) {
      if (l.recent * Math.exp(-(now - l.recentAt) / RECENT_MS) > 0.05) continue;
      if (!l.running && l.queue.length === 0 && l.pausedUntil <= now && l.posts.isFull(now) && l.updates.isFull(now)) {
        lanes.delete(key);
      }
    }
  };

  /**
   * Wait for the lane (429 pause, its own bucket), then for a workspace token from the fair
   * gate: channels that sent least lately go first, posts before updates. With a shared
   * budget the same tokens are then taken in Redis too (or from what the lane took ahead); when
   * other processes spent them, the local tokens go back and the lane waits as told.
   */
  const acquire = async (lane: Lane, bucket: TokenBucket, kind: BudgetKind) => {
    const post = bucket === lane.posts;
    for (;;) {
      for (;;) {
        const now = clock();
        const wait = Math.max(lane.pausedUntil - now, bucket.waitMs(now));
        if (wait <= 0) break;
        await sleep(wait);
      }
      const now = clock();
      lane.recent = lane.recent * Math.exp(-(now - lane.recentAt) / RECENT_MS);
      lane.recentAt = now;
      await gate.acquire(lane.recent + (post ? 0 : 0.5), post ? 0 : updateReserve);
      bucket.tryTake(clock());
      const waitMs = opts.shared ? await takeShared(lane, kind, post) : 0;
      if (waitMs <= 0) {
        lane.recent += 1;
        return;
      }
      bucket.refund(clock());
      gate.refund();
      lane.pausedUntil = Math.max(lane.pausedUntil, clock() + waitMs);
    }
  };

  /** 0 when the shared budget (or the lane's lease of it) grants this call; else the wait. */
  const takeShared = async (lane: Lane, kind: BudgetKind, post: boolean): Promise<number> => {
    if (!opts.shared) return 0;
    if (lane.leased[kind] > 0 && lane.leaseUntil[kind] > clock()) {
      lane.leased[kind]--;
      return 0;
    }
    const method = kind === 'post' ? 'chat.postMessage' : kind === 'update' ? 'chat.update' : 'chat.postEphemeral';
    const queued = lane.queue.reduce((n, j) => n + (j.method === method ? 1 : 0), 0);
    // Channels that sent more lately leave workspace tokens to quieter ones in every process.
    const reserve = (post ? 0 : updateReserve) + Math.floor(lane.recent);
    // Posts are not taken ahead: a post token taken early but sent late (a busy event loop,
    // a slow previous call) lets the next sender's post reach Slack too soon after it.
    const ahead = kind === 'post' ? 0 : Math.min(queued, LEASE_MAX);
    const g = await opts.shared.take(lane.channel, kind, 1 + ahead, reserve);
    if (g.granted < 1) return Math.max(1, g.waitMs);
    lane.leased[kind] = g.granted - 1;
    lane.leaseUntil[kind] = clock() + LEASE_MS;
    lane.sendingSince = Math.min(lane.sendingSince, clock());
    return 0;
  };

  const run = async (lane: Lane) => {
    lane.running = true;
    while (lane.queue.length > 0) {
      const job = lane.queue.shift()!;
      const bucket = job.method === 'chat.postMessage' ? lane.posts : lane.updates;
      const kind: BudgetKind = job.method === 'chat.postMessage' ? 'post' : job.method === 'chat.update' ? 'update' : 'ephemeral';
      try {
        if (job.render) Object.assign(job.args, (await job.render().catch(() => null)) ?? {});
        const result = await sendWithRetry(job.method, () => opts.client.apiCall(job.method, job.args), deps, {
          before: () => acquire(lane, bucket, kind),
          pauses: true,
          onRateLimited: (ms) => {
            lane.pausedUntil = Math.max(lane.pausedUntil, clock() + ms);
            lane.leased = { post: 0, update: 0, ephemeral: 0 };
            if (opts.shared) void opts.shared.pause(lane.channel, ms);
            safely(() => opts.onRateLimited?.(lane.channel, ms));
          },
        });
        for (const w of job.waiters) w.resolve(result);
      } catch (e) {
        for (const w of job.waiters) w.reject(e);
      }
      if (opts.shared && (lane.queue.length === 0 || clock() - lane.sendingSince > HOLD_MS)) {
        // Leftover tokens taken ahead go with the channel: another process may send now. A
        // lane that held the channel for HOLD_MS with calls still queued steps back a little
        // (longer than others' polling interval), so that a busy channel is shared by turns.
        lane.leased = { post: 0, update: 0, ephemeral: 0 };
        void opts.shared.release(lane.channel, kind);
        if (lane.queue.length > 0) lane.pausedUntil = Math.max(lane.pausedUntil, clock() + HANDOVER_MS);
        lane.sendingSince = Infinity;
      }
    }
    lane.running = false;
    notifyIfIdle();
  };

  const enqueue = (key: string, channel: string, method: string, args: Record<string, unknown>, render?: Job['render']): Promise<any> =>
    new Promise((resolve, reject) => {
      const lane = laneFor(key, channel);
      const job: Job = { method, args: compact(args), render, waiters: [{ resolve, reject }] };
      if (method === 'chat.update') {
        // The latest content is sent at the latest submission's place in the queue, so it
        // never runs before anything submitted earlier; the replaced calls share its result.
        const i = lane.queue.findIndex((j) => j.method === 'chat.update' && j.args.ts === args.ts);
        if (i >= 0) job.waiters.unshift(...lane.queue.splice(i, 1)[0].waiters);
      }
      lane.queue.push(job);
      if (!lane.running) void run(lane);
    });

  const pending = (channel?: string): number => {
    let n = channel === undefined ? inflightCalls : 0;
    for (const l of lanes.values()) {
      if (channel === undefined || l.channel === channel) n += l.queue.length + (l.running ? 1 : 0);
    }
    return n;
  };

  const notifyIfIdle = () => {
    if (pending() > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const w of waiters) w();
  };

  return {
    async postMessage(args) {
      const res = await enqueue(args.channel, args.channel, 'chat.postMessage', { ...args });
      return toRef(res, args.channel);
    },
    async update({ render, ...args }) {
      const res = await enqueue(args.channel, args.channel, 'chat.update', { ...args }, render);
      return toRef(res, args.channel, args.ts);
    },
    async postEphemeral(args) {
      await enqueue(`${args.channel}\u0000ephemeral`, args.channel, 'chat.postEphemeral', { ...args });
    },
    async call(method, args) {
      inflightCalls++;
      try {
        return (await sendWithRetry(method, () => opts.client.apiCall(method, compact(args)), deps, {
          onRateLimited: (ms) => safely(() => opts.onRateLimited?.(String(args.channel ?? ''), ms)),
        })) as any;
      } finally {
        inflightCalls--;
        notifyIfIdle();
      }
    },
    pending,
    async drain(timeoutMs) {
      if (pending() === 0) return;
      let timer: NodeJS.Timeout | undefined;
      let done!: () => void;
      const idle = new Promise<boolean>((r) => {
        done = () => r(true);
        idleWaiters.push(done);
      });
      const timedOut = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), timeoutMs)));
      const finished = await Promise.race([idle, timedOut]);
      clearTimeout(timer);
      if (!finished) {
        idleWaiters = idleWaiters.filter((w) => w !== done);
        safely(() => opts.logger?.warn('slack dispatcher drain timed out', { pending: pending(), timeoutMs }));
      }
    },
  };
}

function toRef(res: any, channel: string, ts?: string): MessageRef {
  return { channel: String(res?.channel ?? channel), ts: String(res?.ts ?? ts ?? '') };
}

/** Drop undefined fields so they are not sent as the string "undefined". */
function compact(args: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(args)) if (v !== undefined) out[k] = v;
  return out;
}
