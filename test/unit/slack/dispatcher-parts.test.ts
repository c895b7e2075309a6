import {
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  createDryRunWriter,
  DEFAULT_LIMITS,
  resolveLimits,
  SlackCallError,
  TokenBucket,
  toSlackCallError,
  type DryRunEntry,
} from '../../../src/slack/dispatcher';

describe('TokenBucket', () => {
  it('allows a burst, then one token per 1/rate seconds', () => {
    const b = new TokenBucket(2, 3, 0);
    expect([b.tryTake(0), b.tryTake(0), b.tryTake(0), b.tryTake(0)]).toEqual([true, true, true, false]);
    expect(b.waitMs(0)).toBe(500);
    expect(b.waitMs(300)).toBe(200);
    expect(b.tryTake(499)).toBe(false);
    expect(b.tryTake(500)).toBe(true);
    expect(b.waitMs(500)).toBe(500);
  });

  it('never holds more than the burst, and says when it is full again', () => {
    const b = new TokenBucket(1, 2, 0);
    b.tryTake(0);
    expect(b.isFull(500)).toBe(false);
    expect(b.isFull(1000)).toBe(true);
    expect([b.tryTake(60_000), b.tryTake(60_000), b.tryTake(60_000)]).toEqual([true, true, false]);
  });

  it('ignores a clock going backwards', () => {
    const b = new TokenBucket(1, 1, 1000);
    expect(b.tryTake(1000)).toBe(true);
    expect(b.waitMs(900)).toBe(1000);
    expect(b.tryTake(2000)).toBe(true);
  });

  it('rejects a nonsensical configuration', () => {
    expect(() => new TokenBucket(0, 1, 0)).toThrow(RangeError);
    expect(() => new TokenBucket(1, 0, 0)).toThrow(RangeError);
  });
});

describe('backoffDelay', () => {
  const opts = { baseMs: 100, maxMs: 1000 };
  it('doubles per retry between half and all of the step, capped', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, () => 1, opts))).toEqual([100, 200, 400, 800, 1000]);
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, () => 0, opts))).toEqual([50, 100, 200, 400, 500]);
    expect(backoffDelay(2, () => 0.5, opts)).toBe(150);
  });
});

describe('resolveLimits', () => {
  it('merges overrides into the defaults', () => {
    expect(resolveLimits()).toEqual(DEFAULT_LIMITS);
    expect(DEFAULT_LIMITS).toMatchObject({ postsPerSec: 0.95, postBurst: 3, updatesPerSec: 2, updateBurst: 5, globalPerSec: 20, maxAttempts: 5 });
    expect(resolveLimits({ postsPerSec: 5, maxAttempts: undefined })).toMatchObject({ postsPerSec: 5, maxAttempts: 5 });
  });
  it('rejects zero, negative and non-finite limits', () => {
    expect(() => resolveLimits({ postsPerSec: 0 })).toThrow(/postsPerSec/);
    expect(() => resolveLimits({ maxRetryMs: -1 })).toThrow(/maxRetryMs/);
    expect(() => resolveLimits({ globalPerSec: Number.NaN })).toThrow(/globalPerSec/);
    expect(() => resolveLimits({ updateBurst: 0.5 })).toThrow(/burst/);
  });
});

describe('toSlackCallError', () => {
  const m = 'chat.postMessage';
  it('maps a 429 to ratelimited with Retry-After in ms', () => {
    const e = toSlackCallError(m, new WebAPIRateLimitedError(3));
    expect(e).toMatchObject({ code: 'ratelimited', retryable: true, retryAfterMs: 3000, method: m, rateLimited: true });
  });
  it('maps platform errors: not retryable, except ratelimited / rate_limited (1 s by default)', () => {
    expect(toSlackCallError(m, new WebAPIPlatformError({ ok: false, error: 'channel_not_found' }))).toMatchObject({
      code: 'channel_not_found',
      retryable: false,
    });
    expect(toSlackCallError(m, new WebAPIPlatformError({ ok: false, error: 'rate_limited' }))).toMatchObject({
      code: 'rate_limited',
      retryable: true,
      retryAfterMs: 1000,
      rateLimited: true,
    });
  });
  it('maps HTTP errors: 5xx and 408 retryable, other 4xx not', () => {
    expect(toSlackCallError(m, new WebAPIHTTPError(500, 'x', {}))).toMatchObject({ code: 'http_500', retryable: true });
    expect(toSlackCallError(m, new WebAPIHTTPError(408, 'x', {}))).toMatchObject({ code: 'http_408', retryable: true });
    expect(toSlackCallError(m, new WebAPIHTTPError(404, 'x', {}))).toMatchObject({ code: 'http_404', retryable: false });
  });
  it('tells timeouts from other network errors; both retryable', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(toSlackCallError(m, new WebAPIRequestError(timeout as unknown as Error))).toMatchObject({ code: 'timeout', retryable: true });
    expect(toSlackCallError(m, new WebAPIRequestError(new TypeError('fetch failed')))).toMatchObject({
      code: 'network_error',
      retryable: true,
    });
  });
  it('treats a 429 without Retry-After as a 1 s rate limit, anything else as internal', () => {
    const noHeader = new Error('Retry header did not contain a valid timeout (url: x, retry-after header: null)');
    expect(toSlackCallError(m, noHeader)).toMatchObject({ code: 'ratelimited', retryAfterMs: 1000 });
    const e = toSlackCallError(m, new RangeError('bug'));
    expect(e).toBeInstanceOf(SlackCallError);
    expect(e).toMatchObject({ code: 'internal', retryable: false, message: 'Slack chat.postMessage failed: internal' });
  });
});

describe('createDryRunWriter', () => {
  it('logs what it would send and returns fake timestamps', async () => {
    const log: DryRunEntry[] = [];
    const w = createDryRunWriter((e) => log.push(e));
    const a = await w.postMessage({ channel: 'C1', text: 'one', blocks: [{ type: 'divider' }] });
    const b = await w.postMessage({ channel: 'C1', text: 'two', thread_ts: a.ts });
    expect([a, b]).toEqual([
      { channel: 'C1', ts: 'dry.1' },
      { channel: 'C1', ts: 'dry.2' },
    ]);
    await expect(w.update({ channel: 'C1', ts: a.ts, text: 'one!' })).resolves.toEqual({ channel: 'C1', ts: 'dry.1' });
    await w.postEphemeral({ channel: 'C1', user: 'U1', text: 'psst' });
    await expect(w.call('views.open', { trigger_id: 't' })).resolves.toMatchObject({ ok: true });
    expect(log).toEqual([
      { method: 'chat.postMessage', channel: 'C1', text: 'one', blocks: [{ type: 'divider' }] },
      { method: 'chat.postMessage', channel: 'C1', text: 'two', blocks: undefined },
      { method: 'chat.update', channel: 'C1', text: 'one!', blocks: undefined },
      { method: 'chat.postEphemeral', channel: 'C1', text: 'psst', blocks: undefined },
      { method: 'views.open', text: '' },
    ]);
    expect(w.pending()).toBe(0);
    await w.drain(10);
  });

  it('renders an update only when its line would be logged', async () => {
    let rendered = 0;
    let logging = false;
    const log: DryRunEntry[] = [];
    const w = createDryRunWriter((e) => log.push(e), () => logging);
    const render = async () => (rendered++, { text: 'fresh', blocks: [] });
    await expect(w.update({ channel: 'C1', ts: 'dry.1', text: '', render })).resolves.toEqual({ channel: 'C1', ts: 'dry.1' });
    expect([rendered, log.length]).toEqual([0, 0]);
    logging = true;
    await w.update({ channel: 'C1', ts: 'dry.1', text: '', render });
    expect(rendered).toBe(1);
    expect(log).toEqual([{ method: 'chat.update', channel: 'C1', text: 'fresh', blocks: [] }]);
  });
});
