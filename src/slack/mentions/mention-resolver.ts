import type Redis from 'ioredis';

/** Options for the mention resolver. */
export interface MentionResolverOptions {
  redis: Redis;
  prefix: string;
  /** `usergroups.list` through the Slack writer. */
  call: (method: string, args: Record<string, unknown>) => Promise<{ usergroups?: unknown }>;
  /** How long the handle → id map is kept (in Redis, shared by every process). */
  ttlMs: number;
  clock: () => number;
  /** Told when Slack cannot list the user groups (the handles then stay plain text). */
  onError?: (e: unknown) => void;
  /** Told once per refresh about handles that name no user group. */
  onUnknown?: (handles: string[]) => void;
}

/** How long a failed `usergroups.list` is not retried (per process). */
const RETRY_AFTER_FAILURE_MS = 60_000;

/**
 * Turns `@handle` mentions from the rules into `<!subteam^S…>` so that Slack notifies the
 * user group (plain `@handle` text notifies nobody). The handle → id map comes from
 * `usergroups.list` (scope `usergroups:read`), cached in Redis under `<prefix>:slack:usergroups`.
 * Fails open: a handle Slack does not know, or a failed lookup, stays as text and the alert
 * is posted anyway.
 */
export class MentionResolver {
  private failedAt = -Infinity;
  private reported = new Set<string>();

  constructor(private readonly o: MentionResolverOptions) {}

  /** The mentions with every known `@handle` replaced by its user group mention. */
  async resolve(mentions: readonly string[]): Promise<string[]> {
    if (!mentions.some(isHandle)) return [...mentions];
    const map = await this.handles();
    if (!map) return [...mentions];
    const unknown: string[] = [];
    const out = mentions.map((m) => {
      if (!isHandle(m)) return m;
      const id = map[m.slice(1)];
      if (id) return `<!subteam^${id}>`;
      if (!this.reported.has(m)) unknown.push(m);
      return m;
    });
    if (unknown.length) {
      for (const u of unknown) this.reported.add(u);
      this.o.onUnknown?.(unknown);
    }
    return out;
  }

  private key(): string {
    return `${this.o.prefix}:slack:usergroups`;
  }

  private async handles(): Promise<Record<string, string> | null> {
    const cached = await this.o.redis.get(this.key()).catch(() => null);
    if (cached !== null) return JSON.parse(cached) as Record<string, string>;
    if (this.o.clock() - this.failedAt < RETRY_AFTER_FAILURE_MS) return null;
    try {
      const r = await this.o.call('usergroups.list', { include_disabled: false });
      const map: Record<string, string> = {};
      for (const g of Array.isArray(r.usergroups) ? r.usergroups : []) {
        const { id, handle } = (g ?? {}) as { id?: unknown; handle?: unknown };
        if (typeof id === 'string' && typeof handle === 'string' && handle) map[handle] = id;
      }
      await this.o.redis.set(this.key(), JSON.stringify(map), 'PX', this.o.ttlMs).catch(() => undefined);
      this.reported.clear();
      return map;
    } catch (e) {
      this.failedAt = this.o.clock();
      this.o.onError?.(e);
      return null;
    }
  }
}

const BROADCASTS = new Set(['@here', '@channel', '@everyone']);

function isHandle(m: string): boolean {
  return m.startsWith('@') && !BROADCASTS.has(m);
}
