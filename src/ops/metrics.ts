import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** All of Herald's Prometheus metrics, on a registry of their own (one per app instance). */
export class Metrics {
  readonly registry = new Registry();
  readonly webhooksReceived = new Counter({
    name: 'herald_webhooks_received_total',
    help: 'Webhooks received, by outcome (accepted, unparsable, duplicate, unauthorized, invalid, too_large, unsupported, unavailable).',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  readonly alertsProcessed = new Counter({
    name: 'herald_alerts_processed_total',
    help: 'Alerts processed by the worker, each counted once, by outcome.',
    labelNames: ['outcome'],
    registers: [this.registry],
  });
  readonly configReloads = new Counter({
    name: 'herald_config_reloads_total',
    help: 'Reloads of the rules or access file (on change or SIGHUP), by file and outcome (ok, failed: the previous one stays).',
    labelNames: ['file', 'outcome'],
    registers: [this.registry],
  });
  readonly configReloadFailing = new Gauge({
    name: 'herald_config_reload_failing',
    help: '1 while the last reload of the file failed (an older version is in force), else 0.',
    labelNames: ['file'],
    registers: [this.registry],
  });
  readonly queueDepth = new Gauge({
    name: 'herald_queue_depth',
    help: 'Jobs waiting or delayed in the alert queue.',
    aggregator: 'omit', // cluster-wide, read from Redis: see clusterWideText()
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'herald_job_duration_seconds',
    help: 'Time to process one alert job.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly slackRequests = new Counter({
    name: 'herald_slack_requests_total',
    help: 'Slack Web API calls, by method and status (ok, error code, http status).',
    labelNames: ['method', 'status'],
    registers: [this.registry],
  });
  readonly slackRateLimited = new Counter({
    name: 'herald_slack_rate_limited_total',
    help: 'Slack answers of HTTP 429.',
    registers: [this.registry],
  });
  readonly deadLetters = new Gauge({
    name: 'herald_dead_letters',
    help: 'Jobs that exhausted their retries and wait for `herald replay`.',
    aggregator: 'omit', // cluster-wide, read from Redis: see clusterWideText()
    registers: [this.registry],
  });
  readonly leaksDetected = new Counter({
    name: 'herald_leaks_detected_total',
    help: 'Sensitive values found by the scanner, by category.',
    labelNames: ['category'],
    registers: [this.registry],
  });
  readonly incidents = new Gauge({
    name: 'herald_incidents',
    help: 'Incidents by state.',
    aggregator: 'omit', // cluster-wide, read from Redis: see clusterWideText()
    labelNames: ['state'],
    registers: [this.registry],
  });
  readonly datadogRequests = new Counter({
    name: 'herald_datadog_requests_total',
    help: 'Datadog API calls, by operation and outcome.',
    labelNames: ['operation', 'outcome'],
    registers: [this.registry],
  });
  readonly escalations = new Counter({
    name: 'herald_escalations_total',
    help: 'Escalation steps run (by step number, 1-based; by hand or by a policy timer).',
    labelNames: ['step'],
    registers: [this.registry],
  });
  readonly pages = new Counter({
    name: 'herald_pages_total',
    help: 'Paging calls, by outlet (pagerduty, opsgenie) and status (triggered, acknowledged, resolved, or the failure: timeout, unavailable, rate_limited, rejected, circuit_open, not_configured).',
    labelNames: ['outlet', 'status'],
    registers: [this.registry],
  });
  readonly timeToAck = new Histogram({
    name: 'herald_time_to_ack_seconds',
    help: 'Time from an incident opening (or re-opening) to its acknowledgement, by severity (MTTA).',
    labelNames: ['severity'],
    buckets: [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 43200, 86400],
    registers: [this.registry],
  });

  /** `alertOutcomes`: the outcome labels shown from the start, at 0 (worker/outcome.ts ALERT_OUTCOMES). */
  constructor(opts: { processMetrics?: boolean; alertOutcomes?: readonly string[] } = {}) {
    if (opts.processMetrics !== false) collectDefaultMetrics({ register: this.registry });
    for (const o of opts.alertOutcomes ?? []) this.alertsProcessed.inc({ outcome: o }, 0);
  }

  /**
   * The gauges read from Redis (queue depth, dead letters, incidents by state): one value
   * for the whole deployment, so a cluster's aggregate omits them and the child answering
   * the scrape appends its own (see cluster-metrics.ts).
   */
  async clusterWideText(): Promise<string> {
    const parts = await Promise.all(['herald_queue_depth', 'herald_dead_letters', 'herald_incidents'].map((n) => this.registry.getSingleMetricAsString(n)));
    return parts.join('\n') + '\n';
  }

  /** Count one processed alert (its outcome: worker/outcome.ts AlertOutcome). */
  alertProcessed(outcome: string): void {
    this.alertsProcessed.inc({ outcome });
  }
}
