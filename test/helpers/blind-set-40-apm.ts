import type { Template40 } from './blind-set-40';

/** APM agents and error trackers: their config, CLI use, and the events they ship. */
export const APM_TEMPLATES: readonly Template40[] = [
  {
    name: 'newrelic-yml',
    make: (c) => `common: &default_settings
  license_key: '${c.nrLicense()}'
  app_name: Billing API (prod)
  distributed_tracing:
    enabled: true
  attributes:
    exclude: [request.headers.cookie, request.headers.authorization]
  proxy_host: proxy.corp.net
  proxy_user: nr-agent
  proxy_pass: '${c.password()}'`,
  },
  {
    name: 'newrelic-cli',
    make: (c) => `$ curl -s https://api.newrelic.com/graphql -H 'Content-Type: application/json' \\
   -H 'API-Key: ${c.nrUser()}' \\
   -d '{"query":"{ actor { user { name email } } }"}'
{"data":{"actor":{"user":{"email":"${c.email()}","name":"${c.name()}"}}}}`,
  },
  {
    name: 'newrelic-insert-curl',
    make: (c) => `gzip -c events.json | curl -X POST -H "Content-Type: application/json" \\
  -H "X-Insert-Key: ${c.nrInsert()}" -H "Content-Encoding: gzip" \\
  https://insights-collector.newrelic.com/v1/accounts/${c.int(1000000, 3999999)}/events --data-binary @-`,
  },
  {
    name: 'dynatrace-oneagent-install',
    make: (c) => {
      const env = c.r.chars('abcdefghijklmnopqrstuvwxyz', 3) + c.r.digits(5);
      return `wget -O Dynatrace-OneAgent-Linux.sh "https://${env}.live.dynatrace.com/api/v1/deployment/installer/agent/unix/default/latest?arch=x86" --header="Authorization: Api-Token ${c.dtTok()}"
/bin/sh Dynatrace-OneAgent-Linux.sh --set-monitoring-mode=fullstack --set-app-log-content-access=true
# operator: kubectl -n dynatrace create secret generic dynakube --from-literal="apiToken=${c.dtTok()}" --from-literal="dataIngestToken=${c.dtTok()}"`;
    },
  },
  {
    name: 'appdynamics-controller-info',
    make: (c) => `<controller-info>
    <controller-host>${c.pick(['acme', 'globex', 'initech'])}.saas.appdynamics.com</controller-host>
    <controller-port>443</controller-port>
    <controller-ssl-enabled>true</controller-ssl-enabled>
    <account-name>${c.pick(['acme', 'globex', 'initech'])}-prod</account-name>
    <account-access-key>${c.tokenOf('appdynamics-access-key', 'abcdefghijklmnopqrstuvwxyz0123456789', 12)}</account-access-key>
    <application-name>orders</application-name>
    <proxy-password-file>/etc/appd/proxy.pw</proxy-password-file>
</controller-info>
<!-- api client: appd-ci@${c.pick(['acme', 'globex'])} secret ${c.uuidKey('appdynamics-api-client-secret')} -->`,
  },
  {
    name: 'sentry-cli-env',
    make: (c) => {
      const org = c.pick(['acme-inc', 'northwind', 'globex-corp', 'umbrella']);
      return `# .sentryclirc
[auth]
token=${c.sentryOrg(org)}

[defaults]
org=${org}
project=web-frontend
# personal token of the release manager, do not commit
# SENTRY_AUTH_TOKEN=${c.sentryUser()}`;
    },
  },
  {
    name: 'sentry-legacy-dsn',
    make: (c) => {
      const pub = c.r.hex(32);
      return `RAVEN_CONFIG = {
    'dsn': 'https://${pub}:${c.hex32('sentry-dsn-secret')}@o${c.int(10000, 999999)}.ingest.sentry.io/${c.int(1000000, 4999999)}',
    'release': raven.fetch_git_sha(os.path.dirname(os.pardir)),
}`;
    },
  },
  {
    name: 'sentry-event-json',
    make: (c) => {
      const p = c.person();
      return `{"event_id":"${c.r.hex(32)}","level":"error","platform":"python",
 "exception":{"values":[{"type":"CardDeclined","value":"card ${c.card()} declined (insufficient_funds)"}]},
 "user":{"id":"${c.int(10000, 999999)}","email":"${c.email(p)}","ip_address":"${c.ip()}","username":"${p.local}"},
 "request":{"url":"https://shop.acme-store.io/checkout","headers":{"Cookie":"sessionid=${c.tokenOf('session-cookie', 'abcdefghijklmnopqrstuvwxyz0123456789', 32)}; csrftoken=${c.r.b62(32)}"}},
 "tags":{"trace_id":"${c.traceId()}"}}`;
    },
  },
  {
    name: 'sentry-breadcrumbs',
    make: (c) => `breadcrumbs: [
  { "timestamp": ${c.int(1760000000, 1790000000)}.${c.r.digits(3)}, "category": "ui.input", "message": "input[name=\\"email\\"] = ${c.email()}" },
  { "timestamp": ${c.int(1760000000, 1790000000)}.${c.r.digits(3)}, "category": "fetch", "data": { "method": "POST", "url": "/api/session?token=${c.jwt({ scope: 'session' })}", "status_code": 401 } },
  { "timestamp": ${c.int(1760000000, 1790000000)}.${c.r.digits(3)}, "category": "console", "level": "log", "message": "phone verified ${c.phone()}" }
]`,
  },
  {
    name: 'rollbar-item',
    make: (c) => {
      const p = c.person();
      return `POST https://api.rollbar.com/api/1/item/
X-Rollbar-Access-Token: ${c.hex32('rollbar-token')}
{"data":{"environment":"production","level":"error",
 "person":{"id":"${c.int(1000, 99999)}","username":"${p.local}","email":"${c.email(p)}"},
 "request":{"user_ip":"${c.ip()}","POST":{"iban":"${c.iban(false)}","holder":"${c.name(p)}"}},
 "body":{"message":{"body":"SEPA mandate rejected"}}}}`;
    },
  },
  {
    name: 'bugsnag-notify',
    make: (c) => {
      const p = c.person();
      const key = c.hex32('bugsnag-api-key');
      return `Bugsnag.start({
  apiKey: '${key}',
  appVersion: '4.${c.int(1, 30)}.${c.int(0, 9)}',
  onError: function (event) {
    event.setUser('${c.int(1000, 99999)}', '${c.email(p)}', '${c.name(p)}')
  }
})
// upload: curl https://upload.bugsnag.com/ -F apiKey=${key} -F minifiedUrl=*/main.js`;
    },
  },
  {
    name: 'honeycomb-beeline',
    make: (c) => `beeline.init({
  writeKey: process.env.HONEYCOMB_WRITEKEY || "${c.hex32('honeycomb-classic-key')}",
  dataset: "api-prod",
  serviceName: "gateway",
});
# honeymarker -k ${c.hcConfig()} -d api-prod add -t deploy -m "v${c.int(100, 999)}"`,
  },
  {
    name: 'elastic-apm-env',
    make: (c) => `ELASTIC_APM_SERVER_URL=https://${c.r.hex(32)}.apm.${c.pick(['eu-west-1.aws', 'us-central1.gcp'])}.cloud.es.io:443
ELASTIC_APM_SECRET_TOKEN=${c.tokenOf('elastic-apm-secret-token', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 24)}
ELASTIC_APM_API_KEY=${c.elasticApiKey()}
ELASTIC_APM_SERVICE_NAME=orders
ELASTIC_APM_CAPTURE_BODY=all`,
  },
  {
    name: 'splunk-hec-curl',
    make: (c) => `$ curl -k https://http-inputs-${c.pick(['acme', 'globex', 'hooli'])}.splunkcloud.com:443/services/collector/event \\
    -H "Authorization: Splunk ${c.uuidKey('splunk-hec-token', true)}" \\
    -d '{"event":{"action":"login","user":"${c.email()}","src_ip":"${c.ip()}"},"sourcetype":"_json"}'
{"text":"Success","code":0}`,
  },
  {
    name: 'airbrake-honeybadger',
    make: (c) => `# config/initializers/airbrake.rb
Airbrake.configure do |c|
  c.project_id = ${c.int(100000, 499999)}
  c.project_key = '${c.hex32('airbrake-project-key')}'
  c.environment = Rails.env
end
# honeybadger CLI (personal token): HONEYBADGER_PERSONAL_AUTH_TOKEN=${c.honeybadger()} bundle exec honeybadger deploy`,
  },
  {
    name: 'synthetics-playwright',
    make: (c) => {
      const p = c.person();
      return `// checkly/__checks__/login.spec.ts  (CHECKLY_API_KEY=${c.tokenOf('checkly-api-key', '0123456789abcdef', 32, 'cu_')})
test('login and pay', async ({ page }) => {
  await page.goto('https://app.shopfront.io/login');
  await page.fill('#email', '${c.email(p)}');
  await page.fill('#password', '${c.password(16)}');
  await page.fill('[data-test=card]', '${c.card(' ')}');
  await page.click('text=Sign in');
});`;
    },
  },
  {
    name: 'datadog-synthetics-api',
    make: (c) => `$ curl -X POST "https://api.datadoghq.com/api/v1/synthetics/tests/api" \\
  -H "DD-API-KEY: ${c.ddApi()}" -H "DD-APPLICATION-KEY: ${c.ddApp()}" \\
  -d '{"name":"checkout smoke","config":{"request":{"method":"POST","url":"https://api.shop.io/v1/pay","basicAuth":{"username":"synthetic-bot","password":"${c.password()}"},"body":"{\\"card\\":\\"${c.card('')}\\",\\"cvc\\":\\"${c.cvv()}\\"}"}}}'`,
  },
  {
    name: 'apm-trace-header-dump',
    make: (c) => `DEBUG ddtrace.writer: span {name: http.request, service: partner-proxy, resource: "GET /v2/statements", trace_id: ${c.r.digits(19)}, span_id: ${c.r.digits(19)},
  meta: {http.url: "https://api.partnerbank.com/v2/statements?account=${c.acct()}&routing=${c.routing()}", http.request.headers.authorization: "Bearer ${c.jwt({ aud: 'partnerbank' })}", usr.email: "${c.email()}"}}`,
  },
  {
    name: 'stackdriver-error-report',
    make: (c) => `Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line ${c.int(40, 300)}, in charge
    resp = stripe.PaymentIntent.create(amount=amount, currency="eur", api_key="${c.stripe()}")
  File "/usr/local/lib/python3.12/site-packages/stripe/_api_requestor.py", line ${c.int(100, 800)}, in request
stripe._error.CardError: Request req_${c.r.b62(14)}: Your card was declined.
  locals: customer_email='${c.email()}' last_ip='${c.ip()}' iban='${c.iban()}'`,
  },
];
