import { describe, expect, it } from 'vitest';
import { lastAlertOf, SUMMARY_LIMITS, summarizeAlert } from '../../../src/incident/alert-summary';
import { makeAlert } from '../rules/alert-factory';

describe('the last-alert summary an incident keeps', () => {
  it('is bounded however large the alert, and never cuts a redaction placeholder', () => {
    const secret = '[REDACTED:stripe-secret-key]';
    const big = makeAlert({
      message: `${'x'.repeat(SUMMARY_LIMITS.message - 10)}${secret}${'y'.repeat(20_000)}`,
      logs: Array.from({ length: 50 }, (_, i) => ({ time: '10:00:00 UTC', host: `h${i}`, message: 'z'.repeat(4_000) })),
      tags: Object.fromEntries(Array.from({ length: 64 }, (_, i) => [`k${i}`, 'v'.repeat(500)])),
      scope: Array.from({ length: 64 }, (_, i) => `s:${i}`),
      query: 'q'.repeat(2_000),
    });
    const s = summarizeAlert(big);
    expect(JSON.stringify(s).length).toBeLessThan(40_000);
    expect(JSON.stringify(big).length).toBeGreaterThan(200_000);
    expect(s.message).not.toContain('[REDACTED:stripe');
    expect(s.message.endsWith('…')).toBe(true);
    expect(s.logs).toHaveLength(SUMMARY_LIMITS.logs);
    expect(s.logs.every((l) => l.message.length <= SUMMARY_LIMITS.logLine)).toBe(true);
    expect(Object.keys(s.tags)).toHaveLength(SUMMARY_LIMITS.items);
    expect(s.leak).toEqual(big.leak);
  });

  it('keeps a small alert as it is; a repeat stores only its identity, times and transition', () => {
    const a = makeAlert();
    expect(summarizeAlert(a)).toEqual(a);
    const last = lastAlertOf(a);
    expect(Object.keys(last).sort()).toEqual(['alertType', 'date', 'id', 'priority', 'receivedAt', 'status', 'transition']);
    expect(JSON.stringify(last).length).toBeLessThan(300);
  });
});
