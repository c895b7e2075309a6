import { B62, DIGITS, type Rng9 } from './blind-set-9-rng';
import { luhnOk } from './blind-set-9-checks';
import { ts18, type Pair } from './blind-set-18-ctx';
import { REC_CTX } from './blind-set-18-rec';
import { b64s, neg, sha1hex, type NegCase16 } from './blind-set-16-types';

const nonLuhn16 = (r: Rng9): string => { for (;;) { const v = r.int(1, 9) + r.digits(15); if (!luhnOk(v)) return v; } };
const ids = (r: Rng9): string => `"traceId":"${r.hex(32)}","spanId":"${r.hex(16)}","parentSpanId":"${r.hex(16)}"`;

/** Records with only published test data, masked values and ordinary ids, in record-printing artifacts. */
const RECS: ((r: Rng9) => Pair[])[] = [
  (r) => [['email', `jane.doe${r.int(1, 99)}@example.com`], ['phone', `(212) 555-01${r.int(10, 99)}`]],
  (r) => [['card_number', r.pick(['4242 4242 4242 4242', '4111 1111 1111 1111', '5555 5555 5555 4444'])], ['exp', `12/${r.int(27, 34)}`], ['mode', 'test']],
  (r) => [['card_last4', `****${r.digits(4)}`], ['brand', 'visa'], ['order_id', `ORD-${r.digits(8)}`]],
  (r) => [['order_number', nonLuhn16(r)], ['status', 'shipped']],
  (r) => [['customer_id', `cus_${r.b62(14)}`], ['payment_intent', `pi_${r.b62(24)}`]],
  () => [['email', 'test@example.org'], ['ssn', '***-**-6789']],
  (r) => [['iban', 'GB82 WEST 1234 5698 7654 32'], ['note', `docs sample ${r.int(1, 9)}`]],
  (r) => [['tracking_number', `1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}`], ['carrier', 'UPS']],
  (r) => [['user_id', r.uuid()], ['plan', 'pro'], ['seats', String(r.int(2, 90))]],
  (r) => [['invoice', `INV-2026-${r.digits(6)}`], ['amount', `${r.int(10, 9999)}.${r.digits(2)}`], ['currency', 'EUR']],
  (r) => [['phone', `+44 20 7946 0${r.digits(3)}`], ['email', `ops@acme.test`]],
  (r) => [['account', `****${r.digits(4)}`], ['sort_code', '**-**-' + r.digits(2)]],
  (r) => [['password', '[Filtered]'], ['username', `user${r.int(100, 999)}`]],
  (r) => [['sku', `SKU-${r.digits(4)}-${r.chars('ABCDEF', 2)}`], ['qty', String(r.int(1, 9))], ['warehouse', 'DE-01']],
];

export const negRecs: NegCase16[] = RECS.map((f, i) => (r) => {
  const ctx = REC_CTX[(i * 3 + 1) % REC_CTX.length]!;
  return neg(`${ctx.src}/neg-rec-${ctx.name}-${i}`, ctx.render(r, f(r), ['Test', 'User']));
});

/** Telemetry, error-tracker, capture and client artifacts with ids, digests and public material only. */
export const negApps: NegCase16[] = [
  ...negRecs,
  (r) => neg('otel/neg-otlp-ids', `{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"checkout-api"}},{"key":"service.version","value":{"stringValue":"${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}"}}]},"scopeSpans":[{"spans":[{${ids(r)},"name":"GET /v1/cart","startTimeUnixNano":"${1796000000 + r.int(0, 999999)}${r.digits(9)}","attributes":[{"key":"http.route","value":{"stringValue":"/v1/cart/:id"}},{"key":"http.status_code","value":{"intValue":"200"}}]}]}]}]}`),
  (r) => neg('otel/neg-jaeger-tags', `{"traceID":"${r.hex(32)}","spanID":"${r.hex(16)}","operationName":"SELECT orders","tags":[{"key":"db.system","type":"string","value":"postgresql"},{"key":"db.statement","type":"string","value":"SELECT id, status FROM orders WHERE customer_id = $1 AND created_at > $2"},{"key":"net.peer.port","type":"int64","value":5432}]}`),
  (r) => neg('otel/neg-db-statement-placeholder', `     -> db.statement: Str(UPDATE users SET password_hash = ? , updated_at = ? WHERE id = ?)\n     -> db.operation: Str(UPDATE)\n     -> thread.id: Int(${r.int(10, 300)})`),
  (r) => neg('otel/neg-http-url-no-secret', `{${ids(r)},"name":"GET","attributes":{"http.url":"https://api.acme.io/v1/search?q=running+shoes&page=${r.int(1, 9)}&sort=price&session_id=${r.uuid()}","http.status_code":200,"user_agent.original":"Mozilla/5.0"}}`),
  (r) => neg('errors/neg-sentry-event-ids', `{\n  "event_id": "${r.hex(32)}",\n  "fingerprint": ["{{ default }}", "${r.hex(32)}"],\n  "release": "web@${r.hex(40)}",\n  "dist": "${r.int(100, 999)}",\n  "contexts": {"trace": {"trace_id": "${r.hex(32)}", "span_id": "${r.hex(16)}", "op": "http.server"}},\n  "exception": {"values": [{"type": "TimeoutError", "value": "upstream timed out after 30000ms"}]}\n}`),
  (r) => neg('errors/neg-sentry-filtered', `"request": {\n    "url": "https://shop.acme.io/login",\n    "headers": {"Authorization": "[Filtered]", "Cookie": "[Filtered]", "User-Agent": "Mozilla/5.0"},\n    "data": {"email": "[Filtered]", "password": "[Filtered]", "remember_me": "1"}\n  },\n  "event_id": "${r.hex(32)}"`),
  (r) => neg('errors/neg-sentry-dsn-public', `Sentry.init({\n  dsn: "https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}",\n  release: "web@${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}",\n  tracesSampleRate: 0.2,\n});`),
  (r) => neg('errors/neg-rollbar-uuid', `{"uuid":"${r.uuid()}","level":"error","environment":"production","code_version":"${r.hex(40)}","body":{"trace":{"exception":{"class":"Net::ReadTimeout","message":"Net::ReadTimeout with #<TCPSocket:(closed)>"}}}}`),
  (r) => neg('errors/neg-frame-vars-hashes', `"vars": {\n  "digest": "'${r.hex(64)}'",\n  "etag": "'\\"${r.hex(32)}\\"'",\n  "attempt": "3",\n  "request_id": "'${r.uuid()}'"\n}`),
  (r) => neg('capture/neg-har-base64-plain', `"content": {\n            "size": 96,\n            "mimeType": "application/json",\n            "text": "${b64s(JSON.stringify({ status: 'ok', items: r.int(1, 90), page: r.int(1, 9), region: 'eu-west-1' }))}",\n            "encoding": "base64"\n          }`),
  (r) => neg('capture/neg-curl-v-public', `* Connected to api.github.com (140.82.${r.int(100, 120)}.${r.int(1, 250)}) port 443\n> GET /zen HTTP/2\n> Host: api.github.com\n> user-agent: curl/8.5.0\n> accept: */*\n>\n< HTTP/2 200\n< etag: W/"${r.hex(32)}"\n< x-github-request-id: ${r.hex(4).toUpperCase()}:${r.hex(6).toUpperCase()}:${r.hex(7).toUpperCase()}:${r.hex(7).toUpperCase()}:${r.hex(8).toUpperCase()}\n< x-ratelimit-remaining: ${r.int(1, 59)}`),
  (r) => neg('capture/neg-tcpdump-health', `${ts18(r).slice(11, 19)}.${r.digits(6)} IP 10.0.3.${r.int(2, 250)}.${r.int(40000, 60000)} > 10.0.3.${r.int(2, 250)}.8080: Flags [P.], length 96: HTTP: GET /healthz HTTP/1.1\nE.....@.@.${r.chars('ABCabc0123', 4)}...........GET /healthz HTTP/1.1..Host: ledger:8080..User-Agent: kube-probe/1.30..Accept: */*..Connection: close....`),
  (r) => neg('browser/neg-console-firebase-config', `main.js:${r.int(10, 900)} firebase config {apiKey: 'AIza${r.chars(B62 + '-_', 35)}', authDomain: 'acme-shop.firebaseapp.com', projectId: 'acme-shop', appId: '1:${r.digits(12)}:web:${r.hex(22)}'}`),
  (r) => neg('browser/neg-console-stripe-pk', `checkout.js:${r.int(10, 900)} Stripe.js loaded with pk_live_51${r.b62(97)} (mode=live)\n[Violation] 'requestIdleCallback' handler took ${r.int(50, 300)}ms`),
  (r) => neg('browser/neg-rum-ids', `{"type":"resource","date":${1796000000000 + r.int(0, 99999999)},"application":{"id":"${r.uuid()}"},"session":{"id":"${r.uuid()}"},"view":{"id":"${r.uuid()}","url":"https://app.acme.io/orders/${r.int(1000, 99999)}"},"resource":{"type":"fetch","status_code":200,"duration":${r.int(1000000, 900000000)}},"_dd":{"trace_id":"${r.digits(19)}","span_id":"${r.digits(19)}"}}`),
  (r) => neg('mobile/neg-logcat-ids', `12-04 ${ts18(r).slice(11, 23)}  ${r.int(2000, 30000)}  ${r.int(2000, 30000)} I FirebaseMessaging: installation id ${r.chars(B62 + '-_', 22)}\n12-04 ${ts18(r).slice(11, 23)}  ${r.int(2000, 30000)}  ${r.int(2000, 30000)} D OkHttp  : <-- 200 https://api.acme.io/v1/feed?cursor=${r.b64url(12)} (${r.int(40, 900)}ms)`),
  (r) => neg('mobile/neg-ios-crash-ids', `Incident Identifier: ${r.uuid().toUpperCase()}\nCrashReporter Key:   ${r.hex(40)}\nHardware Model:      iPhone15,${r.int(2, 5)}\nProcess:             Acme [${r.int(300, 9000)}]\nVersion:             ${r.int(1, 9)}.${r.int(0, 30)} (${r.int(100, 9999)})\nBinary Images:\n0x10${r.hex(7)} - 0x10${r.hex(7)} Acme arm64  <${r.hex(32)}> /private/var/containers/Bundle/Application/${r.uuid().toUpperCase()}/Acme.app/Acme`),
  (r) => neg('mobile/neg-flutter-masked', `flutter: ║ Headers\nflutter: ╟ authorization: Bearer ***\nflutter: ╟ x-request-id: ${r.uuid()}\nflutter: ║ Body {cardNumber: **** **** **** ${r.digits(4)}, amount: ${r.int(1, 900)}.00}`),
  (r) => neg('capture/neg-mitmproxy-etag', `GET https://cdn.acme.io/static/app.${r.hex(8)}.js\n    If-None-Match:  "${r.hex(32)}"\n << 304 Not Modified 0b\n    ETag:           "${r.hex(32)}"\n    X-Cache:        Hit from cloudfront\n    X-Amz-Cf-Id:    ${r.chars(B62 + '-_', 54)}==`),
  (r) => neg('errors/neg-prose-password', `"message": "Password reset requested for account ${r.int(1000, 99999)}; the user must choose a password of at least 12 characters. The reset link expires in 30 minutes.",\n  "logger": "accounts.password_reset"`),
  (r) => neg('repl/neg-node-buffer-hash', `> crypto.createHash('sha1').update(body).digest('hex')\n'${sha1hex(r.hex(10))}'\n> Buffer.from('ok').toString('base64')\n'b2s='`),
  (r) => neg('capture/neg-jwt-io-docs', `# Example from the jwt.io debugger, used in the README:\n$ curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c' http://localhost:${r.int(3000, 9000)}/me`),
  (r) => neg('otel/neg-messaging-ids', `{${ids(r)},"name":"orders process","attributes":{"messaging.system":"kafka","messaging.destination.name":"orders.v1","messaging.kafka.message.key":"${r.uuid()}","messaging.kafka.consumer.group":"billing","messaging.kafka.destination.partition":${r.int(0, 23)},"messaging.kafka.message.offset":${r.int(100000, 99999999)}}}`),
  (r) => neg('errors/neg-bugsnag-device', `"device": {"id": "${r.hex(32)}", "osName": "android", "osVersion": "14", "manufacturer": "Google", "model": "Pixel 8", "totalMemory": ${r.int(1000000000, 8000000000)}},\n  "app": {"id": "com.acme.shop", "version": "${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}", "versionCode": ${r.int(100, 9999)}, "buildUUID": "${r.uuid()}"}`),
  (r) => neg('capture/neg-ngrok-inspect', `ngrok inspect · GET /webhooks/stripe  200\n  Headers\n    Stripe-Signature  t=${1796000000 + r.int(0, 99999)},v1=${r.hex(64)}\n    Content-Type      application/json\n  Body\n    {"id":"evt_${r.b62(24)}","type":"invoice.paid","livemode":true,"data":{"object":{"id":"in_${r.b62(24)}","amount_paid":${r.int(100, 99999)}}}}`),
  (r) => neg('shell/neg-uuid-list', `$ kubectl get pods -o custom-columns=NAME:.metadata.name,UID:.metadata.uid\nNAME                                   UID\n${[0, 1, 2].map(() => `ledger-${r.hex(10)}-${r.chars('bcdfghjk2456789', 5)}   ${r.uuid()}`).join('\n')}`),
  (r) => neg('repl/neg-mongosh-ids', `orders> db.orders.find({}, {_id: 1, status: 1}).limit(2)\n[\n  { _id: ObjectId('${r.hex(24)}'), status: 'paid' },\n  { _id: ObjectId('${r.hex(24)}'), status: 'refunded' }\n]`),
  (r) => neg('repl/neg-python-bytes-plain', `>>> sock.recv(256)\nb'HTTP/1.1 200 OK\\r\\nContent-Type: application/json\\r\\nX-Request-Id: ${r.uuid()}\\r\\nContent-Length: ${r.int(10, 99)}\\r\\n\\r\\n{"ok":true,"count":${r.int(1, 99)}}'`),
  (r) => neg('capture/neg-fiddler-analytics', `GET https://www.google-analytics.com/g/collect?v=2&tid=G-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ' + DIGITS, 10)}&cid=${r.int(100000000, 999999999)}.${1796000000 + r.int(0, 99999)}&sid=${1796000000 + r.int(0, 99999)}&en=page_view HTTP/1.1\nHost: www.google-analytics.com\nCookie: _ga=GA1.1.${r.int(100000000, 999999999)}.${1790000000 + r.int(0, 9999999)}`),
];
