import type { Enricher } from './types';

/** The enricher used when Datadog keys are not configured: adds nothing. */
export const NO_ENRICHMENT: Enricher = Object.freeze({
  enrich: async () => ({ findings: [], problems: [] }),
});
