import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/incident/incident';
import { formatList } from '../../../src/slack/triage/command-views';
import { detailsModal } from '../../../src/slack/triage/details-modal';
import { downtimePlan } from '../../../src/rules/downtime-plan';
import { computeStats, formatStats } from '../../../src/slack/triage/incident-stats';
import { muteModal, parseMuteSubmission, type ViewValues } from '../../../src/slack/triage/mute-modal';

function incident(over: Partial<Incident> = {}): Incident {
  return {
    id: 'H-1', fingerprint: 'fp', state: 'open', severity: 'high', channel: 'C1', message: { kind: 'posted', ts: '1.1' }, copies: [], count: 3, firstSeen: 1000, lastSeen: 2000,
    title: 'Stripe sync failing', service: 'stripe-sync', env: 'prod', team: 'payments', monitorId: '123', lastTransition: 'Triggered', lastAlertId: 'a', reopenedCount: 0, inhibitedCount: 0,
    leakCount: 0,
    alert: { title: 'Stripe sync failing', tags: { env: 'prod', service: 'stripe-sync' }, scope: ['env:prod'], query: 'avg(last_5m):x > 1', logs: [], findings: [], transition: 'Triggered', priority: 1 } as unknown as Incident['alert'],
    decision: { matchedRoutes: [], severity: 'high', channels: [], mentions: [], labels: {}, groupBy: [], repeatIntervalMs: null, suppress: false, escalationChannel: null, reasons: [] },
    history: [], version: 1, ...over,
  };
}

const values = (scope: string, matchers: string | null, duration: string, reason: string): ViewValues => ({
  scope: { value: { selected_option: { value: scope } } },
  matchers: { value: { value: matchers } },
  duration: { value: { value: duration } },
  reason: { value: { value: reason } },
});

describe('mute modal', () => {
  it('presets follow the incident: no monitor → no "this monitor" option', () => {
    const view = muteModal(incident({ monitorId: null }), 'C1') as any;
    const scope = view.blocks.find((b: any) => b.block_id === 'scope');
    expect(scope.element.options.map((o: any) => o.value)).toEqual(['service', 'custom']);
    expect(JSON.parse(view.private_metadata)).toEqual({ incident: 'H-1', channel: 'C1' });
  });

  it('valid submissions per scope', () => {
    expect(parseMuteSubmission(values('monitor', null, '2h', 'noisy'), incident())).toEqual({ ok: true, mute: { scope: 'monitor', matchers: { monitor_id: '123' }, durationMs: 7_200_000, reason: 'noisy' } });
    expect(parseMuteSubmission(values('service', null, '1d', 'x'), incident())).toMatchObject({ ok: true, mute: { matchers: { service: 'stripe-sync', env: 'prod' } } });
    expect(parseMuteSubmission(values('custom', '{"service": "a", "tags.integration": "hubspot"}', '30m', 'x'), incident())).toMatchObject({ ok: true, mute: { matchers: { service: 'a', 'tags.integration': 'hubspot' } } });
    expect(parseMuteSubmission(values('custom', 'service: a\nenv: { in: [prod, staging] }', '30m', 'x'), incident())).toMatchObject({ ok: true });
  });

  it('field errors name the block', () => {
    const r = parseMuteSubmission(values('custom', '', '0m', ' '), incident());
    expect(r).toEqual({ ok: false, errors: { matchers: expect.any(String), duration: expect.any(String), reason: expect.any(String) } });
    expect(parseMuteSubmission(values('custom', '- a\n- b', '1h', 'x'), incident())).toEqual({ ok: false, errors: { matchers: expect.stringContaining('mapping') } });
    expect(parseMuteSubmission(values('custom', 'servce: a', '1h', 'x'), incident())).toEqual({ ok: false, errors: { matchers: expect.stringContaining('servce') } });
    expect(parseMuteSubmission(values('monitor', null, '1h', 'x'), incident({ monitorId: null }))).toEqual({ ok: false, errors: { scope: expect.any(String) } });
    expect(parseMuteSubmission(values('service', null, '31d', 'x'), incident())).toEqual({ ok: false, errors: { duration: 'Between 1m and 30d.' } });
  });
});

describe('downtimePlan', () => {
  it('translates exact tag matchers onto the monitor', () => {
    expect(downtimePlan({ monitor_id: '123' }, null)).toEqual({ monitorId: '123', scope: [] });
    expect(downtimePlan({ service: 'a', env: 'prod' }, '9')).toEqual({ monitorTags: ['service:a'], scope: ['env:prod'] });
    expect(downtimePlan({ service: 'a', monitor_id: '7' }, '9')).toEqual({ monitorId: '7', scope: ['service:a'] });
    expect(downtimePlan({ env: 'prod' }, '9')).toEqual({ monitorId: '9', scope: ['env:prod'] });
    expect(downtimePlan({ 'tags.integration': 'hubspot', monitor_id: 5 }, null)).toEqual({ monitorId: '5', scope: ['integration:hubspot'] });
  });

  it('refuses anything broader or unknown', () => {
    expect(downtimePlan({ service: 'a' }, null)).toEqual({ monitorTags: ['service:a'], scope: [] });
    expect(downtimePlan({ env: 'prod' }, null)).toEqual({ skip: 'no Datadog monitor or service to put in downtime' });
    expect(downtimePlan({ title: 'x' }, '9')).toMatchObject({ skip: expect.stringContaining('title') });
    expect(downtimePlan({ service: { regex: 'a.*' } }, '9')).toMatchObject({ skip: expect.stringContaining('not a plain value') });
    expect(downtimePlan({ service: 'a b' }, '9')).toMatchObject({ skip: expect.stringContaining('characters') });
  });
});

describe('stats', () => {
  it('counts by severity/state/service, mean times, leaks', () => {
    const s = computeStats([
      incident({ severity: 'critical', ackAt: 61_000, firstSeen: 1000, state: 'resolved', resolvedAt: 601_000, leakCount: 2 }),
      incident({ severity: 'high', ackAt: 181_000, firstSeen: 1000 }),
      incident({ severity: 'high', service: 'hubspot' }),
    ]);
    expect(s).toMatchObject({ total: 3, bySeverity: { critical: 1, high: 2 }, byState: { resolved: 1, open: 2 }, mtta: 120_000, mttr: 600_000, leaks: 2, leakyIncidents: 1 });
    expect(s.byService).toEqual([['stripe-sync', 2], ['hubspot', 1]]);
    const text = formatStats(s, '24h');
    expect(text).toContain('Mean time to acknowledge:* 2m');
    expect(text).toContain('to resolve:* 10m');
    expect(formatStats(computeStats([]), '7d')).toContain('Mean time to acknowledge:* —');
  });
});

describe('Block Kit limits', () => {
  it('details modal stays within 100 blocks and 3,000 characters a section, even for huge incidents', () => {
    const logs = Array.from({ length: 200 }, (_, i) => ({ time: '', host: 'h', message: `line ${i} ${'x'.repeat(5000)}` }));
    const history = Array.from({ length: 30 }, (_, i) => ({ at: i, what: 'y'.repeat(400), by: 'U0AB' }));
    const inc = incident({ title: 't'.repeat(500), history, alert: { ...incident().alert, logs, query: 'q'.repeat(10_000), findings: [] } });
    const v = detailsModal(inc) as any;
    expect(v.blocks.length).toBeLessThanOrEqual(100);
    expect(v.title.text.length).toBeLessThanOrEqual(24);
    for (const b of v.blocks) if (b.type === 'section' && b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(v.blocks[0].text.text.length).toBeLessThanOrEqual(150);
  });

  it('list output is chunked into sections under 3,000 characters', () => {
    const many = Array.from({ length: 60 }, (_, i) => incident({ id: `H-${i}`, title: 'z'.repeat(300) }));
    const r = formatList(many, 'open incidents');
    expect(r.blocks!.length).toBeLessThanOrEqual(50);
    for (const b of r.blocks as any[]) expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(r.text.length).toBeLessThanOrEqual(3000);
  });
});
