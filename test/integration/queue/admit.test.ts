import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeraldError } from '../../../src/errors/herald-error';
import { JobQueue } from '../../../src/queue/job-queue';
import type { HeraldJob } from '../../../src/queue/job-types';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { eventually } from '../../helpers/start-herald';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let prefix: string;
let queue: JobQueue;
let redis: Redis;

const timer = (target: string): HeraldJob => ({ kind: 'timer', timer: 'repeat', target, token: 't' }) as HeraldJob;
const once = (id: string, ttlMs = 60_000) => ({ key: `${prefix}:idem:${id}`, ttlMs });

beforeEach(() => {
  prefix = testPrefix('admit');
  queue = new JobQueue({ redisUrl: REDIS_URL, prefix, attempts: 3, backoffMs: 20, keepCompleted: 100, onError: () => undefined });
  redis = new Redis(REDIS_URL);
});
afterEach(async () => {
  await queue.close();
  redis.disconnect();
  await deleteKeys(prefix);
});

describe('JobQueue.admit (claim + enqueue in one step)', () => {
  it('queues a job that Bull processes with its data, retries and backoff', async () => {
    const seen: { data: HeraldJob; attempt: number }[] = [];
    queue.process(1, async (data, meta) => {
      seen.push({ data, attempt: meta.attempt });
      if (meta.attempt < 2) throw new Error('first attempt fails');
    });
    expect(await queue.admit(timer('H-1'), { jobId: 'alert:1', once: once('1') })).toBe('queued');
    await eventually(() => seen.length === 2);
    expect(seen.map((s) => s.attempt)).toEqual([1, 2]);
    expect(seen[1].data).toEqual(timer('H-1'));
    expect(await queue.deadLetterCount()).toBe(0);
  });

  it('drops an exact repeat while the once key lives, and remembers it for its TTL', async () => {
    expect(await queue.admit(timer('H-2'), { jobId: 'alert:2', once: once('2', 5_000) })).toBe('queued');
    expect(await queue.admit(timer('H-2'), { jobId: 'alert:2', once: once('2', 5_000) })).toBe('duplicate');
    const ttl = await redis.pttl(`${prefix}:idem:2`);
    expect(ttl).toBeGreaterThan(3_000);
    expect(ttl).toBeLessThanOrEqual(5_000);
    expect(await queue.depth()).toBe(1);
  });

  it('does not queue a second copy when the once key lapsed but the job is still kept', async () => {
    let runs = 0;
    queue.process(1, async () => {
      runs++;
    });
    expect(await queue.admit(timer('H-3'), { jobId: 'alert:3', once: once('3', 30) })).toBe('queued');
    await eventually(() => runs === 1);
    await new Promise((r) => setTimeout(r, 60));
    expect(await queue.admit(timer('H-3'), { jobId: 'alert:3', once: once('3', 30) })).toBe('queued');
    await eventually(async () => (await queue.busy()) === 0, 5_000, 'queue drained');
    expect(runs).toBe(1);
  });

  it('keeps a job that exhausts its retries as a dead letter with its error', async () => {
    queue.process(1, async () => {
      throw new Error('always fails');
    });
    await queue.admit(timer('H-4'), { jobId: 'alert:4', once: once('4') });
    await eventually(async () => (await queue.deadLetterCount()) === 1, 10_000);
    const [dl] = await queue.deadLetters();
    expect(dl).toMatchObject({ id: 'alert:4', kind: 'timer', failedReason: 'always fails', attempts: 3 });
  });

  it('says Redis is unavailable (a 503-coded error) when it cannot reach Redis, and remembers nothing', async () => {
    const dead = new JobQueue({ redisUrl: 'redis://127.0.0.1:1', prefix, attempts: 1, backoffMs: 10, keepCompleted: 1, onError: () => undefined, addTimeoutMs: 300 });
    try {
      const err = await dead.admit(timer('H-5'), { jobId: 'alert:5', once: once('5') }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HeraldError);
      expect((err as HeraldError).code).toBe('redis_unavailable');
    } finally {
      await dead.close();
    }
    expect(await redis.exists(`${prefix}:idem:5`)).toBe(0);
    expect(await queue.admit(timer('H-5'), { jobId: 'alert:5', once: once('5') })).toBe('queued');
  });
});
