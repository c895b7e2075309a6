import type { EscalatePort } from './ports';
import type { Correlated, Filter } from './types';

/**
 * Stage escalate: once the alert is in its incident, a new or re-triggered incident gets its
 * escalation timers (delayed jobs, armed idempotently) and a recovery moves its pages to
 * resolved. A re-run arms and syncs again (the first run may have died before it did).
 */
export function escalate(port: EscalatePort | null): Filter<Correlated> {
  return {
    kind: 'filter',
    name: 'escalate',
    async check(flow) {
      if (port && (flow.rerun || flow.action !== 'repeat')) await port.afterAlert(flow.rerun ? null : flow.action, flow.incident);
      return null;
    },
  };
}
