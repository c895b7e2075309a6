import type Redis from 'ioredis';
import type { Alert } from '../alert/alert';
import type { Metrics } from '../ops/metrics';
import type { Finding } from '../scan/types';

/** The scanner as enrichment sees it: redacts one text field and reports what it found. */
export type RedactText = (text: string, path: string) => { text: string; findings: Finding[] };

/** The monitor behind an alert, compact and redacted. */
export interface MonitorInfo {
  id: string;
  name: string;
  query: string;
  type?: string;
  priority?: number | null;
  tags: string[];
  creator?: string;
  runbooks: string[];
  url?: string;
}

/** One recent error log line fetched from Datadog (redacted). */
export interface EnrichedLog {
  time: string;
  host: string;
  service?: string;
  message: string;
}

/** One contact of the owning service. */
export interface OwnerContact {
  type: string;
  name?: string;
  contact: string;
}

/** The owning service from the Datadog service catalog. */
export interface OwnerInfo {
  service: string;
  team?: string;
  /** A Slack channel id (`C…`) or `#name`: the destination when no rule names a channel. */
  slackChannel?: string;
  contacts: OwnerContact[];
  oncall?: string;
  runbooks: string[];
  dashboards: string[];
  tier?: string;
}

/** What enrichment adds to an alert. */
export interface Enrichment {
  monitor?: MonitorInfo;
  /** Redacted. */
  logs?: EnrichedLog[];
  owner?: OwnerInfo;
  /** Findings in fetched data (paths like `enrichment.logs[0].message`). */
  findings: Finding[];
  /** What could not be fetched, human-readable, no secrets. */
  problems: string[];
}

/** Adds Datadog context to an alert. Never throws; bounded by the request timeout. */
export interface Enricher {
  enrich(alert: Alert): Promise<Enrichment>;
}

/** Arguments of `createIncident`. */
export interface CreateIncidentArgs {
  title: string;
  customerImpacted?: boolean;
  /** Shown when customerImpacted is true. */
  customerImpactScope?: string;
  /** e.g. `SEV-2`; set as the incident's severity field. */
  severity?: string;
  /** Datadog user UUID of the incident commander. */
  commanderUserId?: string;
}

/** What a downtime covers: one monitor, or every monitor carrying all of `monitorTags` (e.g. `service:billing`). */
export type DowntimeArgs = ({ monitorId: string; monitorTags?: undefined } | { monitorId?: undefined; monitorTags: string[] }) & { scope: string[]; endsAt: number; message: string };

/** Writes triage decisions back to Datadog. Errors are HeraldErrors (`datadog_api`, `timeout`). */
export interface DatadogWriteBack {
  /** A downtime for one monitor (`monitorId`) or for the monitors with all of `monitorTags`, narrowed by `scope` tags. */
  createDowntime(args: DowntimeArgs): Promise<string>;
  cancelDowntime(id: string): Promise<void>;
  postEvent(args: {
    title: string;
    text: string;
    tags: string[];
    alertType: 'error' | 'warning' | 'info' | 'success';
    aggregationKey?: string;
  }): Promise<void>;
  createIncident(args: CreateIncidentArgs): Promise<{ id: string; publicId?: string; url?: string }>;
  /** Resolve a declared incident (by its UUID): state `resolved`. An incident already gone counts as resolved. */
  resolveIncident(id: string): Promise<void>;
  readonly incidentsEnabled: boolean;
}

/** A minimal logger; messages and meta never carry keys or headers. */
export interface EnrichLogger {
  warn(m: string, meta?: object): void;
}

/** Options of `createDatadog`. */
export interface DatadogOptions {
  apiKey: string;
  appKey: string;
  /** e.g. `datadoghq.eu`; default `datadoghq.com`. */
  site?: string;
  /** Base URL override (`DD_API_URL`), e.g. a test server; a trailing slash is removed. */
  apiUrl?: string;
  /** Per-request timeout and the enrichment budget, ms (default 2000). */
  timeoutMs?: number;
  /** Allow `createIncident` (an unstable Datadog operation). */
  incidents?: boolean;
  redis: Redis;
  /** Redis key prefix, e.g. `herald:`. */
  prefix: string;
  clock?: () => number;
  metrics?: Metrics;
  redactText: RedactText;
  logger?: EnrichLogger;
}
