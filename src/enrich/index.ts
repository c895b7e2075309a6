// Datadog enrichment and write-back. Keep this file free of a runtime import of
// `@datadog/datadog-api-client`: it is loaded lazily by `createDatadog`.
export type {
  CreateIncidentArgs,
  DatadogOptions,
  DatadogWriteBack,
  EnrichedLog,
  Enricher,
  Enrichment,
  EnrichLogger,
  MonitorInfo,
  OwnerContact,
  OwnerInfo,
  RedactText,
} from './types';
export { createDatadog, DEFAULT_TIMEOUT_MS } from './create-datadog';
export { NO_ENRICHMENT } from './no-enrichment';
export { downtimeScope, logQuery } from './search-query';
export { slackChannelFrom } from './slack-channel';
