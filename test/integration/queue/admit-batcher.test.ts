import { createServer, type Socket } from 'node:net';
import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AdmitBatcher, AdmitTimeoutError } from '../../../src/queue/admit-batcher';
import { ADMIT_LUA, type AdmitRequest } from '../../../src/queue/admit-job';
import type { BullQueueKeys } from '../../../src/queue/bull-internals';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let prefix: string;
let redis: Redis;
let calls: { jobs: number; bytes: number }[];

function keys(): BullQueueKeys {
  const q = `${prefix}:alerts`;
  return { jobPrefix: `${q}:`, wait: `${q}:wait`, paused: `${q}:paused`, metaPaused: `${q}:meta-paused`, id: `${q}:id`, token: 'tok' };
}

function req(id: string, o: Partial<AdmitRequest> = {}): AdmitRequest {
  return { id, data: JSON.stringify({ kind: 'timer', target: id }), opts: '{}', timestamp: 1, onceKey: `${prefix}:once:${id}`, onceTtlMs: 60_000, ...o };
}

beforeEach(async () => {
  prefix = testPrefix('admit-batch');
  redis = new Redis(REDIS_URL, { enableAutoPipelining: false });
  await redis.script('LOAD', ADMIT_LUA); // so that every call is one EVALSHA (no NOSCRIPT retry)
  // Count the script calls (and the jobs and data bytes in each) the batcher makes. Bulky
  // scripts bypass the auto-pipeline through sendCommand, so that is where they show.
  calls = [];
  const send = redis.sendCommand.bind(redis);
  redis.sendCommand = (c, stream) => {
    if (c.name === 'evalsha') {
      const a = c.args as (string | number)[];
      const numKeys = Number(a[1]);
      const argv = a.slice(2 + numKeys + 4);
      calls.push({ jobs: numKeys - 4, bytes: argv.filter((_, i) => i % 4 === 1).reduce<number>((n, d) => n + String(d).length, 0) });
    }
    return send(c, stream);
  };
});
afterEach(async () => {
  redis.disconnect();
  await deleteKeys(prefix);
});

describe('AdmitBatcher', () => {
  it('sends the admissions of one turn in batches of at most maxJobs, and queues every job in order', async () => {
    const b = new AdmitBatcher(redis, keys(), { maxJobs: 8, maxBytes: 1 << 20 });
    const ids = Array.from({ length: 20 }, (_, i) => `j${i}`);
    const out = await Promise.all(ids.map((id) => b.admit(req(id))));
    expect(out).toEqual(ids.map(() => 'queued'));
    expect(calls.map((c) => c.jobs)).toEqual([8, 8, 4]);
    // Bull pops from the right: the first admitted job is the first processed.
    expect(await redis.lrange(keys().wait, 0, -1)).toEqual([...ids].reverse());
    expect(await redis.hget(`${keys().jobPrefix}j7`, 'data')).toBe(req('j7').data);
    expect(await redis.get(keys().id)).toBe('20');
  });

  it('keeps each call under maxBytes of job data (a single larger job still goes alone)', async () => {
    const b = new AdmitBatcher(redis, keys(), { maxJobs: 100, maxBytes: 40_000 });
    const big = (id: string, n: number) => req(id, { data: JSON.stringify({ pad: 'x'.repeat(n) }) });
    await Promise.all([b.admit(big('a', 15_000)), b.admit(big('b', 15_000)), b.admit(big('c', 15_000)), b.admit(big('d', 50_000)), b.admit(big('e', 100))]);
    expect(calls.map((c) => c.jobs)).toEqual([2, 1, 1, 1]);
    expect(Math.max(...calls.slice(0, 2).map((c) => c.bytes))).toBeLessThanOrEqual(40_000);
  });

  it('drops a repeat of the same once key, in the same batch or a later one', async () => {
    const b = new AdmitBatcher(redis, keys());
    expect(await Promise.all([b.admit(req('x')), b.admit(req('x')), b.admit(req('y'))])).toEqual(['queued', 'duplicate', 'queued']);
    expect(await b.admit(req('x'))).toBe('duplicate');
    expect(await redis.llen(keys().wait)).toBe(2);
    expect(calls.length).toBe(2);
  });

  it('does not mix once TTLs in one call (the script takes one TTL)', async () => {
    const b = new AdmitBatcher(redis, keys());
    await Promise.all([b.admit(req('p', { onceTtlMs: 5_000 })), b.admit(req('q', { onceTtlMs: 60_000 }))]);
    expect(calls.map((c) => c.jobs)).toEqual([1, 1]);
    expect(await redis.pttl(`${prefix}:once:p`)).toBeLessThanOrEqual(5_000);
    expect(await redis.pttl(`${prefix}:once:q`)).toBeGreaterThan(5_000);
  });

  it('fails every admission of a batch when Redis cannot run it, and remembers none of them', async () => {
    const dead = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, lazyConnect: true, retryStrategy: () => null });
    dead.on('error', () => undefined);
    try {
      const b = new AdmitBatcher(dead, keys());
      const out = await Promise.allSettled([b.admit(req('m')), b.admit(req('n'))]);
      expect(out.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    } finally {
      dead.disconnect();
    }
    expect(await redis.exists(`${prefix}:once:m`, `${prefix}:once:n`)).toBe(0);
  });

  it('fails a batch Redis never answers after timeoutMs, with one timer for the batch', async () => {
    // A server that accepts the connection and reads the commands but never answers.
    const sockets: Socket[] = [];
    const silent = createServer((s) => {
      sockets.push(s);
      s.resume();
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as { port: number }).port;
    const mute = new Redis(port, '127.0.0.1', { enableReadyCheck: false, maxRetriesPerRequest: 0 });
    mute.on('error', () => undefined);
    try {
      const b = new AdmitBatcher(mute, keys(), { timeoutMs: 150 });
      const t0 = Date.now();
      const out = await Promise.allSettled([b.admit(req('s')), b.admit(req('t'))]);
      expect(out.map((o) => (o.status === 'rejected' ? (o.reason as Error).constructor : null))).toEqual([AdmitTimeoutError, AdmitTimeoutError]);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    } finally {
      mute.disconnect();
      sockets.forEach((s) => s.destroy());
      silent.close();
    }
  });
});
