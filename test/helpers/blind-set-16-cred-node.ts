import { githubToken, jwt, pem } from './blind-set-9-crypto';
import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { b64s, cred, iso16, pos, traceIds, type PosCase16 } from './blind-set-16-types';

const AN = UPPER + DIGITS;

/** Node.js failures: AxiosError inspections, got/undici/fetch errors, SDK option dumps, Sentry events, OTel spans, CI logs. */
export const credNode: PosCase16[] = [
  (r) => {
    const v = `sk_live_51${r.b62(97)}`;
    return pos('node/axios-inspect-stripe', `AxiosError: Request failed with status code 402
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12) {
  code: 'ERR_BAD_REQUEST',
  config: {
    transitional: { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: false },
    adapter: [ 'xhr', 'http', 'fetch' ],
    timeout: 10000,
    headers: Object [AxiosHeaders] {
      Accept: 'application/json, text/plain, */*',
      'Content-Type': 'application/x-www-form-urlencoded',
      Authorization: 'Bearer ${v}',
      'User-Agent': 'axios/1.7.9'
    },
    method: 'post',
    url: 'https://api.stripe.com/v1/payment_intents/pi_3Q${r.b62(22)}/capture',`, cred('stripe-secret', v));
  },
  (r) => {
    const pw = r.password(20);
    return pos('node/axios-config-auth', `[jira-sync] ${iso16(r)} ERROR AxiosError: Request failed with status code 401
  config: {
    url: '/rest/api/3/search',
    baseURL: 'https://corp-${r.int(10, 99)}.atlassian.net',
    auth: { username: 'svc-jira-sync@corp-tools.io', password: '${pw}' },
    params: { jql: 'project = OPS AND updated >= -1d', maxResults: 100 }
  }`, cred('password', pw));
  },
  (r) => {
    const id = r.hex(24), secret = r.b62(32);
    return pos('node/axios-config-data-escaped', `{"level":50,"time":${1796000000000 + r.int(0, 9e8)},"msg":"token exchange failed","err":{"type":"AxiosError","message":"Request failed with status code 400","config":{"method":"post","url":"https://oauth.zoom.us/oauth/token","data":"{\\"grant_type\\":\\"account_credentials\\",\\"account_id\\":\\"${r.b62(22)}\\",\\"client_id\\":\\"${id}\\",\\"client_secret\\":\\"${secret}\\"}"}}}`, cred('client-secret', secret));
  },
  (r) => {
    const v = `shpat_${r.hex(32)}`;
    return pos('node/axios-tojson-shopify', `Error syncing inventory: {
  "message": "Request failed with status code 429",
  "name": "AxiosError",
  "config": {
    "headers": {
      "Accept": "application/json",
      "X-Shopify-Access-Token": "${v}",
      "Content-Type": "application/json"
    },
    "method": "put",
    "url": "https://north-${r.int(100, 999)}.myshopify.com/admin/api/2024-10/inventory_levels/set.json"
  },
  "code": "ERR_BAD_REQUEST",
  "status": 429
}`, cred('shopify-token', v));
  },
  (r) => {
    const v = githubToken(r, 'ghp');
    return pos('node/got-httperror', `HTTPError: Response code 403 (Forbidden)
    at Request.<anonymous> (file:///srv/release-bot/node_modules/got/dist/source/as-promise/index.js:86:42)
  options: Options {
    url: URL { href: 'https://api.github.com/repos/corp/infra/releases', host: 'api.github.com' },
    method: 'POST',
    headers: {
      'user-agent': 'got (https://github.com/sindresorhus/got)',
      authorization: 'token ${v}',
      accept: 'application/vnd.github+json'
    },`, cred('github-pat', v));
  },
  (r) => {
    const v = `sk-proj-${r.chars(B62 + '-_', 124)}T3BlbkFJ${r.chars(B62 + '-_', 28)}`.slice(0, 164);
    return pos('node/undici-request', `TypeError: fetch failed
    at node:internal/deps/undici/undici:13484:13 {
  [cause]: ConnectTimeoutError: Connect Timeout Error (attempted address: api.openai.com:443, timeout: 10000ms)
}
request was: Request {
  method: 'POST',
  url: 'https://api.openai.com/v1/chat/completions',
  headers: HeadersList { cookies: null, [Symbol(headers map)]: Map(2) {
    'authorization' => { name: 'Authorization', value: 'Bearer ${v}' },
    'content-type' => { name: 'Content-Type', value: 'application/json' } } }
}`, cred('openai-key', v));
  },
  (r) => {
    const v = `EAAG${r.b62(180)}`;
    return pos('node/fetch-error-graph', `FetchError: request to https://graph.facebook.com/v19.0/${r.digits(15)}/messages?access_token=${v} failed, reason: socket hang up
    at ClientRequest.<anonymous> (/app/node_modules/node-fetch/lib/index.js:1501:11)
    type: 'system', errno: 'ECONNRESET', code: 'ECONNRESET'`, cred('facebook-token', v));
  },
  (r) => {
    const v = `sk-ant-api03-${r.chars(B62 + '-_', 93)}AA`;
    return pos('node/sentry-event-headers', `{"event_id":"${r.hex(32)}","platform":"node","level":"error","timestamp":${1796000000 + r.int(0, 9e5)},
 "request":{"method":"POST","url":"https://llm-gateway.internal/v1/messages",
  "headers":[["content-type","application/json"],["x-api-key","${v}"],["anthropic-version","2023-06-01"]]},
 "exception":{"values":[{"type":"APIError","value":"529 overloaded_error"}]}}`, cred('anthropic-key', v));
  },
  (r) => {
    const b = b64s(`ingest-bot:${r.password(18)}`);
    const { trace, span } = traceIds(r);
    return pos('node/otel-span-basic', `span name=POST /v2/bulk kind=CLIENT trace_id=${trace} span_id=${span} status=ERROR
  attributes:
    http.request.method: POST
    url.full: https://search-prod.internal:9200/_bulk
    http.request.header.authorization: ["Basic ${b}"]
    http.response.status_code: 401
    server.address: search-prod.internal`, cred('basic-b64', b));
  },
  (r) => {
    const v = `npm_${r.b62(36)}`;
    return pos('node/gha-env-npm', `2026-11-${r.int(10, 28)}T0${r.int(1, 9)}:12:44.1093410Z ##[group]Run npm publish --access public
2026-11-${r.int(10, 28)}T0${r.int(1, 9)}:12:44.1094022Z npm publish --access public
2026-11-${r.int(10, 28)}T0${r.int(1, 9)}:12:44.1144981Z env:
2026-11-${r.int(10, 28)}T0${r.int(1, 9)}:12:44.1145384Z   NODE_AUTH_TOKEN: ${v}
2026-11-${r.int(10, 28)}T0${r.int(1, 9)}:12:44.1145760Z ##[endgroup]
npm error code E403`, cred('npm-token', v));
  },
  (r) => {
    const v = `dckr_pat_${r.chars(B62 + '-_', 27)}`;
    return pos('node/gha-docker-login', `Run docker login -u corpci -p ${v} registry-1.docker.io
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`, cred('docker-pat', v));
  },
  (r) => {
    const v = `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;
    return pos('node/process-env-dump', `Uncaught exception in notifier, process.env snapshot: {
  NODE_ENV: 'production',
  PORT: '8080',
  SLACK_BOT_TOKEN: '${v}',
  SLACK_CHANNEL: 'C0${r.chars(AN, 9)}',
  LOG_LEVEL: 'info'
}`, cred('slack-bot', v));
  },
  (r) => {
    const pw = r.urlPassword(18);
    return pos('node/prisma-datasource', `Error: P1001: Can't reach database server at \`pg-main.internal\`:\`5432\`
Datasource "db": PostgreSQL database "orders", schema "public" at "postgresql://orders_app:${pw}@pg-main.internal:5432/orders?schema=public&connection_limit=5"`, cred('db-password', pw));
  },
  (r) => {
    const pw = r.urlPassword(16);
    return pos('node/mongoose-uri', `MongooseServerSelectionError: Could not connect to any servers in your MongoDB Atlas cluster.
    uri: 'mongodb+srv://catalog:${pw}@cluster0.${r.chars(LOWER + DIGITS, 5)}.mongodb.net/catalog?retryWrites=true&w=majority'`, cred('db-password', pw));
  },
  (r) => {
    const pw = r.password(24);
    return pos('node/ioredis-options', `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair or user is disabled.
Redis options: { host: 'cache-01.internal', port: 6380, username: 'default', password: '${pw}', tls: {}, db: 2, keyPrefix: 'sess:' }`, cred('password', pw));
  },
  (r) => {
    const v = r.hex(32);
    return pos('node/twilio-client-dump', `RestException [Error]: Authenticate
    at success (/srv/sms/node_modules/twilio/lib/base/Version.js:79:23)
  status: 401, code: 20003,
  client: Twilio { accountSid: 'AC${r.hex(32)}', authToken: '${v}', region: undefined, edge: undefined }`, cred('twilio-auth-token', v));
  },
  (r) => {
    const key = pem(r, 'PRIVATE KEY', 1190).replace(/\n/g, '\\n');
    return pos('node/firebase-admin-json', `FirebaseAppError: Failed to parse private key: Error: Invalid PEM formatted message.
credential: {"type":"service_account","project_id":"shop-app-${r.int(1000, 9999)}","private_key_id":"${r.hex(40)}","private_key":"${key}","client_email":"firebase-adminsdk-${r.chars(LOWER, 5)}@shop-app.iam.gserviceaccount.com"}`, cred('private-key-escaped', key));
  },
  (r) => {
    const v = `https://hooks.slack.com/services/T0${r.chars(AN, 8)}/B0${r.chars(AN, 9)}/${r.b62(24)}`;
    return pos('node/slack-webhook-error', `Error: An HTTP protocol error occurred: statusCode = 404
    at IncomingWebhook.send (/app/node_modules/@slack/webhook/dist/IncomingWebhook.js:57:19)
  url: '${v}'`, cred('slack-webhook', v));
  },
  (r) => {
    const v = `https://discord.com/api/webhooks/${r.digits(19)}/${r.chars(B62 + '-_', 68)}`;
    return pos('node/discord-webhook', `DiscordAPIError[50027]: Invalid Webhook Token
    at handleErrors (/bot/node_modules/@discordjs/rest/dist/index.js:727:13)
  method: 'POST', url: '${v}?wait=true'`, cred('discord-webhook', v));
  },
  (r) => {
    const id = `AKIA${r.chars(AN, 16)}`, secret = r.chars(B62 + '+/', 40);
    return pos('node/aws-sdk-v3-config', `CredentialsProviderError / InvalidSignatureException: The request signature we calculated does not match
  $metadata: { httpStatusCode: 403, requestId: '${r.uuid()}', attempts: 1 }
  clientConfig: { region: 'eu-west-1', credentials: { accessKeyId: '${id}', secretAccessKey: '${secret}' } }`, cred('aws-key-id', id), cred('aws-secret', secret));
  },
  (r) => {
    const t = jwt(r, { iss: 'https://auth.corp-tools.io/', sub: `auth0|${r.hex(24)}`, aud: 'https://api.corp-tools.io', iat: 1796000000, exp: 1796086400, scope: 'read:orders write:orders' }, 'RS256');
    return pos('node/nest-http-exception', `[Nest] 1  - ${iso16(r)}   ERROR [ExceptionsHandler] Request failed: GET /internal/orders
{"headers":{"host":"orders-svc:3000","authorization":"Bearer ${t}","x-request-id":"${r.uuid()}"}}`, cred('jwt', t));
  },
];
