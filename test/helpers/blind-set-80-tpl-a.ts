import { plantAny, anyApiKey, basicAuth, G80, githubToken, jwt, opaqueToken, password, sendgridKey, sessionCookie, slackHook, stripeKey, twilioSecret, urlPassword, mailgunKey, awsKeyId, awsSecret, ddKey, googleKey } from './blind-set-80-creds';
import { account, birthDate, card, email, iban, ipv4, ipv6, person, phone, routing, ssn } from './blind-set-80-people';

/** A positive template: family, name, how many cases, and the text builder. */
export type Tpl80 = [family: string, name: string, count: number, build: (g: G80) => string];

const ts = (g: G80): string => `2026-${String(g.r.int(1, 11)).padStart(2, '0')}-${String(g.r.int(10, 28))}T${String(g.r.int(10, 23))}:${String(g.r.int(10, 59))}:${String(g.r.int(10, 59))}.${g.r.digits(3)}Z`;
const host = (g: G80): string => g.r.pick(['api.shopwell.io', 'checkout.brightcart.com', 'app.ledgerly.co', 'portal.medivault.health', 'api.tripnest.travel']);

/** Sentry event JSON: request headers, cookies, query string, body, user and breadcrumbs. */
export const sentryTpls: Tpl80[] = [
  ['sentry', 'request', 16, (g) => {
    const p = person(g.r);
    const [cn, cv] = sessionCookie(g.r);
    const ev = {
      event_id: g.r.hex(32), level: 'error', platform: g.r.pick(['python', 'node', 'php']), timestamp: ts(g),
      exception: { values: [{ type: 'PaymentDeclined', value: `card declined for order ${g.r.int(100000, 999999)}` }] },
      request: {
        url: `https://${host(g)}/api/v2/checkout`, method: 'POST', query_string: `session=${g.r.hex(8)}&api_key=${g.c('stripe-secret', stripeKey(g.r))}`,
        headers: { Authorization: `Bearer ${g.c('jwt', jwt(g.r))}`, Cookie: `${cn}=${g.c('session-cookie', cv)}; theme=dark`, 'User-Agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)', 'X-Api-Key': plantAny(g) },
        data: { name: g.p('person-name', p.full), card_number: g.f('card', card(g.r)), amount: g.r.int(100, 90000) },
      },
      user: { id: String(g.r.int(10000, 999999)), email: g.p('email', email(g.r, p)), ip_address: g.p('ipv4', ipv4(g.r)), username: p.first.toLowerCase() + g.r.int(10, 99) },
    };
    return `[sentry] new issue in ${g.r.pick(['payments-api', 'storefront', 'billing-worker'])}\n${JSON.stringify(ev)}`;
  }],
  ['sentry', 'breadcrumbs', 15, (g) => {
    const p = person(g.r);
    const mail = g.p('email', email(g.r, p));
    const dbPass = g.c('db-password', urlPassword(g.r));
    const crumbs = [
      { type: 'http', category: 'httplib', data: { method: 'GET', url: `https://api.partner-logistics.com/v1/track?access_token=${g.c('oauth-token', opaqueToken(g.r))}`, status_code: 200 } },
      { type: 'default', category: 'query', message: `UPDATE customers SET phone = '${g.p('phone', phone(g.r))}', iban = '${g.f('iban', iban(g.r))}' WHERE email = '${mail}'` },
      { type: 'http', category: 'fetch', data: { method: 'POST', url: `${slackHook(g.r)}`, status_code: 200 } },
    ];
    g.c('slack-webhook', (crumbs[2]!.data as { url: string }).url);
    const ev = { event_id: g.r.hex(32), message: 'Unhandled IntegrityError', breadcrumbs: { values: crumbs }, extra: { CELERY_BROKER_URL: `amqp://worker:${g.c('amqp-password', urlPassword(g.r))}@rabbitmq.internal:5672//`, DATABASE_URL: `postgres://app_rw:${dbPass}@db-primary.internal:5432/crm`, sys_argv: ['manage.py', 'sync_customers'] }, contexts: { runtime: { name: 'CPython', version: '3.12.4' } } };
    return JSON.stringify(ev, null, 2);
  }],
  ['sentry', 'exception', 14, (g) => {
    const [kind, key] = anyApiKey(g.r);
    const p = person(g.r);
    const acct = g.f('bank-account', account(g.r));
    const rt = g.f('aba-routing', routing(g.r));
    return `Sentry Alert: ValueError in payouts.tasks.create_transfer\nException: ValueError: invalid payload for ${g.p('person-name', p.full)} (account ${acct}, routing ${rt})\n  File "payouts/tasks.py", line ${g.r.int(40, 400)}, in create_transfer\n    client = Client(api_key="${g.c(kind, key)}")\nLocal variables: {'ssn': '${g.p('us-ssn', ssn(g.r))}', 'smtp_password': '${g.c('password', password(g.r))}', 'aws_secret': '${g.c('aws-secret-key', awsSecret(g.r))}', 'retries': 3}\nEvent: https://sentry.io/organizations/ledgerly/issues/${g.r.int(4000000000, 4999999999)}/events/${g.r.hex(32)}/`;
  }],
];

/** OpenTelemetry: OTLP JSON spans, collector debug exporter output and log records. */
export const otelTpls: Tpl80[] = [
  ['otel', 'otlp-span', 16, (g) => {
    const kv = (key: string, v: string) => ({ key, value: { stringValue: v } });
    const p = person(g.r);
    const attrs = [
      kv('http.request.method', 'POST'),
      kv('url.full', `https://${host(g)}/oauth/callback?code=${g.r.b62(20)}&access_token=${g.c('oauth-token', opaqueToken(g.r))}`),
      kv('http.request.header.authorization', `Basic ${g.c('basic-auth', basicAuth(g.r))}`),
      kv('http.request.header.x-api-key', plantAny(g)),
      kv('user.email', g.p('email', email(g.r, p))),
      kv('http.request.header.cookie', (() => { const [n, v] = sessionCookie(g.r); return `${n}=${g.c('session-cookie', v)}`; })()),
      kv('client.address', g.p('ipv6', ipv6(g.r))),
      kv('db.statement', `INSERT INTO payment_methods (user_id, iban) VALUES (${g.r.int(1000, 99999)}, '${g.f('iban', iban(g.r))}')`),
    ];
    const span = { resourceSpans: [{ resource: { attributes: [kv('service.name', 'billing-api')] }, scopeSpans: [{ scope: { name: 'opentelemetry.instrumentation.flask' }, spans: [{ traceId: g.r.hex(32), spanId: g.r.hex(16), name: 'POST /payment-methods', kind: 2, attributes: attrs }] }] }] };
    return JSON.stringify(span);
  }],
  ['otel', 'debug-exporter', 16, (g) => {
    const tok = g.c('jwt', jwt(g.r));
    const conn = `Server=tcp:sql-prod-eu.database.windows.net,1433;Database=orders;User ID=orders_app;Password=${g.c('db-password', password(g.r))};Encrypt=true;`;
    return `2026-11-${g.r.int(10, 28)}T09:14:22.118Z\tinfo\tTracesExporter\t{"kind": "exporter", "data_type": "traces", "name": "debug", "resource spans": 1, "spans": 1}\nSpan #0\n    Trace ID       : ${g.r.hex(32)}\n    Parent ID      : ${g.r.hex(16)}\n    ID             : ${g.r.hex(16)}\n    Name           : GET /api/orders\n    Kind           : Server\n    Status code    : Error\nAttributes:\n     -> http.request.header.authorization: Slice(["Bearer ${tok}"])\n     -> http.request.header.x-api-key: Slice(["${g.c('google-api-key', googleKey(g.r))}"])\n     -> db.connection_string: Str(${conn})\n     -> user.phone: Str(${g.p('phone', phone(g.r))})\n     -> http.request.header.cookie: Slice(["${(() => { const [n, v] = sessionCookie(g.r); return `${n}=${g.c('session-cookie', v)}`; })()}"])\n     -> payment.card: Str(${g.f('card', card(g.r))})`;
  }],
  ['otel', 'log-record', 22, (g) => {
    const p = person(g.r);
    const body = JSON.stringify({ event: 'payout.requested', beneficiary: g.p('person-name', p.full), iban: g.f('iban', iban(g.r)), email: g.p('email', email(g.r, p)) });
    const rec = { resourceLogs: [{ resource: { attributes: [{ key: 'service.name', value: { stringValue: 'payout-consumer' } }] }, scopeLogs: [{ logRecords: [{ timeUnixNano: `17${g.r.digits(17)}`, severityText: 'WARN', body: { stringValue: 'retrying message' }, attributes: [{ key: 'messaging.message.body', value: { stringValue: body } }, { key: 'messaging.kafka.sasl.password', value: { stringValue: g.c('password', password(g.r)) } }, { key: 'aws.secret_access_key', value: { stringValue: g.c('aws-secret-key', awsSecret(g.r)) } }, { key: 'partner.api_key', value: { stringValue: plantAny(g) } }, { key: 'aws.access_key_id', value: { stringValue: g.c('aws-access-key-id', awsKeyId(g.r)) } }], traceId: g.r.hex(32), spanId: g.r.hex(16) }] }] }] };
    return JSON.stringify(rec);
  }],
];

/** Jaeger and Zipkin spans with tags. */
export const tracingTpls: Tpl80[] = [
  ['tracing', 'jaeger', 14, (g) => {
    const tags = [
      { key: 'http.url', type: 'string', value: `https://${host(g)}/v1/export?token=${g.c('github-token', githubToken(g.r))}` },
      { key: 'http.request.header.cookie', type: 'string', value: (() => { const [n, v] = sessionCookie(g.r); return `${n}=${g.c('session-cookie', v)}`; })() },
      { key: 'http.request.header.authorization', type: 'string', value: `Bearer ${g.c('jwt', jwt(g.r))}` },
      { key: 'sql.query', type: 'string', value: `SELECT * FROM patients WHERE ssn = '${g.p('us-ssn', ssn(g.r))}' AND dob = '${g.p('birth-date', birthDate(g.r))}'` },
      { key: 'peer.ipv4', type: 'string', value: '10.42.7.19' },
      { key: 'db.connection_string', type: 'string', value: `mongodb+srv://reports:${g.c('db-password', urlPassword(g.r))}@cluster0.x7k2p.mongodb.net/clinic` },
    ];
    return `Jaeger trace ${g.r.hex(32)} exceeded latency SLO\n${JSON.stringify({ traceID: g.r.hex(32), spanID: g.r.hex(16), operationName: 'GET /export', tags }, null, 1)}`;
  }],
  ['tracing', 'zipkin', 12, (g) => {
    const z = { traceId: g.r.hex(16), id: g.r.hex(16), kind: 'CLIENT', name: 'post', localEndpoint: { serviceName: 'notifier' }, tags: { 'http.path': '/v3/mail/send', 'http.header.authorization': `Bearer ${g.c('sendgrid-key', sendgridKey(g.r))}`, 'mail.to': g.p('email', email(g.r)), 'twilio.auth_token': g.c('twilio-auth-token', twilioSecret(g.r)), 'sms.to': g.p('phone', phone(g.r)), 'smtp.password': g.c('password', password(g.r)), 'http.header.x-mailgun-key': g.c('mailgun-key', mailgunKey(g.r)), 'account.number': g.f('bank-account', account(g.r)) } };
    return JSON.stringify([z]);
  }],
];

/** Datadog log JSON with attributes and parsed query strings. */
export const datadogTpls: Tpl80[] = [
  ['datadog', 'log', 16, (g) => {
    const p = person(g.r);
    const key = g.c('datadog-api-key', ddKey(g.r));
    const log = { id: `AQAAAY${g.r.b62(30)}`, content: { timestamp: ts(g), service: 'web-store', message: `POST /api/signup 500`, attributes: { http: { url: `https://${host(g)}/api/signup?dd_api_key=${key}`, url_details: { queryString: { dd_api_key: key, ref: 'spring-sale' } }, useragent: 'okhttp/4.12.0', headers: { authorization: `Bearer ${g.c('jwt', jwt(g.r))}` } }, network: { client: { ip: g.p('ipv4', ipv4(g.r)) } }, usr: { email: g.p('email', email(g.r, p)), name: p.first }, headers: { 'dd-application-key': g.c('datadog-app-key', ddKey(g.r, true)) }, request_body: { phone: g.p('phone', phone(g.r)), card: g.f('card', card(g.r)), password: g.c('password', password(g.r)) } } } };
    return `Datadog monitor "Signup 5xx" triggered. Sample log:\n${JSON.stringify(log)}`;
  }],
  ['datadog', 'facets', 14, (g) => {
    const qsTok = g.c('oauth-token', opaqueToken(g.r));
    const id = g.c('aws-access-key-id', awsKeyId(g.r));
    const sec = g.c('aws-secret-key', awsSecret(g.r));
    return `@http.url_details.queryString.access_token:${qsTok} @http.method:GET @network.client.ip:${g.p('ipv4', ipv4(g.r))} @http.headers.x-api-key:${plantAny(g)}\n@env.AWS_ACCESS_KEY_ID:${id} @env.AWS_SECRET_ACCESS_KEY:${sec}\n@payment.routing_number:${g.f('aba-routing', routing(g.r))} @payment.account_number:${g.f('bank-account', account(g.r))} @payment.iban:${g.f('iban', iban(g.r))}\nstatus:error service:ach-sync host:i-${g.r.hex(17)}`;
  }],
];
