import { createHash, randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { RedisScript } from '../../queue/redis-script';
import type { DispatcherLimits } from './limits';

/** Which per-channel bucket a call spends: posts, updates, or ephemeral replies. */
export type BudgetKind = 'post' | 'update' | 'ephemeral';

/** What a take answered: `granted` ≥ 1 tokens (the first for this call, the rest a lease), or a wait. */
export interface BudgetGrant {
  granted: number;
  /** When nothing was granted: how long until trying again is worthwhile (a pause or a refill). */
  waitMs: number;
}

/**
 * Slack budgets every Herald process on one Redis shares: the per-channel buckets, the
 * workspace bucket and a channel's Retry-After pause. The dispatcher keeps its own
 * per-process buckets too (fairness among its lanes, and the fallback when Redis is away).
 */
export interface SharedBudget {
  /**
   * Take up to `want` tokens of `kind` for `channel` and as many from the workspace bucket,
   * leaving `reserve` workspace tokens for callers that rank before this one.
   */
  take(channel: string, kind: BudgetKind, want: number, reserve: number): Promise<BudgetGrant>;
  /** Pause `channel` in every process for `ms` (Slack's Retry-After); never shortens a pause. */
  pause(channel: string, ms: number): Promise<void>;
  /** This process has nothing more queued for `channel`: let another process send to it. */
  release(channel: string, kind: BudgetKind): Promise<void>;
}

// KEYS: channel bucket, workspace bucket, channel pause, channel sender. ARGV: channel rate/s,
// burst, workspace rate/s, burst, want, reserve, this process's id, how long it may hold the
// channel. Time is the server's (one clock for every process). Returns {granted, waitMs}.
// Buckets are hashes {t: tokens, at: ms} that expire once they would be full.
//
// One process at a time sends to a channel (it holds the sender key while it has calls queued
// for it), as one process's lane does: tokens taken by several processes at once reach Slack
// in an order and at moments their event loops decide, bunched closer than they were taken,
// and Slack answers 429 (a run of 160 posts over 20 channels from 3 workers drew 12-14).
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local pause = redis.call('PTTL', KEYS[3])
if pause > 0 then return {0, pause} end
local owner = redis.call('GET', KEYS[4])
if owner and owner ~= ARGV[7] then
  local ttl = redis.call('PTTL', KEYS[4])
  if ttl < 1 or ttl > 50 then ttl = 50 end
  return {0, ttl}
end
local crate, cburst = tonumber(ARGV[1]), tonumber(ARGV[2])
local grate, gburst = tonumber(ARGV[3]), tonumber(ARGV[4])
local want, reserve = tonumber(ARGV[5]), tonumber(ARGV[6])
local function load(key, rate, burst)
  local v = redis.call('HMGET', key, 't', 'at')
  local tok, at = tonumber(v[1]), tonumber(v[2])
  if not tok or not at then return burst end
  if now > at then tok = math.min(burst, tok + (now - at) * rate / 1000) end
  return tok
end
local function save(key, tok, rate, burst)
  redis.call('HSET', key, 't', tostring(tok), 'at', tostring(now))
  redis.call('PEXPIRE', key, math.ceil((burst - tok) * 1000 / rate) + 1000)
end
local ct = load(KEYS[1], crate, cburst)
local gt = load(KEYS[2], grate, gburst)
local gneed = 1 + math.min(reserve, gburst - 1)
if ct < 1 or gt < gneed then
  local w = 0
  if ct < 1 then w = math.ceil((1 - ct) * 1000 / crate) end
  if gt < gneed then w = math.max(w, math.ceil((gneed - gt) * 1000 / grate)) end
  return {0, w}
end
local n = math.max(1, math.min(want, math.floor(ct), math.floor(gt - gneed) + 1))
save(KEYS[1], ct - n, crate, cburst)
save(KEYS[2], gt - n, grate, gburst)
redis.call('SET', KEYS[4], ARGV[7], 'PX', ARGV[8])
return {n, 0}
`;

// KEYS: the sender key, then the channel's buckets. Restarts their refill from now: the calls
// this process made were charged when their tokens were taken, but reached Slack later (a
// busy event loop, a slow call); the next sender's first call must not count that time as
// refilled. Costs at most one call's duration of refill per hand-over.
const RELEASE = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 2, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('HSET', KEYS[i], 'at', tostring(now)) end
end
return 1
`;

const PAUSE = `
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) end
return 1
`;

const TAKE_SCRIPT = new RedisScript(TAKE);
const PAUSE_SCRIPT = new RedisScript(PAUSE);
const RELEASE_SCRIPT = new RedisScript(RELEASE);

/** Options of the Redis-backed budget. */
export interface RedisBudgetOptions {
  redis: Redis;
  /** Herald's key prefix; keys are `<prefix>:{slack}:…` (one hash slot: a Cluster can run the scripts). */
  prefix: string;
  limits: Pick<DispatcherLimits, 'postsPerSec' | 'postBurst' | 'updatesPerSec' | 'updateBurst' | 'globalPerSec'>;
  /**
   * Longest wait for Redis per call before falling back to the local buckets (default 2 s:
   * a busy event loop must not pass for a Redis outage). A connection that is not ready
   * falls back at once.
   */
  timeoutMs?: number;
  /** How long a process may hold a channel without taking a token (default 5 s: it died, or its call hangs). */
  holdMs?: number;
  /** Told once when Redis stops answering (local buckets from then on) and once when it is back. */
  onDegraded?: (degraded: boolean, e?: Error) => void;
}

/**
 * The shared budget in Redis: atomic Lua token buckets. When the connection is down or Redis
 * does not answer within `timeoutMs` the take is granted (the caller's local buckets still pace it): Slack posts are
 * never dropped or stalled for want of Redis. Channel names are hashed in keys.
 */
export function redisSharedBudget(o: RedisBudgetOptions): SharedBudget {
  const timeoutMs = o.timeoutMs ?? 2_000;
  const base = `${o.prefix}:{slack}:budget`;
  const l = o.limits;
  const rates: Record<BudgetKind, [number, number]> = {
    post: [l.postsPerSec, l.postBurst],
    update: [l.updatesPerSec, l.updateBurst],
    ephemeral: [l.updatesPerSec, l.updateBurst],
  };
  const gburst = Math.max(1, l.globalPerSec);
  let degraded = false;
  const setDegraded = (d: boolean, e?: Error) => {
    if (d === degraded) return;
    degraded = d;
    try {
      o.onDegraded?.(d, e);
    } catch {
      /* a logging hook must not break dispatch */
    }
  };
  const withTimeout = async <T>(p: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([p, new Promise<T>((_, rej) => (timer = setTimeout(() => rej(new Error(`redis budget call timed out after ${timeoutMs} ms`)), timeoutMs)))]);
    } finally {
      clearTimeout(timer);
    }
  };
  const ch = (channel: string) => createHash('sha1').update(channel).digest('hex').slice(0, 16);
  const me = randomBytes(8).toString('hex');
  const holdMs = o.holdMs ?? 5_000;
  const senderKey = (channel: string, kind: BudgetKind) => `${base}:sender:${kind === 'ephemeral' ? 'eph' : 'msg'}:${ch(channel)}`;
  return {
    async take(channel, kind, want, reserve) {
      const [rate, burst] = rates[kind];
      const id = ch(channel);
      if (o.redis.status !== 'ready') {
        setDegraded(true, new Error(`redis connection ${o.redis.status}`));
        return { granted: 1, waitMs: 0 };
      }
      try {
        const keys = [`${base}:${kind}:${id}`, `${base}:workspace`, `${base}:pause:${id}`, senderKey(channel, kind)];
        const r = (await withTimeout(TAKE_SCRIPT.run(o.redis, 4, ...keys, rate, burst, l.globalPerSec, gburst, Math.max(1, Math.floor(want)), Math.max(0, Math.floor(reserve)), me, holdMs))) as [number, number];
        setDegraded(false);
        return { granted: Number(r[0]), waitMs: Number(r[1]) };
      } catch (e) {
        setDegraded(true, e as Error);
        return { granted: 1, waitMs: 0 };
      }
    },
    async pause(channel, ms) {
      if (o.redis.status !== 'ready') return setDegraded(true, new Error(`redis connection ${o.redis.status}`));
      try {
        await withTimeout(PAUSE_SCRIPT.run(o.redis, 1, `${base}:pause:${ch(channel)}`, Math.max(1, Math.ceil(ms))));
      } catch (e) {
        setDegraded(true, e as Error);
      }
    },
    async release(channel, kind) {
      if (o.redis.status !== 'ready') return;
      const id = ch(channel);
      const buckets = kind === 'ephemeral' ? [`${base}:ephemeral:${id}`] : [`${base}:post:${id}`, `${base}:update:${id}`];
      await withTimeout(RELEASE_SCRIPT.run(o.redis, 1 + buckets.length, senderKey(channel, kind), ...buckets, me)).catch(() => undefined); // it lapses by itself
    },
  };
}
