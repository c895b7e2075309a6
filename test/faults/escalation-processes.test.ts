/**
 * Faults: escalation timers across processes. Herald runs as child processes (a web process
 * and worker processes) on one Redis, with a local Slack and a local PagerDuty. A worker that
 * is killed between steps loses none of them and repeats none once another worker runs; two
 * workers running side by side run each step once.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IncidentStore } from '../../src/incident/incident-store';
import type { Incident } from '../../src/incident/incident';
import { cleanupChildren, killChildren, spawnHerald, tempDir, writeTempConfig, type ChildHerald } from '../helpers/child-herald';
import { FakePagerDuty } from '../helpers/fake-pagerduty';
import { FakeSlack } from '../helpers/fake-slack';
import { deleteKeys, testPrefix } from '../helpers/redis-cleanup';
import { eventually } from '../helpers/start-herald';
import { stable } from '../helpers/wait';
import { incidentAlert, slackEnv } from './support';

const ROUTING_KEY = 'R0UT1NGKEYfaults0000000000000000';
const RULES = `
defaults:
  channel: C0ALERTS1
routes:
  - name: escalating
    match: { service: { contains: svc-escp } }
    severity: critical
    escalation:
      - after: 0s
        mention: ["<@U0STEP0001>"]
      - after: 4s
        unless: acknowledged
        mention: ["<@U0STEP0002>"]
        page: pagerduty
      - after: 8s
        unless: acknowledged
        mention: ["<@U0STEP0003>"]
`;

let fake: FakeSlack;
let pd: FakePagerDuty;
let config: string;
let redis: Redis;
const prefixes: string[] = [];

beforeAll(async () => {
  fake = await new FakeSlack().start();
  pd = await new FakePagerDuty(ROUTING_KEY).start();
  const rules = path.join(tempDir('esc-rules'), 'rules.yaml');
  writeFileSync(rules, RULES);
  config = writeTempConfig({
    rules: { file: rules, watch: false },
    queue: { lock_duration: '2s', stalled_interval: '500ms', attempts: 8, backoff: '200ms' },
    slack: { rate: { posts_per_sec: 100, post_burst: 100, updates_per_sec: 100, update_burst: 100, global_per_sec: 1000 }, storm: { threshold: 1000 } },
  });
  redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
});
afterEach(async () => {
  await killChildren();
  pd.reset(); // each test's Herald numbers its incidents from H-1: the same dedup keys
  fake.reset();
});
afterAll(async () => {
  await cleanupChildren();
  await fake.stop();
  await pd.stop();
  for (const p of prefixes) await deleteKeys(p);
  redis.disconnect();
});

function env(): Record<string, string> {
  return { ...slackEnv(fake), PAGERDUTY_ROUTING_KEY: ROUTING_KEY, PAGERDUTY_API_URL: pd.url };
}

async function web(name: string): Promise<{ prefix: string; web: ChildHerald; store: IncidentStore }> {
  const prefix = testPrefix(name);
  prefixes.push(prefix);
  return { prefix, web: await spawnHerald({ role: 'web', config, prefix, env: env(), name: `${name}-web` }), store: new IncidentStore(redis, prefix) };
}

const worker = (prefix: string, name: string) => spawnHerald({ role: 'worker', config, prefix, env: env(), name });

/** Send incident k's first alert and wait for its incident (posted). */
async function open(w: ChildHerald, store: IncidentStore, k: number): Promise<Incident> {
  expect((await w.webhook(incidentAlert(k, 0, { tag: 'escp' }))).status).toBe(202);
  let inc: Incident | undefined;
  await eventually(async () => {
    inc = (await store.list({ limit: 50 })).find((i) => i.service === `svc-escp-${k}` && i.message.kind === 'posted');
    return Boolean(inc);
  }, 30_000, `incident ${k} posted`);
  return inc!;
}

/** How many thread replies of the incident mention each step's person. */
function stepReplies(inc: Incident): number[] {
  const ts = inc.message.kind === 'posted' ? inc.message.ts : '';
  const texts = fake.callsOf('chat.postMessage').filter((c) => c.params.thread_ts === ts).map((c) => String(c.params.text));
  return [1, 2, 3].map((n) => texts.filter((t) => t.includes(`<@U0STEP000${n}>`)).length);
}

describe('escalation timers across processes', () => {
  it('a worker killed between steps: another worker runs the rest, none lost, none repeated', async () => {
    const { prefix, web: w, store } = await web('esc-restart');
    const a = await worker(prefix, 'esc-restart-worker-a');
    const inc = await open(w, store, 1);
    await eventually(async () => (await store.get(inc.id))?.escalation?.fired[1] === 1, 30_000, 'step 1 done');
    await a.kill('SIGKILL'); // between steps: 2 and 3 wait as delayed jobs in Redis
    const b = await worker(prefix, 'esc-restart-worker-b');
    await eventually(async () => (await store.get(inc.id))?.escalation?.fired[3] === 1, 60_000, 'step 3 on the new worker');
    await eventually(() => pd.events('trigger', inc.id).length === 1, 30_000, 'the page');
    expect(await stable(() => stepReplies(inc), { what: 'no more replies' })).toEqual([1, 1, 1]);
    expect(pd.events('trigger', inc.id)).toHaveLength(1);
    expect(b.exited).toBe(false);
  }, 150_000);

  it('two worker processes run each step once', async () => {
    const { prefix, web: w, store } = await web('esc-two');
    const workers = await Promise.all([worker(prefix, 'esc-two-worker-a'), worker(prefix, 'esc-two-worker-b')]);
    const inc = await open(w, store, 2);
    await eventually(async () => (await store.get(inc.id))?.escalation?.fired[3] === 1, 60_000, 'step 3');
    await eventually(() => pd.events('trigger', inc.id).length === 1, 30_000, 'the page').catch((e) => {
      throw new Error(`${(e as Error).message}\n${workers.flatMap((x) => x.logs.filter((l) => /page|escalat|error/i.test(l)).slice(-10)).join('\n')}\nPD calls: ${JSON.stringify(pd.calls.map((c) => [c.path, c.body?.dedup_key, c.status]))}`);
    });
    expect(await stable(() => stepReplies(inc), { what: 'no more replies' })).toEqual([1, 1, 1]);
    expect(await stable(() => pd.events('trigger', inc.id).length, { what: 'no second page' })).toBe(1);
  }, 150_000);
});
