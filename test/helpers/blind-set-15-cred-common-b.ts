import { B62, B64URL, DIGITS, HEX, LOWER, UPPER } from './blind-set-9-rng';
import { cred, iso15, pos, type PosCase15 } from './blind-set-15-types';

/** Common providers (Twilio, SendGrid, Salesforce, HubSpot, Shopify, Okta, Auth0, OpenAI, databases) in odd contexts. */
export const credCommonB: PosCase15[] = [
  (r) => {
    const t = r.hex(32);
    return pos('twilio/ruby-inspect', `Twilio::REST::RestError: [HTTP 401] 20003 : Unable to create record
Authenticate
  client: #<Twilio::REST::Client:0x00007f3a2c1e8d10 @username="AC${r.hex(32)}", @password="${t}", @region=nil, @edge="dublin">
  /usr/local/bundle/gems/twilio-ruby-7.3.1/lib/twilio-ruby/framework/rest/version.rb:215:in 'create'`, cred('twilio-auth-token', t));
  },
  (r) => {
    const s = r.b62(32);
    return pos('twilio/actuator-env', `{"activeProfiles":["prod"],"propertySources":[{"name":"applicationConfig: [classpath:/application-prod.yml]","properties":{"twilio.api-key-sid":{"value":"SK${r.hex(32)}","origin":"class path resource [application-prod.yml] - 14:20"},"twilio.api-key-secret":{"value":"${s}","origin":"class path resource [application-prod.yml] - 15:23"}}}]}`, cred('twilio-api-secret', s));
  },
  (r) => {
    const k = `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
    return pos('sendgrid/axios-config', `[mailer] send failed after 3 attempts {
  status: 403,
  config: {
    url: '/v3/mail/send',
    baseURL: 'https://api.sendgrid.com',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ${k}', 'User-Agent': 'sendgrid/8.1.3;nodejs' },
    timeout: 10000
  }
}`, cred('sendgrid', k));
  },
  (r) => {
    const k = `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`;
    return pos('sendgrid/php-var-export', `PHP Warning:  mail transport fell back to SMTP in /var/www/app/Mailer.php on line 61
array (
  'transport' => 'smtp',
  'host' => 'smtp.sendgrid.net',
  'port' => 587,
  'username' => 'apikey',
  'password' => '${k}',
  'encryption' => 'tls',
)`, cred('sendgrid', k));
  },
  (r) => {
    const t = `00D${r.chars(B62, 12)}!${r.chars(B62 + '.', 96)}`;
    return pos('salesforce/okhttp', `I/OkHttp: --> PATCH https://corp.my.salesforce.com/services/data/v61.0/sobjects/Account/001${r.b62(15)}
I/OkHttp: Authorization: Bearer ${t}
I/OkHttp: Content-Type: application/json; charset=UTF-8
I/OkHttp: <-- 401 Unauthorized (188ms)
I/OkHttp: [{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]`, cred('salesforce-session', t));
  },
  (r) => {
    const rt = `5Aep861${r.chars(B62 + '.', 80)}`;
    const cs = r.chars(HEX.toUpperCase(), 64);
    return pos('salesforce/yaml-dump', `ERROR sync.salesforce: refresh failed (invalid_grant: expired access/refresh token); effective config:
salesforce:
  instance_url: https://corp.my.salesforce.com
  consumer_key: 3MVG9${r.chars(B62 + '._', 80)}
  consumer_secret: ${cs}
  refresh_token: ${rt}
  api_version: "61.0"`, cred('salesforce-consumer-secret', cs), cred('salesforce-refresh', rt));
  },
  (r) => {
    const t = `pat-na1-${r.uuid()}`;
    return pos('hubspot/requests-debug', `DEBUG:urllib3.connectionpool:https://api.hubapi.com:443 "POST /crm/v3/objects/contacts/batch/upsert HTTP/1.1" 401 None
send: b'POST /crm/v3/objects/contacts/batch/upsert HTTP/1.1\\r\\nHost: api.hubapi.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAuthorization: Bearer ${t}\\r\\nContent-Type: application/json\\r\\nContent-Length: 2291\\r\\n\\r\\n'
reply: 'HTTP/1.1 401 Unauthorized\\r\\n'`, cred('hubspot-pat', t));
  },
  (r) => {
    const t = `shpat_${r.hex(32)}`;
    return pos('shopify/ruby-exception', `ShopifyAPI::Errors::HttpResponseError: [Invalid API key or access token (unrecognized login or wrong password)]
  session: #<ShopifyAPI::Auth::Session id="offline_corp-eu.myshopify.com", shop="corp-eu.myshopify.com", scope="read_orders,write_fulfillments", access_token="${t}", expires=nil>
  from /app/app/jobs/fulfillment_sync_job.rb:27:in 'perform'`, cred('shopify-admin', t));
  },
  (r) => {
    const s = `shpss_${r.hex(32)}`;
    return pos('shopify/go-struct', `2026/11/20 17:04:55 webhook hmac mismatch for topic orders/paid: app=&shopify.App{ApiKey:"${r.hex(32)}", ApiSecret:"${s}", Scopes:[read_orders write_orders], HostURL:"https://fulfil.corp.io"}`, cred('shopify-shared-secret', s));
  },
  (r) => {
    const t = `00${r.chars(B62 + '-_', 40)}`;
    return pos('okta/dotnet-httpclient', `info: System.Net.Http.HttpClient.Okta.LogicalHandler[100]
      Start processing HTTP request GET https://corp.okta.com/api/v1/users?filter=status+eq+%22LOCKED_OUT%22
trce: System.Net.Http.HttpClient.Okta.ClientHandler[102]
      Request Headers:
      Accept: application/json
      Authorization: SSWS ${t}
fail: Provisioning.OktaSync[0] E0000011 Invalid token provided`, cred('okta-api-token', t));
  },
  (r) => {
    const s = r.chars(B62 + '-_', 40);
    return pos('okta/spring-props', `2026-11-21 08:14:02.551 ERROR 1 --- [main] o.s.b.d.LoggingFailureAnalysisReporter : 
APPLICATION FAILED TO START
Reason: issuer https://corp.okta.com/oauth2/default unreachable. Bound properties:
okta.oauth2.issuer=https://corp.okta.com/oauth2/default
okta.oauth2.client-id=0oa${r.b62(17)}
okta.oauth2.client-secret=${s}`, cred('okta-client-secret', s));
  },
  (r) => {
    const s = r.chars(B64URL, 64);
    return pos('auth0/rust-debug', `Error: token request failed: Status(401)
Caused by: invalid_client
config: Auth0Config { domain: "corp.us.auth0.com", client_id: "${r.b62(32)}", client_secret: "${s}", audience: Some("https://api.corp.io") }`, cred('auth0-client-secret', s));
  },
  (r) => {
    const k = `sk-proj-${r.chars(B64URL, 156)}`;
    return pos('openai/py-locals', `Traceback (most recent call last):
  File "/app/summarise.py", line 41, in run
    resp = client.chat.completions.create(model="gpt-4o-mini", messages=msgs)
  Local variables:
    client.api_key = "${k}"
    msgs = [{'role': 'system', 'content': 'Summarise the incident.'}]
openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'type': 'insufficient_quota'}}`, cred('openai', k));
  },
  (r) => {
    const k = `sk-ant-api03-${r.chars(B64URL, 93)}AA`;
    return pos('anthropic/go-struct', `ERRO[0412] completion failed error="POST \\"https://api.anthropic.com/v1/messages\\": 529 Overloaded" req="{Model:claude-sonnet-4-5 MaxTokens:1024 Header:map[Anthropic-Version:[2023-06-01] X-Api-Key:[${k}]]}"`, cred('anthropic', k));
  },
  (r) => {
    const k = `sk-${r.chars(B64URL, 48)}`;
    return pos('openai/elixir-req', `[error] GenServer Triage.Classifier terminating
** (Req.TransportError) timeout
    %Req.Request{method: :post, url: URI.parse("https://api.openai.com/v1/embeddings"), headers: %{"authorization" => ["Bearer ${k}"], "content-type" => ["application/json"]}, retry: :transient}`, cred('openai-legacy', k));
  },
  (r) => {
    const p = r.password(18);
    return pos('postgres/rust-sqlx', `thread 'main' panicked at src/db.rs:33:10:
called \`Result::unwrap()\` on an \`Err\` value: PoolTimedOut
opts = PgConnectOptions { host: "pg-ledger.internal", port: 5432, socket: None, username: "ledger_rw", password: Some("${p}"), database: Some("ledger"), ssl_mode: Require, application_name: Some("ledger-api") }`, cred('postgres-password', p));
  },
  (r) => {
    const p = r.urlPassword(16);
    return pos('mysql/go-dsn', `[mysql] 2026/11/21 09:41:07 connection.go:49: driver: bad connection
panic: dial orders_rw:${p}@tcp(mysql-orders.prod.svc:3306)/orders?parseTime=true&tls=preferred: connect: connection refused`, cred('mysql-password', p));
  },
  (r) => {
    const p = r.urlPassword(20);
    return pos('mongo/php-print-r', `MongoDB\\Driver\\Exception\\ConnectionTimeoutException: No suitable servers found (\`serverSelectionTryOnce\` set): [connection refused calling hello on 'ac-${r.chars(LOWER + DIGITS, 7)}-shard-00-01.${r.chars(LOWER, 5)}.mongodb.net:27017']
Array
(
    [uri] => mongodb+srv://catalog_svc:${p}@catalog-prod.${r.chars(LOWER, 5)}.mongodb.net/catalog?retryWrites=true&w=majority
    [db] => catalog
)`, cred('mongo-password', p));
  },
  (r) => {
    const p = r.password(24);
    return pos('redis/py-locals', `redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.
  File "/usr/lib/python3.12/site-packages/redis/connection.py", line 372, in on_connect
    self.send_command("AUTH", self.password, check_health=False)
    connection_kwargs = {'host': 'redis-sessions.prod', 'port': 6380, 'db': 2, 'username': 'sessions', 'password': '${p}', 'ssl': True}`, cred('redis-password', p));
  },
  (r) => {
    const p = r.urlPassword(22);
    return pos('redis/helm-values', `$ helm get values queue-workers -n jobs --all
COMPUTED VALUES:
replicaCount: 4
env:
  QUEUE_URL: rediss://default:${p}@redis-queue.${r.chars(LOWER + DIGITS, 6)}.cache.amazonaws.com:6379/0
  CONCURRENCY: "8"
image:
  tag: 2026.11.${r.int(1, 30)}-${r.hex(7)}`, cred('redis-password', p));
  },
  (r) => {
    const t = `ghs_${r.b62(36)}`;
    return pos('github/ci-git-url', `${iso15(r)} [deploy] + git push https://x-access-token:${t}@github.com/corp/infra-live.git HEAD:refs/heads/release
remote: Permission to corp/infra-live.git denied to corp-release[bot].
fatal: unable to access 'https://github.com/corp/infra-live.git/': The requested URL returned error: 403`, cred('github-app-token', t));
  },
  (r) => {
    const s = r.chars(DIGITS + UPPER, 36);
    return pos('salesforce/mc-graphql', `{"errors":[{"message":"Marketing Cloud auth failed","extensions":{"code":"UNAUTHENTICATED","request":{"grant_type":"client_credentials","client_id":"${r.chars(LOWER + DIGITS, 24)}","client_secret":"${s}","account_id":"${r.digits(9)}"}}}]}`, cred('sfmc-client-secret', s));
  },
];
