/**
 * One web and three worker processes on one Redis spend one Slack budget: 160 new incidents
 * over 20 channels at once (8 per channel, under the storm threshold) against a Slack API
 * that allows one post per second per channel (burst 3, then 429 + Retry-After) are all
 * posted, once each, with at most a handful of 429s. (Per-process budgets drew 37.)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanupChildren, metricSum, spawnHerald, tempDir, writeTempConfig, type ChildHerald } from '../helpers/child-herald';
import { FakeSlack } from '../helpers/fake-slack';
import { deleteKeys, testPrefix } from '../helpers/redis-cleanup';
import { eventually } from '../helpers/start-herald';
import { incidentAlert, postsByIncidentChannel, slackEnv, topPosts } from './support';

const CHANNELS = 20;
const PER_CHANNEL = 8;
const N = CHANNELS * PER_CHANNEL;
const channelOf = (k: number) => `#ch-${String(k % CHANNELS).padStart(2, '0')}`;

/** Rules that send incident k (service svc-sb-k) to channel k mod 20. */
function writeRules(): string {
  const routes = Array.from({ length: CHANNELS }, (_, c) => ({
    name: `ch-${c}`,
    match: { service: { in: Array.from({ length: PER_CHANNEL }, (_, j) => `svc-sb-${c + j * CHANNELS}`) } },
    channel: channelOf(c),
  }));
  const file = path.join(tempDir('rules'), 'rules.yaml');
  writeFileSync(file, stringify({ defaults: { channel: '#alerts', severity_from_priority: true }, routes }));
  return file;
}

let slack: FakeSlack;
let web: ChildHerald;
let workers: ChildHerald[];
const prefix = testPrefix('budget4');

beforeAll(async () => {
  slack = await new FakeSlack({ rateLimit: { perChannelPerSec: 1, burst: 3, retryAfterSec: 1 } }).start();
  const config = writeTempConfig({ rules: { file: writeRules(), watch: false }, queue: { backoff: '50ms' } });
  const env = { ...slackEnv(slack), LOG_LEVEL: 'warn', HERALD_CONCURRENCY: '16' };
  [web, ...workers] = await Promise.all([
    spawnHerald({ role: 'web', config, prefix, env, name: 'web' }),
    ...[1, 2, 3].map((i) => spawnHerald({ role: 'worker', config, prefix, env, name: `worker${i}` })),
  ]);
}, 90_000);
afterAll(async () => {
  await cleanupChildren();
  await slack?.stop();
  await deleteKeys(prefix);
});

describe('shared Slack budget: 1 web + 3 workers on one Redis', () => {
  it('posts 160 new incidents over 20 channels once each with at most a handful of 429s', async () => {
    const statuses = await Promise.all(Array.from({ length: N }, (_, i) => web.webhook(incidentAlert(i, 0, { tag: 'sb' })).then((r) => r.status)));
    expect(statuses.filter((s) => s !== 202)).toEqual([]);
    await eventually(() => topPosts(slack).length >= N, 120_000, `${N} posts`);
    const per = postsByIncidentChannel(slack);
    expect(per.size).toBe(N);
    expect([...per.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    for (const [key] of per) expect(key.split('|')[1]).toBe(channelOf(Number(key.split('|')[0])));
    const split = await Promise.all(workers.map(async (w) => metricSum(await w.metrics(), 'herald_alerts_processed_total')));
    expect(split.reduce((a, b) => a + b, 0)).toBe(N);
    console.info(`shared budget: ${N} incidents over ${CHANNELS} channels, 1 web + 3 workers: 429 answers ${slack.rateLimitedCount} (per-process budgets: 37); worker split ${split.join('/')}`);
    // Measured 0 in the runs so far. A few may remain on a saturated machine: a token is taken
    // just before its call, which can reach Slack hundreds of ms later.
    expect(slack.rateLimitedCount).toBeLessThanOrEqual(5);
  }, 180_000);
});
