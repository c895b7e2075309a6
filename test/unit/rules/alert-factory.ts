import type { Alert } from '../../../src/alert/alert';
import type { LeakSummary } from '../../../src/scan/types';

/** Overrides for makeAlert; `leak` may be partial. */
export type AlertOverrides = Partial<Omit<Alert, 'leak'>> & { leak?: Partial<LeakSummary> };

let seq = 0;

/** A complete, realistic Alert (a Stripe sync log monitor, P3, Triggered) with overrides applied. */
export function makeAlert(o: AlertOverrides = {}): Alert {
  seq++;
  const { leak, ...rest } = o;
  const base: Alert = {
    id: `87904000111222${String(33344 + seq).padStart(5, '0')}`,
    source: 'datadog',
    eventType: 'log_alert',
    title: 'Stripe sync errors spiking',
    rawTitle: '[P3] [Triggered on {service:stripe-sync}] Stripe sync errors spiking',
    message: 'Stripe sync is failing.\nMore than 10 log events matched in the last 5m.',
    transition: 'Triggered',
    alertType: 'error',
    priority: 3,
    status: '',
    monitorId: '51022018',
    scope: ['service:stripe-sync'],
    query: 'logs("service:stripe-sync env:prod status:error").index("*").rollup("count").last("5m") > 10',
    metric: '',
    service: 'stripe-sync',
    env: 'prod',
    team: 'payments',
    host: '',
    tags: { env: 'prod', monitor: '', service: 'stripe-sync', team: 'payments', integration: 'stripe' },
    links: { monitor: 'https://app.datadoghq.com/monitors/51022018' },
    logs: [{ time: '10:04:58 UTC', host: 'i-0a1b2c3d4e5f60789', message: 'ERROR stripe_sync: POST /v1/charges failed status=500' }],
    date: 1790762698000,
    cycleKey: '8790400011122233344',
    aggregKey: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
    org: { id: '1200345', name: 'Acme Payments' },
    fingerprint: '51022018:service:stripe-sync',
    receivedAt: 1790762699000,
    extra: {},
    findings: [],
    leak: { detected: false, categories: [], detectors: [], maxSeverity: null, count: 0 },
  };
  return { ...base, ...rest, leak: { ...base.leak, ...(leak ?? {}) } };
}
