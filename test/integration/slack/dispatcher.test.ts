import { WebClient } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDispatcher,
  SlackCallError,
  slackClientOptions,
  type DispatcherOptions,
} from '../../../src/slack/dispatcher';
import { FakeSlack } from '../../helpers/fake-slack';
import { FAST_LIMITS as FAST } from '../../helpers/fast-limits';


let fake: FakeSlack;

beforeEach(async () => {
  fake = await new FakeSlack().start();
});
afterEach(async () => {
  await fake.stop();
});

function dispatcher(extra: Partial<DispatcherOptions> = {}, timeoutMs = 5_000) {
  const client = new WebClient('xoxb-test', slackClientOptions(fake.apiUrl, timeoutMs));
  return createDispatcher({ client, limits: FAST, backoff: { baseMs: 20, maxMs: 200 }, ...extra });
}

const posts = (channel: string) => fake.callsOf('chat.postMessage').filter((c) => c.params.channel === channel);

describe('slackClientOptions', () => {
  it('makes the dispatcher own retries and rate limits', () => {
    expect(slackClientOptions('http://x/api/', 1234)).toEqual({
      slackApiUrl: 'http://x/api/',
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: 1234,
    });
    expect(slackClientOptions().timeout).toBe(10_000);
    expect(slackClientOptions()).not.toHaveProperty('slackApiUrl');
  });
});

describe('dispatcher against a fake Slack API', () => {
  it('paces posts per channel at the configured rate, channels independently', async () => {
    const d = dispatcher({ limits: { ...FAST, postsPerSec: 10, postBurst: 2 } });
    const t0 = Date.now();
    const sent = [];
    for (let i = 0; i < 6; i++) {
      sent.push(d.postMessage({ channel: 'CA', text: `a${i}` }));
      sent.push(d.postMessage({ channel: 'CB', text: `b${i}` }));
    }
    const refs = await Promise.all(sent);
    expect(new Set(refs.map((r) => r.ts)).size).toBe(12);
    for (const ch of ['CA', 'CB']) {
      const at = posts(ch).map((c) => c.at);
      expect(at).toHaveLength(6);
      // 2 at once (burst), then one every 100 ms. A call reaches the server only after its
      // token was taken, so these lower bounds hold however slow the machine is.
      for (let i = 2; i < 6; i++) expect(at[i] - t0).toBeGreaterThanOrEqual((i - 1) * 100 - 5);
    }
    // Both channels ran side by side, not one after the other.
    expect(posts('CB')[0].at).toBeLessThan(posts('CA')[5].at);
    expect(posts('CA')[0].at).toBeLessThan(posts('CB')[5].at);
  });

  it('stays under a rate-limited fake: no 429 when our budget matches Slack', async () => {
    await fake.stop();
    fake = await new FakeSlack({ rateLimit: { perChannelPerSec: 10, burst: 3 } }).start();
    // Our budget under Slack's with room for scheduling jitter on a loaded machine (8/s against 10/s once let two
    // delayed requests reach the fake together and tripped its burst).
    const d = dispatcher({ limits: { ...FAST, postsPerSec: 6, postBurst: 2 } });
    await Promise.all(Array.from({ length: 8 }, (_, i) => d.postMessage({ channel: 'C1', text: `m${i}` })));
    expect(fake.rateLimitedCount).toBe(0);
    expect(posts('C1')).toHaveLength(8);
  });

  it('a 429 (Retry-After: 2) on channel A pauses only A; B carries on', async () => {
    let limited = false;
    fake.script((c) => {
      if (c.method === 'chat.postMessage' && c.params.channel === 'CA' && !limited) {
        limited = true;
        return { status: 429, headers: { 'retry-after': '2' }, body: { ok: false, error: 'ratelimited' } };
      }
      return undefined;
    });
    const paused: [string, number][] = [];
    const statuses: string[] = [];
    const d = dispatcher({ onRateLimited: (ch, ms) => paused.push([ch, ms]), onCall: (_m, s) => statuses.push(s) });
    const a = d.postMessage({ channel: 'CA', text: 'a0' });
    const a1 = d.postMessage({ channel: 'CA', text: 'a1' });
    await fake.waitFor(() => fake.rateLimitedCount === 1);
    const bs = Array.from({ length: 5 }, (_, i) => d.postMessage({ channel: 'CB', text: `b${i}` }));
    await Promise.all([a, a1, ...bs]);

    const limitedAt = fake.callsOf('chat.postMessage!429')[0].at;
    const aCalls = posts('CA');
    expect(aCalls.map((c) => c.params.text)).toEqual(['a0', 'a1']);
    expect(aCalls[0].at - limitedAt).toBeGreaterThanOrEqual(1_950);
    for (const b of posts('CB')) expect(b.at).toBeLessThan(aCalls[0].at);
    expect(posts('CB')).toHaveLength(5);
    expect(paused).toEqual([['CA', 2000]]);
    expect(statuses.filter((s) => s === 'ratelimited')).toHaveLength(1);
  });

  it('retries 5xx answers with backoff and then succeeds', async () => {
    let failures = 3;
    fake.script((c) => (c.method === 'chat.postMessage' && failures-- > 0 ? { status: 503, body: 'unavailable' } : undefined));
    const statuses: string[] = [];
    const d = dispatcher({ onCall: (_m, s) => statuses.push(s) });
    const ref = await d.postMessage({ channel: 'C1', text: 'hello' });
    expect(ref.channel).toBe('C1');
    expect(ref.ts).toMatch(/^\d+\.\d{6}$/);
    expect(fake.callsOf('chat.postMessage!503')).toHaveLength(3);
    expect(posts('C1')).toHaveLength(1);
    expect(statuses).toEqual(['http_503', 'http_503', 'http_503', 'ok']);
  });

  it('gives up after maxAttempts with a retryable SlackCallError', async () => {
    fake.script((c) => (c.method === 'chat.postMessage' ? { status: 500, body: 'boom' } : undefined));
    const d = dispatcher({ limits: { ...FAST, maxAttempts: 3 } });
    const err = await d.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SlackCallError);
    expect(err).toMatchObject({ code: 'http_500', retryable: true, method: 'chat.postMessage' });
    expect(fake.callsOf('chat.postMessage!500')).toHaveLength(3);
  });

  it('retries a call that answers after the timeout', async () => {
    let slow = true;
    fake.script((c) => {
      if (c.method === 'chat.postMessage' && slow) {
        slow = false;
        return { delayMs: 1_500, body: { ok: true, channel: 'C1', ts: '1.000001' } };
      }
      return undefined;
    });
    const statuses: string[] = [];
    const d = dispatcher({ onCall: (_m, s) => statuses.push(s) }, 400);
    const ref = await d.postMessage({ channel: 'C1', text: 'slow' });
    expect(statuses[0]).toBe('timeout');
    expect(statuses.at(-1)).toBe('ok');
    expect(posts('C1').length).toBeGreaterThanOrEqual(2);
    expect(ref.ts).not.toBe('1.000001');
  });

  it('rejects platform errors at once, without retrying', async () => {
    fake.script((c) => (c.params.text === 'x' ? { body: { ok: false, error: 'channel_not_found' } } : undefined));
    const d = dispatcher();
    const failed = d.postMessage({ channel: 'CX', text: 'x' }).catch((e: unknown) => e);
    const next = d.postMessage({ channel: 'CX', text: 'y' });
    const err = await failed;
    expect(err).toBeInstanceOf(SlackCallError);
    expect(err).toMatchObject({ code: 'channel_not_found', retryable: false, method: 'chat.postMessage' });
    // The lane goes on with the next call after a failure.
    await expect(next).resolves.toMatchObject({ channel: 'CX' });
    expect(fake.callsOf('chat.postMessage').map((c) => c.params.text)).toEqual(['x', 'y']);
  });

  it('retries a ratelimited platform answer after about a second', async () => {
    let once = true;
    fake.script((c) => {
      if (c.method === 'chat.update' && once) {
        once = false;
        return { body: { ok: false, error: 'ratelimited' } };
      }
      return undefined;
    });
    const d = dispatcher();
    const t0 = Date.now();
    await d.update({ channel: 'C1', ts: '1.1', text: 'u' });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(fake.callsOf('chat.update')).toHaveLength(2);
  });

  it('keeps FIFO order per channel across posts, updates and retries', async () => {
    let fail = 2;
    fake.script((c) => (c.params.text === 'p0' && fail-- > 0 ? { status: 502, body: 'bad gateway' } : undefined));
    const d = dispatcher();
    const texts = ['p0', 'u1', 'p2', 'u3', 'p4', 'p5', 'u6'];
    await Promise.all(
      texts.map((t) =>
        t.startsWith('p') ? d.postMessage({ channel: 'C1', text: t }) : d.update({ channel: 'C1', ts: `1.${t}`, text: t }),
      ),
    );
    const sent = fake.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update');
    expect(sent.map((c) => c.params.text)).toEqual(texts);
  });

  it('coalesces queued updates of the same message: fewer calls, last content wins', async () => {
    fake.script((c) => (c.method === 'chat.postMessage' && c.params.text === 'busy' ? { delayMs: 300 } : undefined));
    const d = dispatcher();
    const { ts } = await d.postMessage({ channel: 'C1', text: 'incident' });
    const busy = d.postMessage({ channel: 'C1', text: 'busy' });
    const updates = Array.from({ length: 10 }, (_, i) =>
      d.update({ channel: 'C1', ts, text: `count ${i + 1}`, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `n=${i + 1}` } }] }),
    );
    const other = d.update({ channel: 'C1', ts: '9.9', text: 'other message' });
    expect(d.pending('C1')).toBe(3); // busy post running + 1 coalesced update + the other update
    const results = await Promise.all(updates);
    await Promise.all([busy, other]);
    const sent = fake.callsOf('chat.update');
    expect(sent.map((c) => c.params.text)).toEqual(['count 10', 'other message']);
    expect(sent[0].params.blocks[0].text.text).toBe('n=10');
    for (const r of results) expect(r).toEqual({ channel: 'C1', ts });
  });

  it('counts pending calls per channel and drains them', async () => {
    const d = dispatcher();
    const all = [
      ...Array.from({ length: 4 }, (_, i) => d.postMessage({ channel: 'C1', text: `m${i}` })),
      d.postMessage({ channel: 'C2', text: 'other' }),
    ];
    expect(d.pending('C1')).toBe(4);
    expect(d.pending('C2')).toBe(1);
    expect(d.pending()).toBe(5);
    await d.drain(4_000);
    expect(d.pending()).toBe(0);
    expect(fake.callsOf('chat.postMessage')).toHaveLength(5);
    await Promise.all(all);
    await d.drain(10); // nothing pending: returns at once
  });

  it('drain gives up after its timeout and says so', async () => {
    fake.script((c) => (c.method === 'chat.postMessage' ? { delayMs: 1_000 } : undefined));
    const warnings: string[] = [];
    const d = dispatcher({ logger: { warn: (m) => warnings.push(m) } });
    const p = d.postMessage({ channel: 'C1', text: 'slow' });
    const t0 = Date.now();
    await d.drain(100);
    expect(Date.now() - t0).toBeLessThan(800);
    expect(d.pending('C1')).toBe(1);
    expect(warnings).toContain('slack dispatcher drain timed out');
    await p;
  });

  it('sends ephemerals and other methods with the same retry policy', async () => {
    let failures = 1;
    fake.script((c) => (c.method === 'views.open' && failures-- > 0 ? { status: 500, body: 'x' } : undefined));
    const d = dispatcher();
    await d.postEphemeral({ channel: 'C1', user: 'U1', text: 'only you' });
    const res = await d.call<{ ok: boolean; view: { id: string } }>('views.open', { trigger_id: 't', view: { type: 'modal' } });
    expect(res.view.id).toMatch(/^V/);
    expect(fake.callsOf('chat.postEphemeral')[0].params).toMatchObject({ channel: 'C1', user: 'U1', text: 'only you' });
    expect(fake.callsOf('views.open!500')).toHaveLength(1);
    expect(fake.callsOf('views.open')[0].auth).toBe('Bearer xoxb-test');
    await expect(d.call('users.info', { user: 'U1' })).resolves.toMatchObject({ ok: true });
  });
});
