import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IncidentLocks } from '../../../src/incident/incident-locks';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';

let redis: Redis;
let prefix: string;
beforeEach(() => {
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  prefix = testPrefix('locks');
});
afterEach(async () => {
  redis.disconnect();
  await deleteKeys(prefix);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('IncidentLocks', () => {
  it('runs holders of one fingerprint one at a time, in arrival order; others in parallel', async () => {
    const locks = new IncidentLocks(redis, prefix);
    const log: string[] = [];
    const hold = (fp: string, name: string, ms: number) =>
      locks.withLock(fp, async () => {
        log.push(`${name}+`);
        await sleep(ms);
        log.push(`${name}-`);
        return name;
      });
    const results = await Promise.all([hold('a', 'a1', 30), hold('a', 'a2', 1), hold('a', 'a3', 1), hold('b', 'b1', 5)]);
    expect(results).toEqual(['a1', 'a2', 'a3', 'b1']);
    const a = log.filter((x) => x.startsWith('a'));
    expect(a).toEqual(['a1+', 'a1-', 'a2+', 'a2-', 'a3+', 'a3-']);
    expect(log.indexOf('b1-')).toBeLessThan(log.indexOf('a1-')); // b did not wait for a
  });

  it('skips a holder whose work was done meanwhile, and excludes other processes', async () => {
    const one = new IncidentLocks(redis, prefix);
    const two = new IncidentLocks(redis, prefix); // another process: only Redis is shared
    let done = false;
    let inside = 0;
    let most = 0;
    const work = async () => {
      inside++;
      most = Math.max(most, inside);
      await sleep(20);
      inside--;
      done = true;
      return 'ran';
    };
    const r = await Promise.all([one.withLock('x', work), one.withLock('x', work, { skip: () => done }), two.withLock('x', work)]);
    expect(r[0]).toBe('ran');
    expect(r[1]).toBeUndefined();
    expect(r[2]).toBe('ran');
    expect(most).toBe(1);
    expect(await redis.exists(`${prefix}:lock:x`)).toBe(0);
  });

  it('gives up after waitMs when another process keeps the lock', async () => {
    await redis.set(`${prefix}:lock:y`, 'someone-else', 'PX', 5_000);
    const locks = new IncidentLocks(redis, prefix);
    await expect(locks.withLock('y', async () => 'never', { waitMs: 100 })).rejects.toThrow(/not acquired within 100 ms/);
  });
});
