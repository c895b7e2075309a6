import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { b64s, iso16, neg, sha1hex, sha256hex, traceIds, type NegCase16 } from './blind-set-16-types';

const AN = UPPER + DIGITS;

/** Identifiers, digests and opaque blobs that integration dumps carry and that are not secrets. */
export const negIds: NegCase16[] = [
  (r) => { const { trace, span } = traceIds(r); return neg('ids/traceparent-header', `AxiosError: Request failed with status code 503\n  config: { headers: { traceparent: '00-${trace}-${span}-01', 'x-request-id': '${r.uuid()}', Accept: 'application/json' } }`); },
  (r) => neg('ids/otel-span-ids', `span name=GET /v1/orders kind=SERVER trace_id=${r.hex(32)} span_id=${r.hex(16)} parent_span_id=${r.hex(16)} status=ERROR http.response.status_code=504 duration_ms=${r.int(1000, 30000)}`),
  (r) => neg('ids/amzn-request-ids', `botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the PutRecords operation (reached max retries: 4): Rate exceeded\nResponseMetadata: {'RequestId': '${r.uuid()}', 'HTTPHeaders': {'x-amzn-requestid': '${r.uuid()}', 'x-amz-id-2': '${r.b64(48)}'}}`),
  (r) => neg('ids/git-shas', `Run actions/checkout@${sha1hex(r.b62(10))}\nHEAD is now at ${r.hex(7)} Merge pull request #${r.int(100, 9999)} from corp/renovate/axios-1.x\nref: refs/heads/main sha: ${sha1hex(r.b62(12))}`),
  (r) => neg('ids/docker-digests', `Error response from daemon: manifest for ghcr.io/corp/api@sha256:${sha256hex(r.b62(12))} not found: manifest unknown\nlast good image: ghcr.io/corp/api:2026.12.${r.int(1, 4)} (digest sha256:${sha256hex(r.b62(12))})`),
  (r) => neg('ids/etag-headers', `< HTTP/1.1 412 Precondition Failed\n< ETag: "${r.hex(32)}"\n< Last-Modified: Thu, 03 Dec 2026 10:${r.int(10, 59)}:02 GMT\n> If-Match: W/"${r.hex(16)}-${r.int(1, 99)}"`),
  (r) => neg('ids/idempotency-key', `stripe: (idempotency_error) Keys for idempotent requests can only be used with the same parameters they were first used with.\nIdempotency-Key: ${r.uuid()}\nStripe-Version: 2024-06-20\nrequest_id: req_${r.b62(14)}`),
  (r) => neg('ids/stripe-object-ids', `StripeInvalidRequestError: No such customer: 'cus_${r.b62(14)}'\n  at StripeError.generate\n  payment_intent: 'pi_${r.b62(24)}', charge: 'ch_${r.b62(24)}', event: 'evt_${r.b62(24)}', price: 'price_${r.b62(24)}'`),
  (r) => neg('ids/celery-task-ids', `[${iso16(r)}: INFO/MainProcess] Task reports.build_monthly[${r.uuid()}] retry: Retry in 60s: OperationalError('server closed the connection unexpectedly')\nroot_id=${r.uuid()} parent_id=None group=None`),
  (r) => neg('ids/sidekiq-jid', `WARN: {"context":"Job raised exception","job":{"class":"Reports::ExportJob","args":[${r.int(1000, 99999)},"2026-11"],"jid":"${r.hex(24)}","bid":"${r.b62(14)}","enqueued_at":${1796000000 + r.int(0, 999999)}.${r.digits(6)}}}`),
  (r) => neg('ids/k8s-uids', `Events:\n  Type     Reason     Age   From     Message\n  Warning  BackOff    2m    kubelet  Back-off restarting failed container api in pod api-${r.chars(LOWER + DIGITS, 10)}-${r.chars(LOWER + DIGITS, 5)}_prod(${r.uuid()})\n  containerID: containerd://${r.hex(64)}`),
  (r) => neg('ids/sentry-event', `{"event_id":"${r.hex(32)}","release":"web@4.12.${r.int(0, 9)}+${r.hex(7)}","dist":"${r.int(100, 999)}","contexts":{"trace":{"trace_id":"${r.hex(32)}","span_id":"${r.hex(16)}","op":"http.server"}},"fingerprint":["{{ default }}"]}`),
  (r) => neg('ids/base64-protobuf-payload', `grpc: received message larger than max (${r.int(4194305, 9999999)} vs. 4194304)\npayload_prefix(base64)=${r.b64(60)}\ngrpc-status-details-bin: ${b64s(`\b\u0008\u0012\u0011resource exhausted`)}`),
  (r) => neg('ids/kafka-offsets', `ERROR WorkerSinkTask{id=es-sink-0} Commit of offsets threw an unexpected exception for sequence number ${r.int(100, 9999)}: {orders.v1-3=OffsetAndMetadata{offset=${r.int(100000, 99999999)}, leaderEpoch=${r.int(1, 40)}, metadata=''}}`),
  (r) => neg('ids/content-md5', `botocore.exceptions.ClientError: An error occurred (BadDigest) when calling the PutObject operation: The Content-MD5 you specified did not match what we received.\n'Content-MD5': '${r.b64(16)}', 'x-amz-checksum-sha256': '${r.b64(32)}'`),
  (r) => neg('ids/order-numbers', `shopify-webhook: orders/paid handler error for order #${r.int(1000, 99999)} (name "CORP-${r.int(100000, 999999)}", id ${r.digits(13)}, checkout_token ${r.hex(32)})`),
  (r) => neg('ids/gha-run-ids', `Error: Process completed with exit code 1.\nrun_id=${r.digits(11)} run_attempt=2 job_id=${r.digits(11)} workflow_ref=corp/web/.github/workflows/deploy.yml@refs/heads/main`),
  (r) => neg('ids/airflow-run-id', `[${iso16(r)}] {taskinstance.py:1225} INFO - Marking task as UP_FOR_RETRY. dag_id=etl_orders, task_id=load_snowflake, run_id=scheduled__2026-12-03T02:00:00+00:00, map_index=-1, try_number=2`),
  (r) => neg('ids/jvm-object-hashes', `java.util.concurrent.TimeoutException: Did not observe any item or terminal signal within 30000ms in 'flatMap' (and no fallback has been configured)\n\tat reactor.core.publisher.FluxTimeout$TimeoutMainSubscriber.handleTimeout(FluxTimeout.java:296)\nconnection=PooledConnection{channel=[id: 0x${r.hex(8)}, L:/ - R:api.partner-corp.com/443]}`),
  (r) => neg('ids/dotnet-activity-ids', `fail: Microsoft.AspNetCore.Server.Kestrel[13]\n      Connection id "0HN${r.chars(AN, 10)}", Request id "0HN${r.chars(AN, 10)}:00000002": An unhandled exception was thrown by the application.\n      ActivityId: 00-${r.hex(32)}-${r.hex(16)}-00`),
  (r) => neg('ids/session-cache-keys', `redis: evicting keys under memory pressure: cache:product:${r.int(1000, 99999)}:v${r.int(1, 9)}, rl:bucket:${sha1hex(r.b62(8)).slice(0, 16)}, lock:job:${r.uuid()}`),
  (r) => neg('ids/uuid-list', `bulk delete partially failed: 3 of 50 ids not found: ["${r.uuid()}","${r.uuid()}","${r.uuid()}"]`),
  (r) => neg('ids/webhook-delivery-ids', `X-GitHub-Delivery: ${r.uuid()}\nX-GitHub-Hook-ID: ${r.digits(9)}\nX-Hub-Signature-256: sha256=${sha256hex(r.b62(10))}\nwebhook handler returned 500 for event push`),
  (r) => neg('ids/s3-version-ids', `ReplicationFailed: object exports/2026/12/03/orders-${r.int(0, 23)}.parquet versionId=${r.chars(B62 + '._', 32)} etag=${r.hex(32)}-${r.int(2, 40)} size=${r.int(1e6, 9e8)}`),
  (r) => neg('ids/mobile-crash-ids', `Incident Identifier: ${r.uuid().toUpperCase()}\nCrashReporter Key:   ${r.hex(40)}\nHardware Model:      iPhone15,3\nBinary Images:\n0x10${r.hex(7)} - 0x10${r.hex(7)} Corp arm64  <${r.hex(32)}> /private/var/containers/Bundle/Application/${r.uuid().toUpperCase()}/Corp.app/Corp`),
  (r) => neg('ids/integrity-hashes', `npm error code EINTEGRITY\nnpm error sha512-${r.b64(64)} integrity checksum failed when using sha512: wanted sha512-${r.b64(64)} but got sha512-${r.b64(64)}. (${r.int(10000, 99999)} bytes)`),
];
