import { describe, expect, it } from 'vitest';
import type { Transition } from '../../../src/alert/alert';
import type { Severity } from '../../../src/alert/severity';
import { defaultSeverity, explainDefaultSeverity } from '../../../src/rules';
import { makeAlert } from './alert-factory';

const table: [number | null, Transition, string, Severity][] = [
  [1, 'Triggered', 'error', 'critical'],
  [2, 'Triggered', 'error', 'high'],
  [3, 'Triggered', 'error', 'medium'],
  [4, 'Triggered', 'error', 'low'],
  [5, 'Triggered', 'error', 'info'],
  [null, 'Triggered', 'error', 'medium'],
  [1, 'Re-Triggered', 'error', 'critical'],
  [1, 'Renotify', 'error', 'critical'],
  [1, 'Warn', 'warning', 'medium'],
  [2, 'Re-Warn', 'warning', 'medium'],
  [4, 'Warn', 'warning', 'low'],
  [null, 'Warn', 'warning', 'medium'],
  [1, 'Unknown', 'warning', 'medium'],
  [1, 'No Data', 'error', 'low'],
  [5, 'Re-No Data', 'error', 'low'],
  [1, 'Recovered', 'success', 'critical'],
  [4, 'Recovered', 'success', 'low'],
];

describe('defaultSeverity', () => {
  it.each(table)('priority %s, %s (%s) → %s', (priority, transition, alertType, expected) => {
    expect(defaultSeverity(makeAlert({ priority, transition, alertType }))).toBe(expected);
  });

  it('explains itself', () => {
    expect(explainDefaultSeverity(makeAlert({ priority: 1 })).because).toBe('default severity from priority P1');
    expect(explainDefaultSeverity(makeAlert({ priority: 1, transition: 'Warn' })).because).toMatch(/capped at medium for a warning \(Warn\)/);
    expect(explainDefaultSeverity(makeAlert({ priority: null })).because).toMatch(/no priority/);
  });
});
