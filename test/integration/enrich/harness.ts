import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import type { Alert } from '../../../src/alert/alert';
import { NO_LEAK, type Finding } from '../../../src/scan/types';
import { createDatadog, type DatadogOptions } from '../../../src/enrich';
import { FakeDatadog } from '../../helpers/fake-datadog';

/** Fake keys; tests assert they never show up in messages. */
export const API_KEY = 'fakeapikey0123456789abcdef0123456';
export const APP_KEY = 'fakeappkey0123456789abcdef0123456789abcd';

/** A fake Stripe-like secret the test redactor knows. */
export const SECRET = 'sk_live_FAKE4eC39HqLyjWDarjtT1zdp7dc';
const SECRET_RE = /sk_live_[A-Za-z0-9]{10,}/g;

/** A small stand-in for the scanner: redacts `sk_live_…` values and reports findings. */
export function testRedact(text: string, path: string): { text: string; findings: Finding[] } {
  const findings: Finding[] = [];
  const out = text.replace(SECRET_RE, (v, start: number) => {
    findings.push({
      detector: 'stripe-secret-key',
      category: 'credential',
      severity: 'critical',
      confidence: 0.99,
      path,
      start,
      end: start + v.length,
      masked: `sk_live_…${v.slice(-4)}`,
      remediation: 'Roll the key',
    });
    return '[REDACTED:stripe-secret-key]';
  });
  return { text: out, findings };
}

/** A normalized alert with sensible defaults. */
export function makeAlert(over: Partial<Alert> = {}): Alert {
  return {
    id: '7000000000000000001',
    source: 'datadog',
    eventType: 'log_alert',
    title: 'billing-sync errors',
    rawTitle: '[Triggered] billing-sync errors',
    message: 'errors',
    transition: 'Triggered',
    alertType: 'error',
    priority: 2,
    status: '',
    monitorId: '123',
    scope: ['env:prod', 'service:billing-sync'],
    query: '',
    metric: '',
    service: 'billing-sync',
    env: 'prod',
    team: '',
    host: '',
    tags: {},
    links: {},
    logs: [],
    date: Date.parse('2024-05-01T10:00:00Z'),
    cycleKey: '',
    aggregKey: '',
    org: { id: '1', name: 'Acme' },
    fingerprint: 'fp',
    receivedAt: Date.parse('2024-05-01T10:00:01Z'),
    extra: {},
    findings: [],
    leak: NO_LEAK,
    ...over,
  };
}

/** A v2.2 service definition in wire shape. */
export function billingSchema(): Record<string, unknown> {
  return {
    'schema-version': 'v2.2',
    'dd-service': 'billing-sync',
    team: 'payments',
    tier: 'critical',
    contacts: [
      { type: 'slack', contact: 'https://acme.slack.com/archives/C0PAYMENTS1', name: '#payments-alerts' },
      { type: 'email', contact: 'payments@example.com' },
    ],
    links: [
      { name: 'Runbook', type: 'runbook', url: 'https://wiki.example.com/runbooks/billing-sync' },
      { name: 'Overview', type: 'dashboard', url: 'https://app.datadoghq.com/dashboard/abc-123' },
    ],
    integrations: { pagerduty: { 'service-url': 'https://acme.pagerduty.com/service-directory/PBILL01' } },
  };
}

/** Everything a test needs: a fake Datadog, Redis with its own prefix, captured logs. */
export class Harness {
  readonly dd = new FakeDatadog({ apiKey: API_KEY, appKey: APP_KEY });
  readonly redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: false, maxRetriesPerRequest: 1 });
  readonly prefix = `test:enrich:${randomBytes(6).toString('hex')}:`;
  readonly warnings: { m: string; meta?: object }[] = [];

  async start(): Promise<this> {
    await this.dd.start();
    this.dd.monitors.set('123', {
      name: 'billing-sync errors',
      type: 'log alert',
      query: 'logs("service:billing-sync status:error").index("*").rollup("count").last("5m") > 20',
      message: 'Stripe sync failing.\nRunbook: https://wiki.example.com/runbooks/billing-sync\n@slack-payments',
      tags: ['team:payments', 'service:billing-sync'],
      priority: 2,
      creator: { handle: 'ana@example.com', name: 'Ana Lopez', email: 'ana@example.com' },
    });
    this.dd.services.set('billing-sync', billingSchema());
    this.dd.logs = [
      { timestamp: '2024-05-01T09:59:58.000Z', host: 'worker-1', service: 'billing-sync', message: `POST /v1/charges failed: 401 key=${SECRET}` },
      { timestamp: '2024-05-01T09:59:40.000Z', host: 'worker-2', service: 'billing-sync', message: 'timeout talking to api.stripe.com' },
    ];
    return this;
  }

  /** Build the enricher and write-back against the fake. */
  datadog(over: Partial<DatadogOptions> = {}) {
    return createDatadog({
      apiKey: API_KEY,
      appKey: APP_KEY,
      apiUrl: `${this.dd.url}/`,
      timeoutMs: 1000,
      redis: this.redis,
      prefix: this.prefix,
      redactText: testRedact,
      logger: { warn: (m, meta) => this.warnings.push({ m, meta }) },
      ...over,
    });
  }

  async stop(): Promise<void> {
    const keys = await this.redis.keys(`${this.prefix}*`);
    if (keys.length) await this.redis.del(...keys);
    this.redis.disconnect();
    await this.dd.stop();
  }
}
