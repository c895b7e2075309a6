import { B62, LOWER, UPPER, DIGITS } from './blind-set-9-rng';
import { awsKeyId, awsSecret, b64u, host, jwt, pem, pw, ts } from './blind-set-14-tokens';
import { cred, pos, type PosCase14 } from './blind-set-14-types';

/** Credentials in the log formats of the platforms integrations run on (Lambda, GCP, Azure, Heroku, Vercel, Sentry, …). */
export const credPlatform: PosCase14[] = [
  (r) => {
    const k = `sk_live_${r.b62(24)}`;
    const id = r.uuid();
    return pos('lambda/stripe-error-json', `START RequestId: ${id} Version: $LATEST\n[ERROR]\t${ts(r)}\t${id}\tStripeError: {"errorType":"AuthenticationError","errorMessage":"Invalid API Key provided","config":{"apiKey":"${k}","apiVersion":"2024-06-20","maxNetworkRetries":2}}\nEND RequestId: ${id}\nREPORT RequestId: ${id}\tDuration: ${r.int(100, 900)}.${r.digits(2)} ms\tBilled Duration: ${r.int(100, 900)} ms\tMemory Size: 512 MB\tMax Memory Used: 143 MB`, cred('stripe-secret', k));
  },
  (r) => {
    const t = `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;
    return pos('lambda/env-dump-slack', `${ts(r)}\t${r.uuid()}\t[INFO]\tcold start, environment: {'AWS_REGION': 'eu-west-1', 'AWS_LAMBDA_FUNCTION_NAME': 'alert-fanout', 'SLACK_BOT_TOKEN': '${t}', 'LOG_LEVEL': 'DEBUG', '_HANDLER': 'app.handler'}`, cred('slack-bot', t));
  },
  (r) => {
    const a = awsKeyId(r);
    const s = awsSecret(r);
    return pos('cloudwatch/sdk-v3-credentials', `2026-12-04T09:12:44.201Z ${r.uuid()} ERROR CredentialsProviderError: Could not load credentials from any providers\n    at /var/task/node_modules/@aws-sdk/credential-provider-node/dist-cjs/index.js:89:11 {\n  tryNextLink: false,\n  '$metadata': { attempts: 1 },\n  resolved: { accessKeyId: '${a}', secretAccessKey: '${s}', sessionToken: undefined }\n}`, cred('aws-key-id', a), cred('aws-secret', s));
  },
  (r) => {
    const k = `SG.${b64u(r, 22)}.${b64u(r, 43)}`;
    return pos('gcp/jsonpayload-sendgrid', `{"insertId":"${r.hex(16)}","jsonPayload":{"message":"POST https://api.sendgrid.com/v3/mail/send -> 401","severity":"ERROR","request":{"headers":{"authorization":"Bearer ${k}","content-type":"application/json"}}},"resource":{"type":"cloud_run_revision","labels":{"service_name":"notify","location":"europe-west1"}},"timestamp":"${ts(r)}","logName":"projects/acme-prod/logs/run.googleapis.com%2Fstderr"}`, cred('sendgrid', k));
  },
  (r) => {
    const key = pem(r, '\\\\n');
    return pos('gcp/jsonpayload-sa-key', `{"jsonPayload":{"msg":"failed to parse GOOGLE_CREDENTIALS","raw":"{\\"type\\":\\"service_account\\",\\"project_id\\":\\"feast-prod\\",\\"private_key_id\\":\\"${r.hex(40)}\\",\\"private_key\\":\\"${key}\\\\n\\",\\"client_email\\":\\"feast-sync@feast-prod.iam.gserviceaccount.com\\"}"},"severity":"ERROR"}`, cred('gcp-sa-private-key', key));
  },
  (r) => {
    const k = r.b64(64);
    return pos('azure/functions-storage', `${ts(r)} [Error] Executed 'Functions.SyncOrders' (Failed, Id=${r.uuid()}, Duration=${r.int(40, 999)}ms)\nResult: Failure\nException: System.FormatException: No valid combination of account information found. ConnectionString: DefaultEndpointsProtocol=https;AccountName=acmeorders${r.digits(3)};AccountKey=${k};EndpointSuffix=core.windows.net\n   at Azure.Storage.StorageConnectionString.Parse(String connectionString)`, cred('azure-storage-key', k));
  },
  (r) => {
    const s = `${r.b62(3)}8Q~${r.chars(B62 + '~_.-', 34)}`;
    return pos('azure/msal-client-secret', `MSAL.NetCore 4.61.3.0 MSAL 4.61.3.0 [${ts(r)} - ${r.uuid()}] POST https://login.microsoftonline.com/${r.uuid()}/oauth2/v2.0/token body: client_id=${r.uuid()}&client_secret=${s}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&grant_type=client_credentials\nAADSTS7000215: Invalid client secret provided.`, cred('azure-ad-secret', s));
  },
  (r) => {
    const p = pw(r, 20);
    return pos('appinsights/sql-connstr', `{"name":"AppExceptions","time":"${ts(r)}","customDimensions":{"Category":"Host.Startup","ConnectionStrings:Sql":"Server=tcp:hr-sql-${r.digits(2)}.database.windows.net,1433;Initial Catalog=payroll;User ID=sqladmin;Password=${p};Encrypt=True;"},"severityLevel":3}`, cred('db-password', p));
  },
  (r) => {
    const k = `HRKU-${r.uuid()}`;
    return pos('heroku/release-phase', `2026-12-04T10:01:12.000000+00:00 app[release.${r.int(1000, 9999)}]: + heroku config:set --app billing-worker HEROKU_API_KEY=${k}\n2026-12-04T10:01:13.000000+00:00 heroku[release.${r.int(1000, 9999)}]: Process exited with status 1`, cred('heroku-key', k));
  },
  (r) => {
    const p = pw(r, 24);
    return pos('heroku/router-app-db', `2026-12-04T10:04:51.${r.digits(6)}+00:00 heroku[router]: at=error code=H10 desc="App crashed" method=GET path="/" host=crm-sync.herokuapp.com request_id=${r.uuid()} fwd="203.0.113.9" dyno= connect= service= status=503 bytes=\n2026-12-04T10:04:50.${r.digits(6)}+00:00 app[web.1]: sequelize: connect ECONNREFUSED using postgres://u${r.hex(12)}:${p}@ec2-3-${r.int(1, 250)}-${r.int(1, 250)}-${r.int(1, 250)}.compute-1.amazonaws.com:5432/d${r.hex(12)}`, cred('db-password', p));
  },
  (r) => {
    const k = `sk-proj-${b64u(r, 74)}T3BlbkFJ${b64u(r, 74)}`;
    return pos('vercel/axios-openai', `[POST] /api/summarize status=500\n${ts(r)} AxiosError: Request failed with status code 429\n  config: {\n    url: 'https://api.openai.com/v1/chat/completions',\n    method: 'post',\n    headers: AxiosHeaders {\n      Accept: 'application/json, text/plain, */*',\n      'Content-Type': 'application/json',\n      Authorization: 'Bearer ${k}'\n    }\n  }`, cred('openai', k));
  },
  (r) => {
    const t = `nfp_${r.b62(36)}${r.hex(4)}`;
    return pos('netlify/build-log', `10:22:31 AM: $ netlify deploy --prod --auth ${t} --site ${r.uuid()}\n10:22:33 AM: Deploy path: dist\n10:22:40 AM: Error: Unauthorized`, cred('netlify', t));
  },
  (r) => {
    const t = `ghp_${r.b62(36)}`;
    return pos('cfworkers/tail-json', `{"outcome":"exception","scriptName":"release-bot","exceptions":[{"name":"Error","message":"GitHub 401"}],"logs":[{"message":["fetch https://api.github.com/repos/acme/app/releases","headers",{"authorization":"token ${t}","user-agent":"release-bot"}],"level":"error","timestamp":${Date.UTC(2026, 11, 4)}}],"eventTimestamp":${Date.UTC(2026, 11, 4) + 51}}`, cred('github-pat', t));
  },
  (r) => {
    const basic = Buffer.from(`svc-erp:${pw(r, 16)}`).toString('base64');
    const p = pw(r, 14);
    return pos('sentry/event-request', `{"event_id":"${r.hex(32)}","level":"error","platform":"python","request":{"url":"https://erp.internal/api/sap/orders","method":"POST","headers":[["Authorization","Basic ${basic}"],["Content-Type","application/json"]],"data":{"username":"sap_rfc_user","password":"${p}"}},"exception":{"values":[{"type":"HTTPError","value":"401 Client Error"}]}}`, cred('basic-auth-b64', basic), cred('password', p));
  },
  (r) => {
    const t = `EAA${r.b62(r.int(150, 190))}`;
    return pos('sentry/breadcrumb-fb', `"breadcrumbs":{"values":[{"timestamp":${1764842000 + r.int(0, 9999)}.${r.digits(3)},"type":"http","category":"httplib","data":{"method":"GET","url":"https://graph.facebook.com/v19.0/me/adaccounts?access_token=${t}&fields=name","status_code":400}}]}`, cred('facebook-token', t));
  },
  (r) => {
    const t = `shpat_${r.hex(32)}`;
    return pos('sentry/extra-shopify', `{"extra":{"shop":"acme-eu.myshopify.com","shopify_token":"${t}","sys.argv":["manage.py","sync_inventory"]},"tags":{"environment":"production"},"message":"Shopify throttled"}`, cred('shopify-admin', t));
  },
  (r) => {
    const t = r.hex(32);
    return pos('datadog/log-attributes-twilio', `{"id":"AZ${r.b62(20)}","content":{"service":"sms-gateway","attributes":{"http":{"url":"https://api.twilio.com/2010-04-01/Accounts/AC${r.hex(32)}/Messages.json","status_code":401},"twilio":{"auth_token":"${t}"},"logger":{"name":"twilio.http_client"}}}}`, cred('twilio-auth-token', t));
  },
  (r) => {
    const k = `${r.hex(32)}-${r.hex(8)}-${r.hex(8)}`;
    return pos('fluentbit/stdout-mailgun', `[0] kube.var.log.containers.mailer-7d9f-${r.b62(5).toLowerCase()}_prod_mailer-${r.hex(12)}.log: [${1764842000 + r.int(0, 9999)}.${r.digits(9)}, {"stream"=>"stderr", "log"=>"mailgun send failed: 401 Forbidden (api_key=${k} domain=mg.acme.eu)"}]`, cred('mailgun-key', k));
  },
  (r) => {
    const t = `glpat-${b64u(r, 20)}`;
    return pos('logstash/rubydebug-gitlab', `{\n       "message" => "GET /api/v4/projects/412/pipelines 401 Authorization: Bearer ${t}",\n      "@version" => "1",\n    "@timestamp" => ${ts(r)},\n          "host" => "${host(r)}"\n}`, cred('gitlab-pat', t));
  },
  (r) => {
    const p = r.b62(32);
    return pos('journal/redis-url', `Dec 04 11:42:07 ${host(r)} session-api[${r.int(1000, 40000)}]: ioredis: reconnecting to redis://default:${p}@redis-${r.int(10000, 19999)}.c${r.int(1, 300)}.eu-central-1-1.ec2.redns.redis-cloud.com:${r.int(10000, 19999)}/0 (attempt 3)`, cred('redis-password', p));
  },
  (r) => {
    const t = `sk.eyJ1Ijoi${b64u(r, 30)}.${b64u(r, 22)}`;
    return pos('nginx/access-mapbox', `10.0.3.17 - - [04/Dec/2026:11:02:19 +0000] "GET /styles/v1/acme/tiles/256/12/2148/1421?access_token=${t} HTTP/1.1" 401 52 "-" "okhttp/4.12.0" rt=0.021`, cred('mapbox-secret', t));
  },
  (r) => {
    const k = r.hex(32);
    return pos('envoy/json-dd-key', `{"start_time":"${ts(r)}","method":"POST","path":"/api/v2/series","response_code":403,"upstream_host":"3.233.146.${r.int(1, 250)}:443","req_headers":{"dd-api-key":"${k}","content-encoding":"deflate"},"x_forwarded_for":"10.2.0.${r.int(2, 250)}"}`, cred('datadog-api-key', k));
  },
  (r) => {
    const k = `sk-ant-api03-${b64u(r, 93)}AA`;
    return pos('lambda/python-anthropic', `[ERROR] AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}\nTraceback (most recent call last):\n  File "/var/task/handler.py", line 41, in handler\n    client = Anthropic(api_key="${k}")`, cred('anthropic', k));
  },
  (r) => {
    const s = `GOCSPX-${b64u(r, 28)}`;
    return pos('gcp/cloudrun-env', `textPayload: "Starting oauth bridge with GOOGLE_CLIENT_ID=${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com GOOGLE_CLIENT_SECRET=${s}"\nresource:\n  type: cloud_run_revision`, cred('google-oauth-secret', s));
  },
  (r) => {
    const p = `npg_${r.b62(12)}`;
    return pos('vercel/env-pull', `> Downloading \`development\` Environment Variables for acme/web\n✅  Created .env.local file\n$ cat .env.local\nDATABASE_URL="postgresql://neondb_owner:${p}@ep-${r.pick(['cool', 'late', 'misty'])}-${r.pick(['bird', 'rain', 'fog'])}-${r.b62(8).toLowerCase()}.eu-central-1.aws.neon.tech/neondb?sslmode=require"`, cred('db-password', p));
  },
  (r) => {
    const t = `sntryu_${r.hex(64)}`;
    return pos('ci/sentry-cli', `+ SENTRY_AUTH_TOKEN=${t} sentry-cli releases new -p web ${r.hex(7)}\nerror: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)`, cred('sentry-token', t));
  },
  (r) => {
    const k = r.hex(40);
    return pos('terraform/datadog-provider', `2026-12-04T11:20:31.118Z [DEBUG] provider.terraform-provider-datadog_v3.46.0: HTTP Request: GET /api/v1/validate HTTP/1.1\nHost: api.datadoghq.eu\nDd-Api-Key: ${r.hex(32)}\nDd-Application-Key: ${k}\nUser-Agent: terraform-provider-datadog/3.46.0`, cred('datadog-app-key', k));
  },
  (r) => {
    const t = jwt(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'service_role', iat: 1764000000, exp: 2079576000 });
    return pos('vercel/edge-supabase', `${ts(r)} [error] [middleware] createClient("https://${r.chars(LOWER, 20)}.supabase.co", "${t}") -> PGRST301 JWT expired`, cred('supabase-service', t));
  },
  (r) => {
    const p = r.chars(UPPER + LOWER + DIGITS, 22);
    return pos('journal/pgbouncer-auth', `Dec 04 03:15:22 ${host(r)} pgbouncer[${r.int(500, 9000)}]: C-0x55d5: warehouse/loader@10.1.4.9:50212 login failed: FATAL: password authentication failed (auth_query: user=loader password=${p})`, cred('db-password', p));
  },
];
