/** Herald's resolved configuration: file + environment + defaults, validated. */
export interface Config {
  server: {
    port: number;
    host: string;
    bodyLimitBytes: number;
    adminToken?: string;
    /** Who holds the admin token (`server.admin_token_name`): the actor of API mutes. */
    adminTokenName: string;
    /** When set, `GET /metrics` needs `Authorization: Bearer <token>` (HERALD_METRICS_TOKEN). */
    metricsToken?: string;
    trustProxy: boolean;
    shutdownTimeoutMs: number;
    /** Processes `herald serve` runs for its role, sharing the port (node:cluster); 1: no cluster. */
    processes: number;
  };
  redis: {
    url: string;
    prefix: string;
    /** Sentinels to ask for the master (REDIS_SENTINELS); when set, `url` is not used for the address. */
    sentinels?: { host: string; port: number }[];
    /** The master's name the sentinels monitor (REDIS_SENTINEL_MASTER, default `mymaster`). */
    sentinelMaster?: string;
    /** REDIS_PASSWORD (overrides a password in the URL) and REDIS_SENTINEL_PASSWORD. */
    password?: string;
    sentinelPassword?: string;
  };
  queue: {
    concurrency: number;
    attempts: number;
    backoffMs: number;
    idempotencyTtlMs: number;
    keepCompleted: number;
    /** Finished jobs (with their redacted, bounded data) kept by age and count; failed = dead letters. */
    retention: { completedAgeMs: number; failed: number; failedAgeMs: number };
    /** A job whose worker stops renewing its lock this long is re-run by another worker. */
    lockDurationMs: number;
    stalledIntervalMs: number;
    /**
     * Niceness a `--role worker` process gives itself (0–19; 0 leaves it). On a host that
     * runs web and worker processes side by side, a niced worker lets ingest have the CPU
     * during a burst and works off the queue when it is quiet.
     */
    workerNice: number;
  };
  incidents: { reopenWindowMs: number; retentionMs: number };
  webhook: { secret?: string; insecureNoAuth: boolean };
  slack: {
    /** Unset → dry-run: messages are logged, not sent. */
    botToken?: string;
    signingSecret?: string;
    apiUrl: string;
    botUserId: string;
    botId: string;
    defaultChannel: string;
    timeoutMs: number;
    maxLogLines: number;
    rate: { postsPerSec: number; postBurst: number; updatesPerSec: number; updateBurst: number; globalPerSec: number };
    storm: { threshold: number; windowMs: number; criticalCap: number; quietPeriodMs: number };
  };
  datadog: {
    apiKey?: string;
    appKey?: string;
    site: string;
    apiUrl?: string;
    enrich: boolean;
    timeoutMs: number;
    incidents: boolean;
  };
  /** Paging outlets (an outlet without its credential is off). */
  paging: {
    timeoutMs: number;
    /** Put before the incident id in dedup keys / aliases ('' by default). */
    keyPrefix: string;
    pagerduty: { routingKey?: string; apiUrl: string };
    opsgenie: { apiKey?: string; apiUrl: string };
  };
  rules: { file: string; watch: boolean };
  access: { file: string; watch: boolean };
  audit: { maxLength: number; maxAgeMs: number };
  log: { level: 'error' | 'warn' | 'info' | 'debug' };
  scan: { privateIps: 'report' | 'ignore' };
  /** Directory of the main config file (relative paths resolve against it). */
  baseDir: string;
}

/** True when Slack credentials are missing: Herald logs the messages it would post. */
export function isDryRun(c: Config): boolean {
  return !c.slack.botToken;
}

/** True when Datadog enrichment and write-back are on. */
export function datadogEnabled(c: Config): boolean {
  return Boolean(c.datadog.apiKey && c.datadog.appKey && c.datadog.enrich);
}
