/**
 * Fault: the Datadog API answers far slower than the enrichment timeout. Alerts must still
 * be posted promptly, with a "Not fetched from Datadog" note instead of the enrichment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDatadog } from '../helpers/fake-datadog';
import { FakeSlack } from '../helpers/fake-slack';
import { eventually, startHerald, type TestHerald } from '../helpers/start-herald';
import { incidentAlert, incidentOf, postedIncidents, postsByIncidentChannel, topPosts } from './support';

const API_KEY = 'fakeapikey0123456789abcdef0123456';
const APP_KEY = 'fakeappkey0123456789abcdef0123456789abcd';
const DD_DELAY_MS = 8_000;

let fake: FakeSlack;
let dd: FakeDatadog;
let h: TestHerald;

beforeAll(async () => {
  fake = await new FakeSlack().start();
  dd = await new FakeDatadog({ apiKey: API_KEY, appKey: APP_KEY }).start();
  dd.script(() => ({ status: 200, body: {}, delayMs: DD_DELAY_MS }));
  h = await startHerald({
    name: 'dd-slow',
    env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'signing-secret-1', SLACK_API_URL: fake.apiUrl, DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY, DD_API_URL: dd.url, LOG_LEVEL: 'warn' },
    configure: (c) => {
      c.slack.storm.threshold = 1000;
      c.datadog.timeoutMs = 400;
    },
  });
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await fake.stop();
  await dd.stop();
});

describe('Datadog answering slowly', () => {
  it('posts every alert promptly with a "Not fetched from Datadog" note', async () => {
    const N = 6;
    const sentAt = new Map<number, number>();
    for (let k = 1; k <= N; k++) {
      sentAt.set(k, Date.now());
      expect((await h.webhook(incidentAlert(k, 0, { tag: 'dds' }))).status).toBe(202);
    }
    await eventually(() => postedIncidents(fake).size === N, 30_000, 'every alert posted');
    expect(dd.calls.length).toBeGreaterThan(0); // enrichment was attempted
    const latencies = topPosts(fake).map((c) => c.at - sentAt.get(incidentOf(c))!);
    for (const ms of latencies) expect(ms).toBeLessThan(DD_DELAY_MS - 2_000);
    for (const p of topPosts(fake)) expect(JSON.stringify(p.params.blocks)).toContain('Not fetched from Datadog');
    expect([...postsByIncidentChannel(fake).values()].every((n) => n === 1)).toBe(true);
    console.info(`datadog slow: ${N} alerts posted, latency max ${Math.max(...latencies)} ms (Datadog answers after ${DD_DELAY_MS} ms, timeout 400 ms), ${dd.calls.length} Datadog calls`);
  }, 60_000);
});
