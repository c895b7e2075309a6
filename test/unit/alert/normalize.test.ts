import { describe, expect, it } from 'vitest';
import { normalizeDatadog } from '../../../src/alert/normalize';
import { validatePayload } from '../../../src/alert/validate-payload';
import { fixture, fixtureNames } from '../../helpers/fixtures';

/** What each fixture must normalize to (the fields that matter for routing). */
const EXPECT: Record<string, Partial<{ id: string; transition: string; priority: number | null; monitorId: string | null; service: string; scope: string[]; title: string; source: string; logs: number }>> = {
  '01': { id: '8412030117745260931', transition: 'Triggered', priority: 1, monitorId: '301122458', title: 'Order events backlog growing' },
  '02': { id: '8298514470023385617', transition: 'Triggered', priority: 1, monitorId: '9120455', scope: ['host:ip-10-42-7-19'], title: 'Disk usage is high for host ip-10-42-7-19' },
  '03': { id: '8301447702918364402', transition: 'Recovered', priority: 2, scope: ['issue.id:3c9e5a10-7b2d-11f0-8e41-da7ad0900000'] },
  '04': { transition: 'Triggered', priority: 3, monitorId: '173350921', title: '[Synthetics] Storefront - sign-in page renders' },
  '05': { transition: 'Re-Triggered', priority: 4, monitorId: '173350921' },
  '06': { transition: 'Warn', priority: null, monitorId: '270019844', title: 'Staging - Postgres replication lag' },
  '07': { transition: 'Triggered', monitorId: '270019911' },
  '08': { transition: 'Recovered', priority: 2, service: 'invoice-api' },
  '09': { transition: 'No Data', priority: 3, monitorId: '60117020', service: 'erp-sync', scope: ['env:prod', 'service:erp-sync'] },
  '10': { transition: 'Renotify', priority: 1, monitorId: '60114402', service: 'invoice-api' },
  '11': { transition: 'Triggered', priority: 1, monitorId: '60114402', service: 'invoice-api' },
  '12': { id: '8413520098877106635', transition: 'Triggered', priority: 2, monitorId: '61300217', service: 'stripe-connector', logs: 4 },
  '13': { transition: 'Triggered', service: 'salesforce-connector' },
  '14': { transition: 'Triggered', service: 'hubspot-connector', scope: [] },
  '15': { transition: 'Recovered', service: 'stripe-connector', logs: 0 },
  '16': { service: 'xero-connector', logs: 2 },
  '17': { transition: 'Triggered', service: 'cart-api', title: '[Synthetics] Cart - apply voucher API' },
  '18': { source: 'security', transition: 'Triggered', service: 'identity-api' },
  '19': { transition: 'Triggered', priority: 1, monitorId: '60119930', service: 'settlement-worker', scope: ['env:prod', 'service:settlement-worker'] },
};

describe('normalizeDatadog over every Datadog fixture', () => {
  const names = fixtureNames();
  it('has all the fixtures it expects', () => {
    expect(names.length).toBeGreaterThanOrEqual(19);
  });
  for (const name of names) {
    it(`normalizes ${name}`, () => {
      const raw = fixture(name);
      const check = validatePayload(raw);
      expect(check.ok).toBe(true);
      const a = normalizeDatadog(raw, { now: 1_800_000_000_000 });
      expect(typeof a.id).toBe('string');
      expect(a.id.length).toBeGreaterThan(3);
      expect(a.title.length).toBeGreaterThan(0);
      expect(a.fingerprint).toMatch(/^[mact]:/);
      const want = EXPECT[name.slice(0, 2)] ?? {};
      for (const [k, v] of Object.entries(want)) {
        if (k === 'logs') expect(a.logs.length, `${name} logs`).toBe(v);
        else expect((a as any)[k], `${name} ${k}`).toEqual(v);
      }
    });
  }

  it('keeps the 19-digit $ID as an exact string', () => {
    const a = normalizeDatadog(fixture('12'));
    expect(a.id).toBe('8413520098877106635');
  });

  it('gives a recovery the same fingerprint as the trigger it ends', () => {
    expect(normalizeDatadog(fixture('15')).fingerprint).toBe(normalizeDatadog(fixture('12')).fingerprint);
    expect(normalizeDatadog(fixture('10')).fingerprint).toBe(normalizeDatadog(fixture('11')).fingerprint);
  });

  it('parses tags with and without spaces, and valueless tags', () => {
    const a = normalizeDatadog(fixture('19'));
    expect(a.tags).toMatchObject({ env: 'prod', monitor: '', service: 'settlement-worker', owner: 'settlement-oncall' });
    const b = normalizeDatadog(fixture('12'));
    expect(b.tags).toMatchObject({ integration: 'stripe', team: 'billing' });
  });

  it('reads logs_sample given as a JSON string', () => {
    const a = normalizeDatadog(fixture('16'));
    expect(a.logs[0].host).toBe('fin-worker-6b9c-t4k7p');
    expect(a.logs[0].message).toContain('429 Too Many Requests');
  });

  it('accepts logs_sample as "", null or missing', () => {
    for (const v of ['', null, undefined, 'null', 42]) {
      const p = { ...fixture('15'), logs_sample: v };
      expect(normalizeDatadog(p).logs).toEqual([]);
    }
  });

  it('decodes HTML entities and drops %%% markers from the message', () => {
    const a = normalizeDatadog(fixture('03'));
    expect(a.message).not.toContain('%%%');
    expect(a.message).not.toContain('&amp;');
  });

  it('takes the scope from the monitor link group when nothing else names it', () => {
    const link = (q: string) => ({ title: 'x', body: `%%%\n[[Monitor Status](https://app.datadoghq.com/monitors/42?${q}&link_source=monitor_notif)]\n%%%` });
    expect(normalizeDatadog(link('group=env%3Aprod%2Cservice%3Abilling-api')).scope).toEqual(['env:prod', 'service:billing-api']);
    expect(normalizeDatadog(link('from_ts=1&group=host%3Aweb+1')).scope).toEqual(['host:web 1']);
    expect(normalizeDatadog(link('group=%E0%A4%A')).scope).toEqual([]);
    expect(normalizeDatadog(link('subgroup=env%3Aprod')).scope).toEqual([]);
    expect(normalizeDatadog(link('group=env%3Aprod')).monitorId).toBe('42');
  });

  it('turns the literal "null" Datadog renders into empty values', () => {
    const a = normalizeDatadog({ title: '[Triggered] x', alert: { id: 'null', scope: 'null' } });
    expect(a.monitorId).toBeNull();
    expect(a.scope).toEqual([]);
  });

  it('derives an id from the body when the payload has none (stable for redeliveries)', () => {
    const p = { title: '[Triggered] no id here' };
    const a = normalizeDatadog(p, { rawBody: JSON.stringify(p) });
    const b = normalizeDatadog(p, { rawBody: JSON.stringify(p) });
    expect(a.id).toMatch(/^h-/);
    expect(a.id).toBe(b.id);
  });
});

describe('validatePayload', () => {
  it.each([
    [[1, 2], '(body)'],
    ['just a string', '(body)'],
    [null, '(body)'],
    [{ title: { nested: true } }, 'title'],
    [{ title: 'x', tags: { a: 1 } }, 'tags'],
    [{ title: 'x', alert: 'not an object' }, 'alert'],
    [{ hello: 'world' }, 'title'],
  ])('rejects %j naming %s', (v, field) => {
    const r = validatePayload(v);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.field).toBe(field);
  });
});
