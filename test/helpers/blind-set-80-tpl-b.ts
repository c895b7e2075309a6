import { plantAny, anyApiKey, azureClientSecret, azureStorageKey, basicAuth, cloudflareToken, jwt, mailgunKey, opaqueToken, password, sessionCookie, spacedPassword, stripeKey, urlPassword, awsKeyId, awsSecret, oktaToken } from './blind-set-80-creds';
import { account, card, email, iban, ipv4, person, phone, routing, ssn } from './blind-set-80-people';
import type { Tpl80 } from './blind-set-80-tpl-a';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** CloudWatch Logs Insights rows and metric-filter alarm descriptions. */
export const cloudwatchTpls: Tpl80[] = [
  ['cloudwatch', 'insights', 15, (g) => {
    const rows = [0].map(() => `| 2026-11-${g.r.int(10, 28)} 0${g.r.int(1, 9)}:${g.r.int(10, 59)}:${g.r.int(10, 59)}.${g.r.digits(3)} | /aws/lambda/signup-handler | {"level":"info","msg":"new signup","email":"${g.p('email', email(g.r))}","phone":"${g.p('phone', phone(g.r))}","sourceIp":"${g.p('ipv4', ipv4(g.r))}"} |`);
    return `CloudWatch Logs Insights query results (fields @timestamp, @logStream, @message | filter @message like /signup/)\n| @timestamp | @logStream | @message |\n|---|---|---|\n${rows.join('\n')}\n| 2026-11-${g.r.int(10, 28)} 04:11:09.412 | /aws/lambda/signup-handler | {"level":"debug","msg":"stripe init","key":"${g.c('stripe-secret', stripeKey(g.r))}","webhookSecret":"whsec_${g.c('stripe-webhook-secret', g.r.b62(32))}","partnerKey":"${plantAny(g)}","twilioAuthToken":"${g.c('twilio-auth-token', g.r.hex(32))}"} |`;
  }],
  ['cloudwatch', 'alarm', 14, (g) => {
    const pass = g.c('password', spacedPassword(g.r));
    return `ALARM: "auth-failures-high" in US East (N. Virginia)\nAlarm Description: Metric filter { $.event = "login_failed" } matched. Sample: {"event":"login_failed","user":"${g.p('email', email(g.r))}","attempted_password":"${pass}"}\nThreshold Crossed: 1 out of the last 1 datapoints [${g.r.int(51, 400)}.0 (${g.r.int(10, 28)}/11/26 08:12:00)] was greater than the threshold (50.0).\nMonitored Metric: MetricNamespace: Security/Auth MetricName: LoginFailures\nEnvironment of sender: AWS_ACCESS_KEY_ID=${g.c('aws-access-key-id', awsKeyId(g.r))} AWS_SECRET_ACCESS_KEY=${g.c('aws-secret-key', awsSecret(g.r))} SLACK_WEBHOOK_URL=${g.c('slack-webhook', 'https://hooks.slack.com/services/T' + g.r.b62(8).toUpperCase() + '/B' + g.r.b62(10).toUpperCase() + '/' + g.r.b62(24))}\nRefund queue: card ${g.f('card', card(g.r))}`;
  }],
];

/** GCP Cloud Logging LogEntry: httpRequest, jsonPayload, audit protoPayload. */
export const gcpTpls: Tpl80[] = [
  ['gcp', 'http-entry', 15, (g) => {
    const p = person(g.r);
    const e = { insertId: g.r.b62(14).toLowerCase(), httpRequest: { requestMethod: 'POST', requestUrl: `https://${g.r.pick(['api', 'pay'])}.kitebank.app/v1/transfers?key=${g.c('google-api-key', 'AIza' + g.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35))}`, remoteIp: g.p('ipv4', ipv4(g.r)), status: 502, userAgent: 'KiteBank/5.2 (iPhone; iOS 18.1)' }, jsonPayload: { message: 'upstream rejected transfer', beneficiary: { name: g.p('person-name', p.full), iban: g.f('iban', iban(g.r)) }, sender_account: g.f('bank-account', account(g.r)), headers: { authorization: `Bearer ${g.c('jwt', jwt(g.r))}`, cookie: (() => { const [n, v] = sessionCookie(g.r); return `${n}=${g.c('session-cookie', v)}`; })(), 'x-partner-key': plantAny(g) } }, resource: { type: 'cloud_run_revision', labels: { service_name: 'transfers' } }, severity: 'ERROR', timestamp: '2026-11-20T10:11:12.345678Z', trace: `projects/kitebank-prod/traces/${g.r.hex(32)}` };
    return JSON.stringify(e, null, 2);
  }],
  ['gcp', 'audit', 12, (g) => {
    const e = { protoPayload: { '@type': 'type.googleapis.com/google.cloud.audit.AuditLog', methodName: 'cloudsql.users.update', authenticationInfo: { principalEmail: g.p('email', email(g.r)) }, requestMetadata: { callerIp: g.p('ipv4', ipv4(g.r)) }, request: { '@type': 'type.googleapis.com/google.cloud.sql.v1.SqlUsersUpdateRequest', body: { name: 'reporting', password: g.c('db-password', password(g.r)) } }, resourceName: 'projects/kitebank-prod/instances/core-pg' }, logName: 'projects/kitebank-prod/logs/cloudaudit.googleapis.com%2Factivity', severity: 'NOTICE' };
    return `Log-based alert "sql-user-change": ${JSON.stringify(e)}\nCloud Build step env: _GITHUB_TOKEN=${g.c('github-token', 'ghp_' + g.r.b62(36))} _SENDGRID_API_KEY=${g.c('sendgrid-key', 'SG.' + g.r.b62(22) + '.' + g.r.b62(43))} _REGION=europe-west3`;
  }],
];

/** Azure Monitor / Application Insights rows with customDimensions. */
export const azureTpls: Tpl80[] = [
  ['azure', 'appinsights', 15, (g) => {
    const key = g.c('azure-storage-key', azureStorageKey(g.r));
    const dims = { ConnectionString: `DefaultEndpointsProtocol=https;AccountName=kbdocs${g.r.int(1, 9)};AccountKey=${key};EndpointSuffix=core.windows.net`, ClientSecret: g.c('azure-client-secret', azureClientSecret(g.r)), ServiceBus: `Endpoint=sb://kb-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.c('azure-sas-key', g.r.b64(32))}`, StripeKey: g.c('stripe-secret', stripeKey(g.r)), UserEmail: g.p('email', email(g.r)), ClientIP: g.p('ipv4', ipv4(g.r)), Iban: g.f('iban', iban(g.r)) };
    return `Azure Monitor alert: exceptions > 10 (Sev2)\ntimestamp [UTC]\t${'2026-11-19T22:10:04.221Z'}\noperation_Name\tPOST /documents/upload\ntype\tSystem.UnauthorizedAccessException\noperation_Id\t${g.r.hex(32)}\ncustomDimensions\t${JSON.stringify(dims)}`;
  }],
  ['azure', 'kql', 11, (g) => {
    const p = person(g.r);
    return `AppRequests | where ResultCode == 401 | take 1\nTimeGenerated: 2026-11-18T07:43:19Z  Url: https://portal.medivault.health/api/login?username=${g.p('email', email(g.r, p))}  ClientIP: ${g.p('ipv4', ipv4(g.r))}\nProperties: {"Request-Header-Authorization":"SSWS ${g.c('okta-token', oktaToken(g.r))}","patientName":"${g.p('person-name', p.full)}","Request-Header-Cookie":"${(() => { const [n, v] = sessionCookie(g.r); return `${n}=${g.c('session-cookie', v)}`; })()}","x-functions-key":"${g.c('azure-function-key', g.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 54) + '==')}","card":"${g.f('card', card(g.r))}"}`;
  }],
];

/** Kubernetes audit log events with Secrets, ConfigMaps and pod env. */
export const k8sTpls: Tpl80[] = [
  ['k8s', 'secret-create', 26, (g) => {
    const pw = password(g.r);
    const enc = g.c('k8s-secret-b64', b64(pw));
    const api = g.c('k8s-secret-b64', b64(stripeKey(g.r)));
    const ev = { kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'RequestResponse', auditID: g.r.uuid(), stage: 'ResponseComplete', requestURI: '/api/v1/namespaces/payments/secrets', verb: 'create', user: { username: 'system:serviceaccount:argocd:argocd-application-controller' }, sourceIPs: ['10.0.12.4'], objectRef: { resource: 'secrets', namespace: 'payments', name: 'payments-db' }, requestObject: { kind: 'Secret', apiVersion: 'v1', metadata: { name: 'payments-db', namespace: 'payments' }, type: 'Opaque', data: { DB_PASSWORD: enc, STRIPE_KEY: api }, stringData: { REDIS_URL: `redis://:${g.c('redis-password', urlPassword(g.r))}@redis-master.payments:6379/0`, MAILGUN_KEY: g.c('mailgun-key', mailgunKey(g.r)) } } };
    return `Falco/k8saudit: Secret created with RequestResponse level\n${JSON.stringify(ev)}\nowner on call: ${g.p('person-name', person(g.r).full)} ${g.p('phone', phone(g.r))}\nchargeback card on file ${g.f('card', card(g.r))}`;
  }],
  ['k8s', 'pod-env', 14, (g) => {
    const [kind, key] = anyApiKey(g.r);
    const env = [{ name: 'LOG_LEVEL', value: 'info' }, { name: 'API_TOKEN', value: g.c(kind, key) }, { name: 'DATABASE_URL', value: `mysql://shop:${g.c('db-password', urlPassword(g.r))}@mysql.shop.svc:3306/shop` }, { name: 'SLACK_BOT_TOKEN', value: g.c('slack-token', 'xoxb-' + g.r.int(1, 9) + g.r.digits(11) + '-' + g.r.int(1, 9) + g.r.digits(12) + '-' + g.r.b62(24)) }, { name: 'ADMIN_EMAIL', value: g.p('email', email(g.r)) }, { name: 'AWS_SECRET_ACCESS_KEY', value: g.c('aws-secret-key', awsSecret(g.r)) }, { name: 'PAYOUT_IBAN', value: g.f('iban', iban(g.r)) }, { name: 'OWNER_SSN', value: g.p('us-ssn', ssn(g.r)) }];
    const ev = { kind: 'Event', apiVersion: 'audit.k8s.io/v1', verb: 'patch', objectRef: { resource: 'deployments', namespace: 'shop', name: 'storefront', apiGroup: 'apps' }, requestObject: { spec: { template: { spec: { containers: [{ name: 'web', image: `registry.example-corp.net/shop/web@sha256:${g.r.hex(64)}`, env }] } } } }, responseStatus: { code: 200 } };
    return JSON.stringify(ev);
  }],
];

/** Envoy / Istio access logs carrying headers. */
export const envoyTpls: Tpl80[] = [
  ['envoy', 'access', 16, (g) => {
    const [cn, cv] = sessionCookie(g.r);
    return `[2026-11-${g.r.int(10, 28)}T11:${g.r.int(10, 59)}:${g.r.int(10, 59)}.${g.r.digits(3)}Z] "POST /api/v1/payments?client_secret=${g.c('oauth-client-secret', opaqueToken(g.r))} HTTP/2" 403 - via_upstream - "-" ${g.r.int(200, 4000)} 87 12 11 "${g.p('ipv4', ipv4(g.r))}" "Dalvik/2.1.0" "${g.r.uuid()}" "api.shopwell.io" "10.8.3.21:8080" outbound|8080||payments.default.svc.cluster.local authorization="Basic ${g.c('basic-auth', basicAuth(g.r))}" cookie="${cn}=${g.c('session-cookie', cv)}" x-api-key="${plantAny(g)}" x-user-email="${g.p('email', email(g.r))}" x-cf-card="${g.f('card', card(g.r))}"`;
  }],
];

/** AWS WAF and Cloudflare firewall logs. */
export const wafTpls: Tpl80[] = [
  ['waf', 'aws', 15, (g) => {
    const p = person(g.r);
    const ev = { timestamp: 1795000000000 + g.r.int(0, 9999999), action: 'BLOCK', terminatingRuleId: 'AWS-AWSManagedRulesSQLiRuleSet', httpSourceId: `${g.r.digits(12)}:${g.r.b62(8)}:prod`, httpRequest: { clientIp: g.p('ipv4', ipv4(g.r)), country: 'US', uri: '/account/update', args: `acct=${g.f('bank-account', account(g.r))}&routing=${g.f('aba-routing', routing(g.r))}`, headers: [{ name: 'Host', value: 'bank.tidewater.us' }, { name: 'X-Account-Holder', value: g.p('person-name', p.full) }, { name: 'Authorization', value: `Bearer ${g.c('jwt', jwt(g.r))}` }, { name: 'X-Api-Key', value: g.c('oauth-token', opaqueToken(g.r)) }, { name: 'X-Shopify-Access-Token', value: g.c('shopify-token', 'shpat_' + g.r.hex(32)) }, { name: 'Cookie', value: (() => { const [n, v] = sessionCookie(g.r); return `${n}=${g.c('session-cookie', v)}`; })() }], httpMethod: 'POST', requestId: g.r.b62(20) } };
    return JSON.stringify(ev);
  }],
  ['waf', 'cloudflare', 14, (g) => {
    return `Cloudflare Firewall event: action=block ruleId=${g.r.hex(32)} ClientIP=${g.p('ipv4', ipv4(g.r))} ClientRequestHost=shop.brightcart.com ClientRequestPath=/wp-login.php ClientRequestQuery=?log=${g.p('email', email(g.r))}&pwd=${g.c('password', urlPassword(g.r))} RayID=${g.r.hex(16)} ClientASN=${g.r.int(1000, 60000)}\nAPI token used by log push job: ${g.c('cloudflare-token', cloudflareToken(g.r))}\nRequest headers: cf-access-client-id=${g.r.hex(32)}.access cf-access-client-secret=${g.c('cf-access-client-secret', g.r.hex(64))}\nRequestBody: card=${g.f('card', card(g.r))}&zip=${g.r.digits(5)}`;
  }],
];
