import type Redis from 'ioredis';

/** A cached answer: a value, or a remembered "not found". */
export type Cached<T> = { hit: true; value: T } | { hit: true; missing: true } | { hit: false };

/** Resolve with `fallback` when `p` takes longer than `ms`. */
function within<T>(p: Promise<T>, ms: number, fallback: () => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(fallback()), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * A small JSON cache in Redis. Redis failures never fail the caller: a read error, or a
 * read slower than `readTimeoutMs` (Redis down, commands queued), is a miss; a write error
 * is ignored. Both are reported through `onError`.
 */
export class JsonCache {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly onError: (op: string, e: unknown) => void = () => undefined,
    private readonly readTimeoutMs = 150,
  ) {}

  /** Read `key`. */
  async get<T>(key: string): Promise<Cached<T>> {
    try {
      const slow = Symbol('slow');
      const raw = await within<string | null | typeof slow>(this.redis.get(this.prefix + key), this.readTimeoutMs, () => slow);
      if (raw === slow) {
        this.onError('get', new Error('timed out'));
        return { hit: false };
      }
      if (raw === null) return { hit: false };
      const parsed = JSON.parse(raw) as { v?: T; missing?: true };
      if (parsed.missing) return { hit: true, missing: true };
      return { hit: true, value: parsed.v as T };
    } catch (e) {
      this.onError('get', e);
      return { hit: false };
    }
  }

  /** Store a value for `ttlSec` seconds. */
  async set<T>(key: string, value: T, ttlSec: number): Promise<void> {
    await this.write(key, JSON.stringify({ v: value }), ttlSec);
  }

  /** Remember that `key` does not exist, for `ttlSec` seconds. */
  async setMissing(key: string, ttlSec: number): Promise<void> {
    await this.write(key, JSON.stringify({ missing: true }), ttlSec);
  }

  private async write(key: string, raw: string, ttlSec: number): Promise<void> {
    try {
      await this.redis.set(this.prefix + key, raw, 'EX', Math.max(1, Math.round(ttlSec)));
    } catch (e) {
      this.onError('set', e);
    }
  }
}
