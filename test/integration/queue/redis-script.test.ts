import { createHash } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisScript } from '../../../src/queue/redis-script';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
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
});
