import type { Rng36 } from './blind-set-36-rng';

/** A negative template: a text of the theme that holds nothing sensitive. */
export interface Negative36 {
  area: string;
  name: string;
  make: (r: Rng36) => string;
}

const n = (area: string, name: string, make: (r: Rng36) => string): Negative36 => ({ area, name, make });
const priv = (r: Rng36) => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
const iso = (r: Rng36) => new Date((1_793_000_000 + r.int(0, 9_000_000)) * 1000).toISOString();

/** Look-alikes: ids, hashes, public keys, example keys, placeholders, masked values, metrics. */
export const NEGATIVES36: Negative36[] = [
  n('gateway', 'kong-access-masked', (r) => `${priv(r)} - - [05/Dec/2026:${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} +0000] "GET /v1/orders?limit=50&apikey=[REDACTED] HTTP/1.1" 401 52 "-" "okhttp/4.12.0" kong_request_id="${r.hex(32)}" latency=${r.int(1, 90)}ms`),
  n('gateway', 'aws-docs-example-keys', (r) => `# from the AWS docs, do not use\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = ${r.pick(['us-east-1', 'eu-west-1'])}\n# apigw stage deployment ${r.b62(10).toLowerCase()} succeeded`),
  n('gateway', 'apim-placeholders', (r) => `<named-value id="billing-backend-pass" displayName="billing-backend-pass" secret="true" value="{{billing-backend-pass}}" />\n<authentication-basic username="svc-billing" password="{{billing-backend-pass}}" />\n<!-- Ocp-Apim-Subscription-Key: <your-subscription-key> ; rev ${r.int(1, 40)} -->`),
  n('gateway', 'traefik-access-private', (r) => `{"ClientHost":"${priv(r)}","DownstreamStatus":${r.pick([200, 204, 304])},"Duration":${r.int(100000, 9000000)},"RequestHost":"grafana.internal","RequestMethod":"GET","RequestPath":"/api/health","RouterName":"grafana@kubernetescrd","TraceId":"${r.hex(32)}","SpanId":"${r.hex(16)}","time":"${iso(r)}"}`),
  n('mesh', 'envoy-access-ids', (r) => `[${iso(r)}] "GET /healthz HTTP/1.1" 200 - via_upstream - "-" 0 2 ${r.int(0, 9)} ${r.int(0, 9)} "-" "kube-probe/1.29" "${r.uuid()}" "ledger:8080" "127.0.0.1:8080" inbound|8080|| 127.0.0.6:${r.int(30000, 60000)} ${priv(r)}:8080 ${priv(r)}:${r.int(30000, 60000)} traceparent=00-${r.hex(32)}-${r.hex(16)}-01`),
  n('mesh', 'grpc-deadline', (r) => `${iso(r)} WARN inventory/client.go:${r.int(40, 300)} reserve sku=SKU-${r.digits(6)} order=ORD-${r.digits(8)}: rpc error: code = DeadlineExceeded desc = context deadline exceeded (request_id=${r.uuid()}, attempt ${r.int(1, 5)}/5)`),
  n('mesh', 'istio-cert-fingerprint', (r) => `2026-12-05T${r.int(10, 23)}:00:00Z info cache generated new workload certificate latency=${r.int(50, 400)}ms ttl=23h59m59s resourceName=default spiffe://cluster.local/ns/payments/sa/ledger serial=${r.hex(32)} sha256=${r.hex(64)} root-cert-sha256=${r.hex(64)}`),
  n('mesh', 'apollo-redacted', (r) => `{"timestamp":"${iso(r)}","level":"ERROR","message":"Subgraph response from 'accounts' was malformed","trace_id":"${r.hex(32)}","operation_name":"GetProfile","variables":"[REDACTED]","authorization":"Bearer ********"}`),
  n('brokers', 'kafka-consumer-lag', (r) => `GROUP            TOPIC          PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG   CONSUMER-ID\nrefunds-worker   refunds.v1     ${r.int(0, 11)}          ${r.int(100000, 999999)}          ${r.int(1000000, 1999999)}         ${r.int(1000, 99999)}  rdkafka-${r.uuid()}`),
  n('brokers', 'rabbitmq-queue-stats', (r) => `{"name":"payouts.dlq","vhost":"/payouts","messages":${r.int(1, 9999)},"messages_unacknowledged":0,"consumers":0,"memory":${r.int(10000, 9999999)},"node":"rabbit@rabbitmq-${r.int(0, 2)}.rabbitmq-nodes.mq","policy":"dlx-${r.int(1, 9)}","idle_since":"${iso(r).slice(0, 19).replace('T', ' ')}"}`),
  n('brokers', 'helm-placeholders', (r) => `kafka:\n  sasl:\n    username: \${KAFKA_USERNAME}\n    password: \${KAFKA_PASSWORD}\nschemaRegistry:\n  basicAuthUserInfo: "<api-key>:<api-secret>"\nrabbitmq:\n  url: amqps://\${RABBIT_USER}:\${RABBIT_PASS}@rabbitmq.mq.svc:5671/orders\nchart: platform-${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`),
  n('brokers', 'nats-public-nkeys', (r) => `[${r.int(1, 9)}] ${iso(r)} [INF] Server ID: N${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 55)}\n[${r.int(1, 9)}] [ERR] ${priv(r)}:${r.int(30000, 60000)} - cid:${r.int(1, 999)} - authentication error - User "U${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 55)}" account "A${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 55)}"`),
  n('brokers', 'schema-registry-subjects', (r) => `GET /subjects/orders.v1-value/versions/latest -> {"subject":"orders.v1-value","version":${r.int(1, 40)},"id":${r.int(100000, 199999)},"schemaType":"AVRO","fingerprint":"${r.hex(32)}"}\nconfluent api-key list: KEY ${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)} | SECRET ******** | OWNER sa-${r.b62(6).toLowerCase()}`),
  n('cache', 'redis-info', (r) => `# Server\nredis_version:7.2.${r.int(0, 6)}\nredis_git_sha1:00000000\nrun_id:${r.hex(40)}\ntcp_port:6379\n# Stats\ninstantaneous_ops_per_sec:${r.int(100, 90000)}\nrejected_connections:${r.int(0, 9)}\nrequirepass:[REDACTED]\nconnected_clients:${r.int(1, 900)}`),
  n('cache', 'consul-accessor-only', (r) => `AccessorID:       ${r.uuid()}\nSecretID:         <hidden>\nDescription:      gateway-routes reader\nLocal:            false\nCreate Time:      ${iso(r)}\nPolicies:\n   ${r.uuid()} - gateway-kv-read\nHash:             ${r.hex(64)}`),
  n('auth', 'jwks-public', (r) => `{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"${r.hex(16)}","n":"${r.b64url(256)}","e":"AQAB"},{"kty":"OKP","crv":"Ed25519","kid":"${r.b62(10)}","x":"${r.b64url(32)}"}]}\nwarning: jwks refresh took ${r.int(1000, 9000)}ms`),
  n('auth', 'public-key-pem', (r) => `spire-server: bundle updated for trust domain prod.acme.internal (sequence ${r.int(1, 999)})\n-----BEGIN PUBLIC KEY-----\n${r.b64(44)}\n-----END PUBLIC KEY-----\nx509 authority ${r.hex(40)} expires ${iso(r)}`),
  n('auth', 'stripe-publishable-masked', (r) => `checkout-web config: STRIPE_PUBLISHABLE_KEY=pk_live_${r.b62(24)}\nbilling-api: using secret key sk_live_****${r.b62(4)} (masked) account acct_${r.b62(16)}\nwebhook endpoint we_${r.b62(24)} enabled_events=12`),
  n('flags', 'ld-client-side-id', (r) => `LaunchDarkly JS client: clientSideID=${r.hex(24)} flag "new-checkout" variation ${r.int(0, 3)} (ruleIndex ${r.int(0, 5)}), environment prod ${r.hex(24)}, sdk-version 3.${r.int(0, 9)}.${r.int(0, 9)}`),
  n('flags', 'unleash-metrics', (r) => `unleash_feature_toggle_usage_total{toggle="payouts-v2",active="${r.pick(['true', 'false'])}",appName="payouts"} ${r.int(1, 999999)}\nUNLEASH_API_TOKEN=<client-token-from-admin-ui>\nfeature set ${r.hex(40)}`),
  n('dlq', 'sandbox-order-test-card', (r) => `DLQ sandbox.orders.dlq offset=${r.int(1, 99999)}: {"orderId":"ORD-${r.digits(8)}","sku":"SKU-${r.digits(6)}","qty":${r.int(1, 9)},"amount":"${r.int(1, 999)}.${r.digits(2)}","payment":{"test_card":"4242 4242 4242 4242","last4":"4242"},"contact":"support@northwind-shop.com","env":"sandbox"}`),
  n('dlq', 'payout-masked', (r) => `payouts.dlq reason=rejected payout=po_${r.b62(14)} beneficiary=[REDACTED] account=****${r.digits(4)} routing=[REDACTED] amount_cents=${r.int(1000, 900000)} ops-contact=payments-ops@acme-corp.com commit=${r.hex(40)}`),
];
