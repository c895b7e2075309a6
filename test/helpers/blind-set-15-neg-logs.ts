import { ibanOk } from './blind-set-9-checks';
import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { iso15, neg, type NegCase15, type Rng15 } from './blind-set-15-types';

const ip10 = (r: Rng15): string => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;

/** An IBAN-shaped SKU whose mod-97 check fails. */
const ibanLikeSku = (r: Rng15): string => {
  for (;;) {
    const s = `DE${r.digits(20)}`;
    if (!ibanOk(s)) return s;
  }
};

/** Ordinary failure output from the same stacks, languages and tools, holding nothing secret. */
export const negLogs: NegCase15[] = [
  (r) => neg('nginx/access', `${ip10(r)} - - [21/Nov/2026:06:12:44 +0000] "POST /v1/webhooks/stripe HTTP/2.0" 502 166 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)" rt=30.001 uct="0.001" req_id=${r.hex(32)}`),
  (r) => neg('java/hashcodes', `java.lang.IllegalStateException: Connection pool shut down
	at org.apache.http.util.Asserts.check(Asserts.java:34)
	at com.corp.sync.HubspotPoller@${r.hex(8)}.poll(HubspotPoller.java:91)
	Thread[pool-${r.int(1, 9)}-thread-${r.int(1, 64)},5,main] id=${r.int(20, 400)}`),
  (r) => neg('go/goroutine', `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x${r.hex(2)} pc=0x${r.hex(7)}]
goroutine ${r.int(10, 9999)} [running]:
main.(*Syncer).flush(0xc000${r.hex(6)}, {0x${r.hex(7)}, 0xc000${r.hex(6)}})
	/src/sync/flush.go:88 +0x${r.hex(3)}`),
  (r) => neg('python/locals-clean', `Traceback (most recent call last):
  File "/app/tasks/export.py", line 33, in run
    rows = fetch(batch_id, limit=limit)
    locals: batch_id = '${r.uuid()}', limit = 5000, attempt = 3, region = 'eu-west-1'
requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.hubapi.com', port=443): Read timed out. (read timeout=30)`),
  (r) => neg('sql/dup-order', `ERROR:  duplicate key value violates unique constraint "orders_order_number_key"
DETAIL:  Key (order_number)=(${r.digits(12)}) already exists.
CONTEXT:  COPY orders, line ${r.int(2, 9999)}`),
  () => neg('pg/auth-failed', `FATAL:  password authentication failed for user "ledger_rw"
DETAIL:  Connection matched pg_hba.conf line 98: "hostssl all all 0.0.0.0/0 scram-sha-256"`),
  () => neg('redis/noauth', `redis.exceptions.AuthenticationError: NOAUTH Authentication required.
  url = 'rediss://redis-sessions.prod:6380/2'  # password from REDIS_PASSWORD (unset)`),
  (r) => neg('dsn/placeholder', `sqlalchemy.exc.OperationalError: could not translate host name "pg-\${ENV}.internal" to address
  url: postgresql+psycopg://ledger_rw:\${DB_PASSWORD}@pg-\${ENV}.internal:5432/ledger  masked: postgresql://ledger_rw:****@pg-prod.internal/ledger pool=${r.int(5, 20)}`),
  (r) => neg('mongo/no-password', `MongoServerSelectionError: connect ECONNREFUSED ${ip10(r)}:27017
  uri: mongodb://mongo-0.mongo.db.svc:27017,mongo-1.mongo.db.svc:27017/?replicaSet=rs0&authSource=admin`),
  (r) => neg('tf/aws-ids', `Error: creating EC2 Instance: InvalidSubnetID.NotFound: The subnet ID 'subnet-${r.hex(17)}' does not exist
  with aws_instance.worker["${r.int(0, 5)}"], vpc_id = "vpc-${r.hex(17)}", ami = "ami-${r.hex(17)}", security_groups = ["sg-${r.hex(17)}"]`),
  (r) => neg('aws/arns', `AccessDeniedException: User: arn:aws:sts::${r.digits(12)}:assumed-role/etl-runner/i-${r.hex(17)} is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:eu-west-1:${r.digits(12)}:key/${r.uuid()}`),
  (r) => neg('gitlab/masked', `Running on runner-${r.chars(LOWER + DIGITS, 8)}-project-${r.int(100, 9999)}-concurrent-0 via gitlab-runner-7d9f...
$ echo "registry token: $CI_REGISTRY_PASSWORD"
registry token: [MASKED]
Job ${r.digits(10)} failed in pipeline ${r.digits(9)}`),
  (r) => neg('h2/response-headers', `< HTTP/2 429
< date: Sat, 21 Nov 2026 06:12:44 GMT
< content-type: application/json
< x-request-id: ${r.uuid()}
< cf-ray: ${r.hex(16)}-FRA
< etag: W/"${r.hex(40)}"
< retry-after: 30`),
  (r) => neg('grpc/metadata-clean', `rpc error: code = DeadlineExceeded desc = context deadline exceeded
metadata: map[content-type:[application/grpc] grpc-accept-encoding:[gzip] traceparent:[00-${r.hex(32)}-${r.hex(16)}-01] x-request-id:[${r.uuid()}] user-agent:[grpc-go/1.64.0]]`),
  (r) => neg('protobuf/text-clean', `rejected OrderEvent {
  order_id: "ord_${r.b62(20)}"
  merchant_id: ${r.digits(8)}
  amount { currency_code: "EUR" units: ${r.int(1, 900)} nanos: ${r.int(0, 99)}0000000 }
  created_at { seconds: ${r.int(1790000000, 1799999999)} }
}`),
  (r) => neg('go/struct-clean', `retrying job: &jobs.Job{ID:"${r.uuid()}", Queue:"invoices", Attempt:4, MaxAttempts:10, RunAt:time.Date(2026, time.November, 21, 6, 12, 44, 0, time.UTC), Backoff:30s, Checksum:"${r.hex(40)}"}`),
  (r) => neg('rust/debug-clean', `Error: Timeout(Elapsed(())) while sending batch BatchId(${r.uuid()}) { records: ${r.int(10, 999)}, bytes: ${r.int(1000, 99999)}, partition: Some(${r.int(0, 11)}), lag: ${r.int(1, 60)}.${r.digits(3)}s }`),
  (r) => neg('elixir/refs', `** (exit) exited in: GenServer.call(#PID<0.${r.int(100, 999)}.0>, {:checkout, #Reference<0.${r.digits(10)}.${r.digits(10)}.${r.digits(6)}>, true}, 5000)
    ** (EXIT) time out`),
  (r) => neg('php/sku', `Array
(
    [sku] => ${ibanLikeSku(r)}
    [ean] => ${r.digits(13)}
    [qty] => ${r.int(1, 40)}
    [warehouse] => FRA-${r.int(1, 9)}
)
PHP Notice:  Undefined index: price in /var/www/shop/import.php on line 212`),
  (r) => neg('dotnet/clean', `System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).
   at Corp.Erp.Client.SendAsync(HttpRequestMessage req) in /src/Erp/Client.cs:line 88
   ActivityId: ${r.uuid()}  TraceIdentifier: 0HN${r.chars(UPPER + DIGITS, 10)}:0000000${r.int(1, 9)}`),
  (r) => neg('powershell/thumbprint', `Get-ChildItem Cert:\\LocalMachine\\My | Where Thumbprint -eq '${r.hex(40).toUpperCase()}'
Import-PfxCertificate : The PFX file could not be found. (Serial ${r.hex(32).toUpperCase()})`),
  (r) => neg('yaml/deployment', `containers:
  - name: ledger-api
    image: ghcr.io/corp/ledger-api:2026.11.${r.int(1, 28)}-${r.hex(7)}
    resources: { limits: { cpu: "1", memory: 1Gi } }
    env:
      - { name: DB_PASSWORD, valueFrom: { secretKeyRef: { name: ledger-db, key: password } } }`),
  (r) => neg('webhook/event-ids', `{"id":"evt_${r.b62(24)}","type":"invoice.payment_failed","livemode":true,"data":{"object":{"id":"in_${r.b62(24)}","number":"CORP-${r.digits(4)}-${r.digits(4)}","amount_due":${r.int(100, 99999)}}},"request":{"idempotency_key":"${r.uuid()}"}}`),
  (r) => neg('versions/builds', `ledger-api v3.${r.int(0, 40)}.${r.int(0, 20)} (build ${r.int(10000, 99999)}, commit ${r.hex(12)}, go1.23.3, kubelet v1.30.${r.int(1, 9)}-eks-${r.hex(7)}) failed readiness after ${r.int(30, 300)}s`),
  (r) => neg('metrics/csv', `ts,service,p50_ms,p99_ms,errors
${r.int(1790000000, 1799999999)},checkout,${r.int(20, 90)}.${r.digits(2)},${r.int(300, 900)}.${r.digits(2)},${r.int(0, 99)}
${r.int(1790000000, 1799999999)},ledger,${r.int(20, 90)}.${r.digits(2)},${r.int(300, 900)}.${r.digits(2)},${r.int(0, 99)}`),
  (r) => neg('hashes/files', `checksum mismatch for report.pdf: md5=${r.hex(32)} sha1=${r.hex(40)} sha256=${r.hex(64)}`),
  (r) => neg('graphql/clean', `{"errors":[{"message":"Variable \\"$id\\" got invalid value \\"${r.chars(B62, 12)}\\"; Expected type ID.","extensions":{"code":"BAD_USER_INPUT","requestId":"${r.uuid()}","traceId":"${r.hex(32)}"}}]}`),
  (r) => neg('kafka/lag', `${iso15(r)} WARN consumer lag high: group=invoice-projector topic=invoices partition=${r.int(0, 23)} committed=${r.digits(9)} end=${r.digits(9)} lag=${r.int(1000, 99999)} member=consumer-${r.int(1, 9)}-${r.uuid()}`),
];
