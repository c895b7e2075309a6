import { cred, pers, type Case55, type G55, type V55 } from './blind-set-55-gen';
import { host, logLine, service, ts } from './blind-set-55-wrap';

type T = [string, (g: G55) => Case55];
const c = (text: string, values: V55[]): Case55 => ({ text, values });
const lvl = (g: G55) => g.pick(['error', 'warn', 'info'] as const);

/** Credentials in log lines, configs, HTTP dumps and connection strings. */
export const CRED_TEMPLATES: T[] = [
  ['log-github', (g) => {
    const tok = g.githubToken();
    const em = g.email();
    return c(logLine(g, 'error', 'git clone failed: authentication required', [['repo', `https://x-access-token:${tok}@github.com/acme/${service(g)}.git`], ['usr.email', em]]), [cred(tok, 'github_token'), pers(em, 'email')]);
  }],
  ['log-npm', (g) => {
    const tok = g.npmToken();
    return c(`npm ERR! code E401\nnpm ERR! Unable to authenticate, your authentication token seems to be invalid.\nnpm ERR! //registry.npmjs.org/:_authToken=${tok}\nnpm ERR! A complete log of this run can be found in: /root/.npm/_logs/${ts(g).replace(/[:.]/g, '_')}-debug-0.log`, [cred(tok, 'npm_token')]);
  }],
  ['env-dump', (g) => {
    const id = g.awsKeyId();
    const sec = g.awsSecret();
    const dd = g.ddApiKey();
    const pw = g.password(g.int(12, 20));
    return c(`Error: process exited with code 137\nEnvironment at crash:\n  AWS_REGION=eu-west-1\n  AWS_ACCESS_KEY_ID=${id}\n  AWS_SECRET_ACCESS_KEY=${sec}\n  DD_API_KEY=${dd}\n  DD_SITE=datadoghq.eu\n  PGPASSWORD=${pw}\n  NODE_ENV=production`, [cred(id, 'aws_key_id'), cred(sec, 'aws_secret'), cred(dd, 'datadog_api_key'), cred(pw, 'password')]);
  }],
  ['log-slack', (g) => {
    const tok = g.slackToken();
    const hook = g.slackWebhook();
    return c(`${logLine(g, 'error', 'slack api call failed: invalid_auth', [['token', tok], ['channel', 'C0' + g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 9)]])}\n${logLine(g, 'warn', 'falling back to incoming webhook', [['webhook_url', hook]])}`, [cred(tok, 'slack_token'), cred(hook, 'slack_webhook')]);
  }],
  ['stripe-error', (g) => {
    const sk = g.stripeKey();
    const wh = g.stripeWebhookSecret();
    const em = g.email();
    return c(`Stripe::AuthenticationError: Invalid API Key provided: ${sk}\n  from /app/vendor/bundle/ruby/3.3.0/gems/stripe-12.1.0/lib/stripe/stripe_client.rb:${g.int(600, 900)}:in \`handle_error_response'\n  config.stripe.signing_secret = "${wh}"\n  customer_email: ${em}`, [cred(sk, 'stripe_key'), cred(wh, 'stripe_webhook_secret'), pers(em, 'email')]);
  }],
  ['conn-postgres', (g) => {
    const pw = g.urlPassword(g.int(14, 24));
    const user = g.pick(['app_rw', 'billing', 'postgres', 'svc_orders']);
    return c(logLine(g, 'error', 'could not connect to database', [['error', 'FATAL: password authentication failed for user "' + user + '"'], ['dsn', `postgresql://${user}:${pw}@${g.pick(['prod-db.cluster-c9x2.eu-west-1.rds.amazonaws.com', 'pg-primary.internal', '10.20.3.14'])}:5432/${g.pick(['orders', 'ledger', 'app'])}?sslmode=require`]]), [cred(pw, 'password')]);
  }],
  ['conn-mongo-redis', (g) => {
    const pw1 = g.urlPassword(g.int(16, 28));
    const pw2 = g.urlPassword(g.int(20, 32));
    return c(`MongoServerSelectionError: connection <monitor> to 10.1.${g.int(0, 255)}.${g.int(1, 254)}:27017 closed\n    at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:${g.int(200, 300)}:38)\n  uri: 'mongodb+srv://api:${pw1}@cluster0.${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/prod?retryWrites=true&w=majority'\n  cache: 'rediss://default:${pw2}@${service(g)}-cache.${g.hex(6)}.use1.cache.amazonaws.com:6379/0'`, [cred(pw1, 'password'), cred(pw2, 'password')]);
  }],
  ['conn-mysql-amqp', (g) => {
    const pw1 = g.password(g.int(12, 20));
    const pw2 = g.urlPassword(g.int(12, 20));
    return c(`${logLine(g, 'error', 'HikariPool-1 - Exception during pool initialization', [['jdbcUrl', `jdbc:mysql://db.internal:3306/shop?user=shop_app&password=${pw1}&useSSL=true`]])}\n${logLine(g, 'warn', 'amqp reconnect', [['url', `amqps://orders:${pw2}@rabbit.prod.internal:5671/%2F`]])}`, [cred(pw1, 'password'), cred(pw2, 'password')]);
  }],
  ['azure-conn', (g) => {
    const key = g.azureKey();
    const acct = g.pick(['acmeprodlogs', 'stinvoicesweu', 'herald0data']);
    const sb = g.b64(32);
    return c(`Azure.RequestFailedException: Server failed to authenticate the request.\nStatus: 403 (AuthenticationFailed)\nConnectionString: DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${key};EndpointSuffix=core.windows.net\nServiceBus: Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sb}`, [cred(key, 'azure_storage_key'), cred(sb, 'azure_sas_key')]);
  }],
  ['synthetics-bearer', (g) => {
    const jwt = g.jwt({ sub: g.uuid(), email: g.email(), iat: 1793000000 + g.int(0, 9999999), exp: 1793100000 + g.int(0, 9999999), scope: 'openid profile' });
    const ck = g.b64url(32);
    return c(`Synthetics API test "${service(g)} health" failed on ${g.pick(['aws:eu-central-1', 'aws:us-east-1', 'gcp:asia-northeast1'])}\nAssertion failed: status code is 200, actual 401\n\nRequest:\nGET /api/v1/me HTTP/1.1\nHost: api.acme-shop.com\nAuthorization: Bearer ${jwt}\nCookie: _ga=GA1.2.${g.digits(10)}.${g.digits(10)}; session_id=${ck}\n\nResponse:\nHTTP/1.1 401 Unauthorized\ncontent-type: application/json\n{"error":"token_expired"}`, [cred(jwt, 'jwt'), cred(ck, 'session_cookie')]);
  }],
  ['synthetics-basic', (g) => {
    const user = g.pick(['svc-monitor', 'admin', 'synthetics', 'deploy']);
    const pw = g.password(g.int(12, 18));
    const b = Buffer.from(`${user}:${pw}`).toString('base64');
    const key = g.hex(32);
    return c(`[Synthetics] POST https://internal.acme.io/admin/reindex → 500 (${g.int(100, 3000)} ms)\nrequest headers:\n  authorization: Basic ${b}\n  x-api-key: ${key}\n  user-agent: Datadog/Synthetics\nresponse body (first 200 bytes): {"status":"error","message":"upstream timeout"}`, [cred(b, 'basic_auth'), cred(key, 'api_key')]);
  }],
  ['provider-log', (g) => {
    const [tok, kind] = g.providerToken();
    const em = g.email();
    return c(logLine(g, lvl(g), g.pick(['upstream returned 401', 'token rejected by provider', 'retrying with credentials', 'request failed']), [['provider_token', tok], ['user', em]]), [cred(tok, kind), pers(em, 'email')]);
  }],
  ['provider-yaml', (g) => {
    const [t1, k1] = g.providerToken();
    const [t2, k2] = g.providerToken();
    return c(`Config validation failed for ${service(g)} (helm release ${g.pick(['prod', 'canary'])}):\n\`\`\`yaml\nintegrations:\n  first:\n    token: "${t1}"\n    timeout: 30s\n  second:\n    secret: ${t2}\n\`\`\`\nerror: unknown field "timeout"`, [cred(t1, k1), cred(t2, k2)]);
  }],
  ['provider-curl', (g) => {
    const [tok, kind] = g.providerToken();
    return c(`Job "${g.pick(['nightly-sync', 'backfill', 'export-users'])}" failed: exit status 22\n+ curl -sf -H 'Authorization: Bearer ${tok}' -X POST https://api.${g.pick(['partner.io', 'vendor.com', 'acme.dev'])}/v1/sync\ncurl: (22) The requested URL returned error: 403`, [cred(tok, kind)]);
  }],
  ['google-openai', (g) => {
    const gk = g.googleApiKey();
    const ok = g.openaiKey();
    return c(`${logLine(g, 'error', 'geocode request failed', [['url', `https://maps.googleapis.com/maps/api/geocode/json?address=${g.int(1, 99)}+Main+St&key=${gk}`]])}\n${logLine(g, 'error', 'openai.AuthenticationError: Incorrect API key provided', [['api_key', ok]])}`, [cred(gk, 'google_api_key'), cred(ok, 'openai_key')]);
  }],
  ['anthropic-python', (g) => {
    const k = g.anthropicKey();
    const sec = g.googleClientSecret();
    return c(`Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${g.int(20, 300)}, in summarize\n    client = anthropic.Anthropic(api_key="${k}")\n  File "/srv/app/auth.py", line ${g.int(10, 90)}, in oauth\n    flow = Flow.from_client_config({"web": {"client_id": "${g.digits(12)}-${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com", "client_secret": "${sec}"}})\nanthropic.AuthenticationError: Error code: 401`, [cred(k, 'anthropic_key'), cred(sec, 'google_client_secret')]);
  }],
  ['twilio-sendgrid', (g) => {
    const sid = g.twilioSid();
    const auth = g.hex(32);
    const sg = g.sendgridKey();
    const ph = g.phone();
    return c(`twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record\n  account_sid=${sid} auth_token=${auth}\n  to=${JSON.stringify(ph)}\n  SENDGRID_API_KEY=${sg}`, [cred(auth, 'twilio_auth_token'), cred(sg, 'sendgrid_key'), pers(ph, 'phone'), cred(sid, 'twilio_sid')]);
  }],
  ['pem-key', (g) => {
    const pem = g.pemKey();
    return c(`Error: error:1E08010C:DECODER routines::unsupported\nwhile loading TLS key from env TLS_KEY for ${service(g)}\nvalue was:\n${pem}`, [cred(pem, 'pem_private_key')]);
  }],
  ['github-fg-actions', (g) => {
    const t = g.githubFineGrained();
    const t2 = g.githubToken('ghs');
    return c(`Run actions/checkout@v4\n##[error]fatal: could not read Username for 'https://github.com': terminal prompts disabled\n  GH_TOKEN: ${t}\n  git config --global url."https://x-access-token:${t2}@github.com/".insteadOf "https://github.com/"`, [cred(t, 'github_fine_grained'), cred(t2, 'github_token')]);
  }],
  ['gitlab-dd', (g) => {
    const t = g.gitlabToken();
    const app = g.ddAppKey();
    const api = g.ddApiKey();
    return c(`ERROR: Job failed: exit code 1\n$ curl --header "PRIVATE-TOKEN: ${t}" "https://gitlab.acme.io/api/v4/projects/${g.int(10, 999)}/pipelines"\n$ datadog-ci synthetics run-tests --apiKey ${api} --appKey ${app}\nError: Forbidden`, [cred(t, 'gitlab_token'), cred(app, 'datadog_app_key'), cred(api, 'datadog_api_key')]);
  }],
  ['cookie-set', (g) => {
    const sid = `s%3A${g.b64url(24)}.${g.b64url(32)}`;
    const rails = `${g.b64(48).replace(/=+$/, '')}--${g.hex(40)}`;
    const csrf = g.b64url(32);
    return c(`HTTP/1.1 302 Found\nLocation: https://shop.example-retail.com/account\nSet-Cookie: connect.sid=${sid}; Path=/; HttpOnly; Secure; SameSite=Lax\nSet-Cookie: _shop_session=${rails}; path=/; secure; HttpOnly\nSet-Cookie: XSRF-TOKEN=${csrf}; Path=/`, [cred(sid, 'session_cookie'), cred(rails, 'session_cookie'), cred(csrf, 'csrf_token')]);
  }],
  ['password-login', (g) => {
    const pw = g.password(g.int(9, 16));
    const em = g.email();
    const ip = g.ip();
    return c(logLine(g, 'warn', 'login failed', [['event', 'auth.failure'], ['email', em], ['password', pw], ['client_ip', ip]]), [cred(pw, 'password'), pers(em, 'email'), pers(ip, 'ip_address')]);
  }],
  ['kube-secret', (g) => {
    const pw = g.password(g.int(16, 24));
    const b = Buffer.from(pw).toString('base64');
    const [tok, kind] = g.providerToken();
    return c(`kubectl apply failed for Secret ${service(g)}-env (namespace prod):\napiVersion: v1\nkind: Secret\ndata:\n  DB_PASSWORD: ${b}\nstringData:\n  API_TOKEN: '${tok}'\nThe Secret "${service(g)}-env" is invalid: data[DB_PASSWORD]: Invalid value`, [cred(b, 'base64_password'), cred(tok, kind)]);
  }],
  ['dotnet-conn', (g) => {
    const pw = g.password(g.int(12, 20));
    return c(`[${ts(g).slice(11, 19)} ERR] Failed executing DbCommand (${g.int(5, 3000)}ms)\nMicrosoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.\n   ConnectionString: "Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=Orders;User ID=sa;Password=${pw};Encrypt=True;"`, [cred(pw, 'password')]);
  }],
  ['php-env', (g) => {
    const key = `base64:${g.b64(32)}`;
    const pw = g.password(g.int(10, 18));
    const mg = `key-${g.hex(32)}`;
    return c(`[${ts(g).replace('Z', '+00:00')}] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'forge'@'${host(g)}' {"exception":"[object] (PDOException(code: 1045))"} []\n#env APP_KEY=${key}\n#env DB_PASSWORD=${pw}\n#env MAILGUN_SECRET=${mg}`, [cred(key, 'laravel_app_key'), cred(pw, 'password'), cred(mg, 'mailgun_key')]);
  }],
  ['elixir-secret', (g) => {
    const skb = g.b64(48);
    const pw = g.urlPassword(g.int(14, 22));
    return c(`${ts(g).slice(11, 23)} [error] GenServer MyApp.Repo terminating\n** (DBConnection.ConnectionError) tcp connect (db:5432): connection refused\nState: %{secret_key_base: "${skb}", url: "ecto://myapp:${pw}@db/myapp_prod", pool_size: 10}`, [cred(skb, 'secret_key_base'), cred(pw, 'password')]);
  }],
  ['sql-users', (g) => {
    const pw = g.password(g.int(12, 18));
    const hashv = `$2b$12$${g.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
    const em = g.email();
    return c(`ERROR:  duplicate key value violates unique constraint "users_email_key"\nSTATEMENT:  INSERT INTO users (email, password_hash, api_secret) VALUES ('${em}', '${hashv}', '${pw}') RETURNING id`, [pers(em, 'email'), cred(hashv, 'password_hash'), cred(pw, 'api_secret')]);
  }],
];
