import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/incident/incident';
import { FakeSlack } from '../../helpers/fake-slack';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { newIncident, repeatOf } from './make-incident';
import { digestPosts, digestUpdates, ownPosts, sleep, summaryPosts, worker, type Worker } from './storm-harness';
import { digestIdOf } from '../../../src/incident/message-state';

let fake: FakeSlack;
const conns: Redis[] = [];
let prefix: string;
const workers: Worker[] = [];

const connect = () => {
  const r = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  conns.push(r);
  return r;
};

beforeEach(async () => {
  fake = await new FakeSlack().start();
  prefix = testPrefix('storm');
});
afterEach(async () => {
  for (const w of workers.splice(0)) {
    w.storm.close();
    await w.writer.drain(2_000);
  }
  await deleteKeys(prefix);
  for (const r of conns.splice(0)) r.disconnect();
  await fake.stop();
});

function make(redis = connect()): Worker {
  const w = worker({ fake, redis, prefix });
  workers.push(w);
  return w;
}

/** Let trailing updates go out, wait out the quiet period, fire the storm-check. */
async function endStorm(w: Worker): Promise<void> {
  await sleep(600);
  await w.storm.checkTimer(w.jobs.at(-1)!.job);
  await w.writer.drain(5_000);
}

function tally(label: string) {
  const t = { own: ownPosts(fake.calls).length, digestPosts: digestPosts(fake.calls).length, digestUpdates: digestUpdates(fake.calls).length, summaries: summaryPosts(fake.calls).length, total: fake.calls.length };
  console.log(`[storm] ${label}: ${JSON.stringify(t)}`);
  return t;
}

describe('storm scale', () => {
  it('200 new incidents cost one digest post and a bounded number of updates', async () => {
    const w = make();
    const started = Date.now();
    for (let i = 0; i < 200; i++) await w.notifyNew(newIncident(i, { service: `svc-${i % 7}`, severity: i % 50 === 0 ? 'critical' : 'medium' }));
    const stormMs = Date.now() - started;
    await endStorm(w);
    const t = tally('200 incidents');
    expect(t.digestPosts).toBe(1);
    expect(t.summaries).toBe(1);
    // Updates are paced (one per updateIntervalMs, 200 ms), not one per incident: bounded by
    // the storm's duration, which a loaded machine stretches. 200 unpaced would be ~200 calls.
    expect(t.digestUpdates).toBeLessThanOrEqual(Math.ceil(stormMs / 200) + 4);
    expect(t.total).toBe(t.own + t.digestPosts + t.digestUpdates + t.summaries);
    expect(t.total).toBeLessThanOrEqual(Math.max(30, 12 + Math.ceil(stormMs / 200) + 4));
    expect(fake.calls.every((c) => !c.method.includes('!'))).toBe(true);
    const final = digestUpdates(fake.calls).at(-1)!;
    // 4 own messages before the storm; criticals 50, 100, 150 under the cap (3) keep theirs.
    expect(t.own).toBe(4 + 3);
    expect(final.params.text).toContain('193 incidents · 193 alerts');
    expect(final.params.blocks[0].text.text).toMatch(/^✅ Alert storm over/);
  });

  it('1,000 alerts (200 incidents × 5) still cost a few dozen calls, and every alert is counted', async () => {
    const w = make();
    const stored: Incident[] = [];
    for (let i = 0; i < 200; i++) stored.push(await w.notifyNew(newIncident(i)));
    for (let r = 0; r < 4; r++) {
      for (let i = 0; i < 200; i++) {
        const cur = stored[i];
        const next = repeatOf(cur);
        const res = await w.placement.place('repeat', next, ['C0STORM'], cur);
        stored[i] = { ...next, ...res.patch };
      }
    }
    await endStorm(w);
    const t = tally('200 incidents x 5 alerts');
    expect(t.digestPosts).toBe(1);
    expect(t.summaries).toBe(1);
    // Repeats of the 4 own-message incidents update their own message (4 × 4 updates).
    expect(t.total).toBeLessThanOrEqual(60);
    expect(t.total - 4 - 16).toBeLessThanOrEqual(40);
    expect(summaryPosts(fake.calls)[0].params.text).toContain('196 incidents · 980 alerts');
  });

  it('1,000 new incidents: one digest, a few dozen calls', async () => {
    const w = make();
    const t0 = Date.now();
    for (let i = 0; i < 1000; i++) await w.notifyNew(newIncident(i));
    const took = Date.now() - t0;
    await endStorm(w);
    const t = tally(`1000 incidents (admitted in ${took} ms)`);
    expect(t.digestPosts).toBe(1);
    expect(t.total).toBeLessThanOrEqual(Math.ceil(took / 200) + 10);
    expect(summaryPosts(fake.calls)[0].params.text).toContain('996 incidents · 996 alerts');
  });

  it('two workers admitting concurrently post exactly one digest and count every incident once', async () => {
    // Slow posts widen the window in which both workers could try to post the digest.
    fake.script((c) => (c.method === 'chat.postMessage' ? { delayMs: 80, body: { ok: true, channel: c.params.channel, ts: `${Date.now() / 1000}` } } : undefined));
    const a = make();
    const b = make();
    const incidents = Array.from({ length: 60 }, (_, i) => newIncident(i));
    const verdicts = await Promise.all(incidents.map((inc, i) => (i % 2 ? a : b).notifyNew(inc)));
    const digested = verdicts.filter((v) => v.message.kind === 'digest');
    expect(digested.length).toBe(60 - 4);
    expect(new Set(digested.map((v) => digestIdOf(v))).size).toBe(1);
    await fake.waitFor((c) => digestPosts(c).length > 0, 5_000); // the flush runs in the background
    await Promise.all([a.writer.drain(5_000), b.writer.drain(5_000)]);
    expect(digestPosts(fake.calls)).toHaveLength(1);
    expect(await a.storm.status('C0STORM')).toMatchObject({ active: true, incidents: 56, alerts: 56 });
    // Only the worker that started the storm armed its timer.
    expect(a.jobs.length + b.jobs.length).toBe(1);
    const timer = [...a.jobs, ...b.jobs][0].job;
    await sleep(550);
    await Promise.all([a.storm.checkTimer(timer), b.storm.checkTimer(timer)]);
    await Promise.all([a.writer.drain(5_000), b.writer.drain(5_000)]);
    expect(summaryPosts(fake.calls)).toHaveLength(1);
    expect(summaryPosts(fake.calls)[0].params.text).toContain('56 incidents · 56 alerts');
    tally('two workers, 60 incidents');
  });
});
