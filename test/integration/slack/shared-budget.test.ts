/**
 * Dispatchers of several processes (here: several dispatchers, each with its own Redis
 * connection) share one Slack budget through Redis: together they keep a channel's pace,
 * a 429 pauses the channel for all of them, and without Redis they still post.
 */
import { WebClient } from '@slack/web-api';
import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher, redisSharedBudget, slackClientOptions, type DispatcherLimits } from '../../../src/slack/dispatcher';
import { FakeSlack } from '../../helpers/fake-slack';
import { FAST_LIMITS as FAST } from '../../helpers/fast-limits';
import { deleteKeys, testPrefix } from '../../helpers/redis-cleanup';
import { eventually } from '../../helpers/start-herald';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let fake: FakeSlack;
let prefix: string;
const conns: Redis[] = [];

beforeEach(() => {
  prefix = testPrefix('budget');
});
afterEach(async () => {
  await fake?.stop();
  for (const c of conns.splice(0)) c.disconnect();
  await deleteKeys(prefix);
});

function processLike(limits: Partial<DispatcherLimits>, o: { redisUrl?: string; onDegraded?: (d: boolean) => void; local?: boolean } = {}) {
  const redis = new Redis(o.redisUrl ?? REDIS_URL, { maxRetriesPerRequest: 1, retryStrategy: () => 200 });
  redis.on('error', () => undefined);
  conns.push(redis);
  const all = { ...FAST, ...limits } as DispatcherLimits;
  const client = new WebClient('xoxb-test', slackClientOptions(fake.apiUrl, 5_000));
  const shared = redisSharedBudget({ redis, prefix, limits: all, onDegraded: o.onDegraded });
  return createDispatcher({ client, limits: all, backoff: { baseMs: 20, maxMs: 200 }, shared: o.local ? undefined : shared });
}

/** Wait until every connection made so far is ready (a take on a connecting one goes local). */
const ready = () => Promise.all(conns.map((c) => (c.status === 'ready' ? undefined : new Promise((r) => c.once('ready', r)))));

const posts = (channel: string) => fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel);

describe('shared Slack budget (Redis)', () => {
  /** 6 posts from each of 4 dispatchers to each of two channels (24 per channel); Slack allows 10/s, burst 3. */
  async function fourProcesses(local: boolean): Promise<number> {
    fake = await new FakeSlack({ rateLimit: { perChannelPerSec: 10, burst: 3 } }).start();
    const ds = Array.from({ length: 4 }, () => processLike({ postsPerSec: 8, postBurst: 3, globalPerSec: 200, maxRetryMs: 20_000, maxAttempts: 20 }, { local }));
    // Open each client's HTTP connection first: a cold first request arrives late, bunched with warm ones.
    await ready();
    await Promise.all(ds.map((d) => d.call('auth.test', {})));
    const t0 = Date.now();
    await Promise.all(ds.flatMap((d, p) => ['CA', 'CB'].flatMap((ch) => Array.from({ length: 6 }, (_, i) => d.postMessage({ channel: ch, text: `${p}-${i}` })))));
    expect(posts('CA')).toHaveLength(24);
    expect(posts('CB')).toHaveLength(24);
    return Date.now() - t0;
  }

  it('four dispatchers together keep one channel pace: no 429 from a limiting Slack', async () => {
    const ms = await fourProcesses(false);
    // Shared buckets pace the sends; a loaded machine can still bunch two requests on their
    // way to Slack (the limit is counted where they arrive), so allow that, and no more. The
    // contrast below, with per-process buckets, draws many times this.
    expect(fake.rateLimitedCount).toBeLessThanOrEqual(3);
    // Burst 3 then 8/s: 21 more take at least 21/8 s (per-process buckets alone would allow 4×).
    expect(ms).toBeGreaterThanOrEqual(2_500);
  }, 30_000);

  it('(contrast) four dispatchers with per-process buckets only draw 429s', async () => {
    await fourProcesses(true);
    console.log(`[shared-budget] per-process buckets drew ${fake.rateLimitedCount} × 429`);
    expect(fake.rateLimitedCount).toBeGreaterThan(10);
  }, 60_000);

  it('a 429 in one process pauses the channel in every process', async () => {
    fake = await new FakeSlack().start();
    let limitedAt = 0;
    fake.script((c) => {
      if (c.method === 'chat.postMessage' && c.params.text === 'first' && !limitedAt) {
        limitedAt = Date.now();
        return { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } };
      }
      return undefined;
    });
    const [a, b] = [processLike({}), processLike({})];
    await ready();
    const first = a.postMessage({ channel: 'CP', text: 'first' });
    await fake.waitFor(() => limitedAt > 0);
    // Let the pause reach Redis (it is written when the 429 is read), then post from B.
    await eventually(async () => (await conns[0].keys(`${prefix}:*pause*`)).length > 0, 5_000, 'the pause in Redis');
    await b.postMessage({ channel: 'CP', text: 'second' });
    await first;
    const second = posts('CP').find((c) => c.params.text === 'second')!;
    expect(second.at - limitedAt).toBeGreaterThanOrEqual(950);
  }, 20_000);

  it('a process with a long queue for a channel lets another have a turn (no starvation)', async () => {
    fake = await new FakeSlack().start();
    const [a, b] = [processLike({ postsPerSec: 10, postBurst: 1 }), processLike({ postsPerSec: 10, postBurst: 1 })];
    await ready();
    const t0 = Date.now();
    const as = Array.from({ length: 50 }, (_, i) => a.postMessage({ channel: 'CS', text: `a${i}` }));
    await eventually(() => posts('CS').length >= 2, 5_000, 'A sending');
    await b.postMessage({ channel: 'CS', text: 'b' });
    const bAt = posts('CS').find((c) => c.params.text === 'b')!.at;
    await Promise.all(as);
    // A alone needs ~5 s for its 50; B got its turn after A held the channel for 3 s.
    expect(bAt - t0).toBeLessThan(4_500);
    expect(bAt).toBeLessThan(posts('CS').find((c) => c.params.text === 'a49')!.at);
  }, 30_000);

  it('keys live under the prefix with a {slack} hash tag and name no channel', async () => {
    fake = await new FakeSlack().start();
    const d = processLike({});
    await ready();
    await d.postMessage({ channel: '#payments-secret-name', text: 'x' });
    const keys = await conns[0].keys(`${prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      expect(k.startsWith(`${prefix}:{slack}:budget:`)).toBe(true);
      expect(k).not.toContain('payments');
    }
  });

  it('without Redis it degrades to per-process buckets (told once) and still posts everything', async () => {
    fake = await new FakeSlack().start();
    const told: boolean[] = [];
    const d = processLike({ postsPerSec: 50, postBurst: 5 }, { redisUrl: 'redis://127.0.0.1:1', onDegraded: (x) => told.push(x) });
    await Promise.all(Array.from({ length: 10 }, (_, i) => d.postMessage({ channel: 'CD', text: `d${i}` })));
    expect(posts('CD')).toHaveLength(10);
    expect(told).toEqual([true]);
  }, 20_000);
});
