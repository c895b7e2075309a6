import { jsonEsc, uEsc } from './blind-set-75-encode';
import { pem, type Gen75 } from './blind-set-75-values';

const J = (o: unknown): string => JSON.stringify(o);
/** JSON escaping applied `n` times (JSON-in-JSON `n` levels deep). */
const esc = (s: string, n: number): string => (n <= 0 ? s : esc(jsonEsc(s), n - 1));

/** Templates whose values arrive JSON-escaped: `\"`, `\/`, `\uXXXX`, and JSON inside JSON two and three levels deep. */
export const JSON_TEMPLATES: Record<string, (g: Gen75) => string> = {
  'dd-webhook-event-msg': (g) => {
    const mail = g.email();
    const pw = g.hostilePassword();
    const msg = `%%%\n### Login failures spiked on **auth-api**\n\n\`\`\`\nWARN AuthController - bad credentials for "${mail}" (attempted password="${pw}")\n\`\`\`\n[View logs](https://app.datadoghq.eu/logs?query=service%3Aauth-api)\n%%%`;
    g.p(esc(mail, 1), 'email');
    g.c(esc(pw, 1), 'password');
    return J({ id: g.r.digits(19), title: '[Triggered] auth-api login failures', body: msg, alert_type: 'error', tags: `env:prod,service:auth-api,user:${mail}`, org: { id: g.r.int(10000, 99999), name: 'Northwind' } });
  },
  'slash-escaped-slack-hook': (g) => {
    const hook = g.slackHook();
    return `{"level":"error","ts":"2026-12-07T04:12:${g.r.int(10, 59)}Z","msg":"notifier misconfigured","channel":{"kind":"slack","url":"${g.c(jsonEsc(hook, true), 'slack-webhook')}"},"err":"410 channel_is_archived"}`;
  },
  'u-escaped-password-all': (g) => {
    const pw = g.password();
    return `{"event":"auth.config.dump","redacted":false,"config":{"username":"svc_reporting","password":"${g.c(uEsc(pw), 'password')}","host":"reporting-db.internal"}}`;
  },
  'u-escaped-email-at': (g) => {
    const mail = g.email();
    return `{"type":"user.updated","data":{"id":"usr_${g.r.b62(14)}","email":"${g.p(uEsc(mail, /[@.]/), 'email')}","display_name":"${g.p(uEsc(g.name(), /[^A-Za-z ]/), 'name')}"},"ts":${1796000000 + g.r.int(0, 99999)}}`;
  },
  'u-escaped-card-digits': (g) => {
    const card = g.card();
    return `{"message":"tokenization fallback","pan":"${g.f(uEsc(card, /[\s\S]/, g.r.next() < 0.5), 'card')}","exp":"${String(g.r.int(1, 12)).padStart(2, '0')}\\/${g.r.int(27, 33)}","holder":"${g.p(g.name(), 'name')}"}`;
  },
  'sns-in-sqs-2-levels': (g) => {
    const mail = g.email();
    const ph = g.phone();
    const inner = J({ event: 'customer.created', customer: { email: mail, phone: ph, dob: g.dob() } });
    const dob = inner.match(/"dob":"([^"]+)"/)![1]!;
    g.p(esc(mail, 1), 'email');
    g.p(esc(ph, 1), 'phone');
    g.p(dob, 'dob');
    return `[sqs-consumer] DLQ message: ${J({ Type: 'Notification', MessageId: g.r.uuid(), TopicArn: 'arn:aws:sns:eu-west-1:123456789012:customers', Message: inner, Timestamp: '2026-12-07T04:00:00.000Z' })}`;
  },
  'eventbridge-sns-sqs-3-levels': (g) => {
    const iban = g.iban();
    const n = g.name();
    const pw = g.hostilePassword();
    const l1 = J({ detail: { payee: n, iban, note: `portal pw "${pw}"` } });
    const l2 = J({ Message: l1, Type: 'Notification' });
    g.f(iban, 'iban');
    g.p(esc(n, 2), 'name');
    g.c(esc(pw, 3), 'password');
    return `ERROR lambda handler failed record=${J({ body: l2, messageId: g.r.uuid(), eventSource: 'aws:sqs' })}`;
  },
  'gcp-sa-key-json-in-env': (g) => {
    const key = pem(g.keyBody(), 'PRIVATE KEY') + '\n';
    const sa = J({ type: 'service_account', project_id: 'billing-prod-2231', private_key_id: g.hex(40), private_key: key, client_email: 'exporter@billing-prod-2231.iam.gserviceaccount.com' });
    g.c(esc(key.trimEnd(), 2), 'private-key-pem');
    return `{"severity":"ERROR","message":"failed to init BigQuery client","env":{"GOOGLE_APPLICATION_CREDENTIALS_JSON":${J(sa)}}}`;
  },
  'logback-json-request-body': (g) => {
    const iban = g.iban();
    const body = J({ accountHolder: g.name(), iban, bic: 'DEUTDEFFXXX', amount: g.r.int(10, 900) });
    const holder = body.match(/"accountHolder":"([^"]+)"/)![1]!;
    g.p(jsonEsc(holder), 'name');
    g.f(iban, 'iban');
    return J({ '@timestamp': '2026-12-07T04:18:22.114Z', level: 'WARN', logger_name: 'c.n.p.SepaController', message: `Rejected SEPA mandate, request body: ${body}`, thread_name: 'http-nio-8080-exec-7' });
  },
  'python-repr-in-json': (g) => {
    const k = g.ddApi();
    const app = g.ddApp();
    return J({ levelname: 'ERROR', name: 'datadog_checks.base', message: `init_config={'api_key': '${k}', 'app_key': '${app}', 'site': 'datadoghq.eu'}` }).replace(k, g.c(k, 'datadog-api-key')).replace(app, g.c(app, 'datadog-app-key'));
  },
  'u-escaped-nonascii-name': (g) => {
    const n = `${g.r.pick(['José', 'Zoë', 'Björn', 'Siân', 'Łukasz', 'Renée', 'Çağrı'])} ${g.r.pick(['Fernández', 'Schäfer', 'Szabó', 'Nuñez', 'Østergaard', 'Gönül'])}`;
    return `{"evt":"kyc.mismatch","given_name_on_id":"${g.p(uEsc(n, /[^\x20-\x7e]/), 'name')}","doc_number":"${g.p(g.passport(), 'passport')}","dob":"${g.p(g.dob(), 'dob')}"}`;
  },
  'graphql-variables-escaped': (g) => {
    const card = g.card();
    const q = `mutation AddCard($input: CardInput!) { addCard(input: $input) { id } }`;
    const vars = J({ input: { number: card, cvc: g.cvc(), name: g.name(), zip: String(g.r.int(10000, 99999)) } });
    g.f(card, 'card');
    g.f(vars.match(/"cvc":"(\d+)"/)![1]!, 'cvc');
    g.p(jsonEsc(vars.match(/"name":"([^"]+)"/)![1]!), 'name');
    return `apollo: slow operation logged ${J({ query: q, variables: vars, operationName: 'AddCard' })}`;
  },
  'dd-event-msg-stacktrace-dsn': (g) => {
    const pw = g.hostilePassword();
    const trace = `%%%\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection failed\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\n  url="postgresql://analytics:${pw}@warehouse.internal:5432/dw"\n%%%`;
    g.c(jsonEsc(pw), 'db-password');
    return `{"alert_id":"${g.r.digits(10)}","event_msg":${J(trace)},"priority":"P2","hostname":"etl-worker-${g.r.int(1, 9)}"}`;
  },
  'go-html-safe-escapes': (g) => {
    const pw = `${g.r.b62(6)}&${g.r.b62(5)}<${g.r.b62(4)}>`;
    const enc = pw.replace(/&/g, '\\u0026').replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `{"level":"error","logger":"vault-agent","msg":"template render failed","rendered":"DB_PASS=${g.c(enc, 'password')}\\nDB_USER=app\\n","error":"permission denied"}`;
  },
  'vault-read-in-log': (g) => {
    const pw = g.password();
    const tok = `hvs.${g.r.b62(24)}`;
    return `2026-12-07T04:20:01Z [DEBUG] secrets: vault read ok: ${J({ request_id: g.r.uuid(), data: { data: { username: 'etl', password: pw, stripe_key: g.c(g.stripe(), 'stripe-secret') }, metadata: { version: 7 } }, auth: { client_token: tok } })}`.replace(pw, g.c(jsonEsc(pw), 'password')).replace(tok, g.c(tok, 'vault-token'));
  },
  'auth0-log-escaped-body': (g) => {
    const mail = g.email();
    const pw = g.hostilePassword();
    const body = J({ client_id: g.r.b62(32), username: mail, password: pw, connection: 'Username-Password-Authentication' });
    g.p(esc(mail, 1), 'email');
    g.c(esc(pw, 1), 'password');
    return J({ type: 'fp', description: 'Wrong email or password.', ip: '10.0.4.12', details: { request_body: body } });
  },
  'stripe-event-as-string': (g) => {
    const n = g.name();
    const mail = g.email(n);
    const ph = g.phone();
    const addr = g.address();
    const ev = J({ id: `evt_${g.r.b62(24)}`, type: 'charge.failed', data: { object: { billing_details: { name: n, email: mail, phone: ph, address: { line1: addr } } } } });
    g.p(esc(n, 2), 'name');
    g.p(esc(mail, 2), 'email');
    g.p(esc(ph, 2), 'phone');
    g.p(esc(addr, 2), 'address');
    return J({ msg: 'webhook handler error', raw: J({ payload: ev, sig: `t=${1796000000},v1=${g.hex(64)}` }) });
  },
  'npmrc-in-json': (g) => {
    const t = g.npm();
    return `{"step":"write-npmrc","file":{"path":"\\/home\\/runner\\/.npmrc","content":"\\/\\/registry.npmjs.org\\/:_authToken=${g.c(t, 'npm-token')}\\nalways-auth=true\\n"},"status":"failed"}`;
  },
  'upper-u-escaped-iban': (g) => {
    const iban = g.iban(g.r.pick(['DE', 'FR', 'NL']));
    return `{"sepa":{"creditor":"Northwind GmbH","debtor_iban":"${g.f(uEsc(iban, /[A-Z]/, true), 'iban')}","mandate":"MND-${g.r.digits(8)}","debtor":"${g.p(g.name(), 'name')}"}}`;
  },
  'quote-in-password-escaped': (g) => {
    const pw = `${g.r.b62(5)}"${g.r.b62(4)}\\${g.r.b62(5)}`;
    return `{"msg":"redis AUTH failed","cmd":"AUTH default \\"${g.c(esc(pw, 1), 'redis-password')}\\"","addr":"cache-${g.r.int(1, 5)}.internal:6379"}`;
  },
  'dd-logs-sample-json': (g) => {
    const rows = [0, 1, 2].map(() => ({ mail: g.email(), ip: g.userIp() }));
    const table = `|Date|Host|Message|\n|---|---|---|\n${rows.map((r, i) => `|04:1${i}:0${i}|web-${i}|login ok user=${r.mail} client_ip=${r.ip}|`).join('\n')}`;
    for (const r of rows) {
      g.p(r.mail, 'email');
      g.p(r.ip, 'user-ip');
    }
    return J({ title: 'Unusual login geography', logs_sample: table, link: 'https://app.datadoghq.com/monitors/1234' });
  },
  'telegram-bot-escaped': (g) => {
    const t = g.telegram();
    return J({ level: 30, msg: 'alert relay', target: `https://api.telegram.org/bot${t}/sendMessage`, chat_id: -100000000000 - g.r.int(0, 9999999) }).replace(t, g.c(t, 'telegram-bot-token'));
  },
  'mixed-u-escape-api-key': (g) => {
    const k = g.openai();
    const enc = uEsc(k.slice(0, 12)) + k.slice(12);
    return `{"provider":"openai","headers":{"Authorization":"Bearer ${g.c(enc, 'openai-key')}"},"error":{"code":"insufficient_quota"}}`;
  },
  'es-bulk-doc-escaped': (g) => {
    const doc = J({ customer: { name: g.name(), ssn: g.ssn(), phone: g.phone() } });
    g.p(jsonEsc(doc.match(/"name":"([^"]+)"/)![1]!), 'name');
    g.p(doc.match(/"ssn":"([^"]+)"/)![1]!, 'ssn');
    g.p(doc.match(/"phone":"([^"]+)"/)![1]!, 'phone');
    return `elasticsearch bulk partial failure: ${J({ index: { _index: 'customers-2026.12', status: 400, error: { type: 'mapper_parsing_exception', reason: `failed to parse field [customer.ssn] in document: ${doc}` } } })}`;
  },
};
