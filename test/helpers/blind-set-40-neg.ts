import type { NegTemplate40 } from './blind-set-40';
import type { Rng9 } from './blind-set-9-rng';

const ts = (r: Rng9) => `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}T${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}.${r.digits(3)}Z`;
const priv = (r: Rng9) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`]);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Negatives, part 1: agent status, config with placeholders, masked output, public identifiers. */
export const NEGATIVE_TEMPLATES: readonly NegTemplate40[] = [
  {
    name: 'datadog-agent-status',
    make: (r) => `===============
Agent (v7.${r.int(40, 60)}.${r.int(0, 3)})
===============
  Status date: ${ts(r)}
  Agent start: ${ts(r)}
  Pid: ${r.int(1000, 60000)}
  Go Version: go1.22.${r.int(1, 9)}
  Check Runners: 4
  Log Level: info
  API Keys status
  ===============
    API key ending with ${r.hex(5)}: API Key valid
  Hostname: ${r.pick(['web-7f9c', 'worker-02'])} (provider: aws, instance id i-0${r.hex(16)})`,
  },
  {
    name: 'otelcol-config-env-refs',
    make: (r) => `exporters:
  otlphttp/honeycomb:
    endpoint: https://api.honeycomb.io
    headers:
      x-honeycomb-team: \${env:HONEYCOMB_API_KEY}
  datadog:
    api:
      key: \${env:DD_API_KEY}
  otlp/newrelic:
    endpoint: otlp.nr-data.net:4317
    headers:
      api-key: "<YOUR_LICENSE_KEY>"
processors:
  batch: { timeout: ${r.int(1, 10)}s, send_batch_size: ${r.int(512, 8192)} }
# config hash sha256:${r.hex(64)}`,
  },
  {
    name: 'fluentbit-placeholders',
    make: (r) => `[OUTPUT]
    Name        es
    Match       kube.*
    Host        \${ES_HOST}
    HTTP_User   \${ES_USER}
    HTTP_Passwd \${ES_PASSWORD}
    Retry_Limit ${r.int(2, 10)}

[OUTPUT]
    Name              cloudwatch_logs
    region            eu-central-1
    # IRSA role, no static keys: arn:aws:iam::${r.digits(12)}:role/fluent-bit-${r.hex(6)}
    log_stream_prefix from-fluent-bit-`,
  },
  {
    name: 'sentry-modern-dsn',
    make: (r) => `Sentry.init({
  dsn: "https://${r.hex(32)}@o${r.int(10000, 999999)}.ingest.${r.pick(['', 'us.', 'de.'])}sentry.io/${r.int(1000000, 4999999)}",
  release: "web@${r.hex(40)}",
  tracesSampleRate: 0.${r.int(1, 9)},
  environment: "production",
});
// event ${r.hex(32)} captured, replay id ${r.uuid()}`,
  },
  {
    name: 'rum-publishable',
    make: (r) => `datadogRum.init({
  applicationId: '${r.uuid()}',
  clientToken: 'pub${r.hex(32)}',
  site: 'datadoghq.com',
  service: 'storefront',
  sessionSampleRate: ${r.int(10, 100)},
});
const stripe = Stripe('pk_live_${r.b62(99)}');
const firebase = initializeApp({ apiKey: "AIza${r.chars(ALNUM + '-_', 35)}", projectId: "storefront-${r.int(1000, 9999)}" });`,
  },
  {
    name: 'masked-values-log',
    make: (r) => `${ts(r)} INFO config: api_key=****************************${r.hex(4)} app_key=************************************${r.hex(4)}
${ts(r)} INFO stripe: using key sk_live_****${r.digits(4)} (restricted: false)
${ts(r)} INFO payment: card=************${r.digits(4)} exp=**/** cvv=*** status=authorized amount=${r.int(1, 900)}.${r.digits(2)} EUR
${ts(r)} INFO db: connecting to postgres://app:***@${priv(r)}:5432/orders`,
  },
  {
    name: 'aws-doc-example-keys',
    make: (r) => `## Fluent Bit CloudWatch example (from the docs)
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_REGION=us-west-${r.int(1, 2)}
fluent-bit -c /fluent-bit/etc/fluent-bit.conf  # build ${r.hex(7)}`,
  },
  {
    name: 'trace-context-headers',
    make: (r) => `> GET /api/orders/${r.int(100000, 999999)} HTTP/1.1
> traceparent: 00-${r.hex(32)}-${r.hex(16)}-01
> tracestate: dd=s:1;o:rum;t.dm:-0,rojo=${r.hex(16)}
> x-b3-traceid: ${r.hex(32)}
> x-datadog-trace-id: ${r.digits(19)}
> x-amzn-trace-id: Root=1-${r.hex(8)}-${r.hex(24)};Parent=${r.hex(16)};Sampled=1
> x-request-id: ${r.uuid()}
> baggage: tenant=acme,region=eu-west-1`,
  },
  {
    name: 'prometheus-exposition',
    make: (r) => `# HELP otelcol_exporter_sent_spans Number of spans successfully sent to destination.
# TYPE otelcol_exporter_sent_spans counter
otelcol_exporter_sent_spans{exporter="otlp/honeycomb",service_instance_id="${r.uuid()}",service_version="0.${r.int(90, 110)}.0"} ${r.int(100000, 9999999)}
otelcol_exporter_send_failed_spans{exporter="datadog",service_instance_id="${r.uuid()}"} ${r.int(0, 50)}
process_start_time_seconds ${r.int(1760000000, 1790000000)}.${r.digits(2)}
build_info{revision="${r.hex(40)}",goversion="go1.22.${r.int(1, 9)}"} 1`,
  },
  {
    name: 'k8s-pod-images',
    make: (r) => `Events:
  Normal  Pulled   ${r.int(2, 59)}s  kubelet  Successfully pulled image "otel/opentelemetry-collector-contrib:0.${r.int(90, 110)}.0@sha256:${r.hex(64)}" in ${r.int(1, 9)}.${r.digits(3)}s
  Normal  Created  ${r.int(2, 59)}s  kubelet  Created container otc-container
  Normal  Started  ${r.int(2, 59)}s  kubelet  Started container otc-container
Pod IP: ${priv(r)}  Node: ip-${r.int(10, 10)}-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}.eu-west-1.compute.internal
Controlled By: ReplicaSet/otel-collector-${r.hex(10)}`,
  },
  {
    name: 'pagerduty-incident-json',
    make: (r) => `{"incident":{"id":"Q${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 13)}","incident_number":${r.int(1000, 99999)},"title":"[Datadog] High error rate on checkout","status":"acknowledged",
 "html_url":"https://acme.pagerduty.com/incidents/Q${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 13)}","incident_key":"${r.hex(32)}",
 "service":{"id":"P${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}","summary":"checkout-api"},"escalation_policy":{"id":"P${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}"},"created_at":"${ts(r)}"}}`,
  },
];
