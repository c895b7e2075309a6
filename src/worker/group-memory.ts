import type Redis from 'ioredis';

/** Which grouped incident key an alert's own fingerprint went to, so that its recovery follows it. */
export interface GroupMemoryPort {
  /** Remember that alerts of `fingerprint` were grouped under `key`. */
  remember(fingerprint: string, key: string): Promise<void>;
  /** The key alerts of `fingerprint` were last grouped under, or null. */
  recall(fingerprint: string): Promise<string | null>;
}

/**
 * GroupMemoryPort in Redis: `<prefix>:group-of:<fingerprint>` → group key, kept `ttlMs`
 * (default 30 days, renewed by every grouped alert). Both are Herald's own hashes (alert/fingerprint.ts), never raw text.
 * Needed because a recovery's text often no longer matches the route that grouped its
 * trigger (a `429` in the trigger's logs, none in the recovery's).
 */
export class GroupMemory implements GroupMemoryPort {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs = 30 * 86_400_000,
  ) {}

  async remember(fingerprint: string, key: string): Promise<void> {
    await this.redis.set(this.k(fingerprint), key, 'PX', this.ttlMs);
  }

  async recall(fingerprint: string): Promise<string | null> {
    return this.redis.get(this.k(fingerprint));
  }

  private k(fingerprint: string): string {
    return `${this.prefix}:group-of:${fingerprint}`;
  }
}
