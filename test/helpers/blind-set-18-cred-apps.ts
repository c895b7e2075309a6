import { jwt, pem } from './blind-set-9-crypto';
import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { ts18 } from './blind-set-18-ctx';
import { b64s, cred, pos, type PosCase16 } from './blind-set-16-types';

const W = B62 + '-_';
const ids = (r: { hex: (n: number) => string }): string => `"traceId":"${r.hex(32)}","spanId":"${r.hex(16)}"`;
const urlPw = (r: { password: (n?: number) => string; int: (a: number, b: number) => number }): string => encodeURIComponent(r.password(r.int(14, 20)) + '@' + r.password(4).slice(0, 2)).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

/** Telemetry, error-tracker, capture, browser and mobile artifacts carrying credentials in their own shapes. */
export const credApps: PosCase16[] = [
  (r) => {
    const v = 'EAAG' + r.chars(B62, 180);
    return pos('otel/http-url-access-token', `{${ids(r)},"name":"GET /v19.0/me/accounts","attributes":{"http.method":"GET","http.url":"https://graph.facebook.com/v19.0/me/accounts?access_token=${v}&fields=id,name","http.status_code":190}}`, cred('facebook-token', v));
  },
  (r) => {
    const v = 'AIza' + r.chars(W, 35);
    return pos('otel/http-url-key-param', `span "geocode" attributes: url.full=https://maps.googleapis.com/maps/api/geocode/json?address=Main+St&key=${v} http.response.status_code=200 server.address=maps.googleapis.com`, cred('google-api-key', v));
  },
  (r) => {
    const v = r.password(18).replace(/'/g, 'x');
    return pos('otel/db-statement-alter-user', `{"name":"ALTER","attributes":[{"key":"db.system","value":{"stringValue":"postgresql"}},{"key":"db.statement","value":{"stringValue":"ALTER USER reporting WITH PASSWORD '${v}'"}},{"key":"db.name","value":{"stringValue":"analytics"}}],${ids(r)}}`, cred('password', v));
  },
  (r) => {
    const v = r.password(16).replace(/'/g, 'x');
    return pos('otel/db-statement-mysql-create', `Span #${r.int(1, 40)}\n    Trace ID       : ${r.hex(32)}\n    Name           : CREATE USER\nAttributes:\n     -> db.system: Str(mysql)\n     -> db.statement: Str(CREATE USER 'etl'@'%' IDENTIFIED BY '${v}')\n     -> server.address: Str(mysql-primary)`, cred('password', v));
  },
  (r) => {
    const v = r.urlPassword(18);
    return pos('otel/messaging-url', `{${ids(r)},"name":"orders publish","kind":4,"attributes":{"messaging.system":"rabbitmq","messaging.destination.name":"orders.created","messaging.rabbitmq.destination.routing_key":"created","messaging.url":"amqps://orders-pub:${v}@b-${r.uuid()}.mq.eu-west-1.amazonaws.com:5671"}}`, cred('password', v));
  },
  (r) => {
    const v = r.chars(B62 + '+/', 64);
    return pos('otel/exception-message-jaas', `{"name":"exception","attributes":{"exception.type":"org.apache.kafka.common.KafkaException","exception.message":"Failed to construct kafka producer: sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\\"${r.chars(UPPER + DIGITS, 16)}\\" password=\\"${v}\\";"}}`, cred('confluent-secret', v));
  },
  (r) => {
    const v = r.urlPassword(22);
    return pos('otel/exception-stacktrace', `"exception.stacktrace": "redis.exceptions.ConnectionError: Error connecting to redis://default:${v}@redis-${r.int(10000, 19999)}.c${r.int(1, 300)}.eu-west-1-1.ec2.cloud.redislabs.com:${r.int(10000, 19999)}/0\\n  File \\"/app/cache.py\\", line ${r.int(10, 200)}, in get_client\\n    return redis.Redis.from_url(settings.REDIS_URL)"`, cred('password', v));
  },
  (r) => {
    const v = r.chars(LOWER + DIGITS, 32);
    return pos('errors/sentry-cookies', `"request": {\n    "url": "https://shop.acme.io/checkout/",\n    "cookies": {\n      "csrftoken": "${r.chars(B62, 32)}",\n      "sessionid": "${v}",\n      "_ga": "GA1.2.${r.int(100000000, 999999999)}.${1790000000 + r.int(0, 999999)}"\n    }\n  },`, cred('django-session', v));
  },
  (r) => {
    const v = r.password(16).replace(/'/g, 'x');
    return pos('errors/sentry-frame-vars-python', `{"filename":"app/auth/ldap.py","function":"bind","lineno":${r.int(20, 200)},"vars":{"self":"<app.auth.ldap.LdapClient object at 0x7f${r.hex(10)}>","dn":"'cn=svc-portal,ou=services,dc=acme,dc=io'","password":"'${v}'","timeout":"10"}}`, cred('password', v));
  },
  (r) => {
    const v = `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(B62, 24)}`;
    return pos('errors/sentry-breadcrumb-webhook', `"breadcrumbs": {"values": [\n  {"timestamp": ${1796000000 + r.int(0, 99999)}.${r.int(100, 999)}, "type": "http", "category": "httplib", "level": "error", "data": {"method": "POST", "url": "${v}", "status_code": 404, "reason": "Not Found"}}\n]}`, cred('slack-webhook', v));
  },
  (r) => {
    const v = `${r.chars(B62 + '+/', 180)}--${r.hex(40)}`;
    return pos('errors/sentry-ruby-vars', `"vars": {\n  "env": "{\\"HTTP_COOKIE\\"=>\\"_shop_session=${v}\\", \\"REQUEST_METHOD\\"=>\\"POST\\"}",\n  "controller": "#<CheckoutController:0x0000${r.hex(12)}>"\n}`, cred('rails-session', v));
  },
  (r) => {
    const v = 'GOCSPX-' + r.chars(W, 28);
    return pos('errors/rollbar-body', `"request": {\n    "url": "https://accounts.acme.io/oauth/callback",\n    "method": "POST",\n    "body": "{\\"client_id\\":\\"${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com\\",\\"client_secret\\":\\"${v}\\",\\"grant_type\\":\\"authorization_code\\"}"\n  }`, cred('google-oauth-secret', v));
  },
  (r) => {
    const v = b64s(`${r.pick(['admin', 'svc-import', 'partner'])}:${r.password(14)}`);
    return pos('errors/bugsnag-breadcrumb', `"breadcrumbs": [\n    {"timestamp": "${ts18(r)}", "name": "fetch() failed", "type": "request", "metaData": {"request": "GET https://partner.example-erp.com/api/stock", "headers": {"Authorization": "Basic ${v}"}, "status": 401}}\n  ]`, cred('basic-b64', v));
  },
  (r) => {
    const v = r.chars(B62, 40);
    return pos('errors/honeybadger-session', `"request": {\n    "context": {"user_id": ${r.int(100, 99999)}},\n    "session": {"warden.user.user.key": [[${r.int(100, 99999)}], "$2a$12$${r.chars(B62, 22)}"], "api_token": "${v}"},\n    "params": {"controller": "api/exports", "action": "create"}\n  }`, cred('api-token', v));
  },
  (r) => {
    const v = `s%3A${r.chars(W, 32)}.${encodeURIComponent(r.b64(32).replace(/=+$/, ''))}`;
    return pos('capture/har-cookie-connect-sid', `"cookies": [\n            { "name": "connect.sid", "value": "${v}", "path": "/", "httpOnly": true, "secure": true },\n            { "name": "_gid", "value": "GA1.2.${r.int(100000000, 999999999)}.${1796000000 + r.int(0, 99999)}" }\n          ],`, cred('express-session', v));
  },
  (r) => {
    const v = urlPw(r);
    return pos('capture/har-postdata-form', `"postData": {\n          "mimeType": "application/x-www-form-urlencoded",\n          "text": "grant_type=password&username=${r.pick(['jo', 'ops', 'maria.k'])}%40${r.pick(['acme.io', 'shopmail.net'])}&password=${v}&client_id=web-portal",\n          "params": []\n        },`, cred('password-urlenc', v));
  },
  (r) => {
    const t = jwt(r, { sub: r.uuid(), scope: 'openid offline_access', iat: 1796000000 + r.int(0, 9999), exp: 1796003600 + r.int(0, 9999) }, 'RS256');
    const v = b64s(JSON.stringify({ access_token: t, token_type: 'Bearer', expires_in: 3600, refresh_token: r.chars(B62, 48) }));
    return pos('capture/har-response-base64', `"response": {\n          "status": 200,\n          "content": {\n            "size": ${v.length * 3 / 4 | 0},\n            "mimeType": "application/json",\n            "text": "${v}",\n            "encoding": "base64"\n          },`, cred('b64-secret-body', v));
  },
  (r) => {
    const v = r.password(18);
    return pos('capture/mitmproxy-form', `POST https://admin.acme.io/login\n    Host:          admin.acme.io\n    Content-Type:  application/x-www-form-urlencoded\n[URLEncoded form]\n    username: ops\n    password: ${v}\n    remember: on\n << 302 Found 0b`, cred('password', v));
  },
  (r) => {
    const v = b64s(JSON.stringify({ iv: r.b64(16), value: r.b64(96), mac: r.hex(64), tag: '' }));
    return pos('capture/charles-cookie-laravel', `GET /dashboard HTTP/1.1\nHost: portal.acme.io\nCookie: XSRF-TOKEN=${encodeURIComponent(b64s(JSON.stringify({ iv: r.b64(16), value: r.b64(48), mac: r.hex(64) })))}; laravel_session=${v}\nUser-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)`, cred('laravel-session', v));
  },
  (r) => {
    const v = b64s(`${r.pick(['api', 'billing', 'exporter'])}:${r.password(18)}`);
    return pos('capture/curl-v-basic', `* Server auth using Basic with user 'billing'\n> POST /v1/invoices/export HTTP/1.1\n> Host: billing.internal\n> Authorization: Basic ${v}\n> User-Agent: curl/8.5.0\n> Content-Length: 0\n>\n< HTTP/1.1 403 Forbidden`, cred('basic-b64', v));
  },
  (r) => {
    const v = r.b64url(32);
    return pos('capture/curl-v-set-cookie', `< HTTP/2 200\n< content-type: application/json\n< set-cookie: __Host-session=${v}; Path=/; Secure; HttpOnly; SameSite=Lax\n< x-request-id: ${r.uuid()}\n<`, cred('session-cookie', v));
  },
  (r) => {
    const v = r.urlPassword(14);
    return pos('capture/tcpdump-post-body', `${ts18(r).slice(11, 19)}.${r.digits(6)} IP 10.0.1.${r.int(2, 250)}.${r.int(40000, 60000)} > 10.0.2.${r.int(2, 250)}.8080: Flags [P.], length 412\nE.....@.@.${r.chars('ABCabc0123', 4)}...........POST /login HTTP/1.1..Host: intranet..Content-Type: application/x-www-form-urlencoded..Content-Length: ${30 + v.length}....username=admin&password=${v}`, cred('password', v));
  },
  (r) => {
    const v = jwt(r, { sub: String(r.int(1000, 99999)), email_verified: true, iat: 1796000000 + r.int(0, 9999), exp: 1796003600 + r.int(0, 9999) }, 'RS256');
    return pos('browser/chrome-console-jwt', `auth.ts:${r.int(20, 300)} [auth] token refreshed ${v}\nVM${r.int(100, 999)}:1 Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'roles')`, cred('jwt', v));
  },
  (r) => {
    const v = jwt(r, { sub: r.uuid(), aud: 'web', iat: 1796000000 + r.int(0, 9999), exp: 1796003600 + r.int(0, 9999) }, 'ES256');
    return pos('browser/datadog-rum-context', `{"type":"error","date":${1796000000000 + r.int(0, 99999999)},"application":{"id":"${r.uuid()}"},"session":{"id":"${r.uuid()}","type":"user"},"context":{"auth":{"idToken":"${v}","provider":"cognito"}},"error":{"message":"401 from /api/me","source":"network"}}`, cred('jwt', v));
  },
  (r) => {
    const v = jwt(r, { sub: String(r.int(1000, 99999)), iat: 1796000000 + r.int(0, 9999) });
    return pos('mobile/ios-os-log', `${ts18(r).replace('T', ' ').slice(0, 23)}+0000 Acme[${r.int(300, 9000)}:${r.hex(5)}] [Network] request headers: ["Accept": "application/json", "Authorization": "Bearer ${v}"]`, cred('jwt', v));
  },
  (r) => {
    const v = r.hex(32);
    return pos('mobile/react-native-log', ` LOG  [search] init client {"appId": "${r.chars(UPPER + DIGITS, 10)}", "algoliaAdminKey": "${v}", "index": "products_prod"}`, cred('algolia-admin-key', v));
  },
  (r) => {
    const v = pem(r, 'EC PRIVATE KEY', 114).replace(/\n/g, '\\n');
    return pos('errors/sentry-vars-pem-escaped', `"vars": {"signer": "<ApplePaySigner>", "merchant_key": "${v}", "merchant_id": "merchant.io.acme.shop"}`, cred('private-key-escaped', v));
  },
  (r) => {
    const v = encodeURIComponent(r.b64(32));
    return pos('otel/azure-sas-url', `{${ids(r)},"name":"PUT","attributes":{"http.url":"https://acmeexports.blob.core.windows.net/exports/${r.uuid()}.csv?sv=2022-11-02&ss=b&srt=o&sp=rwc&se=2027-01-01T00:00:00Z&spr=https&sig=${v}","http.status_code":403}}`, cred('azure-sas-sig', v));
  },
  (r) => {
    const v = r.b64(64);
    return pos('otel/exception-azure-connstr', `exception.message: Azure.RequestFailedException: Server failed to authenticate the request. ConnectionString="DefaultEndpointsProtocol=https;AccountName=acmeprod${r.int(10, 99)};AccountKey=${v};EndpointSuffix=core.windows.net"`, cred('azure-storage-key', v));
  },
  (r) => {
    const v = `${r.int(1, 7)}${r.digits(9)}:AA${r.chars(W, 33)}`;
    return pos('otel/http-url-telegram-path', `{"traceID":"${r.hex(32)}","spanID":"${r.hex(16)}","operationName":"POST","tags":[{"key":"http.url","type":"string","value":"https://api.telegram.org/bot${v}/sendMessage"},{"key":"http.status_code","type":"int64","value":401}]}`, cred('telegram-bot-token', v));
  },
  (r) => {
    const v = r.password(20);
    return pos('errors/sentry-extra-form', `"extra": {\n    "form_data": {"email": "ops@acme.io", "new_password": "${v}", "new_password_confirm": "[Filtered]"},\n    "sys.argv": ["manage.py", "runserver"]\n  }`, cred('password', v));
  },
];
