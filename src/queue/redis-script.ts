import { createHash } from 'node:crypto';
import type Redis from 'ioredis';

/**
 * A Lua script run with EVALSHA (its SHA-1 computed once), falling back to EVAL when the
 * server does not have it cached yet (NOSCRIPT: first use, or after a Redis restart).
 * `redis.eval` sends the whole script text on every call; on the worker's hot path (an
 * incident save per alert) that was most of the bytes written to Redis.
 */
export class RedisScript {
  private readonly sha: string;

  constructor(private readonly lua: string) {
    this.sha = createHash('sha1').update(lua).digest('hex');
  }

  /** Run with `numKeys` keys followed by the arguments. */
  async run(redis: Redis, numKeys: number, ...args: (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, numKeys, ...args);
    } catch (e) {
      if (!(e instanceof Error) || !e.message.startsWith('NOSCRIPT')) throw e;
      return redis.eval(this.lua, numKeys, ...args);
    }
  }
}
