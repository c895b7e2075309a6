/**
 * Fault: a worker process is SIGKILLed while it runs an alert job. Bull's stalled-job
 * recovery must re-run the job on another worker, and the post-once records
 * (`notif:<alertId>:post:<channel>`) must keep Slack at one top-level message per channel.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanupChildren, killChildren, metricSum, spawnHerald, writeTempConfig, type ChildHerald } from '../helpers/child-herald';
import { FakeSlack } from '../helpers/fake-slack';
import { fixture } from '../helpers/fixtures';
import { deleteKeys, testPrefix } from '../helpers/redis-cleanup';
import { eventually } from '../helpers/start-herald';
import { incidentAlert, incidentOf, topPosts } from './support';

let fake: FakeSlack;
let config: string;
const prefixes: string[] = [];

beforeAll(async () => {
  fake = await new FakeSlack().start();
  config = writeTempConfig({
    queue: { lock_duration: '2s', stalled_interval: '500ms', attempts: 8, backoff: '50ms' },
    slack: {
      timeout: '20s',
      rate: { posts_per_sec: 100, post_burst: 100, updates_per_sec: 100, update_burst: 100, global_per_sec: 1000 },
      storm: { threshold: 1000 },
    },
  });
});
afterEach(async () => {
  await killChildren();
  fake.reset();
});
afterAll(async () => {
  await cleanupChildren();
  await fake.stop();
  for (const p of prefixes) await deleteKeys(p);
});

async function cluster(name: string): Promise<{ prefix: string; web: ChildHerald; worker: ChildHerald; env: Record<string, string> }> {
  const prefix = testPrefix(name);
  prefixes.push(prefix);
  const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl };
  const [web, worker] = await Promise.all([
    spawnHerald({ role: 'web', config, prefix, env, name: `${name}-web` }),
    spawnHerald({ role: 'worker', config, prefix, env, name: `${name}-worker1` }),
  ]);
  return { prefix, web, worker, env };
}

describe('a worker killed mid-job', () => {
  it('re-runs the job on a new worker and posts exactly once', async () => {
    const { prefix, web, worker, env } = await cluster('kill-mid');
    // The first top-level post hangs 6 s and then fails: the job is stuck in Slack when the worker dies.
    let hung = 0;
    fake.script((c) => (c.method === 'chat.postMessage' && !c.params.thread_ts && hung++ === 0 ? { delayMs: 6_000, status: 503, body: { ok: false, error: 'service_unavailable' } } : undefined));
    const r = await web.webhook(incidentAlert(1, 0, { tag: 'km' }));
    expect(r.status).toBe(202);
    await eventually(() => fake.calls.some((c) => c.method === 'chat.postMessage!503'), 30_000, 'the hanging post to reach Slack');
    await worker.kill('SIGKILL');
    expect(topPosts(fake)).toHaveLength(0);

    const worker2 = await spawnHerald({ role: 'worker', config, prefix, env, name: 'kill-mid-worker2' });
    // Re-run after lock_duration; the dead worker's fingerprint lock (30 s TTL) may delay it further.
    await eventually(() => topPosts(fake).length >= 1, 90_000, 'the re-run to post');
    await eventually(async () => metricSum(await worker2.metrics(), 'herald_alerts_processed_total') >= 1, 20_000, 'the outcome to be counted');
    await new Promise((res) => setTimeout(res, 2_000)); // nothing more may arrive
    const posts = topPosts(fake);
    expect(posts).toHaveLength(1);
    expect(incidentOf(posts[0])).toBe(1);
    const m = await worker2.metrics();
    expect(metricSum(m, 'herald_alerts_processed_total', { outcome: 'posted' })).toBe(1);
    expect(metricSum(m, 'herald_alerts_processed_total')).toBe(1);
    expect(metricSum(await web.metrics(), 'herald_dead_letters')).toBe(0);
  }, 150_000);

  it('a worker killed after posting to one channel, before acknowledging the job, does not post there again', async () => {
    const { prefix, web, worker, env } = await cluster('kill-after-post');
    // A credential leak goes to #security-alerts and #alerts. The first channel's post
    // succeeds (and is recorded); the second channel's hangs, and the worker dies then.
    let first: string | undefined;
    let hung = false;
    fake.script((c) => {
      if (c.method !== 'chat.postMessage' || c.params.thread_ts) return undefined;
      first ??= String(c.params.channel);
      if (c.params.channel !== first && !hung) {
        hung = true;
        return { delayMs: 6_000, status: 503, body: { ok: false, error: 'service_unavailable' } };
      }
      return undefined;
    });
    const f = fixture('12');
    const body = { ...f, id: `kap-${Date.now()}`, alert: { ...f.alert, id: '70999001' } };
    expect((await web.webhook(body)).status).toBe(202);
    await eventually(() => hung && fake.calls.some((c) => c.method === 'chat.postMessage!503'), 30_000, 'the second channel post to hang');
    await worker.kill('SIGKILL');
    const before = topPosts(fake);
    expect(before).toHaveLength(1); // the first channel got its message before the kill

    const worker2 = await spawnHerald({ role: 'worker', config, prefix, env, name: 'kill-after-post-worker2' });
    await eventually(() => topPosts(fake).length >= 2, 90_000, 'the re-run to post to the second channel');
    await eventually(async () => metricSum(await worker2.metrics(), 'herald_alerts_processed_total') >= 1, 20_000, 'the outcome to be counted');
    await new Promise((res) => setTimeout(res, 2_000));
    const perChannel = new Map<string, number>();
    for (const p of topPosts(fake)) perChannel.set(p.params.channel, (perChannel.get(p.params.channel) ?? 0) + 1);
    expect(Object.fromEntries(perChannel)).toEqual({ '#security-alerts': 1, '#alerts': 1 });
    expect(metricSum(await worker2.metrics(), 'herald_alerts_processed_total', { outcome: 'posted' })).toBe(1);
  }, 150_000);
});
