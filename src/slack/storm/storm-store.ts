import type Redis from 'ioredis';
import type { DigestSubject, Incident } from '../../incident/incident';
import { buildDigestState, exampleScore, toDigestMember, type DigestExample, type DigestMember, type DigestState } from './digest-state';
import type { ResolvedStormSettings } from './storm-settings';
import { RedisScript } from '../../queue/redis-script';
import { ADD, ADMIT, CHECK, CLAIM_FLUSH, MARK_SENT, RELEASE, SETTLE_FLUSH } from './storm-scripts';

const ADMIT_SCRIPT = new RedisScript(ADMIT);
const ADD_SCRIPT = new RedisScript(ADD);
const CHECK_SCRIPT = new RedisScript(CHECK);
const CLAIM_FLUSH_SCRIPT = new RedisScript(CLAIM_FLUSH);
const MARK_SENT_SCRIPT = new RedisScript(MARK_SENT);
const SETTLE_FLUSH_SCRIPT = new RedisScript(SETTLE_FLUSH);
const RELEASE_SCRIPT = new RedisScript(RELEASE);

/** What admitting a new incident decided. */
export interface AdmitResult {
  verdict: 'own' | 'digest';
  /** The channel's storm ('' when calm). */
  stormId: string;
  /** This call started the storm (arm its storm-check timer). */
  started: boolean;
  /** The storm's check timer looks lost: arm another. */
  rearm: boolean;
  /** A storm that had gone quiet without its timer firing, ended by this call. */
  endedStale: string;
  /** The storm's digest changed (a critical kept its own message): update it. */
  touched: boolean;
}

/** What adding to a digest did. */
export interface AddResult {
  digestId: string;
  started: boolean;
  newMember: boolean;
  endedStale: string;
}

/** A digest snapshot with the version it reflects. */
export interface DigestSnapshot {
  state: DigestState;
  ver: number;
  /** Digest message ts ('' until posted) and the channel id Slack answered with. */
  ts: string;
  postedChannel: string;
  summaryTs: string;
}

/** Examples read for rendering (more than shown, so critical ones are never cut). */
const EXAMPLES_READ = 10;

/** Storm state in Redis: every decision is one Lua script (see storm-scripts.ts for keys). */
export class StormStore {
  /** `<prefix>:storm`: every storm key starts with it. */
  readonly base: string;

  constructor(
    private readonly redis: Redis,
    prefix: string,
    private readonly settings: ResolvedStormSettings,
  ) {
    this.base = `${prefix}:storm`;
  }

  /** Key of one digest hash/zset (`meta`, `agg`, `alerts`, `info`, `ex`, `posting`, `summary`). */
  digestKey(id: string, part: string): string {
    return `${this.base}:dg:${id}:${part}`;
  }

  /** Count a new incident in the channel's window and decide own message or digest. */
  async admit(channel: string, inc: Incident, now: number, newId: string): Promise<AdmitResult> {
    const s = this.settings;
    const r = (await ADMIT_SCRIPT.run(this.redis, 0, this.base, channel, now, s.windowMs, s.threshold, inc.id,
      inc.severity === 'critical' ? 1 : 0, s.criticalCap, s.criticalWindowMs, newId, s.quietPeriodMs, s.retentionMs)) as [string, string, number, number, string, number];
    return { verdict: r[0] === 'digest' ? 'digest' : 'own', stormId: r[1], started: r[2] === 1, rearm: r[3] === 1, endedStale: r[4], touched: r[5] === 1 };
  }

  /** Add an incident to its digest (`digestId`; '' = the channel's), counting alerts as its latest count. */
  async add(channel: string, inc: DigestSubject, digestId: string, now: number, newId: string): Promise<AddResult> {
    const member: DigestMember = toDigestMember(inc);
    const r = (await ADD_SCRIPT.run(this.redis, 0, this.base, channel, now, inc.id, digestId, newId, JSON.stringify(member),
      Math.max(1, inc.count || 1), exampleScore(member), this.settings.quietPeriodMs, this.settings.retentionMs)) as [string, number, number, string];
    return { digestId: r[0], started: r[1] === 1, newMember: r[2] === 1, endedStale: r[3] };
  }

  /** The storm-check decision: end the storm, or when to look again. */
  async check(channel: string, id: string, now: number): Promise<{ status: 'gone' | 'ended' | 'ending' | 'active'; dueAt: number }> {
    const r = (await CHECK_SCRIPT.run(this.redis, 0, this.base, channel, id, now, this.settings.quietPeriodMs, this.settings.retentionMs)) as [string, number];
    return { status: r[0] as 'gone' | 'ended' | 'ending' | 'active', dueAt: Number(r[1]) };
  }

  /**
   * Claim a throttled digest update, held as a lease for `leaseMs` or until settleFlush;
   * 'go' comes with the claim number to settle with, 'wait' with the ms to wait.
   */
  async claimFlush(id: string, now: number, force: boolean, leaseMs: number): Promise<{ status: 'unposted' | 'clean' | 'wait' | 'go'; n: number }> {
    const r = (await CLAIM_FLUSH_SCRIPT.run(this.redis, 1, this.digestKey(id, 'meta'), now, this.settings.updateIntervalMs, force ? 1 : 0, leaseMs)) as [string, number];
    return { status: r[0] as 'unposted' | 'clean' | 'wait' | 'go', n: Number(r[1]) };
  }

  /**
   * Settle claim `claim`: `ver` is what the update sent (null: nothing was sent). False when
   * someone claimed after it (then the digest is marked for sending again).
   */
  async settleFlush(id: string, claim: number, ver: number | null): Promise<boolean> {
    return (await SETTLE_FLUSH_SCRIPT.run(this.redis, 1, this.digestKey(id, 'meta'), claim, ver ?? '')) === 1;
  }

  /** Record the version Slack now shows (and the ts after the first post). */
  async markSent(id: string, ver: number, posted?: { ts: string; channel: string; at: number }): Promise<void> {
    await MARK_SENT_SCRIPT.run(this.redis, 1, this.digestKey(id, 'meta'), ver, posted?.ts ?? '', posted?.at ?? 0, posted?.channel ?? '');
  }

  /** Take a short claim (SET NX PX); true when this caller holds it. */
  async claim(id: string, part: 'posting' | 'summary', token: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.digestKey(id, part), token, 'PX', ttlMs, 'NX')) === 'OK';
  }

  /** Give a claim back (only if still ours). */
  async release(id: string, part: 'posting' | 'summary', token: string): Promise<void> {
    await RELEASE_SCRIPT.run(this.redis, 1, this.digestKey(id, part), token);
  }

  /** Remember the summary message's ts. */
  async setSummaryTs(id: string, ts: string): Promise<void> {
    await this.redis.hset(this.digestKey(id, 'meta'), 'summaryTs', ts);
  }

  /** Read everything the digest shows, in one MULTI plus one read of the examples. */
  async snapshot(id: string): Promise<DigestSnapshot | null> {
    const res = await this.redis
      .multi()
      .hgetall(this.digestKey(id, 'meta'))
      .hgetall(this.digestKey(id, 'agg'))
      .zrange(this.digestKey(id, 'ex'), 0, EXAMPLES_READ - 1)
      .exec();
    if (!res) return null;
    for (const [err] of res) if (err) throw err;
    const meta = res[0][1] as Record<string, string>;
    const agg = res[1][1] as Record<string, string>;
    const ids = res[2][1] as string[];
    if (!meta.channel) return null;
    const examples: DigestExample[] = [];
    if (ids.length) {
      const [infos, counts] = await Promise.all([this.redis.hmget(this.digestKey(id, 'info'), ...ids), this.redis.hmget(this.digestKey(id, 'alerts'), ...ids)]);
      ids.forEach((_, i) => {
        if (!infos[i]) return;
        examples.push({ ...(JSON.parse(infos[i]!) as DigestMember), alerts: Number(counts[i] ?? 0) || 0 });
      });
    }
    return { state: buildDigestState(id, meta, agg, examples), ver: Number(meta.ver ?? 0), ts: meta.ts ?? '', postedChannel: meta.postedChannel || meta.channel, summaryTs: meta.summaryTs ?? '' };
  }

  /** The channel's current storm id, or null. */
  current(channel: string): Promise<string | null> {
    return this.redis.get(`${this.base}:ch:${channel}:cur`);
  }

  /** Incidents and alerts counted in a digest. */
  async totals(id: string): Promise<{ incidents: number; alerts: number }> {
    const [i, a] = await this.redis.hmget(this.digestKey(id, 'agg'), 'incidents', 'alerts');
    return { incidents: Number(i ?? 0) || 0, alerts: Number(a ?? 0) || 0 };
  }

  /** Ids of a digest's member incidents, critical first. */
  members(id: string): Promise<string[]> {
    return this.redis.zrange(this.digestKey(id, 'ex'), 0, -1);
  }
}
