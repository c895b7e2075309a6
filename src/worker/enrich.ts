import type { IncidentState } from '../incident/incident';
import type { EnrichPort } from './ports';
import type { Classified, Enriched, Step } from './types';

/**
 * Stage enrich: Datadog context (monitor, recent error logs, owner) for an alert that will
 * open or re-open an incident; repeats and recoveries reuse what the incident has. Fetched
 * text comes back redacted, its findings ride along for the correlate stage. The enricher
 * never throws and answers within its budget. Without Datadog (`port` null) it passes.
 */
export function enrich(port: EnrichPort | null, stateOf: (fingerprint: string) => Promise<IncidentState | null>): Step<Classified, Enriched> {
  return {
    kind: 'step',
    name: 'enrich',
    async run(flow) {
      if (!port || flow.alert.transition === 'Recovered') return flow;
      const state = await stateOf(flow.fingerprint);
      if (state !== null && state !== 'resolved') return flow;
      const { findings, ...view } = await port.enrich(flow.alert);
      return { ...flow, enrichment: view, enrichmentFindings: findings };
    },
  };
}
