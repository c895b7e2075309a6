/** Set 42 positives: the cloud and DevOps plumbing around logistics systems (S3 EDI archives, CI of the WMS, notifications, databases). */
import { B62 } from './blind-set-9-rng';
import { gen, host, tpl, ts, type Tpl42 } from './blind-set-42-gen';
import { ipv4, person, phone } from './blind-set-42-persona';

export const INFRA_TEMPLATES: Tpl42[] = [
  tpl('aws-edi-archive', (x) => {
    const r = x.r;
    const id = x.c('aws-access-key-id', gen.awsKeyId(r));
    const sec = x.c('aws-secret-access-key', gen.awsSecret(r));
    return `[edi-archive]
aws_access_key_id = ${id}
aws_secret_access_key = ${sec}
region = ${r.pick(['us-east-1', 'eu-central-1', 'us-west-2'])}
# bucket: s3://tristate-edi-archive/x12/856/`;
  }),
  tpl('aws-cli-error', (x) => {
    const r = x.r;
    const id = x.c('aws-access-key-id', gen.awsKeyId(r, r.pick(['AKIA', 'ASIA'])));
    const sec = x.c('aws-secret-access-key', gen.awsSecret(r));
    return `+ AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${sec} aws s3 cp ./out/DESADV_${r.digits(8)}.edi s3://kraemer-edifact-out/
upload failed: ./out/DESADV.edi to s3://kraemer-edifact-out/ An error occurred (SignatureDoesNotMatch) when calling the PutObject operation`;
  }),
  tpl('github-ci-wms', (x) => {
    const r = x.r;
    const t = x.c('github-token', gen.ghp(r));
    const npm = x.c('npm-token', gen.npm(r));
    return `# .github/workflows/wms-release.yml (debug dump)
env:
  GH_TOKEN: ${t}
  NODE_AUTH_TOKEN: ${npm}
  WMS_BUILD: ${r.int(1000, 9999)}
run: npm publish --registry https://npm.pkg.github.com/@tristate`;
  }),
  tpl('gitlab-runner', (x) => {
    const r = x.r;
    const t = x.c('gitlab-token', gen.glpat(r));
    return `$ git clone https://oauth2:${t}@gitlab.${r.pick(['alpinemfg.io', 'kraemer-logistik.de'])}/mes/line-controller.git
Cloning into 'line-controller'...
remote: HTTP Basic: Access denied.`;
  }),
  tpl('twilio-sendgrid-notify', (x) => {
    const r = x.r;
    const tw = x.c('twilio-auth-token', gen.twilioToken(r));
    const sg = x.c('sendgrid-api-key', gen.sendgrid(r));
    const u = person(r);
    return `notifications:
  sms:
    provider: twilio
    account_sid: AC${r.hex(32)}
    auth_token: ${tw}
    test_recipient: "${x.p('phone', phone(r))}"
  email:
    provider: sendgrid
    api_key: ${sg}
    bcc: ${x.p('email', u.email)}`;
  }),
  tpl('stripe-freight-marketplace', (x) => {
    const r = x.r;
    const sk = x.c('stripe-secret-key', r.pick([gen.stripeSk, gen.stripeRk])(r));
    const wh = x.c('stripe-webhook-secret', gen.whsec(r));
    return `STRIPE_PUBLISHABLE_KEY=pk_live_51${r.b62(22)}${r.b62(72)}
STRIPE_SECRET_KEY=${sk}
STRIPE_WEBHOOK_SECRET=${wh}
LOADBOARD_FEE_BPS=${r.int(50, 300)}`;
  }),
  tpl('postgres-dsn', (x) => {
    const r = x.r;
    const pw = x.c('postgres-password', r.urlPassword(r.int(14, 24)));
    const u = person(r);
    return `${ts(r)} FATAL tms-api: could not connect DATABASE_URL=postgresql://tms_app:${pw}@${host(r)}:5432/tms?sslmode=require (password authentication failed for user "tms_app") reported_by=${x.p('email', u.email)}`;
  }),
  tpl('mssql-connection', (x) => {
    const r = x.r;
    const pw = x.c('mssql-password', gen.pass(r).replace(/;/g, '!'));
    return `<connectionStrings>
  <add name="BlueYonderWMS" connectionString="Server=tcp:${r.pick(['wmsdb01', 'sqlwms-prd'])}.tristate-dist.net,1433;Database=WMS_PRD;User Id=wms_rw;Password=${pw};Encrypt=True;" providerName="System.Data.SqlClient" />
</connectionStrings>`;
  }),
  tpl('oracle-jdbc', (x) => {
    const r = x.r;
    const pw = x.c('oracle-password', gen.wordPass(r));
    return `spring.datasource.url=jdbc:oracle:thin:@//${host(r)}:1521/MANHPRD
spring.datasource.username=WMOS_READ
spring.datasource.password=${pw}
spring.datasource.hikari.maximum-pool-size=${r.int(5, 40)}`;
  }),
  tpl('azure-storage-edi', (x) => {
    const r = x.r;
    const k = x.c('azure-storage-key', gen.azureStorageKey(r));
    return `"EdiArchive": "DefaultEndpointsProtocol=https;AccountName=${r.pick(['ediarchive', 'tristateedi', 'kraemeredi'])}${r.int(1, 99)};AccountKey=${k};EndpointSuffix=core.windows.net"`;
  }),
  tpl('vault-openai-ocr', (x) => {
    const r = x.r;
    const v = x.c('vault-token', gen.hvs(r));
    const o = x.c('openai-api-key', gen.openai(r));
    return `# invoice-ocr worker: reads BOL / POD scans and extracts charges
VAULT_ADDR=https://vault.${r.pick(['alpinemfg.io', 'northwindfreight.com'])}:8200
VAULT_TOKEN=${v}
OPENAI_API_KEY=${o}
OCR_BATCH=${r.int(5, 50)}`;
  }),
  tpl('teams-slack-alerts', (x) => {
    const r = x.r;
    const t = x.c('teams-webhook', gen.teamsHook(r));
    const s = x.c('slack-bot-token', gen.xoxb(r));
    return `alerting:
  edi_failures:
    teams_webhook: "${t}"
  dock_door_delays:
    slack_bot_token: ${s}
    channel: "#dock-${r.int(1, 40)}"`;
  }),
  tpl('datadog-atlassian', (x) => {
    const r = x.r;
    const dd = x.c('datadog-api-key', gen.datadog(r));
    const at = x.c('atlassian-api-token', gen.atlassian(r));
    const u = person(r, 'bayside-cold.com');
    return `DD_API_KEY=${dd}
DD_SITE=datadoghq.eu
JIRA_USER=${x.p('email', u.email)}
JIRA_API_TOKEN=${at}`;
  }),
  tpl('mailgun-okta-shopify', (x) => {
    const r = x.r;
    const mg = x.c('mailgun-api-key', gen.mailgun(r));
    const ok = x.c('okta-api-token', gen.okta(r));
    const sh = x.c('shopify-access-token', gen.shpat(r));
    return `{"mailgun":{"domain":"mg.bayside-cold.com","apiKey":"${mg}"},"okta":{"orgUrl":"https://bayside.okta.com","token":"${ok}"},"shopify":{"shop":"bayside-direct.myshopify.com","accessToken":"${sh}"}}`;
  }),
  tpl('session-cookie-portal', (x) => {
    const r = x.r;
    const sess = x.c('session-cookie', r.chars(B62, 48));
    const u = person(r);
    return `GET /carrier-portal/loads/assigned HTTP/2
host: portal.northwindfreight.com
cookie: _nwf_session=${sess}; locale=en-US
x-real-ip: ${x.p('ipv4', ipv4(r))}
user-agent: Mozilla/5.0 (Linux; Android 14) # ${x.p('email', u.email)}`;
  }),
  tpl('square-pos-depot', (x) => {
    const r = x.r;
    const sq = x.c('square-access-token', gen.square(r));
    return `${ts(r)} depot-pos: SquareClient init environment=production accessToken="${sq}" location=L${r.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 12)}`;
  }),
];
