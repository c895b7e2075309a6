/**
 * A job that exhausts its retries becomes a dead letter: `/metrics` shows it in
 * `herald_dead_letters`, `herald replay --all` puts it back, and once Slack is healthy it is
 * posted (once).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupChildren, metricSum, runCli, spawnHerald, writeTempConfig } from '../helpers/child-herald';
import { FakeSlack } from '../helpers/fake-slack';
import { deleteKeys, testPrefix } from '../helpers/redis-cleanup';
import { eventually } from '../helpers/start-herald';
import { stable } from '../helpers/wait';
import { datadogId, incidentAlert, topPosts } from './support';

let fake: FakeSlack;
const prefix = testPrefix('dead');

beforeAll(async () => {
  fake = await new FakeSlack().start();
});
afterAll(async () => {
  await cleanupChildren();
  await fake.stop();
  await deleteKeys(prefix);
});

describe('dead letters', () => {
  it('a job that exhausts its retries is a dead letter until `herald replay --all`', async () => {
    const config = writeTempConfig({
      queue: { attempts: 2, backoff: '50ms', lock_duration: '2s', stalled_interval: '500ms' },
      slack: { rate: { posts_per_sec: 100, post_burst: 100, updates_per_sec: 100, update_burst: 100, global_per_sec: 1000 }, storm: { threshold: 1000 } },
    });
    const env = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl };
    const herald = await spawnHerald({ role: 'all', config, prefix, env, name: 'dead' });
    let broken = true;
    fake.script((c) => (broken && c.method === 'chat.postMessage' ? { status: 200, body: { ok: false, error: 'channel_not_found' } } : undefined));

    expect((await herald.webhook(incidentAlert(1, 0, { tag: 'dl' }))).status).toBe(202);
    await eventually(async () => metricSum(await herald.metrics(), 'herald_dead_letters') === 1, 30_000, 'herald_dead_letters 1');
    const tries = fake.calls.filter((c) => c.method === 'chat.postMessage').length;
    expect(tries).toBe(2); // queue.attempts (channel_not_found is not retried by the dispatcher)
    fake.reset(); // the failed attempts were recorded as calls (HTTP 200, ok: false)

    const cliEnv = { HERALD_CONFIG: config, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', HERALD_REDIS_PREFIX: prefix };
    const list = await runCli(['replay', '--list'], cliEnv);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(datadogId('dl-1-0-Triggered'));

    broken = false;
    const replay = await runCli(['replay', '--all'], cliEnv);
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    expect(replay.stdout).toContain('replayed 1 job(s)');
    await eventually(() => topPosts(fake).length === 1, 30_000, 'the replayed job to be posted');
    await eventually(async () => metricSum(await herald.metrics(), 'herald_dead_letters') === 0, 15_000, 'herald_dead_letters 0');
    const m = await herald.metrics();
    expect(metricSum(m, 'herald_alerts_processed_total', { outcome: 'posted' })).toBe(1);
    await stable(() => fake.calls.length, { what: 'no more Slack calls' });
    expect(topPosts(fake)).toHaveLength(1);
  }, 90_000);
});
