import { createHash } from 'node:crypto';
import { Command, type default as Redis } from 'ioredis';

/**
 * A Lua script run with EVALSHA (its SHA-1 computed once), falling back to EVAL when the
 * server does not have it cached yet (NOSCRIPT: first use, or after a Redis restart).
 * `redis.eval` sends the whole script text on every call; on the worker's hot path (an
 * incident save per alert) that was most of the bytes written to Redis.
 */
export class RedisScript {
  private readonly sha: string;

  /**
   * `bulky`: the script carries kilobytes per call (jobs, incidents). Such calls are written
   * to the socket on their own instead of joining the connection's auto-pipeline: ioredis
   * would merge an event-loop turn's worth into one string of hundreds of KB, whose
   * flattening and encoding cost far more than the syscalls saved (admit microbench: 122 vs
   * 32 µs of CPU per 4.7 KB job). Small scripts (locks) stay pipelined.
   */
  constructor(
    private readonly lua: string,
    private readonly opts: { bulky?: boolean } = {},
  ) {
    this.sha = createHash('sha1').update(lua).digest('hex');
  }

  /** Run with `numKeys` keys followed by the arguments. */
  async run(redis: Redis, numKeys: number, ...args: (string | number)[]): Promise<unknown> {
    try {
      return await this.send(redis, 'evalsha', this.sha, numKeys, args);
    } catch (e) {
      if (!(e instanceof Error) || !e.message.startsWith('NOSCRIPT')) throw e;
      return this.send(redis, 'eval', this.lua, numKeys, args);
    }
  }

  private send(redis: Redis, cmd: 'evalsha' | 'eval', script: string, numKeys: number, args: (string | number)[]): Promise<unknown> {
    if (!this.opts.bulky) return cmd === 'evalsha' ? redis.evalsha(script, numKeys, ...args) : redis.eval(script, numKeys, ...args);
    const c = new Command(cmd, [script, numKeys, ...args], { replyEncoding: 'utf8' });
    redis.sendCommand(c);
    return c.promise;
  }
}
