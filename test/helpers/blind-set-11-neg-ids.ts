import { neg, type NegCase11 } from './blind-set-11-types';
import { B62, DIGITS, UPPER, LOWER } from './blind-set-11-rng';
import { createHash } from 'node:crypto';

/** Identifiers, hashes and numbers that look random but are not secrets. */
const ulid = (r: { chars(a: string, n: number): string }): string => r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26);
export const negIds11: NegCase11[] = [
  (r) => neg('trace/datadog-ids', `ERROR [checkout] upstream timeout dd.trace_id=${r.digits(19)} dd.span_id=${r.digits(19)} dd.service=checkout-api dd.env=prod`),
  (r) => neg('trace/w3c-traceparent', `traceparent: 00-${r.hex(32)}-${r.hex(16)}-01 tracestate: dd=s:1;t.dm:-4 — gateway returned 504 after 30000 ms`),
  (r) => neg('request/uuid-ids', `request_id=${r.uuid()} correlation_id=${r.uuid()} tenant=acme status=500 msg="downstream unavailable"`),
  (r) => neg('request/ulid', `{"level":"error","event_id":"${ulid(r)}","job":"invoice-render","attempt":3,"error":"template not found"}`),
  (r) => neg('request/ksuid', `segment batch ${r.b62(27)} dropped: payload too large (512 KB > 500 KB)`),
  (r) => neg('git/commit-sha', `deploy failed for commit ${r.hex(40)} (parent ${r.hex(7)}) on branch release/2026.11: helm upgrade timed out`),
  (r) => neg('docker/image-digest', `Failed to pull image "ghcr.io/acme/payments-api@sha256:${r.hex(64)}": rpc error: code = NotFound desc = manifest unknown`),
  (r) => neg('k8s/uid-events', `Warning  BackOff  pod/orders-worker-6c9f8d7b5-x2kqp  uid=${r.uuid()} resourceVersion=${r.int(10000000, 99999999)} Back-off restarting failed container`),
  (r) => neg('hash/sha256-artifact', `checksum mismatch for terraform-provider-aws_5.74.0_linux_amd64.zip: expected ${r.hex(64)} got ${r.hex(64)}`),
  (r) => neg('hash/md5-etag', `S3 PutObject conflict: ETag "${r.hex(32)}" != If-Match "${r.hex(32)}" for s3://acme-exports/2026/11/24/orders.csv`),
  (r) => neg('hash/sri-integrity', `npm ERR! code EINTEGRITY npm ERR! sha512-${createHash('sha512').update(r.hex(20)).digest('base64')} integrity checksum failed when using sha512`),
  (r) => neg('stripe/object-ids', `stripe webhook handler error: event evt_${r.b62(24)} for charge ch_${r.b62(24)} payment_intent pi_${r.b62(24)}: order not found`),
  (r) => neg('stripe/customer-id', `Stripe: No such payment_method: 'pm_${r.b62(24)}' attached to customer cus_${r.b62(14)}`),
  (r) => neg('twilio/account-sid', `twilio: message SM${r.hex(32)} on account AC${r.hex(32)} queued then failed (30003 Unreachable destination handset)`),
  (r) => neg('aws/arn-ids', `AccessDenied: User: arn:aws:sts::${r.digits(12)}:assumed-role/ci-deployer/${r.digits(19)} is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::acme-artifacts/build-${r.int(1000, 9999)}.zip`),
  (r) => neg('aws/request-ids', `botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the PutRecords operation (reached max retries: 4): Rate exceeded RequestId: ${r.uuid()} x-amz-id-2: ${r.b64(48)}`),
  (r) => neg('gcp/project-number', `googleapi: Error 403: Cloud Run Admin API has not been used in project ${r.digits(12)} before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/run.googleapis.com/overview?project=${r.digits(12)}`),
  (r) => neg('azure/subscription-ids', `(AuthorizationFailed) The client '${r.uuid()}' with object id '${r.uuid()}' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/read' over scope '/subscriptions/${r.uuid()}/resourceGroups/rg-data'`),
  (r) => neg('order/numbers', `Shopify order #${r.int(1000, 99999)} (id ${r.digits(13)}) fulfillment failed: tracking_number=1Z${r.chars(UPPER + DIGITS, 16)} carrier=UPS`),
  (r) => neg('invoice/numbers', `Zuora invoice INV${r.digits(8)} posting failed: account A${r.digits(8)} subscription A-S${r.digits(8)} amount 1,249.00 EUR`),
  (r) => neg('tracking/fedex-usps', `shipment sync error: fedex tracking ${r.digits(12)}, usps tracking 9400${r.digits(18)}, dhl ${r.digits(10)}: carrier API 503`),
  (r) => neg('luhn/invalid-16-digit', (() => { let n = ''; for (;;) { n = '4' + r.digits(15); let s = 0; for (let i = 0; i < 16; i++) { let d = Number(n[15 - i]); if (i % 2) d = d * 2 > 9 ? d * 2 - 9 : d * 2; s += d; } if (s % 10) break; } return `reconciliation mismatch: ledger_entry_id=${n} batch=${r.int(100, 999)} amount=42.10`; })()),
  (r) => neg('numbers/timestamps', `kafka consumer lag: partition=${r.int(0, 63)} offset=${r.digits(10)} ts=${1790000000000 + r.int(0, 1e9)} lag_ms=${r.int(1000, 99999)}`),
  (r) => neg('numbers/amounts', `payout reconciliation: expected 12,480.55 USD, got 12,408.55 USD (diff -72.00) for period 2026-11-01..2026-11-15 batch ${r.int(10000, 99999)}`),
  (r) => neg('versions/build', `Jenkins build #${r.int(1000, 9999)} failed: node v20.18.1, npm 10.8.2, @acme/ui 4.12.${r.int(0, 40)}, build ${r.int(20261101, 20261130)}.${r.int(1, 99)}`),
  (r) => neg('github/run-ids', `GitHub Actions run ${r.digits(11)} job ${r.digits(11)} (workflow_id ${r.digits(8)}) failed in step "Run tests" after 12m31s`),
  (r) => neg('sentry/event-ids', `Sentry issue ACME-API-${r.chars(UPPER + DIGITS, 3)} event ${r.hex(32)} release payments@${r.hex(12)} environment production`),
  (r) => neg('base64/json-cursor', `pagination cursor rejected: ${Buffer.from(JSON.stringify({ after: r.int(1000, 999999), sort: 'created_at' })).toString('base64')} (HubSpot 400 INVALID_CURSOR)`),
  (r) => neg('base64/public-cert', `x509: certificate signed by unknown authority: -----BEGIN CERTIFICATE-----\n${r.b64(48)}\n${r.b64(48)}\n-----END CERTIFICATE-----`),
  (r) => neg('uuid/idempotency', `Idempotency-Key ${r.uuid()} reused with different parameters (Stripe 400 idempotency_error)`),
  (r) => neg('slack/channel-ids', `slack chat.postMessage failed: channel_not_found channel=C0${r.chars(UPPER + DIGITS, 9)} team=T0${r.chars(UPPER + DIGITS, 8)} user=U0${r.chars(UPPER + DIGITS, 8)}`),
  (r) => neg('mongo/object-ids', `MongoBulkWriteError: E11000 duplicate key error collection: shop.carts index: _id_ dup key: { _id: ObjectId('${r.hex(24)}') }`),
  (r) => neg('salesforce/record-ids', `sfdc upsert failed for Account 001${r.b62(15)} Opportunity 006${r.b62(15)}: FIELD_CUSTOM_VALIDATION_EXCEPTION`),
  (r) => neg('cloudflare/ray-id', `cloudflare 520 Web server returned an unknown error, Ray ID: ${r.hex(16)}, zone ${r.hex(32)}`),
  (r) => neg('phone-like/ticket-numbers', `ServiceNow INC${r.digits(7)} / CHG${r.digits(7)} linked; Jira OPS-${r.int(1000, 9999)}; PagerDuty incident Q${r.chars(UPPER + DIGITS, 13)}`),
  (r) => neg('ip/private-addresses', `dial tcp 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:5432: connect: connection refused (fallback 192.168.${r.int(0, 255)}.${r.int(1, 254)}:5432, 127.0.0.1:6432)`),
  (r) => neg('datadog/monitor-ids', `[Triggered] monitor ${r.int(10000000, 99999999)} on host i-${r.hex(17)} (org ${r.int(100000, 999999)}), alert_cycle_key=${r.digits(19)}`),
  (r) => neg('random/nonce-public', `oidc: nonce mismatch (state=${r.b62(22)}) for login request ${r.uuid()}; restarting flow`),
  (r) => neg('hex/color-and-css', `render error: theme {"primary":"#${r.hex(6)}","accent":"#${r.hex(6)}"} asset main.${r.hex(8)}.css 404`),
  (r) => neg('random/chars-in-filenames', `upload rejected: uploads/${r.chars(LOWER + DIGITS, 20)}/${r.b62(16)}.pdf exceeds 25 MB (${r.int(26, 90)} MB)`),
];
void B62;
