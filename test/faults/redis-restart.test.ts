/**
 * Fault: Redis stops (SIGKILL) under a trickle of webhooks and comes back on the same port
 * (AOF, fsync always). Herald must answer 503 + Retry-After while it is away, stay up, become
 * ready again by itself, and post every alert it answered 202 — exactly once. Alerts that got
 * a 503 (or no answer) are re-sent, as Datadog does, and posted too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupChildren, startTestRedis, type TestRedis } from '../helpers/child-herald';
import { FakeSlack } from '../helpers/fake-slack';
import { eventually, startHerald, type TestHerald } from '../helpers/start-herald';
import { incidentAlert, postedIncidents, postsByIncidentChannel, sleep } from './support';

let fake: FakeSlack;
let redis: TestRedis;
let h: TestHerald;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  redis = await startTestRedis('redis-restart');
  h = await startHerald({
    name: 'redis-restart',
    keepKeys: true, // the test's own redis-server is thrown away
    env: { REDIS_URL: redis.url, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl, LOG_LEVEL: 'warn' },
    configure: (c) => {
      c.slack.storm.threshold = 1000;
      c.queue.lockDurationMs = 2_000;
      c.queue.stalledIntervalMs = 500;
    },
  });
}, 60_000);
afterAll(async () => {
  await redis?.start().catch(() => undefined); // let the app close cleanly if a test failed mid-outage
  await h?.stop().catch(() => undefined);
  await fake.stop();
  await cleanupChildren();
});

type Answer = { status: number; retryAfter: string | null; ms: number };

async function send(k: number): Promise<Answer> {
  const t0 = Date.now();
  try {
    const res = await fetch(`${h.url}/webhooks/datadog`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${h.secret}` },
      body: JSON.stringify(incidentAlert(k, 0, { tag: 'rr' })),
      signal: AbortSignal.timeout(15_000),
    });
    await res.text();
    return { status: res.status, retryAfter: res.headers.get('retry-after'), ms: Date.now() - t0 };
  } catch {
    return { status: 0, retryAfter: null, ms: Date.now() - t0 }; // no answer (Datadog would retry)
  }
}
const status = async (path: string) => (await fetch(`${h.url}${path}`, { signal: AbortSignal.timeout(5_000) })).status;

describe('Redis stopped and restarted', () => {
  it('503 while away, ready again without a restart, every alert posted once', async () => {
    const answers = new Map<number, Answer[]>();
    const pending: Promise<void>[] = [];
    let k = 0;
    const trickle = (n: number) => {
      for (let i = 0; i < n; i++) {
        const id = ++k;
        pending.push(send(id).then((a) => void answers.set(id, [...(answers.get(id) ?? []), a])));
      }
    };
    // Up: 10 alerts, 100 ms apart.
    for (let i = 0; i < 10; i++) {
      trickle(1);
      await sleep(100);
    }
    await redis.stop();
    const stoppedAt = Date.now();
    // Down: a trickle continues; within a couple of seconds answers are 503 with Retry-After.
    let first503 = 0;
    let readyz503 = 0;
    while (Date.now() - stoppedAt < 4_000) {
      trickle(1);
      if (!readyz503 && (await status('/readyz')) === 503) readyz503 = Date.now() - stoppedAt;
      await sleep(150);
    }
    const probe = await send(9_999);
    expect(probe.status).toBe(503);
    expect(probe.retryAfter).toMatch(/^\d+$/);
    expect(probe.ms).toBeLessThan(2_000);
    for (const [, as] of answers) if (as[0].status === 503 && !first503) first503 = 1;
    expect(first503).toBe(1);
    expect(readyz503).toBeGreaterThan(0);
    expect(readyz503).toBeLessThan(3_000);
    expect(await status('/healthz')).toBe(200);

    await redis.start();
    const restartedAt = Date.now();
    await eventually(async () => (await status('/readyz')) === 200, 30_000, '/readyz 200 after the restart');
    const readyAfter = Date.now() - restartedAt;
    // Up again: 10 more alerts.
    for (let i = 0; i < 10; i++) {
      trickle(1);
      await sleep(100);
    }
    await Promise.all(pending);
    const last = (id: number) => answers.get(id)!.at(-1)!;
    expect([...answers.keys()].filter((id) => id > k - 10).map((id) => last(id).status)).toEqual(Array(10).fill(202));

    // Datadog re-sends what was not accepted.
    const resent: number[] = [];
    for (const id of answers.keys()) {
      for (let tries = 0; last(id).status !== 202 && tries < 10; tries++) {
        if (tries === 0) resent.push(id);
        answers.get(id)!.push(await send(id));
        if (last(id).status !== 202) await sleep(500);
      }
      expect(last(id).status, `alert ${id} accepted`).toBe(202);
    }
    const accepted = [...answers.keys()];
    await eventually(() => accepted.every((id) => postedIncidents(fake).has(id)), 60_000, 'every accepted alert to be posted');
    await sleep(1_000);
    const perChannel = postsByIncidentChannel(fake);
    expect([...perChannel.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect(postedIncidents(fake).size).toBe(accepted.length);
    const counts: Record<string, number> = {};
    for (const as of answers.values()) for (const a of as) counts[a.status] = (counts[a.status] ?? 0) + 1;
    console.info(`redis restart: ${accepted.length} alerts, answers ${JSON.stringify(counts)}, re-sent ${resent.length}, /readyz 503 after ${readyz503} ms, ready again ${readyAfter} ms after restart`);
  }, 150_000);
});
