import { grafanaSaToken, plantAny, anyApiKey, basicAuth, dockerPat, G80, githubFine, githubToken, gitlabToken, jwt, newrelicKey, npmToken, opaqueToken, password, privateKey, sessionCookie, slackToken, spacedPassword, telegramToken, urlPassword, vaultToken, awsKeyId, awsSecret, ddKey, shopifyToken } from './blind-set-80-creds';
import { account, address, card, email, iban, ipv4, person, phone, routing } from './blind-set-80-people';
import type { Tpl80 } from './blind-set-80-tpl-a';

/** API gateway logs: Kong http-log, Apigee message logging, Tyk analytics. */
export const gatewayTpls: Tpl80[] = [
  ['gateway', 'kong', 15, (g) => {
    const [kind, key] = anyApiKey(g.r);
    const p = person(g.r);
    const log = { request: { method: 'POST', uri: `/v2/customers?apikey=${g.c(kind, key)}`, url: 'https://kong.internal:8443/v2/customers', headers: { host: 'api.ledgerly.co', authorization: `Bearer ${g.c('jwt', jwt(g.r))}`, 'content-type': 'application/json', 'x-upstream-authorization': `Bearer ${g.c('sendgrid-key', 'SG.' + g.r.b62(22) + '.' + g.r.b62(43))}` }, querystring: { apikey: key }, size: g.r.int(300, 4000) }, response: { status: 422 }, consumer: { username: 'mobile-app', id: g.r.uuid() }, client_ip: g.p('ipv4', ipv4(g.r)), route: { name: 'customers-create' }, body: { full_name: g.p('person-name', p.full), email: g.p('email', email(g.r, p)), account_number: g.f('bank-account', account(g.r)), routing_number: g.f('aba-routing', routing(g.r)) } };
    return JSON.stringify(log);
  }],
  ['gateway', 'apigee', 12, (g) => {
    const tok = g.c('oauth-token', opaqueToken(g.r));
    return `<14>1 2026-11-21T08:11:42Z apigee-mp-7 MessageLogging - - - proxy=payments-v1 env=prod client.ip=${g.p('ipv4', ipv4(g.r))} request.header.Authorization="Bearer ${tok}" request.header.x-apikey=${g.c('google-api-key', 'AIza' + g.r.b62(35))} request.queryparam.client_secret=${g.c('oauth-client-secret', opaqueToken(g.r))} request.content={"iban":"${g.f('iban', iban(g.r))}","holder":"${g.p('person-name', person(g.r).full)}","amount":${g.r.int(10, 9000)}.00} response.status.code=500`;
  }],
  ['gateway', 'tyk', 11, (g) => {
    const raw = `POST /orders HTTP/1.1\r\nHost: api.tripnest.travel\r\nAuthorization: ${g.c('oauth-token', opaqueToken(g.r))}\r\nX-Tyk-Authorization: ${g.c('tyk-secret', g.r.hex(32))}\r\nCookie: ${(() => { const [n, v] = sessionCookie(g.r); return `${n}=${g.c('session-cookie', v)}`; })()}\r\n\r\n{"traveller":{"email":"${g.p('email', email(g.r))}","shipping_address":"${g.p('street-address', address(g.r))}"},"card":"${g.f('card', card(g.r))}"}`;
    return `Tyk analytics record (detailed_recording=true) api_id=${g.r.hex(24)} org_id=${g.r.hex(24)} response_code=500\nraw_request(decoded):\n${raw}`;
  }],
];

/** NGINX access logs with $http_authorization and $request_body. */
export const nginxTpls: Tpl80[] = [
  ['nginx', 'access', 16, (g) => {
    const ip = g.p('ipv4', ipv4(g.r));
    const auth = g.r.next() < 0.5 ? `Basic ${g.c('basic-auth', basicAuth(g.r))}` : `Bearer ${g.c('jwt', jwt(g.r))}`;
    const body = `{\\x22email\\x22:\\x22${g.p('email', email(g.r))}\\x22,\\x22password\\x22:\\x22${g.c('password', password(g.r))}\\x22,\\x22iban\\x22:\\x22${g.f('iban', iban(g.r).replace(/ /g, ''))}\\x22}`;
    return `${ip} - - [21/Nov/2026:09:${g.r.int(10, 59)}:${g.r.int(10, 59)} +0000] "POST /api/register HTTP/1.1" 400 112 "-" "Mozilla/5.0 (X11; Linux x86_64)" rt=0.0${g.r.int(10, 99)} auth="${auth}" body="${body}" cookie="${(() => { const [n, v] = sessionCookie(g.r); return `${n}=${g.c('session-cookie', v)}`; })()}"`;
  }],
  ['nginx', 'error', 11, (g) => {
    return `2026/11/21 10:${g.r.int(10, 59)}:${g.r.int(10, 59)} [error] 1873#1873: *${g.r.int(1000, 99999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: ${g.p('ipv4', ipv4(g.r))}, server: api.shopwell.io, request: "GET /v1/reports?private_token=${g.c('gitlab-pat', gitlabToken(g.r))}&user=${g.p('email', email(g.r))}&access_token=${g.c('oauth-token', opaqueToken(g.r))}&api_key=${plantAny(g)} HTTP/1.1", upstream: "http://10.2.0.15:9000/v1/reports", host: "api.shopwell.io", referrer: "https://app.shopwell.io/reports?card=${g.f('card', card(g.r).replace(/[ -]/g, ''))}"`;
  }],
];

/** PagerDuty and Opsgenie incident payloads with custom details. */
export const incidentTpls: Tpl80[] = [
  ['incident', 'pagerduty', 15, (g) => {
    const p = person(g.r);
    const ev = { routing_key: '${PD_ROUTING_KEY}', event_action: 'trigger', payload: { summary: 'Payout job failed for 3 merchants', source: 'payout-worker-3', severity: 'critical', custom_details: { merchant_contact: g.p('person-name', p.full), contact_phone: g.p('phone', phone(g.r)), payout_iban: g.f('iban', iban(g.r)), stack: `AuthenticationError: Invalid API Key provided: ${g.c('stripe-secret', anyStripe(g))}`, db_dsn: `postgres://payouts:${g.c('db-password', urlPassword(g.r))}@pg-payouts.internal:5432/payouts`, partner_token: plantAny(g), worker_env: `SLACK_BOT_TOKEN=${g.c('slack-token', slackToken(g.r))}` } } };
    return JSON.stringify(ev, null, 2);
  }],
  ['incident', 'opsgenie', 12, (g) => {
    const al = { message: 'DB replica lag > 300s', alias: `replica-lag-${g.r.hex(8)}`, description: `psql "postgresql://replicator:${g.c('db-password', urlPassword(g.r))}@pg-replica-2.internal:5432/app?sslmode=require" -c 'select now()'`, details: { reporter: g.p('email', email(g.r)), newrelic_key: g.c('newrelic-key', newrelicKey(g.r)), ingest_token: plantAny(g), aws_secret_access_key: g.c('aws-secret-key', awsSecret(g.r)), billing_card: g.f('card', card(g.r)) }, priority: 'P2', tags: ['db', 'replica'] };
    return `Opsgenie alert created: ${JSON.stringify(al)}`;
  }],
];

/** A Stripe secret key for incident texts. */
function anyStripe(g: G80): string {
  return `sk_live_51${g.r.b62(22)}${g.r.b62(g.r.int(30, 70))}`;
}

/** Grafana / Alertmanager webhook payloads with labels and annotations. */
export const grafanaTpls: Tpl80[] = [
  ['grafana', 'alertmanager', 15, (g) => {
    const ann = { summary: 'Login error burst', description: `Sample line: level=error msg="login failed" user=${g.p('email', email(g.r))} remote=${g.p('ipv4', ipv4(g.r))} token=${g.c('github-fine-pat', githubFine(g.r))}`, runbook_url: 'https://runbooks.internal/auth/login-errors', dashboard_token: g.c('grafana-sa-token', grafanaSaToken(g.r)) };
    const a = { status: 'firing', labels: { alertname: 'LoginErrors', severity: 'page', namespace: 'auth', pod: `auth-${g.r.hex(10)}-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}` }, annotations: ann, startsAt: '2026-11-21T10:00:00Z', generatorURL: `http://prometheus.monitoring:9090/graph?g0.expr=sum(rate(login_errors_total[5m]))` };
    return `${JSON.stringify({ version: '4', groupKey: '{}:{alertname="LoginErrors"}', receiver: 'slack-herald', alerts: [a], externalURL: 'http://alertmanager.monitoring:9093' })}\nextra context from Loki: payout_account=${g.f('bank-account', account(g.r))} aba=${g.f('aba-routing', routing(g.r))} slack_api_url=${g.c('slack-webhook', 'https://hooks.slack.com/services/T' + g.r.b62(8).toUpperCase() + '/B' + g.r.b62(10).toUpperCase() + '/' + g.r.b62(24))}`;
  }],
  ['grafana', 'loki-alert', 18, (g) => {
    return `[FIRING:1] DockerPushErrors (ci prod)\nValue: A=${g.r.int(2, 90)}\nLabels:\n - alertname = DockerPushErrors\n - job = ci-runner\nAnnotations:\n - description = docker login -u deploybot -p ${g.c('docker-pat', dockerPat(g.r))} registry-1.docker.io failed; npm publish with NPM_TOKEN=${g.c('npm-token', npmToken(g.r))}\n - secret_env = AWS_ACCESS_KEY_ID=${g.c('aws-access-key-id', awsKeyId(g.r))} AWS_SECRET_ACCESS_KEY=${g.c('aws-secret-key', awsSecret(g.r))}\n - owner = ${g.p('person-name', person(g.r).full)} <${g.p('email', email(g.r))}>\n - refund_iban = ${g.f('iban', iban(g.r))}\nSource: https://grafana.internal/alerting/grafana/${g.r.b62(14)}/view`;
  }],
];

/** Falco and Elastic SIEM alerts with process command lines. */
export const siemTpls: Tpl80[] = [
  ['siem', 'falco', 15, (g) => {
    const pw = g.c('password', spacedPassword(g.r));
    return `${g.r.int(10, 23)}:${g.r.int(10, 59)}:${g.r.int(10, 59)}.${g.r.digits(9)}: Notice Sensitive command run in container (user=root user_loginuid=-1 command=mysql -h db.prod -u admin --password='${pw}' -e "select email from users where phone='${g.p('phone', phone(g.r))}'" container_id=${g.r.hex(12)} image=mysql:8.4 k8s.ns=ops k8s.pod=debug-shell)\noutput_fields: {"proc.cmdline":"curl -s -H X-Shopify-Access-Token:${g.c('shopify-token', shopifyToken(g.r))} https://brightcart.myshopify.com/admin/api/2024-10/customers.json","proc.env":"PGPASSWORD=${g.c('db-password', password(g.r))} HOME=/root","fd.sip":"${g.p('ipv4', ipv4(g.r))}"}\ncustomer on screen: card ${g.f('card', card(g.r))}`;
  }],
  ['siem', 'elastic', 14, (g) => {
    const sig = { 'kibana.alert.rule.name': 'Credential in process arguments', '@timestamp': '2026-11-20T03:14:15.926Z', host: { name: `build-${g.r.int(1, 40)}` }, user: { name: 'ci' }, process: { command_line: `/usr/bin/python3 sync.py --aws-key ${g.c('aws-access-key-id', awsKeyId(g.r))} --aws-secret ${g.c('aws-secret-key', awsSecret(g.r))} --dd-api-key ${g.c('datadog-api-key', ddKey(g.r))}`, pid: g.r.int(1000, 60000) }, related: { user: [g.p('email', email(g.r))] }, payment: { iban: g.f('iban', iban(g.r)) } };
    return JSON.stringify(sig);
  }],
];

/** GitHub Actions and GitLab CI job logs with set -x output. */
export const ciTpls: Tpl80[] = [
  ['ci', 'github-actions', 15, (g) => {
    const t = g.c('github-token', githubToken(g.r));
    return `2026-11-21T07:01:1${g.r.int(0, 9)}.${g.r.digits(7)}Z ##[group]Run ./scripts/release.sh\n2026-11-21T07:01:12.0000000Z ::add-mask::$GH_TOKEN\n2026-11-21T07:01:12.1000000Z + curl -sf -H 'Authorization: token ${t}' https://api.github.com/repos/ledgerly/app/releases\n2026-11-21T07:01:12.2000000Z + export TELEGRAM_BOT_TOKEN=${g.c('telegram-bot-token', telegramToken(g.r))}\n2026-11-21T07:01:12.3000000Z + psql postgres://release:${g.c('db-password', urlPassword(g.r))}@10.1.4.9/app -c "select * from customers where email='${g.p('email', email(g.r))}'"\n2026-11-21T07:01:12.4000000Z  ${g.r.int(1, 99)} | ${g.p('person-name', person(g.r).full)} | ${g.f('card', card(g.r))}\n2026-11-21T07:01:12.5000000Z + docker login -u ledgerlybot -p ${g.c('docker-pat', dockerPat(g.r))}\n##[error]Process completed with exit code 1.`;
  }],
  ['ci', 'gitlab', 22, (g) => {
    const key = privateKey(g.r);
    return `Running with gitlab-runner 17.5.2 (${g.r.hex(8)})\n$ set -x\n+ echo "$DEPLOY_KEY" > id_rsa\n+ cat id_rsa\n${g.c('private-key', key)}\n+ export AWS_ACCESS_KEY_ID=${g.c('aws-access-key-id', awsKeyId(g.r))} AWS_SECRET_ACCESS_KEY=${g.c('aws-secret-key', awsSecret(g.r))}\n+ git push https://oauth2:${g.c('gitlab-pat', gitlabToken(g.r))}@gitlab.com/ledgerly/infra.git\n+ ./notify --to ${g.p('email', email(g.r))} --iban ${g.f('iban', iban(g.r).replace(/ /g, ''))}\nERROR: Job failed: exit code 128`;
  }],
];

/** Vault audit logs with unhmac'd request data and client tokens. */
export const vaultTpls: Tpl80[] = [
  ['vault', 'audit-raw', 15, (g) => {
    const ev = { time: '2026-11-20T12:00:01.5Z', type: 'request', auth: { client_token: g.c('vault-token', vaultToken(g.r)), accessor: `hmac-sha256:${g.r.hex(64)}`, display_name: 'approle', policies: ['default', 'payments'] }, request: { id: g.r.uuid(), operation: 'update', path: 'secret/data/payments/stripe', data: { data: { api_key: g.c('stripe-secret', anyStripe(g)), webhook_secret: `whsec_${g.c('stripe-webhook-secret', g.r.b62(32))}`, settlement_iban: g.f('iban', iban(g.r)), settlement_routing: g.f('aba-routing', routing(g.r)), settlement_account: g.f('bank-account', account(g.r)) } }, remote_address: g.p('ipv4', ipv4(g.r)) } };
    return `vault audit (log_raw=true) matched rule secret-write-prod:\n${JSON.stringify(ev)}\nrequested by ${g.p('email', email(g.r))}`;
  }],
];

/** Syslog and journald relays. */
export const syslogTpls: Tpl80[] = [
  ['syslog', 'sudo', 14, (g) => {
    return `<86>Nov 21 09:12:44 bastion-2 sudo[${g.r.int(1000, 40000)}]:   deploy : TTY=pts/1 ; PWD=/home/deploy ; USER=root ; COMMAND=/usr/bin/redis-cli -h cache.prod -a ${g.c('redis-password', urlPassword(g.r))} GET user:${g.r.int(1000, 99999)}\n<86>Nov 21 09:12:44 bastion-2 sudo[${g.r.int(1000, 40000)}]:   deploy : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/env VAULT_TOKEN=${g.c('vault-token', vaultToken(g.r))} vault kv get secret/ops\n<38>Nov 21 09:12:45 bastion-2 sshd[${g.r.int(1000, 40000)}]: Accepted password for ${g.p('email', email(g.r))} from ${g.p('ipv4', ipv4(g.r))} port ${g.r.int(20000, 65000)} ssh2\n<86>Nov 21 09:12:46 bastion-2 sudo[${g.r.int(1000, 40000)}]:   deploy : TTY=pts/1 ; PWD=/srv ; USER=root ; COMMAND=/usr/bin/sshpass -p '${g.c('password', spacedPassword(g.r))}' ssh ops@db-2\n<14>Nov 21 09:12:46 bastion-2 app[77]: export customer iban=${g.f('iban', iban(g.r))}`;
  }],
  ['syslog', 'journald', 14, (g) => {
    const j = { __REALTIME_TIMESTAMP: `17${g.r.digits(14)}`, _HOSTNAME: 'worker-7', _SYSTEMD_UNIT: 'billing-sync.service', _CMDLINE: `/opt/billing/bin/sync --api-token=${g.c('oauth-token', opaqueToken(g.r))} --smtp-pass=${g.c('password', password(g.r))}`, MESSAGE: `sync failed for ${g.p('email', email(g.r))} (${g.p('phone', phone(g.r))}) card ${g.f('card', card(g.r))}`, PRIORITY: '3' };
    const [kind, key] = anyApiKey(g.r);
    return `${JSON.stringify(j)}\nrelay note: ${kind} used by unit = ${g.c(kind, key)}`;
  }],
];
