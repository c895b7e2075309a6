import type { Severity } from '../../../src/alert/severity';
import type { DigestExample, DigestState } from '../../../src/slack/storm';

/** A digest example. */
export function example(id: string, severity: Severity, o: Partial<DigestExample> = {}): DigestExample {
  return { id, severity, title: `Title of ${id}`, service: 'billing', monitorId: '42', firstSeen: 1_700_000_000_000, alerts: 1, ...o };
}

/** A digest state with sensible defaults. */
export function digest(o: Partial<DigestState> = {}): DigestState {
  return {
    digestId: 'dg-test-1',
    channel: 'C0STORM',
    startedAt: 1_700_000_000_000,
    lastNewAt: 1_700_000_060_000,
    incidents: 3,
    alerts: 7,
    ownCritical: 0,
    bySeverity: [{ name: 'high', incidents: 3, alerts: 7 }],
    byService: [{ name: 'billing', incidents: 3, alerts: 7 }],
    byMonitor: [{ name: '42', incidents: 3, alerts: 7, label: 'Stripe sync failing' }],
    examples: [example('H-1', 'high'), example('H-2', 'high'), example('H-3', 'high')],
    ...o,
  };
}
