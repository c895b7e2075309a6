import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisScript } from '../../../src/queue/redis-script';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { enableAutoPipelining: true });
afterAll(() => redis.disconnect());

describe('RedisScript', () => {
  it('loads itself on first use (NOSCRIPT → EVAL), then runs by SHA', async () => {
    const lua = `-- ${Math.random()}\nreturn {KEYS[1], ARGV[1]}`;
    const sha = createHash('sha1').update(lua).digest('hex');
    const s = new RedisScript(lua);
    expect(await redis.script('EXISTS', sha)).toEqual([0]);
    expect(await s.run(redis, 1, 'k', 'v')).toEqual(['k', 'v']);
    expect(await redis.script('EXISTS', sha)).toEqual([1]);
    expect(await s.run(redis, 1, 'k2', 'v2')).toEqual(['k2', 'v2']);
  });

  it('passes script errors through', async () => {
    const s = new RedisScript(`-- ${Math.random()}\nreturn redis.call('INCR', KEYS[1], 'extra')`);
    await expect(s.run(redis, 1, `test:script:${Math.random()}`)).rejects.toThrow(/wrong number of arguments|ERR/);
  });

  it('sends a bulky script on its own, outside the connection\'s auto-pipeline (small ones join it)', async () => {
    const lua = `-- ${Math.random()}\nreturn #ARGV[1]`;
    const bulky = new RedisScript(lua, { bulky: true });
    const small = new RedisScript(lua);
    await small.run(redis, 0, 'warm'); // loaded: both take the EVALSHA path below
    const big = 'x'.repeat(8_000);
    const a = bulky.run(redis, 0, big);
    const b = bulky.run(redis, 0, big);
    expect(redis.autoPipelineQueueSize).toBe(0);
    const c = small.run(redis, 0, big);
    expect(redis.autoPipelineQueueSize).toBe(1);
    expect(await Promise.all([a, b, c])).toEqual([8_000, 8_000, 8_000]);
  });

  it('falls back to EVAL for a bulky script Redis has not seen', async () => {
    const lua = `-- ${Math.random()}\nreturn ARGV[1]`;
    expect(await new RedisScript(lua, { bulky: true }).run(redis, 0, 'first')).toBe('first');
  });
});
