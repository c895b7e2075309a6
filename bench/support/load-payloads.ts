import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/cli/package-root';

/** Channels the bench rules route to (`tags.bench_channel: cNN` → `#bench-cNN`). */
export const CHANNELS = 20;

/** The token that identifies incident `i` in a title and so in every Slack message about it. */
export function incidentToken(i: number): string {
  return `bench-inc-${String(i).padStart(5, '0')}`;
}

/** Finds every incident token in a Slack call (a digest may name several). */
export const TOKEN_RE = /bench-inc-(\d{5})/g;

/** The channel incident `i` is routed to. */
export function channelOf(i: number): string {
  return `#bench-c${String(i % CHANNELS).padStart(2, '0')}`;
}

/** Herald's Datadog fixtures, in the repository (the template alert is `11-…`). */
export const FIXTURES_DIR = path.join(packageRoot(__dirname), 'test/fixtures/datadog');

function loadTemplate(): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(FIXTURES_DIR, '11-apm-error-rate-triggered.json'), 'utf8')) as Record<string, unknown>;
}

const PROVIDERS = ['stripe', 'hubspot', 'salesforce', 'netsuite', 'zendesk', 'twilio'];

/**
 * A ~1 KB log sample (4 lines): mostly ordinary error lines, one with an e-mail address
 * (personal data) as real samples often have. Three lines carry the delivery's `__ID__` (as a
 * trace or request id): a new delivery brings new log lines, as real samples do, so nothing
 * about them repeats from one webhook to the next.
 */
function logsSample(i: number): unknown {
  const p = PROVIDERS[i % PROVIDERS.length];
  const rows = [];
  for (let k = 0; k < 4; k++) {
    const t = `10:0${k}:${String(10 + i % 50).padStart(2, '0')} UTC`;
    const host = `i-0a1b2c3d4e5f6${String(i % 1000).padStart(4, '0')}`;
    const message =
      k === 1
        ? `ERROR ${p}_sync: contact sync failed for jane.doe+${i}@example.com status=422 request_id=req___ID__ attempt=3/5`
        : k % 2 === 0
          ? `ERROR ${p}_sync: POST https://api.${p}.example/v1/objects?limit=100&page=${k} failed status=503 upstream_time_ms=${30000 + k} trace_id=__ID__ span_id=9912${k}${String(i).padStart(10, '0')} retry_in=${k}s`
          : `WARN ${p}_sync: batch ${k}/4 of sync run run_${String(i).padStart(6, '0')} slow: ${120 + k * 37} records in ${4000 + k * 211}ms queue=integrations-${p} worker=sync-worker-${k} env=prod`;
    rows.push({ items: [t, host], message });
  }
  return { columns: ['Time', 'Host'], label: 'Sample Logs', rows };
}

/**
 * The body template for incident `i`, with `__ID__` where the webhook's `$ID` goes (the
 * driver substitutes it, so every delivery is distinct unless it is meant as a redelivery).
 * Distinct incident = distinct `alert.id` + `alert.scope`; its channel comes from a tag.
 */
export function incidentTemplate(i: number): string {
  const t = loadTemplateCached();
  const tok = incidentToken(i);
  const svc = `${PROVIDERS[i % PROVIDERS.length]}-sync-${String(i % 97).padStart(2, '0')}`;
  const ch = `c${String(i % CHANNELS).padStart(2, '0')}`;
  const monitor = String(48_000_000 + i);
  const alert = { ...(t.alert as Record<string, unknown>) };
  alert.id = monitor;
  alert.scope = `env:prod, service:${svc}, host:${tok}`;
  alert.title = `[Triggered on {env:prod,service:${svc}}] ${svc} error rate high ${tok}`;
  alert.priority = 'P2';
  alert.cycle_key = `87901444555${String(i).padStart(8, '0')}`;
  const { text_only_msg: _dup, ...rest } = t; // the same text as `body`; custom templates send one
  const body = {
    ...rest,
    id: '__ID__',
    title: `[P2] [Triggered on {env:prod,service:${svc}}] ${svc} error rate high ${tok}`,
    tags: `env:prod, monitor, service:${svc}, team:integrations, tier:2, integration:${PROVIDERS[i % PROVIDERS.length]}, bench_channel:${ch}`,
    alert,
    service: svc,
    team: 'integrations',
    aggreg_key: `5c3e9a0d7f1b2468ace0f1${String(i).padStart(10, '0')}`,
    logs_sample: logsSample(i),
  };
  return JSON.stringify(body);
}

let cached: Record<string, unknown> | undefined;
function loadTemplateCached(): Record<string, unknown> {
  cached ??= loadTemplate();
  return cached;
}

/** What the bench hands the load driver (as a JSON file). */
export interface DriverSpec {
  url: string;
  secret: string;
  concurrency: number;
  /** Pace requests at this rate (requests/s); absent: as fast as possible. */
  ratePerSec?: number;
  /** Body templates, one per incident, with `__ID__` to substitute. */
  templates: string[];
  /** The requests, in order: [template index, webhook $ID]. */
  sequence: [number, string][];
  /** Extra path requests go to (default /webhooks/datadog). */
  path?: string;
  /** Content type (default application/json). */
  contentType?: string;
  /** Skip the bearer header (for Alertmanager). */
  noAuth?: boolean;
}

/** What the driver prints (JSON on stdout): one entry per request, in sequence order. */
export interface DriverResult {
  startedAt: number;
  finishedAt: number;
  /** HTTP status per request (0: transport error). */
  status: number[];
  /** Latency per request, ms (send → full response). */
  latencyMs: number[];
  /** Wall clock (epoch ms, fractional) at which each response was complete. */
  doneAt: number[];
  errors: string[];
  /** CPU seconds the driver itself used (it shares the machine with Herald). */
  cpuS?: number;
}

/**
 * The same incident as a Prometheus Alertmanager alert (POST /api/v2/alerts takes an array),
 * with the message and log sample as annotations so that the body is about the same size.
 * `__ID__` goes into an annotation: repeats of one incident share their labels, as they do
 * in Herald, and Alertmanager merges them.
 */
export function alertmanagerTemplate(i: number): string {
  const dd = JSON.parse(incidentTemplate(i)) as Record<string, any>;
  const logs = (dd.logs_sample.rows as { items: string[]; message: string }[]).map((r) => `${r.items.join(' ')} ${r.message}`).join('\n');
  return JSON.stringify([
    {
      labels: { alertname: `${dd.service} error rate high`, service: dd.service, env: 'prod', team: 'integrations', instance: incidentToken(i), bench_channel: `c${String(i % CHANNELS).padStart(2, '0')}`, severity: 'P2' },
      annotations: { summary: dd.title, description: dd.body, logs, event_id: '__ID__' },
      generatorURL: `https://app.datadoghq.com/monitors/${dd.alert.id}`,
    },
  ]);
}
