import type Redis from 'ioredis';

/** Options for the group directory. */
export interface GroupDirectoryOptions {
  redis: Redis;
  prefix: string;
  /** `usergroups.users.list` through the Slack writer. */
  call: (method: string, args: Record<string, unknown>) => Promise<{ users?: unknown }>;
  /** Cache lifetime (a function: the access file in force says it). */
  ttlMs: number | (() => number);
  /** Told when Slack cannot list a group (the group then counts as empty, uncached). */
  onError?: (groupId: string, e: unknown) => void;
}

/**
 * Members of Slack user groups, from `usergroups.users.list` (Tier 2: cached in Redis under
 * `<prefix>:access:group:<id>` for the TTL). A failed lookup fails closed: no members.
 */
export class GroupDirectory {
  constructor(private readonly o: GroupDirectoryOptions) {}

  private key(groupId: string): string {
    return `${this.o.prefix}:access:group:${groupId}`;
  }

  /** Is `userId` a member of `groupId`? */
  async has(groupId: string, userId: string): Promise<boolean> {
    return (await this.members(groupId)).includes(userId);
  }

  /** The group's member ids (cached). */
  async members(groupId: string): Promise<string[]> {
    const cached = await this.o.redis.get(this.key(groupId));
    if (cached !== null) return JSON.parse(cached) as string[];
    try {
      const r = await this.o.call('usergroups.users.list', { usergroup: groupId });
      const users = Array.isArray(r.users) ? r.users.filter((u): u is string => typeof u === 'string') : [];
      await this.o.redis.set(this.key(groupId), JSON.stringify(users), 'PX', typeof this.o.ttlMs === 'function' ? this.o.ttlMs() : this.o.ttlMs);
      return users;
    } catch (e) {
      this.o.onError?.(groupId, e);
      return [];
    }
  }
}
