import type { Finding, LeakSummary } from './finding';

/** Datadog's `$ALERT_TRANSITION` values, normalized; `Unknown` when absent or unrecognised. */
export const TRANSITIONS = [
  'Triggered',
  'Re-Triggered',
  'Recovered',
  'Warn',
  'Re-Warn',
  'No Data',
  'Re-No Data',
  'Renotify',
  'Unknown',
] as const;

/** One transition value. */
export type Transition = (typeof TRANSITIONS)[number];

/** Where an alert came from. `unparsable` = an authenticated body that could not be parsed. */
export type AlertSource = 'datadog' | 'security' | 'unparsable';

/** One log line carried by the alert (from `$LOGS_SAMPLE` or fetched later). */
export interface LogLine {
  /** Time as Datadog gives it (`HH:MM:SS UTC`) or ISO, may be empty. */
  time: string;
  host: string;
  message: string;
}

/** Links shown on the message. */
export interface AlertLinks {
  event?: string;
  monitor?: string;
  logs?: string;
  snapshot?: string;
  runbook?: string;
}

/**
 * The normalized alert every stage after ingest works on. All text fields are already
 * scanned and redacted by the time an Alert leaves ingest.
 */
export interface Alert {
  /** Datadog `$ID` (a 19-digit string) or a generated id; the idempotency key. */
  id: string;
  source: AlertSource;
  /** `$EVENT_TYPE`, e.g. `log_alert`. */
  eventType: string;
  /** Title without the `[Pn] [Transition on {scope}]` prefixes. */
  title: string;
  /** The title as Datadog sent it. */
  rawTitle: string;
  /** The monitor message, markdown markers (`%%%`) removed. */
  message: string;
  transition: Transition;
  /** `$ALERT_TYPE`: error, warning, success, info or ''. */
  alertType: string;
  /** Datadog monitor priority 1..5, null when unset. */
  priority: number | null;
  /** `$ALERT_STATUS` (often empty). */
  status: string;
  /** `$ALERT_ID` as a string, null when unknown. */
  monitorId: string | null;
  /** `$ALERT_SCOPE` split into tags, sorted. */
  scope: string[];
  query: string;
  metric: string;
  service: string;
  env: string;
  team: string;
  host: string;
  /** Tags as key → value (`monitor` → ''). */
  tags: Record<string, string>;
  links: AlertLinks;
  logs: LogLine[];
  /** Event time, epoch ms. */
  date: number;
  /** `$ALERT_CYCLE_KEY` or '' */
  cycleKey: string;
  /** `$AGGREG_KEY` or '' */
  aggregKey: string;
  org: { id: string; name: string };
  /** Incident key: monitor id + scope, or the cycle/aggregation key. Rules may regroup. */
  fingerprint: string;
  /** When Herald received it, epoch ms. */
  receivedAt: number;
  /**
   * When ingest took it, in microseconds since the epoch, strictly increasing within a process
   * (ingest/arrival-stamp.ts): orders two alerts whose Datadog event times are equal (a trigger
   * and its recovery sent from one template). Absent on alerts not received by a webhook.
   */
  arrival?: number;
  /** Extra string fields worth showing (routing hints, synthetics, security signal…). */
  extra: Record<string, string>;
  /** Scanner results (masked only). */
  findings: Finding[];
  leak: LeakSummary;
}
