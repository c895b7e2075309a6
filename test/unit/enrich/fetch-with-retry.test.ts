import { describe, expect, it } from 'vitest';
import { HeraldError } from '../../../src/errors/herald-error';
import { fetchWithRetry, retryDelayMs } from '../../../src/enrich/fetch-with-retry';

/** A scripted `fetch` parameter: answers in order, records what it saw. */
function scripted(answers: (() => Response | Promise<Response>)[]) {
  const seen: { url: string; signal?: AbortSignal }[] = [];
  const f = (async (url: string, init: RequestInit) => {
    seen.push({ url, signal: init.signal ?? undefined });
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  }) as unknown as typeof fetch;
  return { f, seen };
}

const status = (s: number, headers: Record<string, string> = {}) => () => new Response('{}', { status: s, headers });

describe('fetchWithRetry', () => {
  it('retries 429 and 5xx, honouring x-ratelimit-reset, with a fresh signal each time', async () => {
    const waits: number[] = [];
    const { f, seen } = scripted([status(429, { 'x-ratelimit-reset': '0' }), status(503), status(200)]);
    const res = await fetchWithRetry({ timeoutMs: 1000, budgetMs: 5000, backoffMs: 10, fetch: f, sleep: async (ms) => void waits.push(ms) })('http://x/a', {});
    expect(res.status).toBe(200);
    expect(waits).toEqual([0, 20]);
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((s) => s.signal)).size).toBe(3);
  });

  it('returns 4xx at once and the last 5xx when retries run out', async () => {
    const a = scripted([status(404)]);
    expect((await fetchWithRetry({ timeoutMs: 100, budgetMs: 1000, fetch: a.f, sleep: async () => undefined })('u', {})).status).toBe(404);
    const b = scripted([status(500), status(500), status(502)]);
    const res = await fetchWithRetry({ timeoutMs: 100, budgetMs: 1000, maxRetries: 2, fetch: b.f, sleep: async () => undefined })('u', {});
    expect(res.status).toBe(502);
    expect(b.seen).toHaveLength(3);
  });

  it('does not wait past the budget; an exhausted 429 is a retryable error with retryAfterMs', async () => {
    const { f, seen } = scripted([status(429, { 'x-ratelimit-reset': '60' })]);
    const err = await fetchWithRetry({ timeoutMs: 100, budgetMs: 1000, fetch: f })('u', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HeraldError);
    expect(err).toMatchObject({ code: 'datadog_api', retryable: true, retryAfterMs: 60_000 });
    expect(seen).toHaveLength(1);
  });

  it('retries only what retryOn allows', async () => {
    const { f, seen } = scripted([status(500), status(200)]);
    const res = await fetchWithRetry({ timeoutMs: 100, budgetMs: 1000, fetch: f, retryOn: (s) => s === 429, sleep: async () => undefined })('u', {});
    expect(res.status).toBe(500);
    expect(seen).toHaveLength(1);
  });

  it('aborts an attempt at the timeout', async () => {
    const hang = (url: string, init: RequestInit) =>
      new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const t0 = Date.now();
    const err = await fetchWithRetry({ timeoutMs: 50, budgetMs: 1000, fetch: hang as unknown as typeof fetch })('u', {}).catch((e: unknown) => e);
    expect((err as Error).name).toBe('TimeoutError');
    expect(Date.now() - t0).toBeLessThan(500);
  });

  it('reads the delay from x-ratelimit-reset seconds, else backs off', () => {
    expect(retryDelayMs(new Headers({ 'x-ratelimit-reset': '3' }), 0, 100)).toBe(3000);
    expect(retryDelayMs(new Headers({ 'x-ratelimit-reset': 'soon' }), 2, 100)).toBe(400);
  });

  it('reads retry-after seconds when there is no x-ratelimit-reset', () => {
    expect(retryDelayMs(new Headers({ 'retry-after': '7' }), 0, 100)).toBe(7000);
    expect(retryDelayMs(new Headers({ 'retry-after': '7', 'x-ratelimit-reset': '2' }), 0, 100)).toBe(2000);
  });

  it('with retryErrors, retries an attempt that failed to connect or timed out; without, throws at once', async () => {
    const refuse = () => Promise.reject(new TypeError('fetch failed'));
    const a = scripted([refuse, status(200)]);
    const waits: number[] = [];
    const res = await fetchWithRetry({ timeoutMs: 100, budgetMs: 1000, backoffMs: 10, retryErrors: true, fetch: a.f, sleep: async (ms) => void waits.push(ms) })('u', {});
    expect(res.status).toBe(200);
    expect(waits).toEqual([10]);
    const b = scripted([refuse, status(200)]);
    const err = await fetchWithRetry({ timeoutMs: 100, budgetMs: 1000, fetch: b.f, sleep: async () => undefined })('u', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TypeError);
    expect(b.seen).toHaveLength(1);
    const c = scripted([refuse, refuse, refuse]);
    const last = await fetchWithRetry({ timeoutMs: 100, budgetMs: 1000, maxRetries: 2, retryErrors: true, fetch: c.f, sleep: async () => undefined })('u', {}).catch((e: unknown) => e);
    expect(last).toBeInstanceOf(TypeError);
    expect(c.seen).toHaveLength(3);
  });
});
