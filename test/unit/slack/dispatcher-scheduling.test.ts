import { WebAPIHTTPError, WebAPIRateLimitedError } from '@slack/web-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher, SlackCallError, type DispatcherLimits } from '../../../src/slack/dispatcher';

/**
 * Scheduling with virtual time: vitest's fake timers drive the dispatcher's default sleep
 * (setTimeout) and the clock, and a stand-in for the WebClient (the outside world) records
 * when each call was sent and answers as scripted.
 */
interface Sent {
  method: string;
  args: Record<string, any>;
  at: number;
}

function fakeClient(answer: (s: Sent, n: number) => unknown = () => undefined) {
  const sent: Sent[] = [];
  const client = {
    async apiCall(method: string, args: Record<string, unknown> = {}) {
      const s = { method, args, at: Date.now() };
      sent.push(s);
      const a = answer(s, sent.length);
      if (a instanceof Error) throw a;
      return (a ?? { ok: true, channel: args.channel, ts: `${sent.length}.000000` }) as { ok: boolean };
    },
  };
  return { client, sent };
}

const limits = (l: Partial<DispatcherLimits>): Partial<DispatcherLimits> => ({
  postsPerSec: 100,
  postBurst: 10,
  updatesPerSec: 100,
  updateBurst: 10,
  globalPerSec: 1000,
  ...l,
});

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('dispatcher scheduling (virtual time)', () => {
  it('keeps all channels together within the global budget', async () => {
    const { client, sent } = fakeClient();
    const d = createDispatcher({ client, clock: () => Date.now(), limits: limits({ globalPerSec: 4 }) });
    const all = [];
    for (let i = 0; i < 4; i++) for (const ch of ['C1', 'C2', 'C3']) all.push(d.postMessage({ channel: ch, text: `${ch}-${i}` }));
    await vi.advanceTimersByTimeAsync(5_000);
    await Promise.all(all);
    const at = sent.map((s) => s.at);
    expect(at).toHaveLength(12);
    expect(at.filter((t) => t < 1000)).toHaveLength(7); // burst of 4, then 250, 500, 750
    expect(Math.max(...at)).toBeGreaterThanOrEqual(2000);
  });

  it('paces posts and updates with separate per-channel budgets', async () => {
    const { client, sent } = fakeClient();
    const d = createDispatcher({
      client,
      clock: () => Date.now(),
      limits: limits({ postsPerSec: 1, postBurst: 1, updatesPerSec: 10, updateBurst: 1 }),
    });
    const jobs = [
      d.postMessage({ channel: 'C1', text: 'p1' }),
      d.update({ channel: 'C1', ts: '1.1', text: 'u1' }),
      d.update({ channel: 'C1', ts: '2.2', text: 'u2' }),
      d.postMessage({ channel: 'C1', text: 'p2' }),
    ];
    await vi.advanceTimersByTimeAsync(3_000);
    await Promise.all(jobs);
    expect(sent.map((s) => [s.args.text, s.at])).toEqual([
      ['p1', 0],
      ['u1', 0],
      ['u2', 100],
      ['p2', 1000],
    ]);
  });

  it('stops retrying when the next wait would pass maxRetryMs', async () => {
    const { client, sent } = fakeClient(() => new WebAPIHTTPError(500, 'x', {}));
    const d = createDispatcher({
      client,
      clock: () => Date.now(),
      random: () => 1,
      backoff: { baseMs: 100, maxMs: 10_000 },
      limits: limits({ maxAttempts: 100, maxRetryMs: 1_000 }),
    });
    const p = d.postMessage({ channel: 'C1', text: 'x' }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5_000);
    const err = await p;
    expect(err).toBeInstanceOf(SlackCallError);
    expect(err).toMatchObject({ code: 'http_500', retryable: true });
    // waits of 100, 200, 400 ms; the next (800) would end past 1000 ms.
    expect(sent.map((s) => s.at)).toEqual([0, 100, 300, 700]);
  });

  it('a Retry-After beyond the budget fails the call but still pauses its channel', async () => {
    const { client, sent } = fakeClient((s, n) => (n === 1 ? new WebAPIRateLimitedError(5) : undefined));
    const paused: [string, number][] = [];
    const d = createDispatcher({
      client,
      clock: () => Date.now(),
      limits: limits({ maxRetryMs: 2_000 }),
      onRateLimited: (c, ms) => paused.push([c, ms]),
    });
    const first = d.postMessage({ channel: 'C1', text: 'a' }).catch((e: unknown) => e);
    const second = d.postMessage({ channel: 'C1', text: 'b' });
    const other = d.postMessage({ channel: 'C2', text: 'c' });
    await vi.advanceTimersByTimeAsync(6_000);
    expect(await first).toMatchObject({ code: 'ratelimited', retryable: true, retryAfterMs: 5000 });
    await Promise.all([second, other]);
    expect(sent.map((s) => [s.args.text, s.at])).toEqual([
      ['a', 0],
      ['c', 0],
      ['b', 5000],
    ]);
    expect(paused).toEqual([['C1', 5000]]);
  });

  it('does not hold ephemeral replies behind a busy channel', async () => {
    const { client, sent } = fakeClient();
    const d = createDispatcher({ client, clock: () => Date.now(), limits: limits({ postsPerSec: 1, postBurst: 1 }) });
    const posts = Array.from({ length: 3 }, (_, i) => d.postMessage({ channel: 'C1', text: `p${i}` }));
    const eph = d.postEphemeral({ channel: 'C1', user: 'U1', text: 'e' });
    expect(d.pending('C1')).toBe(4);
    await vi.advanceTimersByTimeAsync(0);
    await eph;
    expect(sent.find((s) => s.method === 'chat.postEphemeral')?.at).toBe(0);
    await vi.advanceTimersByTimeAsync(3_000);
    await Promise.all(posts);
    expect(sent.filter((s) => s.method === 'chat.postMessage').map((s) => s.at)).toEqual([0, 1000, 2000]);
  });

  it('survives throwing metrics and log hooks', async () => {
    const { client } = fakeClient((s, n) => (n === 1 ? new WebAPIHTTPError(502, 'x', {}) : undefined));
    const boom = () => {
      throw new Error('hook');
    };
    const d = createDispatcher({ client, clock: () => Date.now(), limits: limits({}), onCall: boom, logger: { warn: boom } });
    const p = d.postMessage({ channel: 'C1', text: 'x' });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(p).resolves.toEqual({ channel: 'C1', ts: '2.000000' });
  });

  it('sends no undefined fields', async () => {
    const { client, sent } = fakeClient();
    const d = createDispatcher({ client, limits: limits({}) });
    await d.postMessage({ channel: 'C1', text: 'x', thread_ts: undefined, blocks: undefined });
    expect(sent[0].args).toEqual({ channel: 'C1', text: 'x' });
  });
});
