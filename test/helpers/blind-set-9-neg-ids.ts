import { neg, type NegCase9 } from './blind-set-9-types';
import { B62, DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { luhnOk } from './blind-set-9-checks';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A 16-digit number that fails Luhn (order numbers, pspReferences). */
function nonLuhn16(r: Rng9): string {
  for (;;) {
    const n = String(r.int(1, 9)) + r.digits(15);
    if (!luhnOk(n)) return n;
  }
}

/** Identifiers that look random but are not secret: provider ids, trace ids, hashes, digests. */
export const negIds: NegCase9[] = [
  (r) => neg('ids/stripe-pi-ch', `StripeCardError: Your card was declined. payment_intent=pi_3${r.b62(23)} charge=ch_3${r.b62(23)} request_id=req_${r.b62(14)} decline_code=insufficient_funds`),
  (r) => neg('ids/stripe-customer', `StripeInvalidRequestError: No such customer: 'cus_${r.b62(14)}'; a similar object exists in test mode`),
  (r) => neg('ids/stripe-event', `{"id":"evt_1${r.b62(23)}","object":"event","type":"invoice.payment_failed","data":{"object":{"id":"in_1${r.b62(23)}","subscription":"sub_1${r.b62(23)}"}}}`),
  (r) => neg('ids/twilio-sids', `Twilio callback status=undelivered MessageSid=SM${r.hex(32)} AccountSid=AC${r.hex(32)} MessagingServiceSid=MG${r.hex(32)} ErrorCode=30003`),
  (r) => neg('ids/uuid-request', `{"level":"error","request_id":"${r.uuid()}","correlation_id":"${r.uuid()}","msg":"upstream 503 from inventory-svc"}`),
  (r) => neg('ids/ulid', `job ${r.chars(CROCKFORD, 26)} failed after 3 attempts; next retry job ${r.chars(CROCKFORD, 26)}`),
  (r) => neg('ids/w3c-traceparent', `traceparent: 00-${r.hex(32)}-${r.hex(16)}-01\ntracestate: dd=s:1;t.dm:-4`),
  (r) => neg('ids/dd-trace-ids', `{"dd":{"trace_id":"${r.int(1, 9)}${r.digits(18)}","span_id":"${r.int(1, 9)}${r.digits(18)}","service":"checkout","env":"prod"}}`),
  (r) => neg('ids/aws-request-id', `AccessDeniedException: User: arn:aws:sts::${r.digits(12)}:assumed-role/orders-task/${r.hex(32)} is not authorized to perform: sqs:SendMessage\n  x-amzn-RequestId: ${r.uuid()}\n  x-amz-id-2: ${r.b64(54)}`),
  (r) => neg('ids/git-sha', `2026-12-04T10:14:25Z HEAD is now at ${r.hex(7)} Merge pull request #${r.int(100, 9999)} from northwind/fix-retry\n2026-12-04T10:14:25Z commit ${r.hex(40)}`),
  (r) => neg('ids/sha256-artifact', `Downloaded artifact api-4.12.0.tar.gz sha256=${r.hex(64)} (expected ${r.hex(64)}): checksum mismatch`),
  (r) => neg('ids/npm-integrity', `npm ERR! code EINTEGRITY\nnpm ERR! sha512-${r.b64(64)} integrity checksum failed when using sha512: wanted sha512-${r.b64(64)}`),
  (r) => neg('ids/docker-digest', `Failed to pull image "registry.acme-corp.io/api@sha256:${r.hex(64)}": manifest unknown`),
  (r) => neg('ids/k8s-uid', `Warning  FailedScheduling  pod/api-7d9f8c6b5-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}  uid=${r.uuid()}  0/6 nodes are available: 6 Insufficient memory.`),
  (r) => neg('ids/mongo-objectid', `MongoServerError: E11000 duplicate key error collection: shop.carts index: _id_ dup key: { _id: ObjectId('${r.hex(24)}') }`),
  (r) => neg('ids/sentry-event-id', `Sentry captured exception event_id=${r.hex(32)} release=api@4.12.0 environment=production`),
  (r) => neg('ids/etag-md5', `HTTP/1.1 412 Precondition Failed\nETag: "${r.hex(32)}"\nIf-Match: "${r.hex(32)}"`),
  (r) => neg('ids/shopify-gid', `Shopify GraphQL userErrors: [{"field":["id"],"message":"Order does not exist"}] id=gid://shopify/Order/${r.digits(13)}`),
  (r) => neg('ids/salesforce-record', `[jsforce] ENTITY_IS_DELETED: entity is deleted: Id=001${r.chars(B62, 15)} AccountId=001${r.chars(B62, 15)}`),
  (r) => neg('ids/paypal-ids', `PAYPAL webhook PAYMENT.CAPTURE.DENIED id=WH-${r.chars(UPPER + DIGITS, 17)}-${r.chars(UPPER + DIGITS, 17)} capture=${r.chars(UPPER + DIGITS, 17)} debug_id=${r.hex(13)}`),
  (r) => neg('ids/adyen-psp', `Adyen notification AUTHORISATION success=false pspReference=${r.chars(UPPER + DIGITS, 16)} merchantReference=ORDER-${r.digits(6)}`),
  (r) => neg('ids/order-number-16', `WooCommerce: order #${nonLuhn16(r)} could not be synced to ERP (timeout after 30s)`),
  (r) => neg('ids/plaid-ids', `{"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED","item_id":"${r.b62(37)}","request_id":"${r.b62(15)}"}`),
  (r) => neg('ids/okta-auth0-ids', `okta user ${'00u' + r.b62(17)} deprovisioned; auth0 user_id=auth0|${r.hex(24)} blocked=true`),
  (r) => neg('ids/anthropic-openai-ids', `overloaded_error request_id=req_011C${r.b62(18)} message id msg_01${r.b62(22)}; openai id=chatcmpl-${r.b62(29)}`),
  (r) => neg('ids/slack-ids', `slack: channel_not_found channel=C0${r.chars(UPPER + DIGITS, 9)} user=U0${r.chars(UPPER + DIGITS, 9)} ts=17648${r.digits(5)}.${r.digits(6)}`),
  (r) => neg('ids/github-node-ids', `GraphQL: Could not resolve to a node with the global id of 'PR_kwDO${r.chars(B62 + '_-', 16)}' (run_id=${r.digits(11)}, check_suite_id=${r.digits(11)})`),
  (r) => neg('ids/jira-atlassian', `Jira automation failed for OPS-${r.int(100, 9999)}: assignee accountId=557058:${r.uuid()} not found`),
  (r) => neg('ids/datadog-ids', `{"monitor_id":${r.int(1000000, 99999999)},"event_id":"${r.digits(19)}","log_id":"AQAAAZ${r.b62(30)}","org_id":${r.int(100000, 999999)}}`),
  (r) => neg('ids/webpack-hash', `ChunkLoadError: Loading chunk 412 failed. (missing: https://cdn.northwind-app.com/static/js/main.${r.hex(8)}.chunk.js, vendor.${r.hex(20)}.js)`),
  (r) => neg('ids/base64-cursor', `GET /v1/orders?cursor=${Buffer.from(JSON.stringify({ after: r.int(1e5, 9e5), sort: 'created_at' })).toString('base64')} 400 invalid cursor`),
  () => neg('ids/base64-config', `configmap/app-flags binaryData.flags.json=${Buffer.from(JSON.stringify({ newCheckout: true, rollout: 25, regions: ['eu-west-1', 'us-east-1'] })).toString('base64')}`),
  (r) => neg('ids/azure-correlation', `AADSTS50076: Due to a configuration change made by your administrator... Trace ID: ${r.uuid()} Correlation ID: ${r.uuid()} Timestamp: 2026-12-04 10:22:41Z`),
  (r) => neg('ids/gcp-operation', `google.api_core.exceptions.Aborted: 409 operation operations/${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 40)} on projects/${r.digits(12)} aborted`),
  (r) => neg('ids/snowflake-ids', `discord: 404 Unknown Message message_id=1${r.digits(18)} channel_id=1${r.digits(18)}`),
  (r) => neg('ids/intercom-zendesk', `intercom conversation ${r.digits(12)} (ticket #${r.int(10000, 999999)}) could not be merged: admin_id=${r.digits(7)}`),
  (r) => neg('ids/cache-key-hash', `cache miss key=catalog:v2:${r.hex(40)} shard=${r.int(0, 15)} ttl=300s`),
  (r) => neg('ids/tracking-numbers', `shipping label created: UPS 1Z${r.chars(UPPER + DIGITS, 16)}, FedEx ${r.digits(12)}, DHL ${r.digits(10)}`),
  (r) => neg('ids/ean-barcode', `inventory sync: sku=NW-${r.digits(5)} ean=${ean13(r)} qty=-3 rejected`),
  (r) => neg('ids/idempotency', `Stripe idempotency error: Keys for idempotent requests can only be used with the same parameters. Idempotency-Key: ${r.uuid()}`),
];

/** An EAN-13 with a valid check digit. */
function ean13(r: Rng9): string {
  const body = '40' + r.chars(DIGITS, 10);
  const s = [...body].reduce((a, c, i) => a + Number(c) * (i % 2 ? 3 : 1), 0);
  return body + ((10 - (s % 10)) % 10);
}
