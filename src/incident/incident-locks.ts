import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { RedisScript } from '../queue/redis-script';

const RENEW = new RedisScript(`if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`);
const UNLOCK = new RedisScript(`if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`);

/** Options of one lock hold. */
export interface LockOptions {
  /** Redis lock TTL (renewed while held). */
  ttlMs?: number;
  /** Longest wait for the Redis lock before giving up (an error: the job retries). */
  waitMs?: number;
  /** Checked when this caller's turn comes: true skips `fn` (work done by an earlier holder). */
  skip?: () => boolean;
}

/**
 * Per-fingerprint locks that serialize one incident across workers. Callers in this process
 * queue up in order without touching Redis; only the head of that queue takes the Redis lock
 * (`<prefix>:lock:<fingerprint>`, against other processes). The Redis lock is short and
 * renewed while held, so a worker that dies frees it quickly.
 */
export class IncidentLocks {
  /** Per-fingerprint FIFO of this process's lock holders. */
  private readonly local = new Map<string, Promise<void>>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Run `fn` holding the fingerprint's lock; undefined when `skip` said so. */
  async withLock<T>(fp: string, fn: () => Promise<T>, o: LockOptions = {}): Promise<T | undefined> {
    const prev = this.local.get(fp);
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    const tail = prev ? prev.then(() => mine) : mine;
    this.local.set(fp, tail);
    try {
      if (prev) await prev;
      if (o.skip?.()) return undefined;
      return await this.withRedisLock(fp, fn, o.ttlMs ?? 10_000, o.waitMs ?? 30_000);
    } finally {
      release();
      if (this.local.get(fp) === tail) this.local.delete(fp);
    }
  }

  private async withRedisLock<T>(fp: string, fn: () => Promise<T>, ttlMs: number, waitMs: number): Promise<T> {
    const key = `${this.prefix}:lock:${fp}`;
    const token = randomBytes(8).toString('hex');
    const until = Date.now() + waitMs;
    for (;;) {
      const got = await this.redis.set(key, token, 'PX', ttlMs, 'NX');
      if (got) break;
      if (Date.now() > until) throw new Error(`lock for incident ${fp} not acquired within ${waitMs} ms`);
      await new Promise((r) => setTimeout(r, 2 + Math.random() * 6)); // held by another process: poll briefly
    }
    const renew = setInterval(() => {
      RENEW.run(this.redis, 1, key, token, String(ttlMs)).catch(() => undefined);
    }, Math.max(500, Math.floor(ttlMs / 3)));
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await UNLOCK.run(this.redis, 1, key, token).catch(() => undefined);
    }
  }
}
