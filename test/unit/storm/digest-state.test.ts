import { describe, expect, it } from 'vitest';
import { buildDigestState, DEFAULT_STORM_SETTINGS, exampleScore, formatDuration, resolveStormSettings, sortExamples } from '../../../src/slack/storm';
import { example } from './digest-fixture';

describe('buildDigestState', () => {
  it('reads counters by severity (in severity order), service and monitor', () => {
    const s = buildDigestState(
      'dg-1',
      { channel: 'C1', startedAt: '100', lastNewAt: '200', ver: '7', ownCritical: '2' },
      {
        incidents: '5', alerts: '12',
        'si:low': '1', 'sa:low': '1', 'si:critical': '4', 'sa:critical': '11',
        'vi:billing': '1', 'va:billing': '9', 'vi:crm': '4', 'va:crm': '3', 'vi:': '0',
        'mi:42': '5', 'ma:42': '12', 'ml:42': 'Stripe: sync failing',
      },
      [example('H-2', 'low'), example('H-1', 'critical')],
    );
    expect(s).toMatchObject({ digestId: 'dg-1', channel: 'C1', startedAt: 100, lastNewAt: 200, incidents: 5, alerts: 12, ownCritical: 2 });
    expect(s.endedAt).toBeUndefined();
    expect(s.bySeverity).toEqual([
      { name: 'critical', incidents: 4, alerts: 11 },
      { name: 'low', incidents: 1, alerts: 1 },
    ]);
    expect(s.byService.map((g) => g.name)).toEqual(['crm', 'billing', '']);
    expect(s.byMonitor).toEqual([{ name: '42', incidents: 5, alerts: 12, label: 'Stripe: sync failing' }]);
    expect(s.examples.map((e) => e.id)).toEqual(['H-1', 'H-2']);
  });

  it('sees the end of a storm', () => {
    expect(buildDigestState('d', { channel: 'C', endedAt: '300' }, {}, []).endedAt).toBe(300);
  });
});

describe('example order', () => {
  it('puts more severe first, then older first', () => {
    const a = example('a', 'critical', { firstSeen: 2_000_000_000_000 });
    const b = example('b', 'high', { firstSeen: 1 });
    const c = example('c', 'critical', { firstSeen: 1_000_000_000_000 });
    expect(exampleScore(c)).toBeLessThan(exampleScore(a));
    expect(exampleScore(a)).toBeLessThan(exampleScore(b));
    expect(sortExamples([b, a, c]).map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('resolveStormSettings', () => {
  it('fills defaults: 10 in 60 s, 5 criticals a minute, 2 min quiet, 2 s between updates', () => {
    expect(resolveStormSettings({})).toEqual(DEFAULT_STORM_SETTINGS);
    expect(DEFAULT_STORM_SETTINGS).toMatchObject({ threshold: 10, windowMs: 60_000, criticalCap: 5, quietPeriodMs: 120_000, updateIntervalMs: 2_000 });
    expect(resolveStormSettings({ threshold: 5, criticalCap: 0 })).toMatchObject({ threshold: 5, criticalCap: 0, windowMs: 60_000 });
  });

  it('rejects nonsense', () => {
    expect(() => resolveStormSettings({ threshold: 0 })).toThrow(/threshold/);
    expect(() => resolveStormSettings({ windowMs: Number.NaN })).toThrow(/windowMs/);
    expect(() => resolveStormSettings({ criticalCap: -1 })).toThrow(/criticalCap/);
  });
});

describe('formatDuration', () => {
  it('is short and readable', () => {
    expect(formatDuration(0)).toBe('0s');
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(252_000)).toBe('4m 12s');
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(7_500_000)).toBe('2h 5m');
    expect(formatDuration(100 * 3_600_000)).toBe('4d 4h');
  });
});
