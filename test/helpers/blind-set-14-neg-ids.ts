import { ibanOk, luhnOk } from './blind-set-9-checks';
import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { host, ts } from './blind-set-14-tokens';
import { neg, type NegCase14 } from './blind-set-14-types';

/** Sixteen digits that fail Luhn (order ids, references). */
export function notCard(r: Rng9, len = 16): string {
  for (;;) {
    const s = String(r.int(1, 9)) + r.digits(len - 1);
    if (!luhnOk(s)) return s;
  }
}

/** An IBAN-shaped string whose mod-97 check fails (a SKU, a reference). */
function notIban(r: Rng9, cc: string): string {
  for (;;) {
    const s = `${cc}${r.digits(2)}${r.chars(UPPER, 4)}${r.digits(10)}`;
    if (!ibanOk(s)) return s;
  }
}

/** Identifiers, hashes, trace ids, masked and partial values: nothing to report. */
export const negIds: NegCase14[] = [
  (r) => neg('lambda/report-ids', `START RequestId: ${r.uuid()} Version: $LATEST\nEND RequestId: ${r.uuid()}\nREPORT RequestId: ${r.uuid()}\tDuration: 812.44 ms\tBilled Duration: 813 ms\tMemory Size: 1024 MB\tMax Memory Used: 201 MB\tInit Duration: 402.11 ms\nXRAY TraceId: 1-${r.hex(8)}-${r.hex(24)}\tSegmentId: ${r.hex(16)}\tSampled: true`),
  (r) => neg('gcp/trace-span', `{"logging.googleapis.com/trace":"projects/acme-prod/traces/${r.hex(32)}","logging.googleapis.com/spanId":"${r.hex(16)}","logging.googleapis.com/trace_sampled":true,"insertId":"${r.b62(14).toLowerCase()}"}`),
  (r) => neg('sentry/ids', `{"event_id":"${r.hex(32)}","release":"web@${r.hex(40)}","fingerprint":["{{ default }}","${r.hex(32)}"],"contexts":{"trace":{"trace_id":"${r.hex(32)}","span_id":"${r.hex(16)}"}}}`),
  (r) => neg('datadog/trace-ids', `{"dd":{"trace_id":"${r.int(1, 9)}${r.digits(18)}","span_id":"${r.int(1, 9)}${r.digits(18)}","service":"checkout","env":"prod","version":"2026.12.${r.int(1, 40)}"}}`),
  (r) => neg('ci/commit-shas', `HEAD is now at ${r.hex(7)} Merge pull request #${r.int(100, 9999)} from acme/fix-retry\n  ${r.hex(40)} refs/heads/main\n  ${r.hex(40)} refs/tags/v4.${r.int(0, 20)}.${r.int(0, 20)}`),
  (r) => neg('docker/digests', `#12 pushing layers\n#12 ${ts(r)} sha256:${r.hex(64)} done\n#12 writing manifest sha256:${r.hex(64)}\ndigest: sha256:${r.hex(64)} size: 2417`),
  (r) => neg('stripe/object-ids', `stripe.error.CardError: Your card was declined. request_id=req_${r.b62(14)} payment_intent=pi_${r.b62(24)} charge=ch_${r.b62(24)} customer=cus_${r.b62(14)} event=evt_${r.b62(24)}`),
  (r) => neg('adyen/psp-references', `pspReference=${r.chars(UPPER + DIGITS, 16)} originalReference=${r.chars(UPPER + DIGITS, 16)} merchantReference=ORDER-${r.digits(8)} eventCode=REFUND success=true`),
  (r) => neg('iso8583/masked-pan', `MTI=0110 DE002 PAN ......: 411111******${r.digits(4)}\nDE038 Auth code: ${r.chars(UPPER + DIGITS, 6)}\nDE039 Response: 05 (Do not honour)\nDE037 RRN: ${r.digits(12)}  DE011 STAN: ${r.digits(6)}`),
  (r) => neg('shipping/tracking', `shipment updates: UPS 1Z${r.chars(UPPER + DIGITS, 16)} in transit; DHL Express ${r.digits(10)} delivered; USPS 9400${r.digits(18)} accepted; GLS ${r.digits(11)}`),
  (r) => neg('sku/iban-like', `inventory sync: SKU ${notIban(r, 'DE')} (qty 4) and SKU ${notIban(r, 'NL')} (qty 0) not found in Shopify location ${r.digits(11)}`),
  (r) => neg('orders/luhn-invalid', `order ${notCard(r)} refunded; invoice ${notCard(r)}; marketplace order ${r.digits(3)}-${r.digits(7)}-${r.digits(7)}`),
  (r) => neg('builds/versions', `Build #${r.int(1000, 99999)} (${r.digits(8)}.${r.int(1, 9)}) of com.acme.app 7.${r.int(0, 30)}.${r.int(0, 9)} (CFBundleVersion ${r.digits(10)}) finished at ${Date.UTC(2026, 11, 4) + r.int(0, 86400000)}`),
  (r) => neg('k8s/uids', `pod/ingest-worker-${r.hex(10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)} uid=${r.uuid()} resourceVersion=${r.digits(9)} node=${host(r)}.eu-west-1.compute.internal`),
  (r) => neg('hashes/etag-md5', `ETag: "${r.hex(32)}"\nx-amz-version-id: ${r.b62(32)}\ncontent-md5: ${r.b64(16)}\nx-goog-hash: crc32c=${r.b64(4)}`),
  (r) => neg('segment/event-ids', `{"type":"track","event":"Order Completed","messageId":"ajs-next-${r.hex(32)}","anonymousId":"${r.uuid()}","userId":"usr_${r.b62(20)}","properties":{"order_id":"${r.digits(10)}","total":84.5}}`),
  (r) => neg('airbyte/job-summary', `Sync ${r.int(1000, 99999)} summary: recordsEmitted=${r.int(1000, 999999)} bytesEmitted=${r.int(100000, 99999999)} connectionId=${r.uuid()} jobId=${r.int(1000, 99999)} attemptNumber=0 status=succeeded`),
  (r) => neg('cards/last4', `Customer updated default card: Visa •••• ${r.digits(4)} (exp 04/29); previous card Mastercard ending in ${r.digits(4)}; **** **** **** ${r.digits(4)}`),
  (r) => neg('iban/masked', `payout destination: DE** **** **** **** **${r.digits(2)} 00 (last 4: ${r.digits(4)}) – bank "Sparkasse", BIC WELADEDDXXX`),
  (r) => neg('pii/masked', `contact verified: phone +49 151 ****${r.digits(4)}, email j***@gmail.com, date of birth **/**/19**, SSN ***-**-${r.digits(4)}`),
  (r) => neg('appstore/transaction-ids', `{"notificationType":"DID_RENEW","data":{"bundleId":"com.acme.app","environment":"Production","originalTransactionId":"${r.digits(15)}","transactionId":"${r.digits(15)}","webOrderLineItemId":"${r.digits(15)}","productId":"pro.monthly"}}`),
  (r) => neg('revenuecat/event', `{"event":{"type":"RENEWAL","app_user_id":"$RCAnonymousID:${r.hex(32)}","product_id":"pro_annual","price":49.99,"currency":"EUR","store":"PLAY_STORE","transaction_id":"GPA.${r.digits(4)}-${r.digits(4)}-${r.digits(4)}-${r.digits(5)}","id":"${r.uuid()}"}}`),
  (r) => neg('base64/protobuf', `kafka consumer: key=${r.b64(12)} value(base64)=CgZvcmRlcnMSJAoi${r.b64(60)} partition=3 offset=${r.digits(8)}`),
  (r) => neg('timestamps/epoch', `window_start=${1764800000000 + r.int(0, 99999999)} window_end=${1764800000000 + r.int(100000000, 199999999)} watermark=${ts(r)} lag_ms=${r.int(0, 9000)}`),
  (r) => neg('sepa/ids-only', `<GrpHdr><MsgId>ACME-${r.digits(14)}</MsgId><CreDtTm>2026-12-04T08:00:00</CreDtTm><NbOfTxs>${r.int(2, 90)}</NbOfTxs><CtrlSum>${r.int(1000, 99999)}.00</CtrlSum></GrpHdr><PmtInfId>PMT-${r.digits(10)}</PmtInfId><BIC>COBADEFFXXX</BIC>`),
  (r) => neg('plaid/mask-only', `{"accounts":[{"account_id":"${r.b62(37)}","mask":"${r.digits(4)}","name":"Plaid Checking","subtype":"checking"}],"item":{"item_id":"${r.b62(37)}","institution_id":"ins_${r.int(1, 130)}"},"request_id":"${r.b62(15)}"}`),
  (r) => neg('zapier/run-ids', `Zap run ${r.digits(19)} (zap ${r.int(100000000, 299999999)}) step 3 · Filter by Zapier: skipped; task id ${r.uuid()}`),
  (r) => neg('gitlab/pipeline-ids', `Pipeline #${r.int(1000000, 9999999)} job #${r.int(100000000, 999999999)} runner #${r.int(1000, 99999)} (${r.b62(8)}) — CI_COMMIT_SHA=${r.hex(40)} CI_JOB_TOKEN=[MASKED]`),
];
