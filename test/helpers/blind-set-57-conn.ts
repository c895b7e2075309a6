import { A57, jwt57, pw57, type Ctx57 } from './blind-set-57-ctx';
import { ALL_PROVIDERS, type Multi57 } from './blind-set-57-multi';
import { ip57, person57 } from './blind-set-57-people';

const M = (name: string, make: (c: Ctx57) => string): Multi57 => ({ name, make });
const byKind = (k: string) => ALL_PROVIDERS.find((p) => p.kind === k)!;
const urlPw = (c: Ctx57): string => c.cred('password', c.r.urlPassword(c.r.int(14, 22)));
const host = (c: Ctx57, base: string): string => `${base}-${c.r.pick(['prod', 'primary', 'eu1', 'main'])}.${c.r.pick(['internal', 'svc.cluster.local', 'corp.lan'])}`;
const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** Connection strings and URLs with credentials, as rule tests and crash logs print them. */
export const CONN: readonly Multi57[] = [
  M('postgres-url', (c) => `DATABASE_URL=postgres://orders_app:${urlPw(c)}@${host(c, 'pg')}:5432/orders?sslmode=require`),
  M('postgres-libpq', (c) => `psql "host=${host(c, 'pg')} port=5432 dbname=billing user=billing_ro password='${c.cred('password', pw57(c.r, true).replace(/'/g, '!'))}' sslmode=verify-full"`),
  M('mysql-dsn-go', (c) => `dsn := "app_rw:${c.cred('password', c.r.password(c.r.int(14, 20)).replace(/[@/]/g, '_'))}@tcp(${host(c, 'mysql')}:3306)/shop?parseTime=true&loc=UTC"\ndb, err := sql.Open("mysql", dsn)`),
  M('mongodb-srv', (c) => `MONGO_URI="mongodb+srv://atlas_admin:${urlPw(c)}@cluster0.${c.r.chars(A57.lan, 5)}.mongodb.net/catalog?retryWrites=true&w=majority"`),
  M('redis-url', (c) => `REDIS_URL=rediss://default:${urlPw(c)}@${host(c, 'redis')}:6380/0`),
  M('amqp-url', (c) => `celery_broker_url = "amqp://celery:${urlPw(c)}@${host(c, 'rabbitmq')}:5672/jobs"`),
  M('mssql-connstring', (c) => `"Data Source=${host(c, 'sql')},1433;Initial Catalog=Payroll;User Id=payroll_svc;Password=${c.cred('password', pw57(c.r).replace(/;/g, '#'))};TrustServerCertificate=True"`),
  M('jdbc-password-param', (c) => `spring.datasource.url=jdbc:mysql://${host(c, 'mysql')}:3306/crm?user=crm_app&password=${urlPw(c)}&useSSL=true`),
  M('snowflake-connect', (c) => `conn = snowflake.connector.connect(\n    user="ETL_SERVICE",\n    password="${c.cred('password', pw57(c.r, true))}",\n    account="${c.r.chars(A57.lan, 7)}-${c.r.chars(A57.lan, 7)}",\n    warehouse="TRANSFORM_WH",\n)`),
  M('smtp-url', (c) => `EMAIL_URL=smtp+tls://apikey:${c.secret(byKind('sendgrid-api-key'))}@smtp.sendgrid.net:587`),
  M('smtp-mailgun-url', (c) => `MAILER_DSN=smtp://postmaster%40mg.shop.example.org:${c.secret(byKind('mailgun-api-key'))}@smtp.mailgun.org:587`),
  M('elastic-url', (c) => `ELASTICSEARCH_URL=https://elastic:${urlPw(c)}@${c.r.hex(32)}.us-east-1.aws.found.io:9243`),
  M('git-remote', (c) => `$ git remote -v\norigin\thttps://${c.r.pick(['x-access-token', 'oauth2', 'ci-bot'])}:${c.secret(byKind(c.r.pick(['github-pat', 'github-app-token', 'gitlab-pat'])))}@${c.r.pick(['github.com', 'gitlab.com'])}/acme/payments.git (fetch)`),
  M('proxy-url', (c) => `HTTPS_PROXY=http://${c.r.pick(['proxyuser', 'svc-egress', 'squid'])}:${urlPw(c)}@egress-proxy.corp.lan:3128`),
  M('ldap-bind', (c) => `ldapsearch -H ldaps://${host(c, 'ldap')} -D "cn=svc-sync,ou=services,dc=corp,dc=lan" -w '${c.cred('password', pw57(c.r, true).replace(/'/g, '!'))}' -b "ou=people,dc=corp,dc=lan"`),
  M('ftp-url', (c) => `lftp -e "mirror -R ./out /incoming" ftp://partner_upload:${urlPw(c)}@sftp.partner-bank.net`),
  M('oracle-tns', (c) => `sqlplus ledger/"${c.cred('password', c.r.password(16))}"@//${host(c, 'ora')}:1521/LEDGERPDB`),
  M('kafka-jaas', (c) => `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${c.r.chars(A57.uan, 16)}" password="${c.secret(byKind('confluent-api-secret'))}";`),
  M('redis-cli', (c) => `redis-cli -h ${host(c, 'redis')} -p 6379 -a '${c.cred('password', pw57(c.r, true).replace(/'/g, '!'))}' --no-auth-warning INFO keyspace`),
  M('mysql-cli', (c) => `mysql -h ${host(c, 'mysql')} -u root -p'${c.cred('password', pw57(c.r, true).replace(/'/g, '!'))}' -e "SHOW DATABASES;"`),
];

/** HTTP requests and responses with credentials in headers, bodies and cookies. */
export const HTTP: readonly Multi57[] = [
  M('basic-auth-header', (c) => {
    const key = c.secret(byKind(c.r.pick(['stripe-secret-key', 'twilio-api-secret', 'mailgun-api-key', 'zendesk-api-token', 'freshdesk-api-key'])));
    return `> GET /v1/balance HTTP/1.1\n> Host: api.payments.io\n> Authorization: Basic ${c.cred('basic-auth-b64', b64(`${c.r.pick(['api', 'ops', 'user'])}:${key}`))}\n> Accept: */*\n# key: ${key}`;
  }),
  M('basic-auth-user-pass', (c) => {
    const p = person57(c, false);
    const pass = c.cred('password', pw57(c.r, true));
    return `Authorization: Basic ${c.cred('basic-auth-b64', b64(`${p.email}:${pass}`))}\n# decoded for the test: ${p.email} / "${pass}"`;
  }),
  M('bearer-jwt', (c) => `POST /api/v3/orders HTTP/2\nhost: api.shop.io\nauthorization: Bearer ${c.cred('jwt', jwt57(c.r, { sub: `auth0|${c.r.hex(24)}`, aud: 'https://api.shop.io', scope: 'read:orders write:orders', iat: 1716000000 + c.r.int(0, 9999999), exp: 1716086400 + c.r.int(0, 9999999) }, c.r.pick(['HS256', 'RS256'])))}\ncontent-type: application/json`),
  M('github-token-header', (c) => `curl -H "Authorization: token ${c.secret(byKind('github-pat'))}" -H "Accept: application/vnd.github+json" https://api.github.com/repos/acme/infra/actions/secrets`),
  M('discord-bot-header', (c) => `Authorization: Bot ${c.secret(byKind('discord-bot-token'))}\nUser-Agent: DiscordBot (https://github.com/acme/bot, 2.1)`),
  M('shopify-header', (c) => `X-Shopify-Access-Token: ${c.secret(byKind(c.r.pick(['shopify-access-token', 'shopify-custom-app-token'])))}\nX-Shopify-Shop-Domain: ${c.r.chars(A57.lan, 8)}.myshopify.com`),
  M('datadog-headers', (c) => `curl -X GET "https://api.datadoghq.com/api/v1/validate" \\\n  -H "DD-API-KEY: ${c.secret(byKind('datadog-api-key'))}" \\\n  -H "DD-APPLICATION-KEY: ${c.secret(byKind('datadog-app-key'))}"`),
  M('okta-ssws', (c) => `GET https://${c.r.chars(A57.lan, 6)}.okta.com/api/v1/users?limit=25\nAuthorization: SSWS ${c.secret(byKind('okta-api-token'))}`),
  M('klaviyo-header', (c) => `Authorization: Klaviyo-API-Key ${c.secret(byKind('klaviyo-private-key'))}\nrevision: 2024-10-15`),
  M('postmark-header', (c) => `X-Postmark-Server-Token: ${c.secret(byKind('postmark-server-token'))}\nContent-Type: application/json`),
  M('token-token-eq', (c) => `Authorization: Token token="${c.secret(byKind(c.r.pick(['pagerduty-api-key', 'zendesk-api-token', 'travis-token'])))}"`),
  M('oauth-form-body', (c) => `POST /oauth/token HTTP/1.1\nHost: oauth2.googleapis.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=refresh_token&client_id=1${c.r.digits(11)}-${c.r.chars(A57.lan, 32)}.apps.googleusercontent.com&client_secret=${c.secret(byKind('google-oauth-client-secret'))}&refresh_token=${c.secret(byKind('google-refresh-token'))}`),
  M('oauth-token-response', (c) => JSON.stringify({ access_token: c.secret(byKind('google-access-token')), expires_in: 3599, refresh_token: c.secret(byKind('google-refresh-token')), scope: 'https://www.googleapis.com/auth/drive.readonly', token_type: 'Bearer' })),
  M('cookie-session', (c) => `Cookie: _ga=GA1.2.${c.r.digits(9)}.${c.r.digits(10)}; _session_id=${c.cred('session-cookie', c.r.hex(32))}; remember_user_token=${c.cred('session-cookie', c.r.b64url(48))}`),
  M('set-cookie-login', (c) => {
    const p = person57(c, false);
    return `HTTP/1.1 302 Found\nLocation: /dashboard\nSet-Cookie: sid=${c.cred('session-cookie', 's%3A' + c.r.b64url(24) + '.' + c.r.b64url(32))}; Path=/; HttpOnly; Secure\nX-Login-User: ${p.email}\nX-Forwarded-For: ${c.pers('ip-address', ip57(c.r))}`;
  }),
  M('har-entry', (c) => JSON.stringify({ request: { method: 'POST', url: 'https://api.openai.com/v1/chat/completions', headers: [{ name: 'authorization', value: `Bearer ${c.secret(byKind('openai-project-key'))}` }, { name: 'openai-organization', value: `org-${c.r.b62(24)}` }] }, response: { status: 200 } }, null, 2)),
  M('anthropic-sdk-curl', (c) => `curl https://api.anthropic.com/v1/messages \\\n  --header "x-api-key: ${c.secret(byKind('anthropic-api-key'))}" \\\n  --header "anthropic-version: 2023-06-01" \\\n  --header "content-type: application/json"`),
  M('telegram-url', (c) => `GET https://api.telegram.org/bot${c.secret(byKind('telegram-bot-token'))}/sendMessage?chat_id=-100${c.r.digits(10)}&text=deploy+ok`),
  M('webhook-urls', (c) => `notifications:\n  slack: ${c.secret(byKind('slack-webhook'))}\n  discord: ${c.secret(byKind('discord-webhook'))}\n  teams: ${c.secret(byKind('teams-webhook'))}`),
  M('stripe-basic-u', (c) => `curl https://api.stripe.com/v1/charges -u ${c.secret(byKind('stripe-secret-key'))}: -d amount=2000 -d currency=eur`),
  M('twilio-u', (c) => `curl -X POST "https://api.twilio.com/2010-04-01/Accounts/AC${c.r.hex(32)}/Messages.json" \\\n  -u "AC${c.r.hex(32)}:${c.secret(byKind('twilio-auth-token'))}" \\\n  --data-urlencode "To=${c.pers('phone', `+1${c.r.int(2, 9)}${c.r.digits(2)}${c.r.int(2, 9)}${c.r.digits(6)}`)}" --data-urlencode "Body=Your code is ready"`),
];
