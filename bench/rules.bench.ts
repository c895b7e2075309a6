import { stringify } from 'yaml';
import type { Alert } from '../src/alert/alert';
import { compileRules } from '../src/rules';

const INTEGRATIONS = ['stripe', 'adyen', 'salesforce', 'hubspot', 'zendesk', 'twilio', 'sendgrid', 'shopify', 'netsuite', 'slack', 'github'];
const SERVICES = Array.from({ length: 40 }, (_, i) => `svc-${String(i).padStart(2, '0')}-sync`);

/** A realistic 500-route tree: leak and generic routes, then services × integrations with regexes and tags. */
export function buildBenchRules(): string {
  const routes: unknown[] = [
    { name: 'credential-leak', match: { 'leak.category': 'credential' }, severity: 'critical', channel: '#security-alerts', mention: ['<!subteam^S0SECURITY>'], continue: true },
    { name: 'data-leak', match: { 'leak.category': { in: ['personal', 'financial'] } }, severity: 'high', channel: '#security-alerts', continue: true },
    { name: 'warnings', match: { transition: { in: ['Warn', 'Re-Warn'] } } },
    { name: 'synthetics', match: { event_type: 'synthetics_alert' }, channel: '#synthetics' },
  ];
  SERVICES.forEach((svc, s) => {
    routes.push({
      name: `${svc}`,
      match: { service: svc, env: { in: ['prod', 'production'] } },
      channel: `#team-${s % 8}`,
      labels: { owner: `team-${s % 8}` },
      routes: INTEGRATIONS.map((integ, i) => ({
        name: `${svc}-${integ}`,
        match: {
          'tags.integration': integ,
          text: { regex: `(?i)${integ}[^\\n]{0,80}(status[=: ]{0,3}(4\\d\\d|5\\d\\d)|timeout|unauthori[sz]ed|rate[ _-]?limit)` },
          ...(i % 3 === 0 ? { priority: { lte: 3 } } : {}),
        },
        severity: i % 2 === 0 ? 'high' : 'medium',
        channel: `#${integ}-alerts`,
        group_by: ['service', 'tags.integration'],
      })),
    });
  });
  // Top-level routes + 440 children = 500 routes in all.
  while (routes.length < 500 - SERVICES.length * INTEGRATIONS.length - 1) {
    const n = routes.length;
    routes.push({ name: `generic-${n}`, match: { 'tags.component': `component-${n}`, title: { contains: ['error', 'fail'] } }, channel: '#alerts' });
  }
  routes.push({ name: 'everything-else', channel: '#alerts' });
  return stringify({ defaults: { channel: '#alerts', repeat_interval: '4h' }, routes });
}

/** A realistic alert that matches late in the tree (service 31, integration 8) with 5 log lines. */
export function benchAlert(): Alert {
  return {
    id: '8790400011122233344',
    source: 'datadog',
    eventType: 'log_alert',
    title: 'NetSuite sync errors spiking',
    rawTitle: '[P2] [Triggered on {service:svc-31-sync}] NetSuite sync errors spiking',
    message: 'NetSuite sync is failing.\nMore than 10 log events matched in the last 5m against the monitored query.',
    transition: 'Triggered',
    alertType: 'error',
    priority: 2,
    status: '',
    monitorId: '51022018',
    scope: ['service:svc-31-sync'],
    query: 'logs("service:svc-31-sync env:prod status:error").rollup("count").last("5m") > 10',
    metric: '',
    service: 'svc-31-sync',
    env: 'prod',
    team: 'finance',
    host: '',
    tags: { env: 'prod', monitor: '', service: 'svc-31-sync', team: 'finance', integration: 'netsuite' },
    links: {},
    logs: Array.from({ length: 5 }, (_, i) => ({
      time: '10:04:58 UTC',
      host: 'i-0a1b2c3d4e5f60789',
      message: `ERROR sync worker=${i} request_id=req_8Xk2PqL0aZ3mNb${i} POST https://1234.suitetalk.api.netsuite.com/services/rest/record/v1/invoice failed status=503 after 30000ms attempt=${i}/5`,
    })),
    date: 1790762698000,
    cycleKey: '',
    aggregKey: '',
    org: { id: '1', name: 'Acme' },
    fingerprint: '51022018:service:svc-31-sync',
    receivedAt: 1790762699000,
    extra: {},
    findings: [],
    leak: { detected: false, categories: [], detectors: [], maxSeverity: null, count: 0 },
  };
}

/** Compiles the 500-route tree once and prints evaluations per second for one alert. */
export async function run(): Promise<void> {
  const t0 = process.hrtime.bigint();
  const rules = compileRules(buildBenchRules(), 'bench-rules.yaml');
  const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const alert = benchAlert();
  const first = rules.evaluate(alert);
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += rules.evaluate(alert).channels.length; // warm up
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const n = 100_000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) sink += rules.evaluate(alert).channels.length;
    runs.push(n / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  runs.sort((a, b) => a - b);
  const median = runs[Math.floor(runs.length / 2)];
  process.stdout.write(
    `rules: ${rules.routeCount} routes compiled in ${compileMs.toFixed(1)} ms; matched ${first.matchedRoutes.join(' → ')} (${first.severity}, ${first.channels.join(', ')})\n` +
      `rules: ${Math.round(median).toLocaleString('en-US')} evaluations/s (median of 5 × 100k; min ${Math.round(runs[0]).toLocaleString('en-US')}, max ${Math.round(runs[4]).toLocaleString('en-US')})${sink < 0 ? '' : ''}\n`,
  );
}

if (require.main === module) void run();
