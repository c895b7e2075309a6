import type { NegTemplate23 } from './blind-set-23-types';

/** Negatives: everyday alert logs with server addresses, private IPs, robot and role mailboxes, versions and timings only. */
export const negLogCases23: NegTemplate23[] = [
  [
    'curl-verbose-server',
    (g) => {
      const ip = `${g.pick(['54.187', '52.34', '3.18', '13.224'])}.${g.int(0, 255)}.${g.int(1, 254)}`;
      return `*   Trying ${ip}:443...
* Connected to api.stripe.com (${ip}) port 443 (#0)
* ALPN: offers h2,http/1.1
* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256
* Server certificate:
*  subject: CN=api.stripe.com
*  issuer: C=US; O=DigiCert Inc; CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1
> POST /v1/payment_intents HTTP/2
> Host: api.stripe.com
> User-Agent: curl/8.5.0
< HTTP/2 503
< request-id: req_${g.b62(14)}
* Connection #0 to host api.stripe.com left intact`;
    },
  ],
  [
    'private-ips',
    (g) =>
      `dial tcp 10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}:6379: i/o timeout; fallback 172.${g.int(16, 31)}.${g.int(0, 255)}.${g.int(1, 254)}:6379 refused; sidecar 127.0.0.1:15001 ok; node 192.168.${g.int(0, 255)}.${g.int(1, 254)} NotReady; ipv6 ::1 and fd00:${g.hex(4)}::${g.hex(2)} unreachable`,
  ],
  [
    'robot-mailboxes',
    (g) =>
      `SMTP 550 5.7.1 from <noreply@lumenstack.io> to <billing@carrowayfoods.co.uk>: message rejected by DMARC policy; bounce-to=bounces+${g.hex(12)}@mg.lumenstack.io; escalation cc support@lumenstack.io, security@lumenstack.io (queue id ${g.upperAlnum(10)})`,
  ],
  [
    'pg-auth-failed',
    (g) => `FATAL:  password authentication failed for user "orders_rw"
DETAIL:  Connection matched pg_hba.conf line 104: "hostssl all all 10.0.0.0/8 scram-sha-256"
pgbouncer: closing because: server login failed: wrong password type (age=${g.int(0, 9)}s) db=orders user=orders_rw`,
  ],
  [
    'mysql-access-denied',
    (g) =>
      `SQLSTATE[HY000] [1045] Access denied for user 'wp_shop'@'10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}' (using password: YES) (SQL: select * from \`wp_options\` where \`option_name\` = 'woocommerce_version' limit 1)`,
  ],
  [
    'redis-noauth',
    (g) => `ReplyError: NOAUTH Authentication required. command=GET args=["sess:${g.hex(40)}"] code=NOAUTH at RedisClient.sendCommand (node_modules/@redis/client/dist/lib/client/index.js:520:29)`,
  ],
  [
    'k8s-oomkilled',
    (
      g,
    ) => `Warning  BackOff  ${g.int(1, 59)}m (x${g.int(2, 90)} over ${g.int(1, 9)}h)  kubelet  Back-off restarting failed container webhook-relay in pod webhook-relay-${g.hex(10)}-${g.lowerAlnum(5)}_integrations(${g.uuid()})
Last State: Terminated Reason: OOMKilled Exit Code: 137 Started: ${g.iso()} Image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/webhook-relay:v${g.int(1, 4)}.${g.int(0, 30)}.${g.int(0, 9)}`,
  ],
  [
    'python-traceback-plain',
    (g) => `Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task
    R = retval = fun(*args, **kwargs)
  File "/app/sync/tasks.py", line ${g.int(20, 400)}, in sync_invoices
    raise RetryableError(f"upstream 502 from quickbooks after {attempt} attempts")
sync.errors.RetryableError: upstream 502 from quickbooks after 5 attempts
[celery] Task sync.tasks.sync_invoices[${g.uuid()}] retry: Retry in ${g.int(30, 600)}s`,
  ],
  [
    'java-gc-thread',
    (
      g,
    ) => `"http-nio-8080-exec-${g.int(1, 200)}" #${g.int(30, 300)} daemon prio=5 os_prio=0 cpu=${g.int(100, 9000)}.${g.digits(2)}ms elapsed=${g.int(100, 9000)}.${g.digits(2)}s tid=0x00007f${g.hex(10)} nid=0x${g.hex(4)} waiting on condition  [0x00007f${g.hex(10)}]
   java.lang.Thread.State: TIMED_WAITING (parking)
	at jdk.internal.misc.Unsafe.park(java.base@21.0.5/Native Method)
	- parking to wait for  <0x00000000${g.hex(8)}> (a java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject)
[GC (Allocation Failure) [PSYoungGen: ${g.int(100000, 900000)}K->${g.int(1000, 90000)}K(${g.int(100000, 900000)}K)] ${g.int(1000000, 2000000)}K->${g.int(100000, 900000)}K, 0.0${g.digits(6)} secs]`,
  ],
  [
    'datadog-alert-body',
    (g) => `%%%
@slack-integrations-alerts {{#is_alert}}Error rate on webhook-relay above 5% for 10m{{/is_alert}}
Value: ${g.int(5, 40)}.${g.digits(2)}% host:ip-10-${g.int(0, 255)}-${g.int(0, 255)}-${g.int(1, 254)}.eu-west-1.compute.internal kube_namespace:integrations version:${g.int(1, 4)}.${g.int(0, 30)}.${g.int(0, 9)}
Snapshot: https://p.datadoghq.eu/snapshot/view/dd-snapshots-eu1-prod/org_${g.int(100000, 999999)}/${g.iso().slice(0, 10)}/${g.hex(40)}.png
%%%`,
  ],
  [
    'retry-dead-letter-ids',
    (g) =>
      `dead-letter: job=sync-hubspot-deals id=${g.uuid()} attempts=10 first_failure=${g.iso()} last_error="ETIMEDOUT api.hubapi.com:443" idempotency_key=${g.hex(32)} queue=bull:hubspot:failed payload_bytes=${g.int(100, 9000)} checksum=sha256:${g.hex(64)}`,
  ],
  [
    'versions-and-timings',
    (g) =>
      `node=v20.18.${g.int(0, 3)} npm=10.8.${g.int(0, 3)} stripe-node=16.${g.int(0, 12)}.${g.int(0, 9)} openssl=3.0.${g.int(10, 15)} uptime=${g.int(1000, 900000)}s p50=${g.int(20, 200)}ms p99=${g.int(300, 9000)}ms rss=${g.int(100, 900)}MB heap=${g.int(50, 400)}MB build=2026.12.${g.int(1, 5)}-${g.hex(7)}`,
  ],
  [
    'base64-pdf-blob',
    (g) =>
      `invoice renderer returned non-PDF (content-type=text/html), first bytes: ${Buffer.from('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>').toString('base64')} (len=${g.int(150, 400)})`,
  ],
  [
    'gcs-hash-headers',
    (g) =>
      `GCS upload resumable session lost: x-goog-hash: crc32c=${g.b64(4)},md5=${g.b64(16)} x-guploader-uploadid: ${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 72)} x-goog-generation: ${g.digits(16)} x-goog-metageneration: 1`,
  ],
  [
    'health-check-fail',
    (g) =>
      `GET /healthz 503 from 10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)} (kube-probe/1.30) 2.${g.digits(3)}ms deps={"postgres":"ok","redis":"timeout","stripe":"ok","s3":"ok"} pod=webhook-relay-${g.hex(10)}-${g.lowerAlnum(5)}`,
  ],
  [
    'cron-summary',
    (g) =>
      `[cron] nightly-reconcile finished in ${g.int(100, 4000)}s: ${g.int(1000, 90000)} charges, ${g.int(0, 40)} mismatches, ${g.int(0, 5)} currency rounding diffs (EUR ${g.int(0, 9)}.${g.digits(2)}), next run ${g.iso()}; report s3://acme-finance-reports/reconcile/${g.iso().slice(0, 10)}.csv`,
  ],
  [
    'oauth-invalid-grant-noid',
    (g) => `oauth2: "invalid_grant" "Token has been expired or revoked." provider=google tenant=${g.int(100, 9999)} integration=gmail-sync status=reauth_required notified=admins@lumenstack.io`,
  ],
  [
    'webhook-no-pii',
    (g) =>
      `stripe webhook handler error: TypeError: Cannot read properties of null (reading 'metadata') event={"id":"evt_1${g.b62(23)}","type":"invoice.paid","data":{"object":{"id":"in_1${g.b62(23)}","customer":"cus_${g.b62(14)}","amount_paid":${g.int(100, 90000)},"currency":"eur","status":"paid"}}}`,
  ],
  [
    'nginx-upstream',
    (g) =>
      `${g.iso()} [error] 31#31: *${g.int(1000, 999999)} upstream prematurely closed connection while reading response header from upstream, client: 10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}, server: api.lumenstack.io, request: "POST /webhooks/shopify HTTP/1.1", upstream: "http://10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}:8080/webhooks/shopify", host: "api.lumenstack.io"`,
  ],
  [
    'rate-limit-headers',
    (g) =>
      `GitHub API rate limited: x-ratelimit-limit=5000 x-ratelimit-remaining=0 x-ratelimit-reset=${g.epoch()} x-ratelimit-resource=core x-github-request-id=${g.hex(4).toUpperCase()}:${g.hex(6).toUpperCase()}:${g.hex(7).toUpperCase()}:${g.hex(8).toUpperCase()}:${g.hex(8).toUpperCase()} retry-after=${g.int(10, 3600)}`,
  ],
  [
    'zap-json-ids',
    (g) =>
      `{"level":"error","ts":${g.epoch()}.${g.digits(6)},"caller":"ledger/post.go:${g.int(20, 400)}","msg":"ledger post rejected","journal_id":"jr_${g.lowerAlnum(20)}","entry_id":"${g.uuid()}","amount_minor":${g.int(100, 900000)},"currency":"GBP","reason":"account frozen","account_ref":"acc_${g.lowerAlnum(16)}"}`,
  ],
];
