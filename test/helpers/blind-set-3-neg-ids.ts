import { ALPHA, b64 } from './blind-set-3-rng';
import type { NegativeMaker } from './blind-set-3-types';

/**
 * Blind set 3, negatives that look close: identifiers, hashes, digests, provider object ids,
 * trace and request ids, in the same contexts the positives use.
 */
export const NEG_IDS: Record<string, NegativeMaker> = {
  'uuid-request-id-json': (v) => `{"level":"info","request_id":"${v.r.uuid()}","status":200,"duration_ms":41}`,
  'uuid-in-url-path': (v) => `10.0.0.8 - - [03/Nov/2026:15:30:00 +0000] "GET /api/v1/orders/${v.r.uuid()} HTTP/1.1" 200 812 "-" "okhttp/4.12.0"`,
  'trace-span-ids-logfmt': (v) => `ts=2026-11-03T15:30:01Z level=info trace_id=${v.hex(32)} span_id=${v.hex(16)} msg="handled"`,
  'w3c-traceparent-header': (v) => `traceparent: 00-${v.hex(32)}-${v.hex(16)}-01`,
  'datadog-trace-ids': (v) => `dd.trace_id=${v.r.digits(19, true)} dd.span_id=${v.r.digits(19, true)} dd.service=checkout dd.env=prod`,
  'aws-request-id': (v) => `REPORT RequestId: ${v.r.uuid()}\tDuration: 112.43 ms\tBilled Duration: 113 ms\tMemory Size: 512 MB\tMax Memory Used: 88 MB`,
  'x-amz-request-id-headers': (v) => `x-amz-request-id: ${v.r.str(ALPHA.upperNum, 16)}\nx-amz-id-2: ${v.r.str(ALPHA.b62 + '+/', 76)}=`,
  'cloudfront-id': (v) => `X-Amz-Cf-Id: ${v.r.str(ALPHA.b62 + '_-', 56)}==\nX-Cache: Miss from cloudfront`,
  'git-sha-deploy': (v) => `deploy api@${v.hex(40)} to prod (previous ${v.hex(7)}) by ci`,
  'git-log-oneline': (v) => `${v.hex(7)} Fix retry on 429\n${v.hex(7)} Bump axios to 1.7.9\n${v.hex(7)} Merge pull request #1842 from acme/fix-timeouts`,
  'docker-image-digest': (v) => `Pulling image "registry.acme.io/api@sha256:${v.hex(64)}"\nSuccessfully pulled image in 2.1s`,
  'npm-integrity-sha512': (v) =>
    `"node_modules/lodash": {"version": "4.17.21", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", "integrity": "sha512-${v.r.str(ALPHA.b64, 86)}=="}`,
  'sha256-checksum-file': (v) => `${v.hex(64)}  herald-linux-amd64.tar.gz\n${v.hex(64)}  herald-darwin-arm64.tar.gz`,
  'md5-etag': (v) => `ETag: "${v.hex(32)}"\nLast-Modified: Tue, 03 Nov 2026 15:31:00 GMT`,
  'stripe-object-ids': (v) => `stripe event evt_${v.b62(24)} for charge ch_${v.b62(24)} payment_intent pi_${v.b62(24)} customer cus_${v.b62(14)} processed`,
  'stripe-object-ids-json': (v) => `{"id":"pi_${v.b62(24)}","object":"payment_intent","latest_charge":"ch_${v.b62(24)}","payment_method":"pm_${v.b62(24)}","status":"succeeded"}`,
  'stripe-payout-refund-ids': (v) => `refund re_${v.b62(24)} created for invoice in_${v.b62(24)}; payout po_${v.b62(24)} pending`,
  'twilio-message-sid': (v) => `Twilio callback: MessageSid=SM${v.hex(32)} MessageStatus=delivered ErrorCode=`,
  'twilio-call-sid-json': (v) => `{"sid":"CA${v.hex(32)}","status":"completed","duration":"42"}`,
  'slack-channel-user-ids': (v) =>
    `posted to channel C${v.r.str(ALPHA.upperNum, 10)} by user U${v.r.str(ALPHA.upperNum, 10)} in team T${v.r.str(ALPHA.upperNum, 10)} ts=${v.r.digits(10, true)}.${v.r.digits(6)}`,
  'slack-api-response-ok': (v) =>
    `{"ok":true,"channel":"C${v.r.str(ALPHA.upperNum, 10)}","ts":"${v.r.digits(10, true)}.${v.r.digits(6)}","message":{"bot_id":"B${v.r.str(ALPHA.upperNum, 10)}","app_id":"A${v.r.str(ALPHA.upperNum, 10)}"}}`,
  'github-object-ids': (v) => `GitHub webhook delivery ${v.r.uuid()} event=push repo_id=${v.r.digits(9, true)} node_id=R_kgDO${v.r.str(ALPHA.b62, 8)} after=${v.hex(40)}`,
  'k8s-pod-uid': (v) =>
    `Normal  Scheduled  pod/api-${v.r.str('bcdfghjklmnpqrstvwxz2456789', 10)}-${v.r.str('bcdfghjklmnpqrstvwxz2456789', 5)}  Successfully assigned prod/api to node-3 (uid ${v.r.uuid()})`,
  'k8s-container-id': (v) => `containerID: containerd://${v.hex(64)}\nimageID: docker.io/library/nginx@sha256:${v.hex(64)}`,
  'mongo-object-ids': (v) => `{"_id":{"$oid":"${v.hex(24)}"},"orderId":{"$oid":"${v.hex(24)}"},"status":"shipped"}`,
  'kafka-offsets': (v) => `[Consumer clientId=orders-1, groupId=orders] Committed offset ${v.r.digits(9, true)} for partition orders-7, memberId=consumer-orders-1-${v.r.uuid()}`,
  'luhn-invalid-16-digits': (v) => {
    let n = '4' + v.r.digits(15);
    const sum = luhnSum(n);
    if (sum % 10 === 0) n = n.slice(0, 15) + String((Number(n[15]) + 1) % 10);
    return `order reference ${n} shipped via DHL`;
  },
  'order-number-digits': (v) => `{"order_number":"${v.r.digits(16, true).replace(/^./, '9')}","tracking":"1Z${v.r.str(ALPHA.upperNum, 16)}"}`,
  'epoch-nanos': (v) => `{"timestamp_ns":${v.r.digits(19, true)},"seq":${v.r.digits(12, true)}}`,
  'hex-id-nonsecret-key': (v) => `{"correlation_id":"${v.hex(32)}","message_hash":"${v.hex(40)}","schema_fingerprint":"${v.hex(64)}"}`,
  'build-id-hex': (v) => `build_id=${v.hex(40)} cache_key=node-modules-${v.hex(64)}`,
  'session-id-placeholder-redacted': () => `Cookie: _acme_session=[FILTERED]; theme=dark`,
  'base64-of-ordinary-text': () => `payload=${b64('{"event":"page_view","path":"/pricing","referrer":"newsletter"}')}`,
  'base64-of-plain-sentence': () => `x-debug-note: ${b64('cache miss for product list, rebuilding from primary database')}`,
  'ulid-ids': (v) => `event 01J${v.r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)} enqueued after 01J${v.r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)}`,
  'ksuid-and-nanoid': (v) => `job ${v.r.str(ALPHA.b62, 27)} done; file id V1StGXR8_Z5jdHi6B-myT`,
  'sentry-event-id': (v) => `Sentry captured event ${v.hex(32)} (release api@${v.hex(12)})`,
  'pagerduty-incident-ids': (v) => `PagerDuty incident Q${v.r.str(ALPHA.upperNum, 13)} on service P${v.r.str(ALPHA.upperNum, 6)} acknowledged by P${v.r.str(ALPHA.upperNum, 6)}`,
  'shopify-gid': (v) => `{"id":"gid://shopify/Order/${v.r.digits(13, true)}","customer":{"id":"gid://shopify/Customer/${v.r.digits(13, true)}"}}`,
  'paypal-order-id': (v) => `PayPal order ${v.r.str(ALPHA.upperNum, 17)} captured, capture id ${v.r.str(ALPHA.upperNum, 17)}`,
  'adyen-psp-reference': (v) => `{"pspReference":"${v.r.str(ALPHA.upperNum, 16)}","resultCode":"Authorised","merchantReference":"ORDER-${v.r.digits(6)}"}`,
  'plaid-request-id': (v) => `plaid response request_id=${v.r.str(ALPHA.b62, 15)} item_id=${v.r.str(ALPHA.b62, 37)}`,
  'aws-arns': (v) => `arn:aws:iam::${v.r.digits(12, true)}:role/deploy-prod assumed; arn:aws:kms:eu-west-1:${v.r.digits(12, true)}:key/${v.r.uuid()}`,
  'gcp-resource-names': (v) => `projects/acme-prod-${v.r.digits(6)}/locations/europe-west1/services/api/revisions/api-${v.r.digits(5)}-${v.r.str('abcdefghijklmnopqrstuvwxyz', 3)}`,
  'azure-resource-ids': (v) => `/subscriptions/${v.r.uuid()}/resourceGroups/prod-rg/providers/Microsoft.Web/sites/api-prod (correlationId ${v.r.uuid()})`,
  'datadog-monitor-ids': (v) => `Datadog monitor 12${v.r.digits(6)} triggered; event id ${v.r.digits(19, true)}; aggregation key ${v.hex(32)}`,
  'aws-access-key-id-alone-example': () => `aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE --profile docs`,
  'semver-and-versions': () => `node v20.18.1, npm 10.8.2, openssl 3.0.15+quic, kernel 6.8.0-1017-aws`,
  'opentelemetry-resource-ids': (v) => `resource: service.instance.id=${v.r.uuid()} host.id=i-0${v.hex(16)} k8s.pod.uid=${v.r.uuid()}`,
  'intercom-conversation-ids': (v) => `intercom webhook topic=conversation.user.replied conversation_id=${v.r.digits(15, true)} app_id=${v.r.str(ALPHA.lowerNum, 8)}`,
  'zendesk-ticket-audit': (v) => `Zendesk audit ${v.r.digits(14, true)} on ticket #${v.r.digits(6, true)} via api (brand ${v.r.digits(12, true)})`,
  'hmac-of-payload-debug': (v) => `computed payload hmac ${v.hex(64)} expected ${v.hex(64)}: mismatch, dropping webhook`,
};

function luhnSum(n: string): number {
  let s = 0;
  for (let i = 0; i < n.length; i++) {
    let d = Number(n[n.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    s += d;
  }
  return s;
}
