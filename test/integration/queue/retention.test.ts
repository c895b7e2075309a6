import { afterAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../../../src/queue/job-queue';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import Redis from 'ioredis';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = testPrefix('retention');
const queues: JobQueue[] = [];
afterAll(async () => {
  for (const q of queues) await q.close();
  await deleteKeys(prefix);
});

const job = (n: number) => ({ kind: 'timer' as const, timer: 'repeat' as const, target: `H-${n}`, token: String(n) });

describe('Bull retention', () => {
  it('keeps completed jobs and dead letters bounded by count (and stores age limits on each job)', async () => {
    const q = new JobQueue({ redisUrl: REDIS_URL, prefix, attempts: 1, backoffMs: 10, keepCompleted: 3, retention: { failed: 2, completedAgeMs: 60_000, failedAgeMs: 120_000 }, onError: () => undefined });
    queues.push(q);
    let settled = 0; // polls seen with nothing left to run
    q.process(4, async (j) => {
      if (j.kind === 'timer' && Number(j.token) % 2 === 0) throw new Error('boom');
    });
    for (let i = 1; i <= 12; i++) await q.add(job(i), { jobId: `job-${i}` });
    const r = new Redis(REDIS_URL);
    try {
      const until = Date.now() + 10_000;
      for (;;) {
        const done = (await r.zcard(`${prefix}:alerts:completed`)) + (await r.zcard(`${prefix}:alerts:failed`));
        if ((await q.depth()) === 0 && done > 0) settled++;
        if (settled > 5 || Date.now() > until) break;
        await new Promise((res) => setTimeout(res, 50));
      }
      expect(await r.zcard(`${prefix}:alerts:completed`)).toBeLessThanOrEqual(3);
      expect(await q.deadLetterCount()).toBeLessThanOrEqual(2);
      const keys = (await r.keys(`${prefix}:alerts:job-*`)).length;
      expect(keys).toBeLessThanOrEqual(5);
      const last = await r.hget(`${prefix}:alerts:job-12`, 'opts');
      expect(JSON.parse(last ?? '{}')).toMatchObject({ removeOnComplete: { count: 3, age: 60 }, removeOnFail: { count: 2, age: 120 } });
    } finally {
      r.disconnect();
    }
  });
});
