import { B62 } from './blind-set-9-rng';
import type { NegTemplate23 } from './blind-set-23-types';

/** Negatives: identifiers, hashes and checksums that look like secrets but grant nothing and name no one. */
export const negIdCases23: NegTemplate23[] = [
  [
    'stripe-object-ids',
    (g) =>
      `StripeCardError: Your card was declined. {"charge":"ch_3${g.b62(23)}","payment_intent":"pi_3${g.b62(23)}","customer":"cus_${g.b62(14)}","payment_method":"pm_1${g.b62(23)}","decline_code":"insufficient_funds","request_id":"req_${g.b62(14)}","idempotency_key":"${g.uuid()}"}`,
  ],
  [
    'stripe-event-retry',
    (g) =>
      `[webhooks] retry 3/8 for evt_1${g.b62(23)} (invoice.payment_failed) subscription=sub_1${g.b62(23)} invoice=in_1${g.b62(23)} customer=cus_${g.b62(14)} next_attempt=${g.epoch()} backoff_ms=${g.int(1000, 60000)}`,
  ],
  [
    'salesforce-record-ids',
    (g) =>
      `SalesforceMalformedRequest: Malformed request https://acme.my.salesforce.com/services/data/v59.0/composite/sobjects. Response content: [{'id': '001${g.b62(12)}AAQ', 'success': False, 'errors': [{'statusCode': 'DUPLICATES_DETECTED', 'message': 'Use one of these records?', 'fields': []}]}, {'id': '003${g.b62(12)}AAE', 'success': True, 'errors': []}]`,
  ],
  [
    'hubspot-object-ids',
    (g) =>
      `HubSpot batch upsert partial failure: {"status":"COMPLETE","results":[{"id":"${g.int(10000000000, 99999999999)}","properties":{"hs_object_id":"${g.int(10000000000, 99999999999)}","lifecyclestage":"lead"}}],"numErrors":1,"errors":[{"status":"error","category":"OBJECT_NOT_FOUND","message":"Object not found. objectId are usually numeric.","context":{"id":["${g.int(1000000, 9999999)}"]}}],"startedAt":"${g.iso()}"}`,
  ],
  [
    'trace-headers',
    (g) =>
      `upstream 504 after 30001ms traceparent=00-${g.hex(32)}-${g.hex(16)}-01 x-datadog-trace-id=${g.digits(19)} x-datadog-parent-id=${g.digits(18)} x-amzn-trace-id=Root=1-${g.hex(8)}-${g.hex(24)} x-request-id=${g.uuid()} x-cloud-trace-context=${g.hex(32)}/${g.digits(19)};o=1`,
  ],
  [
    'git-and-image-digests',
    (g) =>
      `deploy checkout-api@${g.hex(40)} image=ghcr.io/acme/checkout-api@sha256:${g.hex(64)} previous=${g.hex(7)} rollout stuck: 0/6 pods ready (ImagePullBackOff) build=${g.int(1000, 9999)} chart=checkout-api-${g.int(1, 3)}.${g.int(0, 40)}.${g.int(0, 9)}`,
  ],
  [
    'npm-integrity',
    (g) => `npm ERR! code EINTEGRITY
npm ERR! sha512-${g.b64(64)} integrity checksum failed when using sha512: wanted sha512-${g.b64(64)} but got sha512-${g.b64(64)}. (${g.int(10000, 999999)} bytes)`,
  ],
  [
    'etags-and-md5',
    (g) =>
      `s3 PutObject conflict: If-Match "${g.hex(32)}" != ETag "${g.hex(32)}-${g.int(2, 40)}"; Content-MD5: ${g.b64(16)}; x-amz-checksum-crc32c: ${g.b64(4)}; x-amz-version-id: ${g.chars(B62 + '._', 32)}; x-amz-request-id: ${g.upperAlnum(16)}; x-amz-id-2: ${g.b64(54)}`,
  ],
  [
    'twilio-sids',
    (g) =>
      `Twilio error 30007 (Message filtered) MessageSid=SM${g.hex(32)} AccountSid=AC${g.hex(32)} MessagingServiceSid=MG${g.hex(32)} more_info=https://www.twilio.com/docs/errors/30007 status_callback_attempt=2`,
  ],
  [
    'sentry-event-ids',
    (g) =>
      `Sentry issue ACME-CHECKOUT-${g.upperAlnum(3)} regressed: event_id=${g.hex(32)} release=checkout@${g.int(1, 9)}.${g.int(0, 30)}.${g.int(0, 9)}+${g.hex(7)} trace=${g.hex(32)} span=${g.hex(16)} fingerprint=['{{ default }}'] users affected: ${g.int(2, 400)}`,
  ],
  [
    'mongo-object-ids',
    (g) =>
      `MongoServerError: Plan executor error during findAndModify :: caused by :: WriteConflict error: this operation conflicted with another operation. Please retry your operation or multi-document transaction. { _id: ObjectId('${g.hex(24)}'), cartId: ObjectId('${g.hex(24)}'), lsid: { id: UUID("${g.uuid()}") }, txnNumber: ${g.int(1, 900)} }`,
  ],
  [
    'aws-arns',
    (g) =>
      `AccessDenied: User: arn:aws:sts::${g.digits(12)}:assumed-role/integrations-worker/${g.hex(32)} is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:${g.digits(12)}:key/${g.uuid()} because no identity-based policy allows the kms:Decrypt action (Service: Kms, Status Code: 400, Request ID: ${g.uuid()})`,
  ],
  [
    'adyen-psp-refs',
    (g) =>
      `Adyen notification ok: eventCode=AUTHORISATION success=false pspReference=${g.upperAlnum(16)} originalReference=${g.upperAlnum(16)} merchantReference=ORD-${g.digits(8)} reason="Refused" paymentMethod=mc cardSummary=${g.digits(4)} shopperReference=${g.uuid()}`,
  ],
  [
    'paypal-debug-ids',
    (g) =>
      `PayPalHttpError: {"name":"UNPROCESSABLE_ENTITY","details":[{"issue":"INSTRUMENT_DECLINED","description":"The instrument presented was either declined by the processor or bank, or it can't be used for this payment."}],"message":"The requested action could not be performed, semantically incorrect, or failed business validation.","debug_id":"${g.hex(13)}","links":[{"href":"https://developer.paypal.com/docs/api/orders/v2/#error-INSTRUMENT_DECLINED","rel":"information_link"}]} order_id=${g.upperAlnum(17)}`,
  ],
  [
    'pagination-cursors',
    (g) =>
      `shopify bulk sync stalled at page_info=${Buffer.from(JSON.stringify({ direction: 'next', last_id: g.int(1e12, 9e12), last_value: g.iso() })).toString('base64url')} cursor=${Buffer.from(`arrayconnection:${g.int(100, 9999)}`).toString('base64')} (throttled, cost=${g.int(100, 1000)}/1000)`,
  ],
  [
    'pubsub-message-data',
    (g) =>
      `google.api_core.exceptions.DeadlineExceeded: 504 Deadline Exceeded; message_id=${g.digits(16)} ordering_key=tenant-${g.int(1, 999)} data=${Buffer.from(JSON.stringify({ event: 'inventory.sync', sku_count: g.int(1, 500), warehouse: 'AMS-2' })).toString('base64')} attributes={'schema': 'v3'}`,
  ],
  [
    'slack-channel-ids',
    (g) => `slack chat.update failed: message_not_found channel=C0${g.upperAlnum(9)} ts=${g.epoch()}.${g.digits(6)} user=U0${g.upperAlnum(9)} team=T0${g.upperAlnum(8)} app=A0${g.upperAlnum(9)}`,
  ],
  [
    'order-numbers-phone-like',
    (g) =>
      `fulfilment lookup miss: order #${g.digits(3)}-${g.digits(3)}-${g.digits(4)} (legacy POS number), shipment 1Z${g.upperAlnum(6)}${g.digits(10)}, RMA ${g.digits(4)}-${g.digits(4)}-${g.digits(2)}; warehouse ticket WH-${g.digits(3)}-${g.digits(4)}`,
  ],
  [
    'tls-fingerprints',
    (g) =>
      `x509: certificate signed by unknown authority (possibly because of "crypto/rsa: verification error" while trying to verify candidate authority certificate "Acme Internal CA G2") sha256_fingerprint=${g.hex(64).toUpperCase().match(/.{2}/g)!.join(':')} serial=${g.hex(32)}`,
  ],
  [
    'datadog-monitor-ids',
    (g) =>
      `[P2] Triggered: Error rate high on service:payments-gateway env:prod (monitor ${g.int(10000000, 99999999)}, event ${g.digits(19)}, org ${g.int(100000, 999999)}) https://app.datadoghq.eu/monitors/${g.int(10000000, 99999999)}?group=service%3Apayments-gateway`,
  ],
  [
    'kafka-offsets',
    (g) =>
      `KafkaJSNumberOfRetriesExceeded: topic=payments.events partition=${g.int(0, 23)} offset=${g.int(1000000, 99999999)} groupId=ledger-consumer memberId=ledger-consumer-${g.uuid()} clientId=ledger highWatermark=${g.int(100000000, 999999999)}`,
  ],
  [
    'go-panic-addresses',
    (g) => `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${g.hex(6)}]

goroutine ${g.int(10, 9999)} [running]:
github.com/acme/ledger/internal/sync.(*Worker).flush(0xc000${g.hex(6)}, {0x${g.hex(7)}, 0xc000${g.hex(6)}})
	/src/internal/sync/worker.go:214 +0x${g.hex(3)}`,
  ],
];
