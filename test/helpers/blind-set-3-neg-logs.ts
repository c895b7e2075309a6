import { ALPHA } from './blind-set-3-rng';
import type { NegativeMaker } from './blind-set-3-types';

/**
 * Blind set 3, negatives that are ordinary operational output: private, loopback and
 * documentation addresses, numbers that are not cards or phones, dates that are not birth dates,
 * stack traces and access logs without any secret.
 */
export const NEG_LOGS: Record<string, NegativeMaker> = {
  'nginx-private-ip': (v) => `10.${v.r.int(0, 255)}.${v.r.int(0, 255)}.${v.r.int(1, 254)} - - [03/Nov/2026:15:50:00 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"`,
  'xff-private-chain': (v) => `X-Forwarded-For: 172.${v.r.int(16, 31)}.${v.r.int(0, 255)}.${v.r.int(1, 254)}, 192.168.${v.r.int(0, 255)}.${v.r.int(1, 254)}`,
  'loopback-connect-refused': () => `Error: connect ECONNREFUSED 127.0.0.1:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)`,
  'doc-range-ips': () => `upstream 192.0.2.10:443 failed, retrying 198.51.100.22:443 then 203.0.113.5:443`,
  'link-local-metadata': () => `GET http://169.254.169.254/latest/meta-data/iam/info 200 (imds v2)`,
  'cgnat-ip': (v) => `peer 100.${v.r.int(64, 127)}.${v.r.int(0, 255)}.${v.r.int(1, 254)} joined tailnet`,
  'envoy-private-upstream': (v) =>
    `[2026-11-03T15:51:00.000Z] "POST /v1/charge HTTP/1.1" 200 - 120 88 31 30 "-" "grpc-go/1.64.0" "${v.r.uuid()}" "payments" "10.4.${v.r.int(0, 255)}.${v.r.int(1, 254)}:8080"`,
  'version-numbers-dotted': () => `running kubelet v1.30.4, containerd 1.7.22, kernel 5.15.0.1071, app build 4.12.0.3`,
  'ipv4-like-oid': () => `SNMP trap OID 1.3.6.1.4.1.2021.10.1.3.1 value 0.42`,
  'durations-and-sizes': () => `GC pause 12.4ms, heap 512.3MB/1024MB, rss 780MB, uptime 1234567s`,
  'unix-timestamps': (v) => `{"created":${v.r.int(1_700_000_000, 1_790_000_000)},"updated":${v.r.int(1_700_000_000, 1_790_000_000)}123}`,
  'iso-dates-not-dob': () => `{"created_at":"1998-04-12T10:00:00Z","release_date":"1987-06-30","expires_on":"2027-01-01"}`,
  'copyright-years': () => `Copyright (c) 1995-2026 Acme Corp. Licensed under Apache-2.0.`,
  'phone-like-order-ids': (v) => `order 4155${v.r.digits(6)} moved to warehouse 2; batch ${v.r.digits(10, true)}`,
  'http-status-counters': () => `status=200 count=14155552 bytes=20214155 p99=415ms`,
  'isbn-and-ean': () => `catalog sync: ISBN 978-3-16-148410-0, EAN 4006381333931, GTIN 00012345600012`,
  'iban-like-invalid-checksum': () => `reference DE00123456781234567890 (internal ledger id, not an account)`,
  'credit-card-bin-only': () => `BIN lookup 424242 -> VISA CREDIT GB; BIN 555555 -> MASTERCARD`,
  'test-cards-documented': () => `Use test card 4242 4242 4242 4242 with any CVC; 4000 0000 0000 0002 simulates a decline.`,
  'java-stack-no-secret': () =>
    `java.lang.NullPointerException: Cannot invoke "String.length()" because "token" is null\n\tat com.acme.auth.TokenFilter.doFilter(TokenFilter.java:58)\n\tat org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)`,
  'python-traceback-keyerror': () =>
    `Traceback (most recent call last):\n  File "/srv/app/settings.py", line 12, in <module>\n    SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nKeyError: 'DJANGO_SECRET_KEY'`,
  'go-panic-nil-map': () => `panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.loadSecrets(...)\n\t/app/secrets.go:31 +0x2a\nmain.main()\n\t/app/main.go:18 +0x65\nexit status 2`,
  'rust-error-no-secret': () => `Error: failed to read secret "stripe/api_key" from vault: status 403 Forbidden (policy "billing-ro" denies read)`,
  'ruby-no-secret': () => `ActiveRecord::RecordNotFound (Couldn't find User with 'id'=48213)`,
  'php-warning': () => `PHP Warning:  Undefined array key "password" in /var/www/app/login.php on line 22`,
  'dotnet-no-secret': () => `System.InvalidOperationException: The ConnectionString property has not been initialized.\n   at Microsoft.Data.SqlClient.SqlConnection.PermissionDemand()`,
  'k8s-events-normal': () =>
    `2m   Normal   Pulled   pod/api-7c9d5f8b6-x2v9p   Container image "registry.acme.io/api:1.42.0" already present on machine\n2m   Warning  BackOff  pod/api-7c9d5f8b6-x2v9p   Back-off restarting failed container api`,
  'k8s-secret-mounted-msg': () => `MountVolume.SetUp succeeded for volume "stripe-secret" : secret "stripe-secret" synced`,
  'terraform-plan-no-secret': () => `Plan: 3 to add, 1 to change, 0 to destroy.\n  + resource "aws_secretsmanager_secret" "db" {\n      + name = "prod/db-password"\n    }`,
  'ansible-ok-no-secret': () => `TASK [postgres : create user] ****\nok: [db-2] => {"changed": false, "user": "billing"}`,
  'gha-normal-steps': () =>
    `2026-11-03T15:55:00.0000000Z ##[group]Run actions/checkout@v4\n2026-11-03T15:55:00.0000100Z with:\n2026-11-03T15:55:00.0000200Z   repository: acme/api\n2026-11-03T15:55:00.0000300Z   token: ***`,
  'sql-no-literals': () => `LOG:  duration: 812.441 ms  execute <unnamed>: SELECT id, email, password_hash FROM users WHERE id = $1`,
  'sql-password-hash-column-ddl': () => `ALTER TABLE users ADD COLUMN password_hash text NOT NULL DEFAULT '';`,
  'kafka-connect-ok': () => `[2026-11-03 15:56:00,001] INFO [Producer clientId=orders-1] Cluster ID: ${'lkc-'}abc123 (org.apache.kafka.clients.Metadata)`,
  'rabbitmq-no-creds': () => `amqp091-go: dial amqps://b-1234.mq.eu-west-1.amazonaws.com:5671/: i/o timeout`,
  'postgres-url-no-password': () => `connecting to postgres://app@db.prod.internal:5432/app?sslmode=verify-full`,
  'redis-url-no-password': () => `REDIS_URL=redis://cache.prod.internal:6379/0`,
  'graphql-error-no-secret': () =>
    `{"errors":[{"message":"Cannot query field \\"passwordHash\\" on type \\"User\\".","locations":[{"line":3,"column":5}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}`,
  'grpc-metadata-no-auth': (v) => `rpc error: code = DeadlineExceeded; metadata=map[:authority:[payments:443] x-request-id:[${v.r.uuid()}] grpc-timeout:[4999m]]`,
  'syslog-5424-no-secret': (v) => `<165>1 2026-11-03T15:57:00.003Z web-3 nginx 2211 ID47 [meta@32473 requestId="${v.r.uuid()}" route="/api"] upstream timed out`,
  'logfmt-no-secret': (v) => `ts=2026-11-03T15:57:01Z level=info msg="token refreshed" expires_in=3600 token_type=Bearer request_id=${v.hex(16)}`,
  'har-no-secret': () => `{"request":{"method":"GET","url":"https://api.acme.io/v1/status","headers":[{"name":"Accept","value":"application/json"},{"name":"User-Agent","value":"Mozilla/5.0"}]}}`,
  'markdown-runbook': () => '### Rotating the Stripe key\n1. Create a new restricted key in the dashboard.\n2. Update `STRIPE_SECRET_KEY` in Vault (`secret/prod/stripe`).\n3. Restart `billing`.',
  'base64-image-snippet': (v) => `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${v.r.str(ALPHA.b64, 40)}`,
  'url-with-signed-expiry-public': () => `GET /static/app.9f8e7d6c.js HTTP/1.1 200 (cache-control: public, max-age=31536000, immutable)`,
  'css-hex-colors': () => `.btn-primary { color: #1a2b3c; background: #ffcc00; border-color: #0f0f0f; }`,
  'uuid-list-yaml': (v) => `tenants:\n  - id: ${v.r.uuid()}\n  - id: ${v.r.uuid()}\n  - id: ${v.r.uuid()}`,
  'content-length-numbers': () => `Content-Length: 4111111\nX-RateLimit-Remaining: 4999\nX-RateLimit-Reset: 1762185600`,
  'private-ip-ssh-log': (v) => `Accepted publickey for deploy from 10.8.${v.r.int(0, 255)}.${v.r.int(1, 254)} port 50122 ssh2: ED25519 SHA256:${v.r.str(ALPHA.b64, 43)}`,
  'mac-address-and-serial': () => `link eth0 up, mac 02:42:ac:11:00:02, serial SN-8842-1177-3390`,
  'internal-hostnames': () => `connected to db-primary.prod.internal:5432 via pgbouncer-0.pgbouncer.svc.cluster.local`,
  'date-time-field-names': () => `{"birthday_reminder_enabled":true,"dob_format":"YYYY-MM-DD","age_gate":18}`,
};
