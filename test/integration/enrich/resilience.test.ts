import Redis from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Metrics } from '../../../src/ops/metrics';
import { API_KEY, APP_KEY, Harness, makeAlert } from './harness';

let h: Harness;
beforeEach(async () => {
  h = await new Harness().start();
});
afterEach(() => h.stop());

const isMonitor = (c: { method: string; path: string }) => c.method === 'GET' && c.path.startsWith('/api/v1/monitor/');

describe('enrichment under failure', () => {
  it('gives up on a slow endpoint at the timeout and keeps the rest', async () => {
    h.dd.script((c) => (isMonitor(c) ? { delayMs: 3000, body: {} } : undefined));
    const { enricher } = await h.datadog({ timeoutMs: 300 });
    const t0 = Date.now();
    const e = await enricher.enrich(makeAlert());
    const elapsed = Date.now() - t0;

    expect(elapsed).toBeLessThan(300 + 400);
    expect(e.problems).toEqual(['monitor: timed out after 300 ms']);
    expect(e.monitor).toBeUndefined();
    expect(e.logs).toHaveLength(2);
    expect(e.owner?.team).toBe('payments');
  });

  it('stays within the timeout even when every endpoint is slow', async () => {
    h.dd.script(() => ({ delayMs: 2000, body: {} }));
    const { enricher } = await h.datadog({ timeoutMs: 250 });
    const t0 = Date.now();
    const e = await enricher.enrich(makeAlert());
    expect(Date.now() - t0).toBeLessThan(250 + 400);
    expect(e.problems.sort()).toEqual([
      'logs: timed out after 250 ms',
      'monitor: timed out after 250 ms',
      'service catalog: timed out after 250 ms',
    ]);
  });

  it('retries a 429 with x-ratelimit-reset: 0 and then succeeds', async () => {
    let n = 0;
    h.dd.script((c) =>
      isMonitor(c) && n++ < 2
        ? { status: 429, headers: { 'x-ratelimit-reset': '0', 'x-ratelimit-limit': '100' }, body: { errors: ['Rate limit exceeded'] } }
        : undefined,
    );
    const { enricher } = await h.datadog();
    const e = await enricher.enrich(makeAlert());
    expect(h.dd.calls.filter(isMonitor).map((c) => c.status)).toEqual([429, 429, 200]);
    expect(e.monitor?.name).toBe('billing-sync errors');
    expect(e.problems).toEqual([]);
  });

  it('does not wait for a rate-limit reset longer than the budget', async () => {
    h.dd.script((c) => (isMonitor(c) ? { status: 429, headers: { 'x-ratelimit-reset': '30' }, body: { errors: ['Rate limit exceeded'] } } : undefined));
    const { enricher } = await h.datadog();
    const t0 = Date.now();
    const e = await enricher.enrich(makeAlert());
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(h.dd.calls.filter(isMonitor)).toHaveLength(1);
    expect(e.problems).toEqual(['monitor: rate limited by Datadog (retry in 30 s)']);
  });

  it('retries a 5xx a few times, then reports it', async () => {
    h.dd.script((c) => (isMonitor(c) ? { status: 500, headers: { 'x-ratelimit-reset': '0' }, body: 'oops' } : undefined));
    const metrics = new Metrics({ processMetrics: false });
    const { enricher } = await h.datadog({ metrics });
    const e = await enricher.enrich(makeAlert());
    expect(h.dd.calls.filter(isMonitor)).toHaveLength(4);
    expect(e.problems).toEqual(['monitor: Datadog API error (HTTP 500)']);
    const text = await metrics.registry.metrics();
    expect(text).toContain('herald_datadog_requests_total{operation="getMonitor",outcome="unavailable"} 1');
    expect(text).toContain('herald_datadog_requests_total{operation="listLogs",outcome="ok"} 1');
  });

  it('opens the circuit after 5 failures, stops calling, and probes again after 30 s', async () => {
    let now = 1_000_000;
    let failing = true;
    h.dd.script((c) => (isMonitor(c) && failing ? { status: 503, body: 'down' } : undefined));
    const { enricher } = await h.datadog({ clock: () => now, timeoutMs: 300 });
    for (let i = 0; i < 5; i++) await enricher.enrich(makeAlert());
    const callsWhenOpened = h.dd.calls.filter(isMonitor).length;

    const open = await enricher.enrich(makeAlert());
    expect(open.problems).toEqual(['monitor: circuit open']);
    expect(h.dd.calls.filter(isMonitor)).toHaveLength(callsWhenOpened);
    expect(open.owner?.team).toBe('payments'); // other endpoints are unaffected

    now += 29_000;
    expect((await enricher.enrich(makeAlert())).problems).toEqual(['monitor: circuit open']);
    now += 2_000;
    failing = false;
    const probe = await enricher.enrich(makeAlert());
    expect(probe.problems).toEqual([]);
    expect(probe.monitor?.id).toBe('123');
    expect(h.dd.calls.filter(isMonitor).length).toBe(callsWhenOpened + 1);
  });

  it('still enriches within the budget when Redis is unreachable', async () => {
    const dead = new Redis('redis://127.0.0.1:1', { lazyConnect: true, retryStrategy: () => 200, maxRetriesPerRequest: 50 });
    dead.on('error', () => undefined);
    try {
      const { enricher } = await h.datadog({ redis: dead });
      const t0 = Date.now();
      const e = await enricher.enrich(makeAlert());
      expect(Date.now() - t0).toBeLessThan(1000 + 400);
      expect(e.monitor?.id).toBe('123');
      expect(e.owner?.slackChannel).toBe('C0PAYMENTS1');
      expect(e.problems).toEqual([]);
    } finally {
      dead.disconnect();
    }
  });
});

describe('secrets in errors and logs', () => {
  it('keeps the API and application keys out of problems and log messages', async () => {
    h.dd.script((c) =>
      isMonitor(c) ? { status: 400, body: { errors: [`bad request from ${String(c.headers['dd-api-key'])} / ${String(c.headers['dd-application-key'])}`] } } : undefined,
    );
    h.dd.script((c) => (c.path.startsWith('/api/v2/logs') ? { status: 502, body: `upstream saw ${String(c.headers['dd-api-key'])}` } : undefined));
    const { enricher } = await h.datadog();
    const e = await enricher.enrich(makeAlert());

    expect(e.problems).toHaveLength(2);
    expect(e.problems.join('\n')).toContain('HTTP 400');
    expect(h.warnings.length).toBeGreaterThanOrEqual(2);
    const everything = JSON.stringify([e, h.warnings]);
    expect(everything).not.toContain(API_KEY);
    expect(everything).not.toContain(APP_KEY);
  });

  it('reports rejected keys without echoing them', async () => {
    const { enricher } = await h.datadog({ appKey: 'wrongappkey000000000000000000000000000000' });
    const e = await enricher.enrich(makeAlert());
    expect(e.problems).toContain('monitor: Datadog API refused the request (HTTP 403) (Forbidden) — check the API/application key and its permissions');
    const everything = JSON.stringify([e, h.warnings]);
    expect(everything).not.toContain('wrongappkey');
    expect(everything).not.toContain(API_KEY);
  });
});
