/**
 * Two web and two worker processes on one Redis prefix must end where one in-process Herald
 * ends, fed the same alerts: the same incidents, the same final state and count per
 * fingerprint, one top-level post per incident per channel, and per incident no
 * `chat.update` (or thread reply) for a ts before the `chat.postMessage` that returned it.
 */
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentStore } from '../../src/incident/incident-store';
import type { Incident } from '../../src/incident/incident';
import { cleanupChildren, metricSum, spawnHerald, writeTempConfig, type ChildHerald } from '../helpers/child-herald';
import { FakeSlack, type SlackCall } from '../helpers/fake-slack';
import { deleteKeys, testPrefix } from '../helpers/redis-cleanup';
import { startHerald, type TestHerald } from '../helpers/start-herald';
import { stable } from '../helpers/wait';
import { incidentAlert, incidentOf, postsByIncidentChannel, sleep } from './support';

const N = 30;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A FakeSlack that remembers when it answered each ts (to check update ordering). */
async function recordingSlack(): Promise<{ slack: FakeSlack; answeredAt: Map<string, number> }> {
  const slack = await new FakeSlack().start();
  const answeredAt = new Map<string, number>();
  let seq = 0;
  slack.script((c) => {
    if (c.method !== 'chat.postMessage') return undefined;
    const ts = `1790000000.${String(++seq).padStart(6, '0')}`;
    answeredAt.set(ts, Date.now());
    return { body: { ok: true, channel: c.params.channel, ts, message: { text: c.params.text, ts } } };
  });
  return { slack, answeredAt };
}

let cluster: { webs: ChildHerald[]; workers: ChildHerald[]; prefix: string; slack: FakeSlack; answeredAt: Map<string, number>; redis: Redis; store: IncidentStore };
let single: { h: TestHerald; slack: FakeSlack; answeredAt: Map<string, number>; store: IncidentStore };

beforeAll(async () => {
  const config = writeTempConfig({
    queue: { lock_duration: '5s', stalled_interval: '1s', backoff: '50ms' },
    slack: { rate: { posts_per_sec: 100, post_burst: 100, updates_per_sec: 100, update_burst: 100, global_per_sec: 1000 }, storm: { threshold: 1000 } },
  });
  const a = await recordingSlack();
  const prefix = testPrefix('scale2x2');
  const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: a.slack.apiUrl, LOG_LEVEL: 'warn', HERALD_CONCURRENCY: '4' };
  const procs = await Promise.all([
    spawnHerald({ role: 'web', config, prefix, env, name: 'web1' }),
    spawnHerald({ role: 'web', config, prefix, env, name: 'web2' }),
    spawnHerald({ role: 'worker', config, prefix, env, name: 'worker1' }),
    spawnHerald({ role: 'worker', config, prefix, env, name: 'worker2' }),
  ]);
  const redis = new Redis(REDIS_URL);
  cluster = { webs: procs.slice(0, 2), workers: procs.slice(2), prefix, ...a, redis, store: new IncidentStore(redis, prefix) };
  const b = await recordingSlack();
  const h = await startHerald({
    name: 'scale1',
    env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: b.slack.apiUrl, LOG_LEVEL: 'warn' },
    configure: (c) => {
      c.slack.storm.threshold = 1000;
    },
  });
  single = { h, ...b, store: h.app.incidents };
}, 90_000);
afterAll(async () => {
  await cleanupChildren();
  await single?.h.stop();
  await single?.slack.stop();
  await cluster?.slack.stop();
  cluster?.redis.disconnect();
  if (cluster) await deleteKeys(cluster.prefix);
});

/** Incident k's current record, by the marker in its title. */
async function byIncident(store: IncidentStore): Promise<Map<number, Incident>> {
  const m = new Map<number, Incident>();
  for (const inc of await store.list({ limit: 1000 })) {
    const k = /\[inc-(\d{4})\]/.exec(inc.title)?.[1];
    if (k) m.set(Number(k), inc);
  }
  return m;
}

/**
 * Feed the sequence: for every incident at once, three triggers (concurrently), then a
 * recovery, then (odd incidents) a re-trigger; each step waits until the previous one is in
 * the incident (Datadog sends them minutes apart).
 */
async function feed(send: (body: unknown, i: number) => Promise<number>, store: IncidentStore): Promise<void> {
  let snapshot = new Map<number, Incident>();
  let stop = false;
  const poller = (async () => {
    while (!stop) {
      snapshot = await byIncident(store);
      await sleep(100);
    }
  })();
  const until = async (k: number, pred: (i: Incident) => boolean, what: string) => {
    const end = Date.now() + 90_000;
    while (!(snapshot.get(k) && pred(snapshot.get(k)!))) {
      if (Date.now() > end) throw new Error(`incident ${k}: timed out waiting for ${what}: ${JSON.stringify(snapshot.get(k) && { state: snapshot.get(k)!.state, count: snapshot.get(k)!.count })}`);
      await sleep(50);
    }
  };
  const ok = async (p: Promise<number>) => expect(await p).toBe(202);
  try {
    await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        const k = i + 1;
        await Promise.all([0, 1, 2].map((n) => ok(send(incidentAlert(k, n, { tag: 'so' }), k + n))));
        await until(k, (x) => x.count === 3, 'count 3');
        await ok(send(incidentAlert(k, 3, { tag: 'so', transition: 'Recovered' }), k));
        await until(k, (x) => x.state === 'resolved', 'resolved');
        if (k % 2 === 1) {
          await ok(send(incidentAlert(k, 4, { tag: 'so' }), k + 1));
          await until(k, (x) => x.state === 'open' && x.count === 4, 're-opened');
        }
      }),
    );
  } finally {
    stop = true;
    await poller;
  }
}

function orderingViolations(calls: SlackCall[], answeredAt: Map<string, number>): string[] {
  const out: string[] = [];
  for (const c of calls) {
    const ts = c.method === 'chat.update' ? c.params.ts : c.method === 'chat.postMessage' ? c.params.thread_ts : undefined;
    if (!ts) continue;
    const at = answeredAt.get(ts);
    if (at === undefined || c.at < at) out.push(`${c.method} for ts ${ts} (incident ${incidentOf(c)}) before its post was answered`);
  }
  return out;
}

const summary = (m: Map<number, Incident>) =>
  Object.fromEntries([...m.entries()].sort(([a], [b]) => a - b).map(([k, i]) => [k, { fingerprint: i.fingerprint, state: i.state, count: i.count, reopened: i.reopenedCount, channel: i.channel }]));

describe('scale-out: 2 web + 2 worker processes vs one process', () => {
  it('ends in the same incidents, posts once per incident per channel, keeps per-incident order', async () => {
    const t0 = Date.now();
    await Promise.all([
      feed(async (body, i) => (await cluster.webs[i % 2].webhook(body)).status, cluster.store),
      feed(async (body) => (await single.h.webhook(body)).status, single.store),
    ]);
    const feedMs = Date.now() - t0;
    await stable(() => cluster.slack.calls.length + single.slack.calls.length, { polls: 20, timeoutMs: 60_000, what: 'trailing Slack calls (thread notes) landed' });
    const a = await byIncident(cluster.store);
    const b = await byIncident(single.store);
    expect(a.size).toBe(N);
    expect(summary(a)).toEqual(summary(b));
    for (const [k, inc] of a) {
      expect(inc.count).toBe(k % 2 === 1 ? 4 : 3);
      expect(inc.state).toBe(k % 2 === 1 ? 'open' : 'resolved');
    }
    for (const s of [cluster.slack, single.slack]) {
      const per = postsByIncidentChannel(s);
      expect(per.size).toBe(N);
      expect([...per.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    }
    expect(orderingViolations(cluster.slack.calls, cluster.answeredAt)).toEqual([]);
    expect(orderingViolations(single.slack.calls, single.answeredAt)).toEqual([]);
    // Both processed every alert exactly once (the workers' counters summed).
    const processed = async (w: ChildHerald) => metricSum(await w.metrics(), 'herald_alerts_processed_total');
    const clusterProcessed = (await processed(cluster.workers[0])) + (await processed(cluster.workers[1]));
    const singleProcessed = (await single.h.app.metrics.alertsProcessed.get()).values.reduce((s, v) => s + v.value, 0);
    const alerts = N * 4 + Math.ceil(N / 2);
    expect(clusterProcessed).toBe(alerts);
    expect(singleProcessed).toBe(alerts);
    console.info(`scale-out: ${N} incidents, ${alerts} alerts each side in ${feedMs} ms; cluster Slack calls ${cluster.slack.calls.length}, single ${single.slack.calls.length}; worker split ${await processed(cluster.workers[0])}/${await processed(cluster.workers[1])}`);
  }, 200_000);
});
