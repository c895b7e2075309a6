import { describe, expect, it } from 'vitest';
import { normalizeDatadog } from '../../../src/alert/normalize';
import { validatePayload } from '../../../src/alert/validate-payload';
import { fixture, fixtureNames } from '../../helpers/fixtures';

/** What each shared fixture must normalize to (the fields that matter for routing). */
const EXPECT: Record<string, Partial<{ id: string; transition: string; priority: number | null; monitorId: string | null; service: string; scope: string[]; title: string; source: string; logs: number }>> = {
  '01': { id: '8306082202796025694', transition: 'Triggered', priority: 1, monitorId: '221164084', title: 'High tracking' },
  '02': { id: '8166212983446713351', transition: 'Triggered', priority: 1, title: 'CPU usage is high for host k3s-example-node-pool-a6e3h' },
  '03': { id: '8169025783718885557', transition: 'Recovered', priority: 2, scope: ['issue.id:655bd304-5322-11f0-80d4-da7ad0900000'] },
  '04': { transition: 'Triggered', priority: 3, monitorId: '166187407', title: '[Synthetics] RMC - A monitor that always fails' },
  '05': { transition: 'Re-Triggered', priority: 4, monitorId: '166187407' },
  '06': { transition: 'Warn', priority: null, monitorId: '266155000', title: 'RMC Dev - RDS High Write Latency' },
  '07': { transition: 'Triggered', monitorId: '266154777' },
  '08': { transition: 'Recovered', priority: 2, service: 'billing-api' },
  '09': { transition: 'No Data', priority: 3, monitorId: '48219001', service: 'salesforce-sync', scope: ['env:prod', 'service:salesforce-sync'] },
  '10': { transition: 'Renotify', priority: 1, monitorId: '48213377', service: 'billing-api' },
  '11': { transition: 'Triggered', priority: 1, monitorId: '48213377', service: 'billing-api' },
  '12': { id: '8790400011122233344', transition: 'Triggered', priority: 2, monitorId: '51022018', service: 'stripe-sync', logs: 4 },
  '13': { transition: 'Triggered', service: 'salesforce-sync' },
  '14': { transition: 'Triggered', service: 'hubspot-sync', scope: [] },
  '15': { transition: 'Recovered', service: 'stripe-sync', logs: 0 },
  '16': { service: 'netsuite-sync', logs: 2 },
  '17': { transition: 'Triggered', service: 'checkout-api', title: '[Synthetics] Checkout - Stripe payment intent API' },
  '18': { source: 'security', transition: 'Triggered', service: 'auth-api' },
  '19': { transition: 'Triggered', priority: 1, monitorId: '48230555', service: 'payouts-worker', scope: ['env:prod', 'service:payouts-worker'] },
};

describe('normalizeDatadog over every shared fixture', () => {
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
    expect(a.id).toBe('8790400011122233344');
  });

  it('gives a recovery the same fingerprint as the trigger it ends', () => {
    expect(normalizeDatadog(fixture('15')).fingerprint).toBe(normalizeDatadog(fixture('12')).fingerprint);
    expect(normalizeDatadog(fixture('10')).fingerprint).toBe(normalizeDatadog(fixture('11')).fingerprint);
  });

  it('parses tags with and without spaces, and valueless tags', () => {
    const a = normalizeDatadog(fixture('19'));
    expect(a.tags).toMatchObject({ env: 'prod', monitor: '', service: 'payouts-worker', owner: 'payouts-oncall' });
    const b = normalizeDatadog(fixture('12'));
    expect(b.tags).toMatchObject({ integration: 'stripe', team: 'payments' });
  });

  it('reads logs_sample given as a JSON string', () => {
    const a = normalizeDatadog(fixture('16'));
    expect(a.logs[0].host).toBe('sync-worker-5d7f-q8w2e');
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
