import { b64, b64Folded, form, hexOf, html, pct, pct2, qp, uEsc } from './blind-set-75-encode';
import type { Gen75 } from './blind-set-75-values';

const J = (o: unknown): string => JSON.stringify(o);
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** Negatives in the same encodings, carrying nothing a reviewer would redact. */
export const NEG_ENC_TEMPLATES: Record<string, (g: Gen75) => string> = {
  'pubsub-ok-data': (g) => `{"message":{"data":"${b64(J({ ok: true, job: `reindex-${g.r.int(1, 99)}` }))}","messageId":"${g.r.digits(16)}","publishTime":"2026-12-07T04:10:00Z"},"subscription":"projects/ops/subscriptions/jobs-push"}`,
  'kinesis-metrics-data': (g) => `{"Records":[{"kinesis":{"partitionKey":"host-${g.r.int(1, 40)}","sequenceNumber":"${g.r.digits(56)}","data":"${b64(J({ metric: 'cpu.user', value: g.r.int(1, 99) / 10, host: `web-${g.r.int(1, 9)}` }))}"},"eventSource":"aws:kinesis"}]}`,
  'apigw-isbase64-harmless': (g) => `{"httpMethod":"POST","path":"/search","body":"${b64(`q=${form('disk usage high')}&page=${g.r.int(1, 9)}`)}","isBase64Encoded":true,"requestContext":{"requestId":"${g.r.uuid()}"}}`,
  'pct-search-query': (g) => `GET /search?q=${form(g.r.pick(['connection reset by peer', 'OOMKilled pods last 24h', 'p99 latency > 2s', 'kafka consumer lag']))}&from=now-1h&to=now&tz=Europe%2FBerlin HTTP/1.1 200 ${g.r.int(500, 9000)}`,
  'pct2-redirect-harmless': (g) => `302 -> /login?return_to=${pct2(`/dashboards/${g.r.int(100, 999)}?from=now-6h&refresh=30s`)}`,
  'form-filters': (g) => `POST /api/v1/monitor/search body=query=${form('status:alert env:prod')}&sort=${pct('-priority')}&per_page=${g.r.int(10, 100)}&page=${g.r.int(0, 5)}`,
  'pct-placeholder-password': (g) => `DSN=postgresql://app:${pct('<password>')}@pg-${g.r.int(1, 3)}.internal:5432/app (template, not rendered)`,
  'pct-masked-password': (g) => `redirect: /connect?user=reporting&password=${pct('********')}&host=db${g.r.int(1, 5)}&sslmode=require`,
  'json-escaped-placeholders': (g) => J({ msg: 'rendered config', content: `API_KEY=\${API_KEY}\nDB_PASSWORD=[FILTERED]\nSTRIPE_SECRET=<redacted>\nREGION=eu-west-${g.r.int(1, 3)}\n` }),
  'json-in-json-harmless': (g) => J({ body: J({ Message: J({ detail: { orderId: `ORD-${g.r.digits(8)}`, status: 'shipped', carrier: 'DHL', eta: '2026-12-09' } }), Type: 'Notification' }), messageId: g.r.uuid() }),
  'u-escaped-harmless': (g) => `{"title":"${uEsc('Disk usage > 90% on db-1', /[<>%]/)}","text":"caf\\u00e9 order #${g.r.digits(6)} \\u2014 retry ${g.r.int(1, 5)}\\/5","url":"https:\\/\\/status.northwind-shop.com\\/incidents\\/${g.r.int(100, 999)}"}`,
  'html-escaped-error': (g) => `<pre>${html(`KeyError: 'customer_id' in handler <OrderView> at "orders/views.py", line ${g.r.int(10, 400)}`)}</pre><p>Request id: ${g.r.uuid()}</p>`,
  'html-entity-eq-ids': (g) => `<a href="/traces?trace_id&#x3D;${g.hex(32)}&amp;span_id&#61;${g.hex(16)}">open trace</a>`,
  'qp-newsletter': (g) => `Content-Transfer-Encoding: quoted-printable\n\n${qp(`Weekly uptime: 99.9${g.r.int(0, 9)}% — incidents=${g.r.int(0, 3)}`)}\n<a href=3D"https://status.northwind-shop.com/history?week=3D${g.r.int(1, 52)}">history</a>`,
  'image-data-uri': () => `<img alt="status" src="data:image/png;base64,${PIXEL}"/> rendered in alert body`,
  'svg-data-uri': (g) => `icon: data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><circle cx="8" cy="8" r="${g.r.int(3, 7)}" fill="#e33"/></svg>`)}`,
  'mime-inline-image': (g) => `Content-Type: image/gif; name="logo.gif"\r\nContent-Transfer-Encoding: base64\r\nContent-ID: <logo-${g.hex(8)}@northwind>\r\n\r\n${b64Folded(Buffer.concat([Buffer.from('GIF89a'), g.r.bytes(g.r.int(60, 120))]), 76)}`,
  'k8s-configmap-binary': (g) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: feature-flags\nbinaryData:\n  flags.json: ${b64(J({ newCheckout: g.r.next() < 0.5, maxRetries: g.r.int(1, 9) }))}\ndata:\n  LOG_LEVEL: debug`,
  'cursor-pagination': (g) => `GET /v2/events?limit=100&cursor=${b64(J({ offset: g.r.int(100, 9000), sort: 'created_at' }))} -> 200 next_cursor=${b64(J({ offset: g.r.int(9001, 20000), sort: 'created_at' }))}`,
  'content-md5-digest': (g) => `PUT /bucket/export.parquet 200 Content-MD5: ${g.r.b64(16)} x-amz-checksum-sha256: ${g.r.b64(32)} ETag: "${g.hex(32)}"`,
  'sri-integrity': (g) => `<script src="https://cdn.northwind-shop.com/app.${g.hex(8)}.js" integrity="sha384-${g.r.b64(48)}" crossorigin="anonymous"></script>`,
  'jwks-public': (g) => J({ keys: [{ kty: 'RSA', use: 'sig', kid: g.hex(16), alg: 'RS256', e: 'AQAB', n: g.r.b64url(256) }] }),
  'public-key-pem': (g) => `-----BEGIN PUBLIC KEY-----\n${b64Folded(g.r.bytes(294), 64, '\n')}\n-----END PUBLIC KEY-----`,
  'ssh-public-key': (g) => `authorized_keys updated: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.r.b64(32).slice(0, 43)} deploy@bastion-${g.r.int(1, 4)}`,
  'hex-encoded-harmless': (g) => `frame payload(hex)=${hexOf(`PING ${g.r.int(1000, 9999)}\r\n`)} len=${g.r.int(9, 12)}`,
  'sha-hashes': (g) => `artifact verified sha256=${g.hex(64)} sha1=${g.hex(40)} commit=${g.hex(40)} build=#${g.r.int(1000, 9999)}`,
  'base64-trace-context': (g) => `grpc-trace-bin: ${Buffer.concat([Buffer.from([0, 0]), Buffer.from(g.hex(32), 'hex'), Buffer.from([1]), Buffer.from(g.hex(16), 'hex'), Buffer.from([2, 1])]).toString('base64')} traceparent: 00-${g.hex(32)}-${g.hex(16)}-01`,
  'protobuf-id-b64': (g) => `gcp operation name=projects/ops/locations/eu/operations/${g.r.b64url(18)} metadata=${b64(`type.googleapis.com/google.cloud.run.v2.Revision/${g.r.int(1, 99)}`)}`,
  'form-password-reset-request': (g) => `POST /password/reset body=${`email=${pct('<redacted>')}&locale=en-GB&captcha_score=0.${g.r.int(1, 9)}`} -> 302`,
  'jsonesc-stacktrace': (g) => J({ level: 'error', stack: `TypeError: Cannot read properties of undefined (reading 'id')\n    at OrderService.load (/app/dist/orders.js:${g.r.int(10, 900)}:17)\n    at async Promise.all (index 0)` }),
  'websocket-key': (g) => `GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nSec-WebSocket-Key: ${g.r.b64(16)}\r\nSec-WebSocket-Version: 13\r\n\r\nHTTP/1.1 101 Switching Protocols\r\nSec-WebSocket-Accept: ${g.r.b64(20)}`,
};

