import { createHash } from 'node:crypto';
import { ALPHA, luhnValid, type Rng } from './held-out-2-rng';
import type { NegTemplate } from './held-out-2-types';
import { uuid } from './held-out-2-values';

const sha = (r: Rng, alg: 'sha1' | 'sha256' | 'md5') => createHash(alg).update(r.b62(20)).digest('hex');
const podHash = (r: Rng) => r.str('bcdfghjklmnpqrstvwxz2456789', 10);
const podSuffix = (r: Rng) => r.str('bcdfghjklmnpqrstvwxz2456789', 5);

/** A 16-digit id that fails the Luhn check (so it is no card number). */
export function luhnInvalid16(r: Rng): string {
  for (;;) {
    const n = String(r.int(1, 9)) + r.digits(15);
    if (!luhnValid(n)) return n;
  }
}

/** Negatives that are identifiers, hashes and digests: they look random but are not secrets. */
export const ID_NEGATIVES: readonly NegTemplate[] = [
  ['uuid-request-id', (r) => `{"level":"info","request_id":"${uuid(r)}","path":"/v1/orders","status":200,"duration_ms":${r.int(3, 900)}}`],
  ['uuid-correlation-header', (r) => `X-Correlation-ID: ${uuid(r)}`],
  ['w3c-traceparent', (r) => `traceparent: 00-${r.hex(32)}-${r.hex(16)}-01`],
  ['datadog-trace-ids', (r) => `dd.trace_id=${r.int(1, 9)}${r.digits(18)} dd.span_id=${r.int(1, 9)}${r.digits(17)} dd.service=checkout dd.env=prod`],
  ['aws-xray-trace', (r) => `X-Amzn-Trace-Id: Root=1-${r.hex(8)}-${r.hex(24)};Parent=${r.hex(16)};Sampled=1`],
  ['aws-request-ids', (r) => `x-amz-request-id: ${r.str(ALPHA.upper + ALPHA.digits, 16)}\nx-amz-id-2: ${r.str(ALPHA.b64, 76)}`],
  ['b3-trace', (r) => `X-B3-TraceId: ${r.hex(32)} X-B3-SpanId: ${r.hex(16)} X-B3-Sampled: 1`],
  // No `cus_` here: a Stripe customer id links a log line to a person, so the product reports it (see held-out-2-personal.ts).
  ['stripe-object-ids', (r) => `stripe: created ${r.pick(['pi_3', 'ch_3', 'in_1', 'sub_1'])}${r.b62(23)} via pm_1${r.b62(23)} (req_${r.b62(14)})`],
  ['stripe-event-id', (r) => `webhook received evt_1${r.b62(23)} type=payment_intent.succeeded livemode=true idempotency_key=${uuid(r)}`],
  ['stripe-account-id', (r) => `Connect transfer to acct_1${r.b62(15)} failed: insufficient_funds (request req_${r.b62(14)})`],
  ['git-commit-sha', (r) => `build ${r.int(1000, 9999)} from commit ${sha(r, 'sha1')} (branch main) passed in 4m12s`],
  ['git-short-shas', (r) => `Merge ${sha(r, 'sha1').slice(0, 7)}..${sha(r, 'sha1').slice(0, 7)} fast-forward`],
  ['sha256-checksum', (r) => `downloaded terraform_1.9.8_linux_amd64.zip checksum=${sha(r, 'sha256')} ok`],
  ['docker-image-digest', (r) => `Pulling image "ghcr.io/brightpath/api@sha256:${sha(r, 'sha256')}" Successfully pulled in 2.1s`],
  ['etag-md5', (r) => `< ETag: "${sha(r, 'md5')}"\n< Content-Length: ${r.int(100, 90000)}`],
  ['s3-multipart-etag', (r) => `{"Key":"exports/2026/11/orders.parquet","ETag":"\\"${sha(r, 'md5')}-${r.int(2, 40)}\\"","Size":${r.int(1e6, 9e8)}}`],
  ['hex-under-request-id', (r) => `request_id=${r.hex(32)} upstream_status=502 retry=true`],
  ['hex-under-checksum-key', (r) => `"checksum": "${sha(r, 'sha256')}", "algorithm": "sha256"`],
  ['hex-under-commit-key', (r) => `{"commit":"${sha(r, 'sha1')}","tag":"v3.${r.int(0, 20)}.${r.int(0, 9)}","dirty":false}`],
  ['hex-content-sha256-header', (r) => `x-amz-content-sha256: ${sha(r, 'sha256')}`],
  [
    'k8s-pod-events',
    (r) => `Warning  BackOff  pod/payments-api-${podHash(r)}-${podSuffix(r)}  Back-off restarting failed container api in pod payments-api-${podHash(r)}-${podSuffix(r)}_prod(${uuid(r)})`,
  ],
  ['k8s-replicaset', (r) => `Scaled up replica set checkout-web-${podHash(r)} to 6 from 3`],
  ['npm-integrity', (r) => `"integrity": "sha512-${r.str(ALPHA.b64, 86)}=="`],
  ['go-sum', (r) => `github.com/brightpath/retry v1.4.2 h1:${r.str(ALPHA.b64, 43)}=`],
  ['base64-cursor', (r) => `next_page_cursor=${Buffer.from(JSON.stringify({ after: r.digits(10), sort: 'created_at', dir: 'desc' })).toString('base64')}`],
  ['base64-pubsub-data', (r) => `{"message":{"data":"${Buffer.from(JSON.stringify({ orderId: r.digits(8), status: 'SHIPPED', carrier: 'DHL' })).toString('base64')}","messageId":"${r.digits(16)}"}}`],
  ['base64-content-md5', (r) => `Content-MD5: ${createHash('md5').update(r.b62(9)).digest('base64')}`],
  ['webhook-signature-stripe', (r) => `Stripe-Signature: t=${r.int(1_760_000_000, 1_770_000_000)},v1=${r.hex(64)}`],
  ['webhook-signature-github', (r) => `X-Hub-Signature-256: sha256=${r.hex(64)}\nX-GitHub-Delivery: ${uuid(r)}`],
  ['webhook-signature-slack', (r) => `X-Slack-Request-Timestamp: ${r.int(1_760_000_000, 1_770_000_000)} X-Slack-Signature: v0=${r.hex(64)}`],
  [
    'slack-ids',
    (r) =>
      `posted to channel C0${r.str(ALPHA.upper + ALPHA.digits, 8)} as bot B0${r.str(ALPHA.upper + ALPHA.digits, 8)} in team T0${r.str(ALPHA.upper + ALPHA.digits, 8)} ts=${r.int(1_760_000_000, 1_770_000_000)}.${r.digits(6)}`,
  ],
  ['twilio-message-sid', (r) => `{"sid":"SM${r.hex(32)}","status":"delivered","error_code":null,"num_segments":"1"}`],
  ['luhn-invalid-16-digit', (r) => `transaction_id=${luhnInvalid16(r)} settled amount=12.40 EUR`],
  ['tracking-numbers', (r) => `label created carrier=UPS tracking=1Z${r.str(ALPHA.upper + ALPHA.digits, 6)}${r.digits(10)} fedex_ref=${r.digits(12)}`],
  ['order-number-phone-like', (r) => `Order #${r.int(2, 9)}${r.digits(9)} placed; invoice INV-${r.digits(4)}-${r.digits(6)}`],
  ['epoch-timestamps', (r) => `job finished started_at=${r.int(1_760_000_000_000, 1_770_000_000_000)} ended_at=${r.int(1_760_000_000_000, 1_770_000_000_000)} nanos=${r.digits(19)}`],
  [
    'version-strings',
    (r) => `node v20.${r.int(10, 19)}.${r.int(0, 9)} herald/0.${r.int(1, 9)}.${r.int(0, 20)} openssl 3.0.${r.int(10, 15)}+quic build 2026.11.${r.int(10, 28)}-rc.${r.int(1, 5)}+sha.${r.hex(7)}`,
  ],
  ['aws-arn-account', (r) => `AccessDenied: User: arn:aws:sts::${r.digits(12)}:assumed-role/ReadOnly/session-${r.digits(10)} is not authorized to perform: s3:PutObject`],
  ['gcp-operation-id', (r) => `operation-${r.digits(13)}-${r.hex(13)}-${r.hex(8)}-${r.hex(8)} done=true`],
  ['datadog-monitor-ids', (r) => `monitor_id=${r.digits(9)} event_id=${r.digits(19)} org_id=${r.digits(6)} aggregation_key=${r.hex(32)}`],
];
