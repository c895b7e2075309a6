import type { Rng9 } from './blind-set-9-rng';

/** A negative template: same theme, no secret and no personal data. */
type N56 = (r: Rng9) => string;

const ts = (r: Rng9) => `2026-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(3)}Z`;

/** Negatives: ids, hashes, placeholders, redactions, publishable keys, business contacts. */
export const NEGATIVES: N56[] = [
  (r) => `Started POST "/webhooks/stripe" for 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)} at 2026-03-04 14:22:07 +0000
  Parameters: {"id"=>"evt_${r.b62(24)}", "type"=>"invoice.paid", "livemode"=>true, "data"=>{"object"=>{"id"=>"in_${r.b62(24)}", "amount_paid"=>${r.int(100, 99999)}, "currency"=>"usd"}}}`,
  (r) => `  Parameters: {"user"=>{"email"=>"[FILTERED]", "password"=>"[FILTERED]", "password_confirmation"=>"[FILTERED]"}, "authenticity_token"=>"[FILTERED]"}
Completed 302 Found in ${r.int(5, 400)}ms (ActiveRecord: ${r.int(1, 50)}.${r.digits(1)}ms | Allocations: ${r.int(1000, 90000)})`,
  (r) => `  Order Load (0.${r.digits(1)}ms)  SELECT "orders".* FROM "orders" WHERE "orders"."id" = $1 LIMIT $2  [["id", ${r.int(1, 999999)}], ["LIMIT", 1]]`,
  (r) => `STRIPE_SECRET_KEY=<YOUR_STRIPE_SECRET_KEY>
STRIPE_PUBLISHABLE_KEY=pk_live_${r.b62(24)}
STRIPE_WEBHOOK_SECRET=\${STRIPE_WEBHOOK_SECRET}`,
  (r) => `[${ts(r)}] INFO celery.worker.strategy: Task reports.build_monthly[${r.uuid()}] received args=(${r.int(1, 9999)}, '2026-0${r.int(1, 9)}') kwargs={'format': 'csv'}`,
  (r) => `django.request WARNING Not Found: /wp-login.php status_code=404 request_id=${r.uuid()} duration_ms=${r.int(1, 90)}`,
  (r) => `{"detail":[{"type":"missing","loc":["body","order_id"],"msg":"Field required","input":{"currency":"EUR","amount":${r.int(1, 9999)}}}]}`,
  (r) => `INFO:     10.0.${r.int(0, 9)}.${r.int(1, 254)}:${r.int(30000, 60000)} - "GET /healthz HTTP/1.1" 200 OK build=${r.hex(7)} version=2.${r.int(0, 30)}.${r.int(0, 9)}`,
  (r) => `${ts(r)}  INFO 1 --- [main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat started on port 8080 (http) with context path '' in ${r.int(2, 30)}.${r.digits(3)} seconds (process running for ${r.int(3, 40)}.${r.digits(2)})`,
  (r) => `GET /actuator/env 200
{"properties":{"spring.datasource.password":{"value":"******"},"adyen.api-key":{"value":"******"},"server.port":{"value":"${r.int(8000, 8099)}"},"spring.application.name":{"value":"herald-payments"}}}`,
  (r) => `info: System.Net.Http.HttpClient.StripeClient.LogicalHandler[101]
      End processing HTTP request after ${r.int(10, 900)}.${r.digits(4)}ms - 200
      TraceId:${r.hex(32)} SpanId:${r.hex(16)}`,
  (r) => `"ConnectionStrings": { "Sql": "Server=localhost;Database=herald_dev_${r.int(1, 9)};Trusted_Connection=True;", "Blob": "UseDevelopmentStorage=true" }`,
  (r) => `[2026-04-0${r.int(1, 9)} 10:12:21] production.INFO: Payment captured {"order_id":${r.int(1000, 99999)},"amount":"${r.int(1, 999)}.${r.digits(2)}","currency":"GBP","psp_reference":"${r.digits(16)}"}`,
  (r) => `APP_KEY=
DB_PASSWORD=changeme
STRIPE_SECRET=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
MAIL_FROM_ADDRESS="billing@herald.io"
MAIL_PORT=${r.pick([25, 587, 2525])}`,
  (r) => `Contact us: Herald Integrations Ltd, 20 Market Street, Suite ${r.int(100, 999)}, San Francisco, CA 94105 · support@herald.io · +1 (800) 555-0199`,
  (r) => `{"level":30,"time":${1796000000000 + r.int(0, 9e8)},"req":{"id":${r.int(1, 9999)},"method":"GET","url":"/api/health","headers":{"authorization":"[Redacted]","cookie":"[Redacted]"}},"res":{"statusCode":200},"responseTime":${r.int(1, 90)}}`,
  (r) => `10.${r.int(0, 255)}.0.${r.int(1, 254)} - - [02/May/2026:13:11:40 +0000] "GET /static/js/main.${r.hex(8)}.js HTTP/1.1" 304 0 "-" "Mozilla/5.0"`,
  (r) => `curl https://api.stripe.com/v1/charges -u YOUR_SECRET_KEY: -d amount=${r.int(100, 9999)} -d currency=usd -d source=tok_visa   # from the Stripe docs`,
  (r) => `[GIN] 2026/05/02 - 13:${r.int(10, 59)}:09 | 200 |  ${r.int(100, 999)}.${r.int(10, 99)}µs | 10.0.0.${r.int(2, 254)} | GET      "/metrics"`,
  (r) => `{"level":"info","ts":${1796000000 + r.int(0, 9e6)}.${r.digits(4)},"caller":"server/grpc.go:51","msg":"finished unary call","grpc.method":"GetOrder","grpc.code":"OK","trace_id":"${r.hex(32)}","order_id":"ord_${r.b62(16)}"}`,
  (r) => `sha256=${r.hex(64)}  herald-${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 9)}-linux-amd64.tar.gz
commit ${r.hex(40)} (tag: v${r.int(1, 9)}.${r.int(0, 40)}.0)`,
  (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@herald-ci`,
  (r) => `twilio: Message ${'SM' + r.hex(32)} status=delivered to=+1555010${r.int(0, 9)}${r.int(0, 9)}${r.int(0, 9)} (test number) price=-0.00${r.int(70, 99)} USD`,
  (r) => `HubSpot: contact ${r.int(100000, 999999999)} updated properties=[lifecyclestage, hs_lead_status] portalId=${r.int(100000, 9999999)} correlationId=${r.uuid()}`,
  (r) => `Okta: GET /api/v1/users?limit=200 429 Too Many Requests X-Rate-Limit-Reset=${1796000000 + r.int(0, 9e6)} X-Okta-Request-Id=${r.b62(27)}`,
  (r) => `Authorization: Bearer <token>
X-Shopify-Access-Token: {{ shopify_access_token }}
X-API-Key: \${ADYEN_API_KEY}
X-Request-Id: ${r.uuid()}`,
  (r) => `Adyen notification: pspReference=${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16)} eventCode=AUTHORISATION success=true merchantAccountCode=HeraldECOM amount=${r.int(100, 99999)} EUR card=411111******1111`,
  (r) => `PayPal: order ${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXY', 17)} status=COMPLETED debug_id=${r.hex(13)} links=[{"href":"https://api-m.paypal.com/v2/checkout/orders/…","rel":"self"}]`,
  (r) => `publicKey: -----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b64(180).replace(/[+/=]/g, 'A').slice(0, 64)}
-----END PUBLIC KEY-----`,
  (r) => `salesforce: Bulk job 750${r.b62(15)} state=JobComplete recordsProcessed=${r.int(1, 99999)} apiVersion=60.0 instance=https://herald.my.salesforce.com`,
];
