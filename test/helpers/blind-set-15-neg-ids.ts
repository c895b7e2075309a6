import { withLuhn } from './blind-set-9-checks';
import { B62, B64URL, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { iso15, neg, type NegCase15 } from './blind-set-15-types';

const dec = (r: Parameters<NegCase15>[0], n: number): string => String(r.int(1, 9)) + r.digits(n - 1);

/** Identifiers, hashes and trace ids from the same integration contexts as the positives. */
export const negIds: NegCase15[] = [
  (r) => neg('dd/trace-json', `{"ts":"${iso15(r)}","level":"error","msg":"upstream 502 from billing","dd":{"trace_id":"${dec(r, 19)}","span_id":"${dec(r, 19)}","service":"checkout","env":"prod","version":"2026.11.${r.int(1, 30)}"}}`),
  (r) => neg('w3c/traceparent', `outgoing headers: traceparent: 00-${r.hex(32)}-${r.hex(16)}-01, tracestate: dd=s:1;o:rum;t.dm:-0, x-request-id: ${r.uuid()}`),
  (r) => neg('aws/xray-ids', `Error: ThrottlingException: Rate exceeded
  $metadata: { httpStatusCode: 400, requestId: '${r.uuid()}', extendedRequestId: undefined, cfId: undefined, attempts: 3, totalRetryDelay: 1834 }
  X-Amzn-Trace-Id: Root=1-${r.hex(8)}-${r.hex(24)};Parent=${r.hex(16)};Sampled=1`),
  (r) => neg('aws/s3-request-ids', `<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message><RequestId>${r.chars(UPPER + DIGITS, 16)}</RequestId><HostId>${r.b64(57)}</HostId></Error>`),
  (r) => neg('stripe/object-ids', `stripe webhook handled: evt_1Q${r.b62(22)} type=payment_intent.payment_failed pi=pi_3Q${r.b62(22)} customer=cus_${r.b62(14)} charge=ch_3Q${r.b62(22)} request=req_${r.b62(14)} idempotency_key=${r.uuid()}`),
  (r) => neg('git/ci-shas', `HEAD is now at ${r.hex(7)} fix(billing): retry on 409
Checking out ${r.hex(40)} (refs/remotes/origin/main)
merge-base: ${r.hex(40)}  tree: ${r.hex(40)}`),
  (r) => neg('docker/digests', `Pulling fs layer ${r.hex(12)}
Digest: sha256:${r.hex(64)}
Status: Downloaded newer image for ghcr.io/corp/ledger-api@sha256:${r.hex(64)}`),
  (r) => neg('npm/integrity', `npm warn tarball tarball data for @corp/ui-kit@4.2.1 (sha512-${r.b64(64)}) seems to be corrupted. Trying again.
  resolved: https://registry.npmjs.org/@corp/ui-kit/-/ui-kit-4.2.1.tgz`),
  (r) => neg('k8s/uids', `LAST SEEN   TYPE      REASON      OBJECT                              MESSAGE
2m          Warning   Unhealthy   pod/ledger-api-5d8f7c9b6-${r.chars(LOWER + DIGITS, 5)}     Readiness probe failed: HTTP probe failed with statuscode: 503
  involvedObject.uid: ${r.uuid()}  resourceVersion: "${r.digits(9)}"`),
  (r) => neg('bq/job-ids', `google.api_core.exceptions.BadRequest: 400 Resources exceeded during query execution; reason: resourcesExceeded, location: EU, job id: bquxjob_${r.hex(8)}_${r.hex(11)}
  jobReference: {'projectId': 'corp-dw', 'jobId': 'job_${r.chars(B64URL, 28)}', 'location': 'EU'}`),
  (r) => neg('snowflake/query-ids', `snowflake.connector.errors.ProgrammingError: 000604 (57014): SQL execution was cancelled by the client due to a timeout. sfqid: 01b${r.hex(5)}-0${r.digits(3)}-${r.hex(4)}-0000-${r.hex(12)}`),
  (r) => neg('mongo/objectids', `MongoBulkWriteError: E11000 duplicate key error collection: catalog.products index: sku_1 dup key: { sku: "SKU-${r.digits(6)}" } writeErrors: [{ index: 3, op: { _id: ObjectId('${r.hex(24)}'), variant: ObjectId('${r.hex(24)}') } }]`),
  (r) => neg('salesforce/record-ids', `[{"message":"entity is deleted","errorCode":"ENTITY_IS_DELETED","fields":[]}] for Opportunity 006${r.chars(B62, 15)} owner 005${r.chars(B62, 12)} account 001${r.chars(B62, 15)}`),
  (r) => neg('shopify/gids', `GraphQL error on fulfillmentCreateV2: {"message":"Fulfillment order gid://shopify/FulfillmentOrder/${r.digits(13)} is closed","locations":[{"line":2,"column":3}],"extensions":{"code":"INVALID","requestId":"${r.uuid()}"}} order=#${r.int(1001, 99999)}`),
  (r) => neg('shipping/tracking', `carrier sync: label created ups=1Z${r.chars(UPPER + DIGITS, 6)}03${r.digits(8)} fedex=${r.digits(12)} dhl=${r.digits(10)} usps=9400${r.digits(18)} status=LABEL_CREATED`),
  (r) => neg('ledger/luhn-ref', `reconcile: bank transfer reference ${withLuhn('9' + r.digits(14))} matched to invoice INV-2026-${r.digits(5)} (amount 1,204.00 EUR)`),
  (r) => neg('sentry/event-ids', `Sentry: event ${r.hex(32)} dropped (rate limited) issue_id=${r.digits(10)} release=ledger-api@2026.11.${r.int(1, 30)}+${r.hex(7)}`),
  (r) => neg('twilio/message-sids', `twilio status callback: MessageSid=SM${r.hex(32)} MessagingServiceSid=MG${r.hex(32)} AccountSid=AC${r.hex(32)} MessageStatus=undelivered ErrorCode=30003`),
  (r) => neg('slack/ts-ids', `slack chat.update failed: message_not_found channel=C0${r.chars(UPPER + DIGITS, 9)} ts=${r.int(1790000000, 1799999999)}.${r.digits(6)} team=T0${r.chars(UPPER + DIGITS, 9)} user=U0${r.chars(UPPER + DIGITS, 9)}`),
  (r) => neg('github/node-ids', `{"errors":[{"type":"NOT_FOUND","path":["node"],"message":"Could not resolve to a node with the global id of 'PR_kwDO${r.chars(B64URL, 16)}'"}],"run_id":${r.digits(11)},"check_suite_id":${r.digits(11)}}`),
  (r) => neg('snmp/oids', `snmpwalk: Timeout on 1.3.6.1.4.1.${r.int(2000, 60000)}.1.${r.int(1, 9)}.${r.int(1, 99)}; cert subject OID 2.5.4.3, policy 1.3.6.1.4.1.311.21.${r.int(1, 9)}; ext 2.5.29.17`),
  (r) => neg('time/epochs', `slow request: started=${Date.UTC(2026, 10, r.int(1, 28))} ended_ns=${r.int(1790000000, 1799999999)}${r.digits(9)} duration_ms=${r.int(3000, 9000)} build=2026.11.${r.int(1, 28)}.${r.int(1000, 9999)}`),
  (r) => neg('azure/correlation', `Azure.RequestFailedException: The specified container does not exist. RequestId:${r.uuid()} Time:${iso15(r)}
x-ms-client-request-id: ${r.uuid()}  x-ms-correlation-request-id: ${r.uuid()}`),
  (r) => neg('okta/request-id', `okta.event user.session.start outcome=FAILURE reason=INVALID_CREDENTIALS uuid=${r.uuid()} transaction.id=${r.chars(B62 + '-_', 27)} x-okta-request-id=${r.chars(B62 + '-_', 27)}`),
  (r) => neg('jwks/kid', `jwt verify failed: no key for kid="${r.chars(B64URL, 43)}" (have kids: ${r.chars(B64URL, 43)}, ${r.chars(B64URL, 43)}); x5t#S256=${r.chars(B64URL, 43)}`),
  (r) => neg('webpack/hashes', `Error: Loading chunk 412 failed. (missing: https://static.corp.io/assets/js/412.${r.hex(8)}.chunk.js) main.${r.hex(20)}.js vendor.${r.hex(20)}.js`),
  (r) => neg('s3/etags', `2026-11-21 02:14:09  ${r.int(1000, 99999999)} exports/part-0000${r.int(0, 9)}.parquet  ETag "${r.hex(32)}-${r.int(2, 40)}" VersionId ${r.chars(B62 + '._', 32)}`),
  (r) => neg('kafka/offsets', `[Consumer clientId=orders-7, groupId=orders-projector] Seeking to offset ${r.digits(10)} for partition orders-${r.int(0, 11)}; memberId=orders-7-${r.uuid()} generationId=${r.int(10, 999)}`),
];
