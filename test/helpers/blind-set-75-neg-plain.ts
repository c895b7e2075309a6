import { csvField, cyr, fullwidth, hardWrap, xEsc } from './blind-set-75-encode';
import type { Gen75 } from './blind-set-75-values';

const ZWSP = '\u200b';

/** Plain negatives of the same shapes: Unicode-odd keys, wrapped and long lines, Datadog fields, ids and placeholders. */
export const NEG_PLAIN_TEMPLATES: Record<string, (g: Gen75) => string> = {
  'fullwidth-harmless': (g) => `${fullwidth('status')}：${fullwidth('OK')} ${fullwidth('region')}＝eu-west-${g.r.int(1, 3)} order=${g.r.digits(8)}`,
  'zwsp-key-ids': (g) => `request${ZWSP}_id=${g.r.uuid()} trace${ZWSP}_id=${g.hex(32)} dur_ms=${g.r.int(1, 900)}`,
  'cyrillic-key-policy': (g) => `${cyr('password')}_policy=min_length:${g.r.int(10, 16)},require_symbols:true ${cyr('secret')}_rotation_days=${g.r.int(30, 90)}`,
  'wrapped-trace-ids': (g) => hardWrap(`2026-12-07T04:19:33Z app[worker.${g.r.int(1, 9)}]: job finished job_id=${g.r.uuid()} trace_id=${g.hex(32)} span_id=${g.hex(16)} checksum=${g.hex(64)} duration_ms=${g.r.int(100, 9999)}`, 80),
  'long-line-noise': (g) => Array.from({ length: 160 }, () => `${g.r.pick(['dur_ms', 'bytes', 'status', 'shard', 'retry'])}=${g.r.int(0, 9999)}`).join(' ') + ` request_id=${g.r.uuid()}`,
  'dd-event-msg-harmless': (g) => `%%%\n**Alert:** p95 latency above ${g.r.int(300, 900)} ms on \`checkout-api\`\n\n| Metric | Value |\n|---|---|\n| p95 | ${g.r.int(900, 2000)} ms |\n| Host | ip-10-0-${g.r.int(1, 9)}-${g.r.int(1, 250)} |\n\n[Dashboard](https://app.datadoghq.com/dashboard/abc-${g.r.b62(3).toLowerCase()}-xyz) @slack-sre\n%%%`,
  'dd-logs-sample-harmless': (g) => `| Date | Host | Message |\n|:---|:---|:---|\n| 2026-12-07 04:10:00 | api-${g.r.int(1, 9)} | upstream timeout after 30000ms route=/v1/orders |\n| 2026-12-07 04:10:02 | api-${g.r.int(1, 9)} | circuit breaker open service=inventory |`,
  'dd-tags-harmless': (g) => `[Recovered] CPU high on host:db-${g.r.int(1, 9)} tags: env:prod, service:postgres, version:16.${g.r.int(1, 4)}, team:platform, triggered_by:monitor-${g.r.digits(8)}`,
  'csv-orders': (g) => `export row ${g.r.int(2, 900)}: "ORD-${g.r.digits(8)}",${csvField(`Widget "Pro" ${g.r.int(2, 9)}-pack`)},"${g.r.int(1, 99)}.${g.r.digits(2)}","EUR","shipped"`,
  'yaml-block-harmless': (g) => `configmap nginx.conf: |\n  server {\n    listen ${g.r.pick([80, 8080])};\n    location /healthz { return 200; }\n    proxy_read_timeout ${g.r.int(30, 120)}s;\n  }`,
  'multipart-harmless': (g) => `--bnd${g.hex(8)}\r\nContent-Disposition: form-data; name="report"; filename="latency-${g.r.int(1, 31)}.csv"\r\nContent-Type: text/csv\r\n\r\nroute,p50,p99\r\n/v1/orders,${g.r.int(10, 90)},${g.r.int(100, 900)}\r\n--bnd--`,
  'c-escaped-harmless': (g) => `panic: unexpected token in "region\\x3deu-west-${g.r.int(1, 3)}\\nreplicas\\x3d${g.r.int(1, 9)}\\n"\n\ngoroutine 1 [running]:\nmain.parse(...)\n\t/src/cmd/agent/config.go:${g.r.int(10, 99)} +0x1c5`,
  'python-bytes-harmless': (g) => `b'${xEsc(`GET /healthz HTTP/1.1\r\nHost: api-${g.r.int(1, 9)}\r\n`, /[\r\n]/)}' -> ConnectionResetError(104)`,
  'placeholder-basic-doc': () => `curl -H "Authorization: Basic <base64(username:password)>" https://api.northwind-shop.com/v1/ping  # see docs, replace the placeholder`,
  'masked-values': (g) => `config loaded: db_password=*** stripe_key=sk_live_************ card=************${g.r.digits(4)} email=[FILTERED] ssn=XXX-XX-XXXX`,
  'business-address': (g) => `Invoice from Northwind Trading GmbH, Friedrichstraße ${g.r.int(1, 200)}, 10117 Berlin, VAT DE${g.r.digits(9)}, order ORD-${g.r.digits(7)}, total €${g.r.int(10, 999)}.${g.r.digits(2)}`,
  'versions-timestamps': (g) => `deployed checkout-api v${g.r.int(1, 9)}.${g.r.int(0, 40)}.${g.r.int(0, 20)} (build ${g.r.digits(10)}) at 2026-12-07T04:${g.r.int(10, 59)}:00Z image digest sha256:${g.hex(64)}`,
  'smart-quotes-harmless': (g) => `On-call note: “restart the ‘inventory-sync’ job” — queue depth ${g.r.int(100, 9999)}, lag ${g.r.int(1, 90)}s`,
  'env-template-vars': () => `+ export DB_PASSWORD="\${DB_PASSWORD:?missing}"\n+ export STRIPE_KEY='{{ vault "secret/stripe" }}'\n+ export API_TOKEN=$(cat /run/secrets/api_token)`,
  'order-amounts': (g) => `payment captured order=${g.r.digits(10)} amount=${g.r.int(1, 9999)}.${g.r.digits(2)} currency=USD payment_intent=pi_${g.r.b62(24)} last4=${g.r.digits(4)}`,
};
