import { CHARS } from './blind-set-4-rng';
import type { Negative4 } from './blind-set-4-types';

/** Identifiers, hashes and digests that look random but are not secrets or personal data. */
export const NEG_IDS: Record<string, Negative4> = {
  traceparent: (g) => `GET /api/orders HTTP/1.1\ntraceparent: 00-${g.t.hex(32)}-${g.t.hex(16)}-01\ntracestate: dd=s:1;t.dm:-1`,
  amznTraceId: (g) => `X-Amzn-Trace-Id: Root=1-${g.t.hex(8)}-${g.t.hex(24)};Parent=${g.t.hex(16)};Sampled=1`,
  requestIdJson: (g) => `{"level":"info","msg":"request completed","request_id":"${g.r.uuid()}","status":200,"duration_ms":41}`,
  gitLogSha: (g) => `commit ${g.t.hex(40)}\nAuthor: release-bot <release-bot@users.noreply.example.com>\nDate:   Thu Dec 3 06:12:09 2026 +0000\n\n    chore(deps): bump axios to 1.7.9`,
  imageDigest: (g) => `Pulling ghcr.io/northwind/checkout@sha256:${g.t.hex(64)}\nStatus: Downloaded newer image for ghcr.io/northwind/checkout:v4.2.1`,
  npmIntegrity: (g) =>
    `    "node_modules/zod": {\n      "version": "3.23.8",\n      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n      "integrity": "sha512-${g.r.bytes(64).toString('base64')}"\n    }`,
  s3Etag: (g) => `upload complete: s3://northwind-artifacts/builds/4412/app.tar.gz ETag="${g.t.hex(32)}" VersionId=${g.opaque(32, CHARS.url.replace('-', '.'))}`,
  k8sEventJson: (g) =>
    `{"kind":"Event","metadata":{"name":"checkout-7d9f8b6c5d-x2kqp.18a2f1c3b4d5e6f7","uid":"${g.r.uuid()}","resourceVersion":"${g.r.num(9)}"},"reason":"Scheduled","message":"Successfully assigned prod/checkout-7d9f8b6c5d-x2kqp to ip-10-0-3-17.eu-west-1.compute.internal"}`,
  stripeObjectIds: (g) => `stripe webhook received type=charge.succeeded id=evt_3Q${g.opaque(22)} data.object=ch_3Q${g.opaque(22)} payment_intent=pi_3Q${g.opaque(22)} request=req_${g.opaque(14)}`,
  slackIds: (g) =>
    `{"type":"message","channel":"C0${g.opaque(9, CHARS.AZ09)}","user":"U0${g.opaque(9, CHARS.AZ09)}","ts":"17647${g.r.chars(CHARS.dec, 5)}.${g.r.chars(CHARS.dec, 6)}","team":"T0${g.opaque(8, CHARS.AZ09)}"}`,
  sentryEventId: (g) => `Sentry is attempting to send 1 pending event(s); event_id=${g.t.hex(32)} release=checkout@4.2.1 environment=production`,
  datadogTraceIds: (g) => `2026-12-03 06:01:12,552 INFO [checkout] [dd.service=checkout dd.env=prod dd.version=4.2.1 dd.trace_id=${g.r.num(19)} dd.span_id=${g.r.num(19)}] order accepted`,
  mongoObjectId: (g) => `{"_id":{"$oid":"${g.t.hex(24)}"},"sku":"NW-BOOT-42","qty":3,"updatedAt":{"$date":"2026-12-03T05:59:01.000Z"}}`,
  idempotencyKey: (g) => `POST /v1/refunds HTTP/1.1\nIdempotency-Key: ${g.r.uuid()}\nX-Request-Id: ${g.r.uuid()}\nContent-Type: application/json`,
  otelSpan: (g) => `{"traceId":"${g.t.hex(32)}","spanId":"${g.t.hex(16)}","parentSpanId":"${g.t.hex(16)}","name":"SELECT orders","kind":3,"startTimeUnixNano":"17647${g.r.chars(CHARS.dec, 14)}"}`,
  sha256sumOutput: (g) => `$ sha256sum dist/*.tar.gz\n${g.t.hex(64)}  dist/herald-4.2.1-linux-amd64.tar.gz\n${g.t.hex(64)}  dist/herald-4.2.1-darwin-arm64.tar.gz`,
  gitLfsPointer: (g) => `version https://git-lfs.github.com/spec/v1\noid sha256:${g.t.hex(64)}\nsize ${g.r.num(8)}`,
  certFingerprint: (g) => `SHA256 Fingerprint=${(g.t.hex(64).toUpperCase().match(/../g) ?? []).join(':')}\nsubject=CN=api.northwind.io\nnotAfter=Mar  1 23:59:59 2027 GMT`,
  sshHostKeyFingerprint: (g) =>
    `The authenticity of host 'bastion.northwind.io (10.0.0.4)' can't be established.\nED25519 key fingerprint is SHA256:${g.r.bytes(32).toString('base64').replace(/=+$/, '')}.`,
  ulidCorrelation: (g) => `correlation_id=01J${g.opaque(23, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')} step=reserve_stock outcome=ok`,
  orderAndInvoiceNumbers: (g) => `order ORD-2026-${g.r.num(6)} invoiced as INV-${g.r.num(6)}; tracking 1Z${g.opaque(6, CHARS.AZ09)}${g.r.chars(CHARS.dec, 10)} (UPS)`,
  awsArns: (g) =>
    `AccessDenied: User: arn:aws:sts::${g.r.num(12)}:assumed-role/ci-deploy/gh-actions-${g.r.num(10)} is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::northwind-artifacts/builds/`,
  awsRequestIds: (g) => `x-amz-request-id: ${g.opaque(16, CHARS.AZ09)}\nx-amz-id-2: ${g.r.bytes(56).toString('base64')}\nX-Amz-Cf-Id: ${g.r.bytes(42).toString('base64url')}==`,
  bigQueryJobId: (g) => `google.api_core.exceptions.BadRequest: 400 Syntax error at [3:14]; reason: invalidQuery, location: query, job id: northwind-data-prod:EU.bquxjob_${g.t.hex(8)}_${g.t.hex(12)}`,
  buildNumbers: (g) => `CFBundleVersion=${g.r.int(4, 9)}.${g.r.int(1, 30)}.2026120${g.r.int(1, 4)}${g.r.chars(CHARS.dec, 2)} buildNumber=${g.r.num(10)} pipeline #${g.r.num(7)}`,
  epochTimestamps: (g) => `window from=${g.r.int(1764000000, 1764900000)}000 to=${g.r.int(1764900001, 1765000000)}000 tz=UTC created=${g.r.int(1764000000, 1765000000)}.${g.r.chars(CHARS.dec, 6)}`,
  versionStrings: () => `node v20.18.1, go1.23.4 linux/amd64, kubelet v1.31.2-eks-7f9249a, openssl 3.0.15 3 Sep 2024, libc 2.36-9+deb12u9`,
  azureResourceId: (g) => `/subscriptions/${g.r.uuid()}/resourceGroups/rg-checkout-prod/providers/Microsoft.Web/sites/northwind-checkout/slots/staging`,
  paginationCursor: (g) => `{"data":[],"has_more":true,"next_cursor":"${g.b64(JSON.stringify({ offset: g.r.int(100, 900), sort: 'created_at' }))}"}`,
  dataUriPng: (g) => `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${g.r.bytes(90).toString('base64')}"/>`,
  containerId: (g) => `time="2026-12-03T05:40:02Z" level=info msg="shim disconnected" id=${g.t.hex(64)} namespace=k8s.io`,
  windowsSid: (g) => `An account was successfully logged on. Security ID: S-1-5-21-${g.r.num(10)}-${g.r.num(10)}-${g.r.num(9)}-${g.r.int(1000, 9999)} Logon ID: 0x${g.t.hex(8).toUpperCase()}`,
  javaThreadDump: (g) =>
    `"kafka-producer-network-thread | producer-1" #42 daemon prio=5 os_prio=0 cpu=1204.55ms elapsed=86400.12s tid=0x00007f${g.t.hex(10)} nid=0x${g.t.hex(4)} runnable  [0x00007f${g.t.hex(10)}]`,
  amazonOrderNumber: (g) => `order-sync: imported marketplace order ${g.r.num(3)}-${g.r.num(7)}-${g.r.num(7)} status=Shipped items=2`,
  ean13Barcode: (g) => {
    const body = '40' + g.r.chars(CHARS.dec, 10);
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
    return `inventory: scanned EAN ${body}${(10 - (sum % 10)) % 10} qty=12 bin=A-14-03`;
  },
  uuidsInUrl: (g) => `PUT /api/v2/workspaces/${g.r.uuid()}/members/${g.r.uuid()}/role HTTP/1.1" 204`,
  cloudfrontLog: (g) =>
    `2026-12-03	05:30:12	FRA56-P3	18231	10.2.3.4	GET	d111111abcdef8.cloudfront.net	/assets/app.${g.t.hex(8)}.js	200	-	Mozilla/5.0	-	-	Hit	${g.r.bytes(42).toString('base64url')}==	cdn.northwind.io	https`,
};
