import { card, withLuhn } from './blind-set-12-checks';
import { B62, type Rng12 } from './blind-set-12-rng';
import { neg, type NegCase12 } from './blind-set-12-types';

/** A digit string that fails Luhn. */
const notLuhn = (r: Rng12, prefix: string, len: number): string => {
  const ok = withLuhn(prefix + r.digits(len - prefix.length - 1));
  return ok.slice(0, -1) + String((Number(ok.slice(-1)) + r.int(1, 9)) % 10);
};

/** Identifiers, hashes and numbers that look like secrets or personal data but are not. */
export const negIds: NegCase12[] = [
  (r) => neg('id/razorpay-order', `razorpay: payment.failed order_id=order_${r.b62(14)} payment_id=pay_${r.b62(14)} error_code=BAD_REQUEST_ERROR`),
  (r) => neg('id/paystack-ref', `paystack verify: reference=T${r.digits(15)} status=abandoned gateway_response="The transaction was not completed"`),
  (r) => neg('id/mercadopago-payment', `mercadopago webhook: {"action":"payment.updated","data":{"id":"${r.digits(11)}"},"user_id":${r.digits(9)},"live_mode":true}`),
  (r) => neg('id/shopify-gid', `Shopify GraphQL throttled: gid://shopify/Order/${r.digits(13)} cost 52/1000 requestId ${r.uuid()}`),
  (r) => neg('id/git-sha', `buildkite: build #${r.int(1000, 9999)} commit ${r.hex(40)} (branch main) failed at step ":docker: build"`),
  (r) => neg('id/docker-digest', `Pulling image sha256:${r.hex(64)} ... manifest unknown`),
  (r) => neg('id/uuid-trace', `trace_id=${r.hex(32)} span_id=${r.hex(16)} request_id=${r.uuid()} upstream timeout after 30000ms`),
  (r) => neg('id/linear-issue', `linear sync: issue ENG-${r.int(100, 9999)} (${r.uuid()}) moved to "In Review" by webhook ${r.uuid()}`),
  (r) => neg('id/figma-node', `figma-export: node 1:${r.int(100, 999)} in file ${r.b62(22)} has no exportable layers`),
  (r) => neg('id/s3-etag', `PutObject ok but ETag mismatch: expected "${r.hex(32)}" got "${r.hex(32)}-${r.int(2, 9)}"`),
  (r) => neg('id/luhn-invalid-16', `order ${notLuhn(r, '4', 16)} shipped via DHL tracking ${r.digits(10)}`),
  (r) => neg('id/luhn-invalid-grouped', `reference number ${notLuhn(r, '5', 16).match(/.{4}/g)!.join(' ')} not found in ledger`),
  (r) => neg('id/npm-integrity', `npm ERR! integrity checksum failed when using sha512: wanted sha512-${r.b64(64)} but got sha512-${r.b64(64)}`),
  (r) => neg('id/k8s-pod', `Warning  BackOff  pod/checkout-${r.chars('bcdfghjklmnpqrstvwxz2456789', 10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}  Back-off restarting failed container`),
  (r) => neg('id/timestamps', `job finished_at=${r.int(1.7e12, 1.75e12)} started_at=${r.int(1.7e12, 1.75e12)} duration_ms=${r.int(100, 99999)}`),
  (r) => neg('id/versions', `dependency resolution: @sentry/node@8.${r.int(1, 40)}.${r.int(0, 9)} requires node >=18.0.0; found v16.20.2`),
  (r) => neg('id/mux-asset', `mux: asset ${r.b62(40)} status errored; playback_id ${r.b62(40)} (public policy)`),
  (r) => neg('id/cloudinary-public-id', `cloudinary upload ok public_id=products/${r.hex(20)} version=${r.int(1.6e9, 1.75e9)} signature ${r.hex(40)}`),
  (r) => neg('id/base64-json', `webhook payload (base64): ${Buffer.from(JSON.stringify({ event: 'invoice.paid', invoice: `in_${r.b62(14)}`, amount: r.int(100, 9999) })).toString('base64')}`),
  (r) => neg('id/stripe-cus', `stripe: invoice.payment_failed for customer cus_${r.b62(14)} subscription sub_${r.b62(24)}`),
  (r) => neg('id/twilio-sid', `Twilio error 20003 for account AC${r.hex(32)}: Authentication Error - invalid username`),
  (r) => neg('id/aws-arn', `AccessDenied: arn:aws:iam::${r.digits(12)}:role/ci-deploy is not authorized to perform s3:PutObject on arn:aws:s3:::acme-artifacts/*`),
  (r) => neg('id/iso-dates', `report window 2026-11-01T00:00:00Z..2026-11-30T23:59:59Z, generated ${r.int(2020, 2026)}-0${r.int(1, 9)}-1${r.int(0, 9)}`),
  (r) => neg('id/invoice-number', `Xero: Invoice INV-${r.int(10000, 99999)} could not be voided (status PAID), contact ${r.uuid()}`),
  (r) => neg('id/quickbooks-realm', `QuickBooks sync: realmId=${r.digits(19)} entity=Invoice Id=${r.int(100, 9999)} SyncToken=${r.int(0, 9)} stale object error`),
  (r) => neg('id/etherscan-tx', `tx 0x${r.hex(64)} reverted in block ${r.int(18000000, 21000000)}`),
  (r) => neg('id/random-b62', `correlation ${r.chars(B62, 12)}: retries=3 backoff=exponential last_status=503`),
  (r) => neg('id/card-bin', `BIN lookup ${card(r, '4', 16).slice(0, 6)} -> issuer "CHASE" country US (last4 ${r.digits(4)})`),
];
