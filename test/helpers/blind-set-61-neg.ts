import { ctx61 as X } from './blind-set-61-person';
import type { Ctx61 } from './blind-set-61-values';

/** A negative template: an event of the same kind with no secret, personal or financial value. */
export type Neg61 = [id: string, make: (c: Ctx61) => string];

const ex = (c: Ctx61) => c.r.pick(['TimeoutError', 'ConnectionResetError', 'KeyError', 'NullPointerException', 'TaskCanceledException', 'ECONNREFUSED']);

/** Negatives: ids, hashes, placeholders, redacted values, documentation examples, masked cards, public DSNs. */
export const NEG61: Neg61[] = [
  ['sentry/neg-event-ids', (c) => `{"event_id":"${X.eventId(c)}","trace_id":"${X.traceId(c)}","span_id":"${X.spanId(c)}","release":"${X.release(c)}","level":"error"}`],
  ['sentry/neg-filtered-request', (c) => `request.headers: {"Authorization":"[Filtered]","Cookie":"[Filtered]"}\nrequest.data: {"password":"[Filtered]","card_number":"[Filtered]","email":"[Filtered]"}\nevent_id: ${X.eventId(c)}`],
  ['sentry/neg-dsn', (c) => `sentry_sdk.init(dsn="https://${c.r.hex(32)}@o${c.r.int(10000, 999999)}.ingest.sentry.io/${c.r.int(1000000, 9999999)}", traces_sample_rate=0.2, release="${X.release(c)}")`],
  ['sentry/neg-fingerprint', (c) => `fingerprint: ["{{ default }}", "${c.r.hex(32)}"]\ngroup_id: ${c.r.int(1000000000, 9999999999)}\nculprit: billing.charges in create_charge`],
  ['sentry/neg-stack-only', (c) => `${ex(c)}: upstream timed out after 30000ms\n  File "billing/charges.py", line ${X.line(c)}, in create_charge\n  File "stripe/api_requestor.py", line 297, in request\n  vars: {'amount': ${c.r.int(100, 9999)}, 'currency': 'eur', 'retries': 3}`],
  ['sentry/neg-doc-example', () => `extra: {"example_email":"user@example.com","example_phone":"+1-202-555-0143","note":"see https://docs.sentry.io/platforms/python/data-management/sensitive-data/"}`],
  ['sentry/neg-masked-card', (c) => `charge failed: card_declined (insufficient_funds) for card ending ${c.r.digits(4)}; brand=visa; last4 shown as **** **** **** ${c.r.digits(4)}`],
  ['sentry/neg-uuid-breadcrumbs', (c) => `breadcrumbs:\n  http GET https://api.herald-shop.io/orders/${c.r.uuid()} [200]\n  http POST https://api.herald-shop.io/orders/${c.r.uuid()}/capture [504]\n  query SELECT id, status FROM orders WHERE id = $1`],
  ['sentry/neg-redacted-locals', () => `Locals:\n  api_key = '********'\n  password = '[REDACTED]'\n  token = '<redacted>'\n  customer_email = '[email]'`],
  ['sentry/neg-base64-blob', (c) => `extra.payload_preview (base64, binary protobuf): ${c.r.b64(48)}\nextra.size: ${c.r.int(100, 9000)} bytes`],
  ['sentry/neg-env-placeholders', () => `extra.environ:\n  STRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}\n  DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB\n  OPENAI_API_KEY=<set-in-vault>\n  AWS_SECRET_ACCESS_KEY=changeme`],
  ['sentry/neg-sdk-versions', (c) => `sdk: {"name":"sentry.python.django","version":"2.${c.r.int(0, 20)}.${c.r.int(0, 9)}","packages":[{"name":"pypi:sentry-sdk","version":"2.19.2"}]}\ncontexts.os: Ubuntu 22.04.4 LTS, kernel 6.5.0-1022-aws`],
  ['sentry/neg-user-anon', (c) => `user: {"id":"${X.userId(c)}","ip_address":"{{auto}}","segment":"enterprise"}\ntags: {"browser":"Chrome 126.0","os":"Windows 10","url":"https://app.herald-shop.io/settings"}`],
  ['sentry/neg-private-ip', (c) => `request.env: {"REMOTE_ADDR":"${X.privIp(c)}","SERVER_PORT":"8443","SERVER_NAME":"${X.host(c)}"}`],
  ['rollbar/neg-item', (c) => `{"data":{"uuid":"${c.r.uuid()}","environment":"production","code_version":"${c.r.hex(40)}","level":"warning","body":{"message":{"body":"Retrying webhook delivery (attempt 3 of 5)"}}}}`],
  ['rollbar/neg-telemetry', (c) => `telemetry: [{"level":"info","type":"network","body":{"method":"GET","url":"https://api.stripe.com/v1/charges?limit=10","status_code":${c.r.pick([500, 502, 503])}}}]`],
  ['rollbar/neg-person-masked', () => `person: {"id":"[scrubbed]","email":"********","username":"********"}\nrequest.POST: {"password":"********","cc_number":"****************"}`],
  ['bugsnag/neg-device', (c) => `device: {"osName":"android","osVersion":"14","manufacturer":"Google","model":"Pixel 8","id":"${c.r.uuid()}"}\napp: {"version":"5.${c.r.int(0, 30)}.1","buildUUID":"${c.r.uuid()}"}`],
  ['bugsnag/neg-metadata-ids', (c) => `metaData.order: {"orderId":"ord_${c.r.b62(14)}","status":"failed","amountMinor":${c.r.int(100, 99999)},"currency":"GBP","last4":"${c.r.digits(4)}"}`],
  ['bugsnag/neg-breadcrumb-nav', () => `breadcrumbs: [{"type":"navigation","name":"Route change","metaData":{"from":"/checkout/cart","to":"/checkout/payment"}},{"type":"state","name":"PaymentSheet opened"}]`],
  ['honeybadger/neg-params-filtered', (c) => `params: {"user"=>{"email"=>"[FILTERED]", "password"=>"[FILTERED]", "ssn"=>"[FILTERED]"}, "controller"=>"registrations", "action"=>"create", "id"=>"${X.userId(c)}"}`],
  ['honeybadger/neg-cgi', (c) => `cgi_data: {"HTTP_HOST"=>"api.herald-shop.io", "HTTP_ACCEPT"=>"application/json", "REQUEST_METHOD"=>"GET", "HTTP_X_REQUEST_ID"=>"${c.r.uuid()}", "REMOTE_ADDR"=>"${X.privIp(c)}"}`],
  ['airbrake/neg-notice', (c) => `{"id":"${c.r.digits(19)}","url":"https://herald.airbrake.io/locate/${c.r.digits(19)}","errors":[{"type":"Net::ReadTimeout","message":"Net::ReadTimeout with #<TCPSocket:(closed)>"}]}`],
  ['airbrake/neg-context', (c) => `context: {"environment":"production","hostname":"${X.host(c)}","rootDirectory":"/app","version":"${X.release(c)}","severity":"error"}`],
  ['raygun/neg-env', (c) => `Environment: {"ProcessorCount":8,"OSVersion":"Unix 6.1.0","CurrentOrientation":"Unknown","Architecture":"X64","UtcOffset":0,"Locale":"en-US"}\nMachineName: ${X.host(c)}`],
  ['raygun/neg-version', (c) => `Raygun: System.TimeoutException: The operation has timed out.\n   at Herald.Sync.Worker.RunAsync() in /src/Sync/Worker.cs:line ${X.line(c)}\nVersion: 3.${c.r.int(0, 9)}.${c.r.int(0, 99)}.0  Tags: ["sync","nightly"]`],
  ['datadog/neg-span-ids', (c) => `trace_id: ${c.r.digits(19)}  span_id: ${c.r.digits(19)}  service: checkout  resource: POST /v1/payment_intents  error.type: ${ex(c)}  duration: ${c.r.int(100, 30000)}ms`],
  ['datadog/neg-db-params', () => `db.statement: SELECT id, email, created_at FROM customers WHERE email = $1 AND deleted_at IS NULL LIMIT $2\ndb.system: postgresql  db.name: crm`],
  ['datadog/neg-headers-safe', (c) => `http.request.headers.user-agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\nhttp.request.headers.content-type: application/json\nhttp.request.headers.x-datadog-trace-id: ${c.r.digits(19)}`],
  ['datadog/neg-error-stack-go', (c) => `error.stack: goroutine ${c.r.int(1, 900)} [running]:\nruntime/debug.Stack()\n\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e\nmain.(*Server).handle(0xc000128000, {0x1029f40, 0xc0003a61c0})`],
  ['newrelic/neg-attrs', (c) => `error.class: Net::OpenTimeout\ntransactionName: OtherTransaction/Sidekiq/Crm::PushContactJob\nguid: ${c.r.hex(16)}\nentity.guid: ${c.r.b64(30).replace(/[+/=]/g, 'A')}`],
  ['newrelic/neg-apdex', (c) => `apdexPerfZone: F  duration: ${c.r.int(1, 90)}.${c.r.digits(3)}  host: ${X.host(c)}  http.statusCode: 503  request.uri: /api/v2/contacts/:id`],
  ['elastic/neg-doc', (c) => `{"@timestamp":"${X.ts(c)}","processor":{"event":"error"},"error":{"grouping_key":"${c.r.hex(32)}","id":"${c.r.hex(32)}"},"service":{"name":"notify-worker","version":"${X.release(c)}"}}`],
  ['elastic/neg-labels', () => `labels: {"region":"eu-west-1","tier":"payments","feature_flag":"new-checkout","customer_tier":"gold"}\nerror.exception.message: Circuit breaker OPEN for adyen-gateway`],
  ['sentry/neg-jwt-shape-docs', () => `message: "Invalid token format: expected header.payload.signature"\nhint: "Authorization: Bearer <token>"`],
  ['sentry/neg-git-shas', (c) => `release: ${c.r.hex(40)}\ndist: ${c.r.int(1, 400)}\ncommits: [${c.r.hex(7)}, ${c.r.hex(7)}, ${c.r.hex(7)}]`],
  ['sentry/neg-checksums', (c) => `attachment: heapdump.hprof sha256=${c.r.hex(64)} size=${c.r.int(100, 999)}MB\nsymbolicator: debug_id=${c.r.uuid()}`],
  ['sentry/neg-stripe-ids', (c) => `stripe.error.InvalidRequestError: No such PaymentMethod: 'pm_${c.r.b62(24)}'\nrequest_log_url: https://dashboard.stripe.com/logs/req_${c.r.b62(14)}`],
  ['sentry/neg-twilio-sid', (c) => `TwilioRestException: HTTP 404 error: Unable to fetch record: The requested resource /2010-04-01/Accounts/AC${c.r.hex(32)}/Messages/SM${c.r.hex(32)}.json was not found`],
  ['sentry/neg-pk-live', (c) => `frontend config: {"stripePublishableKey":"pk_live_${c.r.b62(24)}","sentryDsn":"https://${c.r.hex(32)}@o1.ingest.sentry.io/2"}`],
  ['datadog/neg-timestamps', (c) => `first_seen: ${X.ts(c)}  last_seen: ${X.ts(c)}  count: ${c.r.int(1, 9000)}  users_affected: ${c.r.int(0, 400)}  status: for_review`],
  ['bugsnag/neg-masked-iban', (c) => `metaData.payout: {"iban_masked":"DE** **** **** **** **${c.r.digits(2)} ${c.r.digits(2)}","currency":"EUR","status":"rejected","reason":"AC04 closed account"}`],
  ['rollbar/neg-placeholders', () => `custom: {"apiKey":"YOUR_API_KEY","accessToken":"<ACCESS_TOKEN>","webhookSecret":"whsec_...","password":"${'${DB_PASSWORD}'}"}`],
  ['honeybadger/neg-bcrypt-session', (c) => `session: {"_csrf_token":"[FILTERED]","warden.user.user.key":[[${c.r.int(1, 99999)}],"$2a$12$${c.r.b62(22)}"]}`],
];
