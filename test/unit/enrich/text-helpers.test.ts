import { describe, expect, it } from 'vitest';
import { datadogAppUrl, monitorInfo } from '../../../src/enrich/monitor-info';
import { extractRunbooks } from '../../../src/enrich/runbook-links';
import { downtimeScope, logQuery, searchValue } from '../../../src/enrich/search-query';

describe('extractRunbooks', () => {
  it('finds URLs on runbook lines and runbook URLs, deduplicated', () => {
    const msg = [
      'Stripe sync failing. See https://status.stripe.com.',
      'Runbook: https://wiki.example.com/x/123.',
      '[playbook](https://notion.so/acme/Billing-abc)',
      'More: https://github.com/acme/runbooks/blob/main/billing.md',
      'again https://wiki.example.com/x/123 runbook',
    ].join('\n');
    expect(extractRunbooks(msg)).toEqual([
      'https://wiki.example.com/x/123',
      'https://notion.so/acme/Billing-abc',
      'https://github.com/acme/runbooks/blob/main/billing.md',
    ]);
  });

  it('is linear on hostile input', () => {
    const evil = `runbook ${'https://'.repeat(20_000)}${'a'.repeat(50_000)}`;
    const t0 = performance.now();
    extractRunbooks(evil);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('search queries', () => {
  it('quotes values that are not plain', () => {
    expect(searchValue('billing-sync')).toBe('billing-sync');
    expect(searchValue('a b"c')).toBe('"a b\\"c"');
  });

  it('builds the log query from service and env, else from scope', () => {
    expect(logQuery({ service: 'billing-sync', env: 'prod', scope: ['host:x'] })).toBe('service:billing-sync env:prod status:error');
    expect(logQuery({ service: '', env: '', scope: ['host:web-1', '*'] })).toBe('host:web-1 status:error');
    expect(logQuery({ service: '', env: '', scope: [] })).toBeUndefined();
  });

  it('joins downtime scope tags with AND, * when empty', () => {
    expect(downtimeScope(['env:prod', 'service:billing-sync'])).toBe('env:prod AND service:billing-sync');
    expect(downtimeScope(['team:data eng'])).toBe('team:"data eng"');
    expect(downtimeScope([])).toBe('*');
    expect(downtimeScope(['*'])).toBe('*');
  });
});

describe('monitorInfo', () => {
  it('maps a monitor and tolerates an unknown type enum', () => {
    const m = monitorInfo('42', { id: 42, name: 'n', query: 'q', type: { _data: 'new kind' }, tags: ['a'], message: 'runbook https://rb', creator: { email: 'e@x' } }, 'https://app.datadoghq.eu');
    expect(m).toEqual({
      id: '42',
      name: 'n',
      query: 'q',
      type: 'new kind',
      priority: null,
      tags: ['a'],
      creator: 'e@x',
      runbooks: ['https://rb'],
      url: 'https://app.datadoghq.eu/monitors/42',
    });
  });

  it('derives the web app URL from the site or API URL', () => {
    expect(datadogAppUrl()).toBe('https://app.datadoghq.com');
    expect(datadogAppUrl('datadoghq.eu')).toBe('https://app.datadoghq.eu');
    expect(datadogAppUrl('us3.datadoghq.com')).toBe('https://us3.datadoghq.com');
    expect(datadogAppUrl(undefined, 'https://api.ddog-gov.com/')).toBe('https://app.ddog-gov.com');
    expect(datadogAppUrl('datadoghq.com', 'http://127.0.0.1:9999')).toBeUndefined();
  });
});
