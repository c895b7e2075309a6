import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import type { Alert } from '../alert/alert';
import type { Severity } from '../alert/severity';
import { HeraldError } from '../errors/herald-error';
import { defaultSeverity } from './default-severity';
import { compileMatcher, type AlertMatcher } from './match';
import { plainRedact, secretInMatchers, type Redact } from './mute-input';

/** A mute (silence): alerts matching `matchers` are counted, not posted, until `endsAt`. */
export interface Mute {
  /** `m-` + 8 characters. */
  id: string;
  /** A `match` mapping, same syntax as routes. */
  matchers: Record<string, unknown>;
  /** Readable matchers, e.g. `service = stripe-sync and env = prod`. */
  describe: string;
  reason: string;
  createdBy: string;
  /** Who the caller of the API said made it (`created_by`), redacted; the actor is `createdBy`. */
  claimedBy?: string;
  createdAt: number;
  endsAt: number;
  deletedAt?: number;
  deletedBy?: string;
  /** Alerts muted so far. */
  mutedCount: number;
}

/** What creating a mute needs. */
export interface CreateMuteInput {
  matchers: unknown;
  durationMs: number;
  reason: string;
  createdBy: string;
  /** A `created_by` an API caller wrote (kept as a claim, scanned). */
  claimedBy?: string;
}

/** Options for MuteStore. */
export interface MuteStoreOptions {
  /** Keep expired/deleted mutes visible to `list({ includeExpired })` this long (default 24h). */
  retentionMs?: number;
  /** Longest mute allowed (default 30 days). */
  maxDurationMs?: number;
  /** How many muted alert ids to keep per mute (default 100). */
  keepAlerts?: number;
  /**
   * The scanner for what people type (reason, created_by, deleted_by, matcher values):
   * default a scanner of its own; app.ts gives the decoding one every text from outside uses.
   */
  redact?: Redact;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Mutes in Redis: a record per mute (with a TTL) and a sorted set of ids by end time. */
export class MuteStore {
  private readonly retentionMs: number;
  private readonly maxDurationMs: number;
  private readonly keepAlerts: number;
  private readonly compiled = new Map<string, AlertMatcher>();
  private readonly redact: Redact;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly clock: () => number,
    opts: MuteStoreOptions = {},
  ) {
    this.retentionMs = opts.retentionMs ?? 24 * 3_600_000;
    this.maxDurationMs = opts.maxDurationMs ?? 30 * 86_400_000;
    this.keepAlerts = opts.keepAlerts ?? 100;
    this.redact = opts.redact ?? plainRedact();
  }

  /**
   * Validates and stores a new mute. Throws RulesValidationError (bad matchers) or HeraldError
   * `invalid_payload` naming the field. Everything typed is scanned first: a reason or
   * created_by is stored redacted; a matcher holding a secret is refused (it is shown, and
   * could never match an alert, which is redacted before matching).
   */
  async create(input: CreateMuteInput): Promise<Mute> {
    const matcher = compileMatcher(input.matchers);
    const secret = secretInMatchers(input.matchers, 'matchers', this.redact);
    if (secret) {
      throw new HeraldError(
        'invalid_payload',
        `${secret.field}: holds a secret or personal datum (${secret.detector}); alerts are redacted before they are matched, so match on another field`,
        { details: { field: 'matchers' } },
      );
    }
    const { durationMs } = input;
    const reason = typeof input.reason === 'string' ? this.redact(input.reason).text : input.reason;
    const createdBy = typeof input.createdBy === 'string' ? this.redact(input.createdBy).text : input.createdBy;
    if (!Number.isFinite(durationMs) || durationMs <= 0 || durationMs > this.maxDurationMs) {
      throw new HeraldError('invalid_payload', `duration must be between 1ms and ${this.maxDurationMs}ms`, { details: { field: 'duration' } });
    }
    if (typeof reason !== 'string' || reason.trim() === '' || reason.length > 500) {
      throw new HeraldError('invalid_payload', 'reason is required (at most 500 characters)', { details: { field: 'reason' } });
    }
    if (typeof createdBy !== 'string' || createdBy.trim() === '' || createdBy.length > 200) {
      throw new HeraldError('invalid_payload', 'created_by is required', { details: { field: 'created_by' } });
    }
    const now = this.clock();
    const mute: Mute = {
      id: newId(),
      matchers: input.matchers as Record<string, unknown>,
      describe: matcher.describe,
      reason: reason.trim(),
      createdBy: createdBy.trim(),
      ...(typeof input.claimedBy === 'string' && input.claimedBy.trim() ? { claimedBy: this.redact(input.claimedBy.trim().slice(0, 200)).text } : {}),
      createdAt: now,
      endsAt: now + Math.round(durationMs),
      mutedCount: 0,
    };
    this.compiled.set(mute.id, matcher);
    await this.redis
      .multi()
      .set(this.key(mute.id), JSON.stringify(mute), 'PX', this.ttl(mute.endsAt, now))
      .zadd(this.indexKey(), mute.endsAt, mute.id)
      .exec();
    return mute;
  }

  /** Mutes, newest first; only active ones unless `includeExpired` (then also recently expired/deleted). */
  async list(opts: { includeExpired?: boolean } = {}): Promise<Mute[]> {
    const now = this.clock();
    await this.redis.zremrangebyscore(this.indexKey(), '-inf', now - this.retentionMs);
    const ids = opts.includeExpired
      ? await this.redis.zrange(this.indexKey(), 0, -1)
      : await this.redis.zrangebyscore(this.indexKey(), `(${now}`, '+inf');
    const mutes = await this.load(ids);
    return mutes
      .filter((m) => opts.includeExpired || (m.endsAt > now && m.deletedAt === undefined))
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  /** One mute by id (active or recently ended), or null. */
  async get(id: string): Promise<Mute | null> {
    if (!/^m-[a-z0-9]{8}$/.test(id)) return null;
    const [m] = await this.load([id]);
    return m ?? null;
  }

  /** Ends a mute now, recording who did it. Returns the ended mute, or null if unknown. */
  async delete(id: string, by: string): Promise<Mute | null> {
    const m = await this.get(id);
    if (!m) return null;
    const now = this.clock();
    const ended: Mute = { ...m, endsAt: Math.min(m.endsAt, now), deletedAt: now, deletedBy: this.redact(by).text };
    const { mutedCount: _ignored, ...stored } = ended;
    this.compiled.delete(id);
    await this.redis
      .multi()
      .set(this.key(id), JSON.stringify(stored), 'PX', this.ttl(ended.endsAt, now))
      .zadd(this.indexKey(), ended.endsAt, id)
      .exec();
    return ended;
  }

  /** The first active mute matching the alert, or null. `severity` defaults to the alert's default severity. */
  async match(alert: Alert, severity?: Severity): Promise<Mute | null> {
    const now = this.clock();
    const ids = await this.redis.zrangebyscore(this.indexKey(), `(${now}`, '+inf');
    if (ids.length === 0) return null;
    const mutes = await this.load(ids);
    const sev = severity ?? defaultSeverity(alert);
    for (const m of mutes) {
      if (m.endsAt <= now || m.deletedAt !== undefined) continue;
      let matcher = this.compiled.get(m.id);
      if (!matcher) {
        matcher = compileMatcher(m.matchers);
        this.compiled.set(m.id, matcher);
      }
      if (matcher.matches(alert, sev)) return m;
    }
    return null;
  }

  /** Records that an alert was muted: counts it and keeps the last ids (capped). */
  async recordMuted(muteId: string, alertId: string): Promise<void> {
    const ttl = await this.redis.pttl(this.key(muteId));
    const tx = this.redis
      .multi()
      .lpush(this.alertsKey(muteId), alertId)
      .ltrim(this.alertsKey(muteId), 0, this.keepAlerts - 1)
      .incr(this.countKey(muteId));
    if (ttl > 0) tx.pexpire(this.alertsKey(muteId), ttl).pexpire(this.countKey(muteId), ttl);
    await tx.exec();
  }

  /** The most recent muted alert ids of a mute, newest first. */
  async mutedAlerts(muteId: string): Promise<string[]> {
    return this.redis.lrange(this.alertsKey(muteId), 0, -1);
  }

  private async load(ids: string[]): Promise<Mute[]> {
    if (ids.length === 0) return [];
    const keys = ids.map((id) => this.key(id));
    const [raw, counts] = await Promise.all([this.redis.mget(keys), this.redis.mget(ids.map((id) => this.countKey(id)))]);
    const out: Mute[] = [];
    const gone: string[] = [];
    raw.forEach((json, i) => {
      if (json === null) gone.push(ids[i]);
      else out.push({ ...(JSON.parse(json) as Mute), mutedCount: Number(counts[i] ?? 0) });
    });
    if (gone.length > 0) {
      for (const id of gone) this.compiled.delete(id);
      await this.redis.zrem(this.indexKey(), ...gone);
    }
    return out;
  }

  private ttl(endsAt: number, now: number): number {
    return Math.max(1, endsAt - now + this.retentionMs);
  }

  private key(id: string): string {
    return `${this.prefix}mute:${id}`;
  }

  private alertsKey(id: string): string {
    return `${this.prefix}mute:${id}:alerts`;
  }

  private countKey(id: string): string {
    return `${this.prefix}mute:${id}:count`;
  }

  private indexKey(): string {
    return `${this.prefix}mutes`;
  }
}

function newId(): string {
  const bytes = randomBytes(8);
  let s = 'm-';
  for (const b of bytes) s += ALPHABET[b % ALPHABET.length];
  return s;
}
