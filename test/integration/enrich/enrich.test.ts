import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/scan';
import { API_KEY, APP_KEY, Harness, SECRET, makeAlert } from './harness';
import { eventually } from '../../helpers/start-herald';
import { stable } from '../../helpers/wait';

let h: Harness;
beforeEach(async () => {
  h = await new Harness().start();
});
afterEach(() => h.stop());

describe('enrich', () => {
  it('returns the monitor, redacted recent error logs and the owning service', async () => {
    const { enricher } = await h.datadog();
    const e = await enricher.enrich(makeAlert());

    expect(e.problems).toEqual([]);
    expect(e.monitor).toMatchObject({
      id: '123',
      name: 'billing-sync errors',
      type: 'log alert',
      priority: 2,
      tags: ['team:payments', 'service:billing-sync'],
      creator: 'Ana Lopez',
      runbooks: ['https://wiki.example.com/runbooks/billing-sync'],
    });
    expect(e.monitor?.url).toBeUndefined(); // no web URL for a test server
    expect(e.logs).toEqual([
      { time: '2024-05-01T09:59:58.000Z', host: 'worker-1', service: 'billing-sync', message: 'POST /v1/charges failed: 401 key=[REDACTED:stripe-secret-key]' },
      { time: '2024-05-01T09:59:40.000Z', host: 'worker-2', service: 'billing-sync', message: 'timeout talking to api.stripe.com' },
    ]);
    expect(e.findings).toHaveLength(1);
    expect(e.findings[0]).toMatchObject({ detector: 'stripe-secret-key', path: 'enrichment.logs[0].message' });
    expect(e.owner).toMatchObject({
      service: 'billing-sync',
      team: 'payments',
      slackChannel: 'C0PAYMENTS1',
      tier: 'critical',
      oncall: 'https://acme.pagerduty.com/service-directory/PBILL01',
      runbooks: ['https://wiki.example.com/runbooks/billing-sync'],
      dashboards: ['https://app.datadoghq.com/dashboard/abc-123'],
    });
    expect(e.owner?.contacts).toContainEqual({ type: 'email', contact: 'payments@example.com' });
  });

  it('calls the Datadog endpoints with keys, the alert window and a small page', async () => {
    const { enricher } = await h.datadog();
    await enricher.enrich(makeAlert());

    const [mon] = h.dd.callsTo('GET /api/v1/monitor/123');
    expect(mon.headers['dd-api-key']).toBe(API_KEY);
    expect(mon.headers['dd-application-key']).toBe(APP_KEY);
    const [logs] = h.dd.callsTo('POST /api/v2/logs/events/search');
    expect(logs.body).toEqual({
      filter: { query: 'service:billing-sync env:prod status:error', from: '2024-05-01T09:45:00.000Z', to: '2024-05-01T10:00:00.000Z' },
      sort: '-timestamp',
      page: { limit: 5 },
    });
    const [svc] = h.dd.callsTo('GET /api/v2/services/definitions/billing-sync');
    expect(svc.query).toEqual({ schema_version: 'v2.2' });
  });

  it('never lets the raw secret reach the result or Redis', async () => {
    const { enricher } = await h.datadog();
    const e = await enricher.enrich(makeAlert());
    expect(JSON.stringify(e)).not.toContain(SECRET);
    // Cache writes are not awaited: wait until they have landed.
    await eventually(async () => (await h.redis.keys(`${h.prefix}*`)).length > 0, 5_000, 'cache written');
    await stable(async () => (await h.redis.keys(`${h.prefix}*`)).length, { what: 'cache writes done' });
    const keys = await h.redis.keys(`${h.prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(await h.redis.get(k)).not.toContain(SECRET);
  });

  it('redacts fetched logs and shown contacts with the real scanner', async () => {
    const scanner = createScanner();
    h.dd.logs = [{ timestamp: '2024-05-01T09:59:58.000Z', host: 'w1', message: `charge failed key=${SECRET} customer=jane.doe@example.com` }];
    const { enricher } = await h.datadog({ redactText: (t, p) => scanner.redact(t, p) });
    const e = await enricher.enrich(makeAlert());

    const raw = JSON.stringify(e);
    for (const v of [SECRET, 'jane.doe@example.com', 'payments@example.com']) expect(raw).not.toContain(v);
    expect(e.findings.map((f) => [f.detector, f.path]).sort()).toEqual([
      ['email', 'enrichment.logs[0].message'],
      ['stripe-secret-key', 'enrichment.logs[0].message'],
    ]);
    expect(e.owner?.slackChannel).toBe('C0PAYMENTS1'); // the routing destination survives redaction
  });

  it('skips the log search when the payload carries a log sample', async () => {
    const { enricher } = await h.datadog();
    const e = await enricher.enrich(makeAlert({ logs: [{ time: '09:59:58 UTC', host: 'w', message: 'boom' }] }));
    expect(e.logs).toBeUndefined();
    expect(h.dd.callsTo('POST /api/v2/logs')).toHaveLength(0);
    expect(e.monitor).toBeDefined();
  });

  it('serves monitor and service from the cache the second time', async () => {
    const { enricher } = await h.datadog();
    await enricher.enrich(makeAlert());
    const again = await enricher.enrich(makeAlert());

    expect(h.dd.callsTo('GET /api/v1/monitor/123')).toHaveLength(1);
    expect(h.dd.callsTo('GET /api/v2/services/definitions/billing-sync')).toHaveLength(1);
    expect(h.dd.callsTo('POST /api/v2/logs/events/search')).toHaveLength(2); // logs depend on the alert time
    expect(again.monitor?.name).toBe('billing-sync errors');
    expect(again.owner?.slackChannel).toBe('C0PAYMENTS1');
    const monTtl = await h.redis.ttl(`${h.prefix}dd:monitor:123`);
    const svcTtl = await h.redis.ttl(`${h.prefix}dd:service:billing-sync`);
    expect(monTtl).toBeGreaterThan(290);
    expect(monTtl).toBeLessThanOrEqual(300);
    expect(svcTtl).toBeGreaterThan(590);
    expect(svcTtl).toBeLessThanOrEqual(600);
  });

  it('caches a missing monitor briefly and reports it', async () => {
    const { enricher } = await h.datadog();
    const first = await enricher.enrich(makeAlert({ monitorId: '999' }));
    const second = await enricher.enrich(makeAlert({ monitorId: '999' }));

    expect(first.problems).toEqual(['monitor: 999 not found']);
    expect(second.problems).toEqual(['monitor: 999 not found']);
    expect(h.dd.callsTo('GET /api/v1/monitor/999')).toHaveLength(1);
    const ttl = await h.redis.ttl(`${h.prefix}dd:monitor:999`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
  });

  it('treats a service without a catalog entry as no owner, cached, not a problem', async () => {
    const { enricher } = await h.datadog();
    const alert = makeAlert({ service: 'ghost', scope: ['env:prod'] });
    const first = await enricher.enrich(alert);
    await enricher.enrich(alert);
    expect(first.owner).toBeUndefined();
    expect(first.problems).toEqual([]);
    expect(h.dd.callsTo('GET /api/v2/services/definitions/ghost')).toHaveLength(1);
  });

  it('reads a catalog entry the client cannot type (UnparsedObject) and a v1 schema', async () => {
    h.dd.services.set('legacy', {
      'schema-version': 'v1',
      info: { 'dd-service': 'legacy', 'service-tier': 'low' },
      contact: { slack: '#legacy-oncall', email: 'legacy@example.com' },
      org: { team: 'core' },
    });
    h.dd.services.set('odd', {
      'schema-version': 'v2.2', // no dd-service: matches no variant
      team: 'odd-team',
      contacts: [{ type: 'slack', contact: '#odd-alerts' }],
    });
    const { enricher } = await h.datadog();
    const legacy = await enricher.enrich(makeAlert({ monitorId: null, service: 'legacy' }));
    const odd = await enricher.enrich(makeAlert({ monitorId: null, service: 'odd' }));

    expect(legacy.owner).toMatchObject({ service: 'legacy', team: 'core', tier: 'low', slackChannel: '#legacy-oncall' });
    expect(odd.owner).toMatchObject({ service: 'odd', team: 'odd-team', slackChannel: '#odd-alerts' });
    expect(odd.problems).toEqual([]);
  });

  it('looks up nothing it has no key for', async () => {
    const { enricher } = await h.datadog();
    const e = await enricher.enrich(makeAlert({ monitorId: null, service: '', env: '', scope: [] }));
    expect(e).toEqual({ findings: [], problems: [] });
    expect(h.dd.calls).toHaveLength(0);
  });

  it('searches logs by scope tags when the alert has no service or env', async () => {
    const { enricher } = await h.datadog();
    await enricher.enrich(makeAlert({ monitorId: null, service: '', env: '', scope: ['host:web-1', 'region:eu west'] }));
    const [logs] = h.dd.callsTo('POST /api/v2/logs/events/search');
    expect(logs.body.filter.query).toBe('host:web-1 region:"eu west" status:error');
  });
});
