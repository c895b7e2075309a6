import type Redis from 'ioredis';

/** Options for the user directory. */
export interface UserDirectoryOptions {
  redis: Redis;
  prefix: string;
  /** `users.info` through the Slack writer. */
  call: (method: string, args: Record<string, unknown>) => Promise<{ user?: unknown }>;
  /** Cache lifetime (a function: the access file in force says it). */
  ttlMs: number | (() => number);
  /** Told when Slack cannot say who a user is (the user then counts as a guest, uncached). */
  onError?: (userId: string, e: unknown) => void;
}

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/**
 * Which users are guests, from Slack's `users.info`: single- and multi-channel guests
 * (`is_restricted`, `is_ultra_restricted`) and people from other organizations over Slack
 * Connect (`is_stranger`). Cached in Redis under `<prefix>:access:user:<id>` for the TTL
 * (Tier 4). Fails closed: a user Slack cannot describe counts as a guest.
 */
export class UserDirectory {
  constructor(private readonly o: UserDirectoryOptions) {}

  private key(userId: string): string {
    return `${this.o.prefix}:access:user:${userId}`;
  }

  /** Is this user a guest (or unknown)? */
  async isGuest(userId: string): Promise<boolean> {
    if (!USER_ID.test(userId)) return true;
    const cached = await this.o.redis.get(this.key(userId));
    if (cached !== null) return cached === 'guest';
    try {
      const r = await this.o.call('users.info', { user: userId });
      const u = (r.user ?? {}) as { is_restricted?: unknown; is_ultra_restricted?: unknown; is_stranger?: unknown; deleted?: unknown };
      const guest = u.is_restricted === true || u.is_ultra_restricted === true || u.is_stranger === true || u.deleted === true;
      await this.o.redis.set(this.key(userId), guest ? 'guest' : 'member', 'PX', typeof this.o.ttlMs === 'function' ? this.o.ttlMs() : this.o.ttlMs);
      return guest;
    } catch (e) {
      this.o.onError?.(userId, e);
      return true;
    }
  }
}
