import type Redis from 'ioredis';

/** Where a monitor's last alert was grouped, so that its recovery follows it. */
export interface GroupMemoryPort {
  /**
   * The incident key for an alert whose own fingerprint is `fingerprint` and whose rules
   * key is `key`. A trigger's key is noted (grouped: remembered; not grouped: forgotten) and
   * returned; a recovery gets the key its monitor's last alert was grouped under, else `key`
   * (its own fingerprint). One Redis call either way.
   */
  keyFor(fingerprint: string, key: string, recovery: boolean): Promise<string>;
}

/**
 * GroupMemoryPort in Redis: `<prefix>:group-of:<fingerprint>` → group key, kept `ttlMs`
 * (default 30 days, renewed by every grouped alert). Both are Herald's own hashes
 * (alert/fingerprint.ts), never raw text. Needed because a recovery's text often no longer
 * matches the route that grouped its trigger (a `429` in the trigger's logs, none in the
 * recovery's). Every alert makes exactly one call, so that alerts of one incident keep their
 * queue order on the way to the correlate stage.
 */
export class GroupMemory implements GroupMemoryPort {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs = 30 * 86_400_000,
  ) {}

  async keyFor(fingerprint: string, key: string, recovery: boolean): Promise<string> {
    const k = `${this.prefix}:group-of:${fingerprint}`;
    if (recovery) return (await this.redis.get(k)) ?? key;
    if (key !== fingerprint) await this.redis.set(k, key, 'PX', this.ttlMs);
    else await this.redis.del(k);
    return key;
  }
}
