import { B62, DIGITS, LOWER, UPPER } from './blind-set-10-rng';
import { neg, type NegCase10 } from './blind-set-10-types';
import { podName, reqId, ts } from './blind-set-10-values';

/** Identifiers, hashes, digests and numbers that look random but grant nothing and identify no one. */
export const negIds: NegCase10[] = [
  (r) => neg('nid/trace-span-ids', `${ts(r)} ERROR checkout timeout dd.trace_id=${r.digits(19)} dd.span_id=${r.digits(19)} otel.trace_id=${r.hex(32)}`),
  (r) => neg('nid/w3c-traceparent', `upstream 503 traceparent: 00-${r.hex(32)}-${r.hex(16)}-01 tracestate: dd=s:1;t.dm:-4`),
  (r) => neg('nid/uuid-request-ids', `request ${r.uuid()} failed after 3 retries (correlation ${r.uuid()}, tenant ${r.uuid()})`),
  (r) => neg('nid/git-commit-sha', `Deploy of ledger-api@${r.hex(40)} failed health check; previous good ${r.hex(7)}`),
  (r) => neg('nid/sha256-artifact', `sha256sum mismatch for ledger-3.4.1.tar.gz: expected ${r.hex(64)} got ${r.hex(64)}`),
  (r) => neg('nid/md5-etag', `S3 PutObject ETag "${r.hex(32)}" differs from Content-MD5; retrying part 7 of 12`),
  (r) => neg('nid/container-digest', `Failed to pull image "ghcr.io/brightwell/ledger-api@sha256:${r.hex(64)}": rpc error: code = NotFound`),
  (r) => neg('nid/k8s-uid-event', `Warning  FailedScheduling  pod/${podName(r, 'ledger-api')}  uid=${r.uuid()} resourceVersion=${r.digits(9)} 0/12 nodes are available: insufficient memory`),
  (r) => neg('nid/order-invoice-numbers', `Invoice INV-2026-${r.digits(6)} for order #${r.digits(9)} could not be rendered: template missing (customer ref CUS-${r.digits(5)})`),
  (r) => neg('nid/stripe-object-ids', `stripe: charge ch_${r.b62(24)} for payment_intent pi_${r.b62(24)} refunded via re_${r.b62(24)}; event evt_${r.b62(24)}`),
  (r) => neg('nid/epoch-timestamps', `clock skew detected: local=${1762000000000 + r.int(0, 9e8)} remote=${1762000000000 + r.int(0, 9e8)} drift_ms=${r.int(1000, 9000)}`),
  (r) => neg('nid/semver-build', `ledger-api v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}-rc.${r.int(1, 9)}+build.${r.digits(6)} incompatible with schema ${r.int(100, 400)}`),
  (r) => neg('nid/aws-arns-request', `AccessDenied: User: arn:aws:sts::${r.digits(12)}:assumed-role/ledger-exporter/${r.digits(19)} is not authorized to perform: s3:PutObject (RequestId: ${r.chars(UPPER + DIGITS, 16)}, HostId: ${r.b64(56)})`),
  (r) => neg('nid/datadog-monitor-ids', `[Triggered] monitor_id=${r.digits(8)} org_id=${r.digits(6)} event ${r.digits(19)} alert_cycle_key=${r.digits(19)}`),
  (r) => neg('nid/gcp-operation', `operation-${r.digits(13)}-${r.hex(13)}-${r.hex(8)}-${r.hex(8)} failed: RESOURCE_EXHAUSTED quota CPUS in region europe-west1`),
  (r) => neg('nid/luhn-invalid-16', (() => {
    const base = '4' + r.digits(14);
    let d = 0;
    for (; d < 10; d++) {
      const s = base + d;
      let sum = 0;
      for (let i = 0; i < 16; i++) {
        let x = Number(s[15 - i]);
        if (i % 2) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
        sum += x;
      }
      if (sum % 10 !== 0) break;
    }
    return `shipment tracking ${base + d} not found at carrier (status 404)`;
  })()),
  (r) => neg('nid/base64-json-cursor', `pagination cursor ${Buffer.from(JSON.stringify({ after: r.int(1e5, 9e5), sort: 'created_at' })).toString('base64')} expired; restarting sync from page 1`),
  (r) => neg('nid/base64-png-thumbnail', `thumbnail upload rejected (too small): data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk${r.chars(B62, 10)}AAAAAElFTkSuQmCC`),
  (r) => neg('nid/ulid-ksuid', `job 01J${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)} (ksuid ${r.chars(B62, 27)}) exceeded visibility timeout`),
  (r) => neg('nid/sentry-event-id', `Sentry event ${r.hex(32)} grouped under issue LEDGER-API-${r.chars(UPPER + DIGITS, 3)} (${r.int(2, 900)} events)`),
  (r) => neg('nid/mongodb-objectid', `E11000 duplicate key error collection: prod.sessions index: _id_ dup key: { _id: ObjectId('${r.hex(24)}') }`),
  (r) => neg('nid/cloudfront-request-id', `CloudFront 502: X-Amz-Cf-Id: ${r.chars(B62 + '-_', 56)}== X-Amz-Cf-Pop: FRA56-P${r.int(1, 9)}`),
  (r) => neg('nid/session-count-metrics', `active_sessions=${r.int(1000, 99999)} session_ttl_s=3600 password_reset_requests=${r.int(1, 99)} api_keys_rotated=${r.int(0, 9)}`),
  (r) => neg('nid/terraform-resource-ids', `aws_security_group.ledger: Modifying... [id=sg-${r.hex(17)}]\naws_instance.worker[2]: Still destroying... [id=i-${r.hex(17)}, 40s elapsed]`),
  (r) => neg('nid/github-actions-run', `Run ${r.digits(10)} attempt 2 failed: job ${r.digits(11)} (check_suite ${r.digits(11)}) artifact ${r.digits(10)} expired`),
  (r) => neg('nid/phone-like-durations', `p99 latency 1503 ms, p999 2207 ms over ${r.int(10000, 99999)} requests; queue depth 4412, batch 20261103`),
  (r) => neg('nid/kafka-offsets', `consumer group ledger-consumers lag: partition 7 offset ${r.digits(11)} high_watermark ${r.digits(11)} (topic payments.v2)`),
  (r) => neg('nid/nonce-csrf-public-form', `CSP violation: script-src 'nonce-${r.b64(16)}' blocked inline script at /checkout line ${r.int(1, 400)}`),
  (r) => neg('nid/ipv6-link-local', `dial tcp [fe80::${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}%eth0]:8443: connect: connection refused`),
  (r) => neg('nid/iso-dates-not-dob', `backfill window 2026-10-${String(r.int(10, 28))} → 2026-11-${String(r.int(10, 28))} skipped: partition ledger_2026_11 locked`),
  (r) => neg('nid/slack-ids', `slack chat.postMessage failed: channel_not_found channel=C${r.chars(UPPER + DIGITS, 10)} team=T${r.chars(UPPER + DIGITS, 8)} ts=${r.digits(10)}.${r.digits(6)}`),
  (r) => neg('nid/pagerduty-ids', `PagerDuty incident P${r.chars(UPPER + DIGITS, 6)} on service P${r.chars(UPPER + DIGITS, 6)} escalated to policy P${r.chars(UPPER + DIGITS, 6)}`),
  (r) => neg('nid/hex-color-and-hash', `theme build: color #${r.hex(6)} contrast fail; css bundle main.${r.hex(20)}.css`),
  (r) => neg('nid/request-id-header', `< HTTP/1.1 429 Too Many Requests\n< X-Request-Id: req_${r.b62(14)}\n< Retry-After: ${r.int(1, 60)}\n< X-RateLimit-Remaining: 0`),
  (r) => neg('nid/file-paths-lines', `at Object.<anonymous> (/app/dist/src/workers/reconcile-${r.hex(8)}.js:${r.int(10, 999)}:${r.int(1, 80)}) node:internal/modules/cjs/loader:1554:14`),
  (r) => neg('nid/lowercase-random-slug', `preview deploy https://ledger-web-${r.chars(LOWER + DIGITS, 9)}-brightwell.vercel.app returned 500 (deployment dpl_${r.b62(28)})`),
  (r) => neg('nid/bank-routing-public-table', `ACH return R03 for batch ${r.digits(7)} (no account/unable to locate); ODFI trace ${r.digits(15)}`),
  (r) => neg('nid/checksum-crc', `segment ${r.int(1, 99)} crc32c=0x${r.hex(8)} expected 0x${r.hex(8)}; adler32=${r.digits(9)}`),
  (r) => neg('nid/imei-like-device-id', `push registration failed for device model=SM-S921B build=${r.chars(UPPER + DIGITS, 6)}.${r.digits(3)} app_version=5.${r.int(0, 30)}.${r.int(0, 9)} installation=${r.uuid()}`),
  (r) => neg('nid/reqid-in-url', `GET /v1/exports/${r.uuid()}/status?attempt=${r.int(1, 5)}&cursor=${r.hex(24)} 404 (${reqId(r)})`),
];
