import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { luhnOk } from './blind-set-9-checks';
import { neg, type NegCase13 } from './blind-set-13-types';

const CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** A 16-digit number that fails the Luhn check (an invoice or booking reference, not a card). */
export function notCard(r: Rng9, first: string): string {
  const n = first + r.digits(15);
  return luhnOk(n) ? notCard(r, first) : n;
}
/** An IBAN-shaped string whose check digits are wrong (a SKU, not an account). */
export function notIban(r: Rng9, cc: string, len: number): string {
  const body = r.chars(UPPER + DIGITS, len - 4);
  return `${cc}00${body}`;
}

/** Identifiers, hashes and references that look like secrets or personal data but are neither. */
export const negIds: NegCase13[] = [
  (r) => neg('ids/git-shas', `Merge ${r.hex(7)} ${r.hex(7)}\nHEAD is now at ${r.hex(40)} chore(deps): bump axios from 1.7.4 to 1.7.7\nremote: Resolving deltas: 100% (${r.int(10, 99)}/${r.int(10, 99)}), completed with ${r.int(2, 9)} local objects.`),
  (r) => neg('ids/image-digest', `Normal  Pulled   ${r.int(2, 59)}s   kubelet  Successfully pulled image "ghcr.io/acme/orders@sha256:${r.hex(64)}" in 2.114s (2.114s including waiting). Image size: ${r.int(40000000, 90000000)} bytes.`),
  (r) => neg('ids/otel-json', `{"timestamp":"2026-11-14T10:22:01.${r.digits(6)}Z","severity_text":"ERROR","body":"upstream timeout","trace_id":"${r.hex(32)}","span_id":"${r.hex(16)}","trace_flags":"01","resource":{"service.name":"checkout","service.version":"4.12.${r.int(0, 9)}"}}`),
  (r) => neg('ids/xray-request', `x-amzn-RequestId: ${r.uuid()}\nx-amzn-Trace-Id: Root=1-${r.hex(8)}-${r.hex(24)};Parent=${r.hex(16)};Sampled=0\nx-amz-apigw-id: ${r.b62(14)}=`),
  (r) => neg('ids/stripe-object-ids', `stripe: payment_intent.payment_failed evt_${r.b62(24)} pi_${r.b62(24)} ch_${r.b62(24)} (Request req_${r.b62(14)}, Idempotency-Key ${r.uuid()}) decline_code=insufficient_funds`),
  (r) => neg('ids/s3-etag', `upload complete: s3://acme-exports/2026/11/14/orders-${r.int(0, 23)}.csv.gz ETag="${r.hex(32)}-${r.int(2, 40)}" VersionId=${r.chars(B62 + '._', 32)} ChecksumCRC32=${r.b64(4)}`),
  (r) => neg('ids/lockfile-integrity', `"node_modules/undici": {\n  "version": "6.19.8",\n  "resolved": "https://registry.npmjs.org/undici/-/undici-6.19.8.tgz",\n  "integrity": "sha512-${r.b64(64)}"\n}`),
  (r) => neg('ids/gzip-payload', `{"type":"batch","compression":"gzip","encoding":"base64","payload":"H4sIAAAAAAAA/${r.b64(120)}","records":${r.int(10, 500)}}`),
  (r) => neg('ids/build-numbers', `Jenkins build #${r.int(1000, 9999)} (acme/orders/main) version=2026.11.${r.int(1, 30)}+build.${r.int(100, 9999)} image=registry.acme.io/orders:4.12.${r.int(0, 20)}-${r.hex(7)} commit=${r.hex(40)}`),
  (r) => neg('ids/order-numbers', `Order #${r.int(1000, 99999)} (Shopify gid://shopify/Order/${r.digits(13)}) synced to NetSuite SO${r.digits(6)}; Amazon order ${r.digits(3)}-${r.digits(7)}-${r.digits(7)} acknowledged`),
  (r) => neg('ids/tracking-numbers', `label created: UPS 1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)} | FedEx ${r.digits(12)} | DHL JJD${r.digits(18)} | USPS 9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`),
  (r) => neg('ids/iban-like-sku', `ERP article import: SKU ${notIban(r, 'DE', 22)} (colour ${r.pick(['RAL9005', 'RAL7016'])}) qty=${r.int(1, 90)}, SKU ${notIban(r, 'FR', 27)} qty=${r.int(1, 90)} warehouse=${r.chars(UPPER, 3)}-${r.int(1, 9)}`),
  (r) => neg('ids/booking-reference', `invoice_ref=${notCard(r, '4')} booking_ref=${notCard(r, '5')} status=PAID amount_cents=${r.int(1000, 99999)}`),
  (r) => neg('ids/timestamps', `ts=${r.int(1700000000, 1790000000)}${r.digits(3)} ts_ns=${r.int(1700000000, 1790000000)}${r.digits(9)} at=2026-11-${r.int(10, 28)}T${r.int(10, 23)}:00:00.${r.digits(6)}+01:00 uptime=${r.int(1000, 99999)}s`),
  (r) => neg('ids/warehouse-job-ids', `BigQuery job acme-analytics:EU.job_${r.chars(B64URL, 28)} failed: Resources exceeded; Snowflake query ${r.hex(8)}-0000-${r.hex(4)}-0000-${r.hex(12)} cancelled; Mongo _id ObjectId('${r.hex(24)}')`),
  (r) => neg('ids/slack-ids', `slack: posted to C0${r.chars(UPPER + DIGITS, 8)} by U0${r.chars(UPPER + DIGITS, 8)} ts=${r.int(1700000000, 1790000000)}.${r.digits(6)} thread_ts=${r.int(1700000000, 1790000000)}.${r.digits(6)} team=T0${r.chars(UPPER + DIGITS, 8)}`),
  (r) => neg('ids/datadog-ids', `[Datadog] Monitor ${r.int(1000000, 99999999)} triggered; dd.trace_id=${r.digits(19)} dd.span_id=${r.digits(19)} event_id=${r.digits(19)} org_id=${r.int(10000, 999999)}`),
  (r) => neg('ids/checksums-txt', `${r.hex(64)}  herald_4.2.0_linux_amd64.tar.gz\n${r.hex(64)}  herald_4.2.0_darwin_arm64.tar.gz\n${r.hex(64)}  herald_4.2.0_windows_amd64.zip`),
  (r) => neg('ids/k8s-object', `metadata:\n  name: orders-7d9c${r.hex(6)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}\n  uid: ${r.uuid()}\n  resourceVersion: "${r.int(1000000, 99999999)}"\n  generateName: orders-7d9c${r.hex(6)}-\n  ownerReferences: [{kind: ReplicaSet, uid: ${r.uuid()}}]`),
  (r) => neg('ids/cf-ray', `HTTP/2 502\ncf-ray: ${r.hex(16)}-${r.pick(['FRA', 'AMS', 'CDG', 'SIN'])}\ncf-cache-status: DYNAMIC\ncontent-md5: ${r.b64(16)}\nx-request-id: ${r.uuid()}`),
  (r) => neg('ids/ulid-ksuid-nanoid', `event_id=01J${r.chars(CROCK, 23)} batch=${r.b62(27)} client_ref=${r.chars(B64URL, 21)} correlation=${r.uuid()}`),
  (r) => neg('ids/salesforce-record-ids', `Bulk API job 750${r.b62(15)} completed: created 001${r.b62(15)}, 003${r.b62(15)}, 006${r.b62(15)}; failed 00Q${r.b62(15)} (DUPLICATE_VALUE)`),
  (r) => neg('ids/azure-resource-id', `The client '${r.uuid()}' with object id '${r.uuid()}' does not have authorization to perform action 'Microsoft.Storage/storageAccounts/listKeys/action' over scope '/subscriptions/${r.uuid()}/resourceGroups/rg-prod-weu/providers/Microsoft.Storage/storageAccounts/acmeprod${r.digits(3)}'. (Code: AuthorizationFailed, correlation id ${r.uuid()})`),
  (r) => neg('ids/gcp-resource', `ERROR: (gcloud.run.deploy) Revision 'orders-${r.digits(5)}-${r.chars(LOWER, 3)}' is not ready. Project number ${r.digits(12)}, operation projects/${r.digits(12)}/locations/europe-west1/operations/${r.uuid()}`),
  (r) => neg('ids/barcodes', `catalogue sync: ISBN 978-${r.digits(1)}-${r.digits(3)}-${r.digits(5)}-${r.digits(1)} EAN ${r.digits(13)} GTIN ${r.digits(14)} MPN ${r.chars(UPPER, 3)}-${r.digits(6)}`),
  (r) => neg('ids/github-run', `Run ${r.int(10000000000, 19999999999)} (attempt 2) of workflow ci.yml on ${r.hex(40)}; cache key node-modules-Linux-${r.hex(64)} restored; artifact id ${r.int(100000000, 999999999)}`),
  (r) => neg('ids/pagerduty-incident', `PagerDuty incident P${r.chars(UPPER + DIGITS, 6)} (#${r.int(1000, 99999)}) dedup_key=checkout-latency-${r.hex(12)} escalation_policy=P${r.chars(UPPER + DIGITS, 6)} service=P${r.chars(UPPER + DIGITS, 6)}`),
  (r) => neg('ids/versions-hashes', `go: downloading golang.org/x/net v0.${r.int(20, 30)}.0\ngo: downloading github.com/aws/aws-sdk-go-v2 v1.${r.int(20, 32)}.${r.int(0, 9)} h1:${r.b64(32)}\nverifying module: h1:${r.b64(32)}`),
];
