/**
 * The contract between Herald's admit script (src/queue/admit-job.ts, which writes Bull's
 * job layout itself so that the idempotency claim and the enqueue are one Redis step) and
 * Bull: a job admitted must be exactly what Bull's own `queue.add` makes — the same keys,
 * job hash, wait list, id counter and `waiting` notification. A Bull upgrade that changes its
 * layout fails here, not in production (package.json pins bull exactly; see bull-internals.ts).
 */
import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JobQueue } from '../../../src/queue/job-queue';
import type { HeraldJob } from '../../../src/queue/job-types';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { eventually } from '../../helpers/start-herald';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const opts = { redisUrl: REDIS_URL, attempts: 4, backoffMs: 250, keepCompleted: 77, onError: () => undefined };

let admitted: string;
let added: string;
let queues: JobQueue[];
let redis: Redis;
let sub: Redis;
let messages: { prefix: string; channel: string; message: string }[];

beforeEach(async () => {
  admitted = testPrefix('bull-contract-admit');
  added = testPrefix('bull-contract-add');
  queues = [];
  redis = new Redis(REDIS_URL);
  sub = new Redis(REDIS_URL);
  messages = [];
  sub.on('pmessage', (_p, channel: string, message: string) => {
    const prefix = [admitted, added].find((p) => channel.startsWith(`${p}:`))!;
    messages.push({ prefix, channel: channel.slice(prefix.length).replace(/@[0-9a-f-]{36}$/, '@<token>'), message });
  });
  await sub.psubscribe(`${admitted}:*`, `${added}:*`);
});
afterEach(async () => {
  await Promise.all(queues.map((q) => q.close()));
  sub.disconnect();
  redis.disconnect();
  await deleteKeys(admitted);
  await deleteKeys(added);
});

const queue = (prefix: string) => {
  const q = new JobQueue({ ...opts, prefix });
  queues.push(q);
  return q;
};

/** Every key under a prefix (the admit's once keys left out) with its type and value; job timestamps replaced by `<t>`. */
async function snapshot(prefix: string): Promise<Record<string, unknown>> {
  const keys = (await redis.keys(`${prefix}:*`)).filter((k) => !k.startsWith(`${prefix}:idem:`)).sort();
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const type = await redis.type(k);
    let value: unknown;
    if (type === 'hash') {
      const h = await redis.hgetall(k);
      const t = h.timestamp;
      value = { ...h, timestamp: '<t>', opts: t ? h.opts!.replace(`"timestamp":${t}`, '"timestamp":"<t>"') : h.opts };
    } else if (type === 'list') value = await redis.lrange(k, 0, -1);
    else if (type === 'string') value = await redis.get(k);
    else value = `(${type})`;
    out[k.slice(prefix.length)] = { type, value };
  }
  return out;
}

const job = (n: number): HeraldJob => ({ kind: 'timer', timer: 'repeat', target: `H-${n}`, token: `t${n}` });

describe('admit writes what Bull\'s queue.add writes', () => {
  it('one job: same job hash, wait list, id counter and notification', async () => {
    expect(await queue(admitted).admit(job(1), { jobId: 'alert:1', once: { key: `${admitted}:idem:1`, ttlMs: 60_000 } })).toBe('queued');
    expect(await queue(added).add(job(1), { jobId: 'alert:1' })).toBe('alert:1');
    const a = await snapshot(admitted);
    expect(Object.keys(a)).toEqual([':alerts:alert:1', ':alerts:id', ':alerts:wait']);
    expect(a).toEqual(await snapshot(added));
    await eventually(() => messages.length === 2, 2_000, 'both notifications');
    const of = (p: string) => messages.filter((m) => m.prefix === p).map(({ channel, message }) => ({ channel, message }));
    expect(of(admitted)).toEqual([{ channel: ':alerts:waiting@<token>', message: 'alert:1' }]);
    expect(of(admitted)).toEqual(of(added));
  });

  it('a batch of jobs in one script call: the same as adding them one by one, in order', async () => {
    const q = queue(admitted);
    const ids = [1, 2, 3].map((n) => `alert:${n}`);
    // Admissions made in one event-loop turn go to Redis in one script call (AdmitBatcher).
    const outcomes = await Promise.all(ids.map((id, i) => q.admit(job(i + 1), { jobId: id, once: { key: `${admitted}:idem:${id}`, ttlMs: 60_000 } })));
    expect(outcomes).toEqual(['queued', 'queued', 'queued']);
    const b = queue(added);
    for (const [i, id] of ids.entries()) await b.add(job(i + 1), { jobId: id });
    const a = await snapshot(admitted);
    expect(a[':alerts:wait']).toEqual({ type: 'list', value: ['alert:3', 'alert:2', 'alert:1'] });
    expect(a[':alerts:id']).toEqual({ type: 'string', value: '3' });
    expect(a).toEqual(await snapshot(added));
  });

  it('a job Bull processes: the admitted one runs like the added one, with the data and retries it was given', async () => {
    const seen: { prefix: string; data: HeraldJob; attempt: number }[] = [];
    for (const p of [admitted, added]) {
      const q = queue(p);
      q.process(1, async (data, meta) => {
        seen.push({ prefix: p, data, attempt: meta.attempt });
        if (meta.attempt < 2) throw new Error('first attempt fails');
      });
    }
    await queues[0]!.admit(job(7), { jobId: 'alert:7', once: { key: `${admitted}:idem:7`, ttlMs: 60_000 } });
    await queues[1]!.add(job(7), { jobId: 'alert:7' });
    await eventually(() => seen.length === 4, 10_000, 'two attempts each');
    for (const p of [admitted, added]) expect(seen.filter((s) => s.prefix === p).map((s) => [s.data, s.attempt])).toEqual([[job(7), 1], [job(7), 2]]);
    const views = () => Promise.all(queues.map((q) => q.getJob('alert:7')));
    await eventually(async () => (await views()).every((v) => typeof v?.finishedOn === 'number'), 5_000, 'both recorded as completed');
    for (const v of await views()) expect(v).toMatchObject({ id: 'alert:7', data: job(7), attemptsMade: 1, failedReason: 'first attempt fails' }); // Bull counts failed attempts
  });
});
