import * as G from './blind-set-39-values';
import type { Tpl39 } from './blind-set-39-values';

/** BI tools (Looker, Tableau, Power BI, Metabase, Superset, Hex, Mode), reverse ETL (Hightouch, Census), object storage. */
export const bi39: Tpl39[] = [
  ['looker/ini', (r, v) => `; looker.ini for the looker-sdk deploy script
[Looker]
base_url=https://${G.host(r)}.cloud.looker.com
client_id=${v.c(G.alnum(r, 20), 'looker-client-id')}
client_secret=${v.c(G.alnum(r, 24), 'looker-client-secret')}
verify_ssl=True`],
  ['looker/schedule-failure', (r, v) => `Looker scheduled delivery failed
Look: "Chargebacks over $500 (last 7 days)"  Schedule: ${r.int(1000, 9999)}
Recipient: ${v.p(G.email(r), 'email')}
Error: SFTP upload to sftp://finance:${v.c(r.urlPassword(16), 'password')}@sftp.${G.host(r)}-bank.com/inbound failed: Permission denied
First rows of the attachment:
"Customer Name","Card","Amount"
"${v.p(G.fullName(r), 'person-name')}","${v.f(G.card(r), 'card-number')}","${r.int(500, 4000)}.${r.digits(2)}"`],
  ['tableau/pat-signin', (r, v) => `POST https://${r.pick(['10ax', 'prod-useast-b', 'eu-west-1a', 'us-west-2b'])}.online.tableau.com/api/3.22/auth/signin
<tsRequest>
  <credentials personalAccessTokenName="extract-refresh-bot" personalAccessTokenSecret="${v.c(G.tableauSecret(r), 'tableau-pat')}">
    <site contentUrl="${G.host(r)}analytics" />
  </credentials>
</tsRequest>`],
  ['tableau/tdsx-password', (r, v) => `<connection class='sqlserver' dbname='Finance' odbc-connect-string-extras='' one-time-sql='' server='${G.host(r)}-sql01.corp' username='tableau_svc' password='${v.c(G.password(r), 'password')}' workgroup-auth-mode='prompt'>
  <relation name='Custom SQL Query' type='text'>SELECT CustomerName, IBAN FROM dbo.Payouts WHERE IBAN = '${v.f(G.iban(r), 'iban')}'</relation>
</connection>`],
  ['powerbi/aad-token', (r, v) => `Invoke-RestMethod : {"error":{"code":"InvalidRequest","message":"Dataset refresh failed"}}
At C:\\scripts\\refresh-datasets.ps1:23 char:1
$headers = @{ Authorization = "Bearer ${v.c(G.jwt(r, { aud: 'https://analysis.windows.net/powerbi/api', iss: `https://sts.windows.net/${r.uuid()}/`, appid: r.uuid(), upn: G.email(r), name: G.fullName(r) }, 'RS256'), 'jwt')}" }
$clientSecret = '${v.c(G.azClientSecret(r), 'azure-client-secret')}'`],
  ['powerbi/gateway-mashup', (r, v) => `DM.EnterpriseGateway Error: 0 : ${G.ts(r)} [DM.GatewayCore] Data source credentials were rejected.
  DataSource: {"kind":"SQL","path":"${G.host(r)}-sql;Sales"} Credentials: {"credentialType":"Basic","username":"pbi_gateway","password":"${v.c(G.password(r), 'password')}"}
  Requested by: ${v.p(G.fullName(r), 'person-name')} (${v.p(G.email(r), 'email')})`],
  ['metabase/env', (r, v) => `# /etc/metabase/metabase.env
MB_DB_TYPE=postgres
MB_DB_HOST=metabase-app-db
MB_DB_USER=metabase
MB_DB_PASS=${v.c(G.password(r), 'password')}
MB_ENCRYPTION_SECRET_KEY=${v.c(r.b64(32), 'encryption-key')}
MB_EMAIL_SMTP_PASSWORD=${v.c(G.sendgrid(r), 'sendgrid-key')}`],
  ['metabase/api-key', (r, v) => `$ curl -H 'x-api-key: ${v.c(G.metabaseKey(r), 'metabase-api-key')}' https://metabase.${G.host(r)}.com/api/card/${r.int(10, 999)}/query/csv -X POST
id,name,email,phone,signup_ip
${r.int(1000, 99999)},${v.p(G.fullName(r), 'person-name')},${v.p(G.email(r), 'email')},${v.p(G.usPhone(r, 2), 'phone')},${v.p(G.publicIp(r), 'ip-address')}`],
  ['metabase/session-cookie', (r, v) => `GET /api/dashboard/${r.int(1, 300)} HTTP/2
host: bi.${G.host(r)}.io
cookie: metabase.DEVICE=${r.uuid()}; metabase.SESSION=${v.c(r.uuid(), 'session-cookie')}; metabase.TIMEOUT=alive
user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)`],
  ['superset/config', (r, v) => `# superset_config.py
SECRET_KEY = "${v.c(r.b64(42), 'flask-secret-key')}"
SQLALCHEMY_DATABASE_URI = "postgresql://superset:${v.c(r.urlPassword(20), 'password')}@superset-db:5432/superset"
SMTP_PASSWORD = "${v.c(G.password(r), 'password')}"
MAPBOX_API_KEY = "${v.c('sk.eyJ1Ijoi' + r.b64url(30) + '.' + r.b64url(16), 'mapbox-token')}"`],
  ['superset/db-uri-error', (r, v) => `superset  | ${G.ts(r)} ERROR:superset.views.base:(trino.exceptions.HttpError) error 401: b'Invalid credentials'
superset  | [SQL: SELECT 1] sqlalchemy_uri: trino://${G.first(r).toLowerCase()}:${v.c(G.alnum(r, 22), 'password')}@starburst.${G.host(r)}.io:443/hive
superset  | user: ${v.p(G.fullName(r), 'person-name')} ip=${v.p(G.publicIp(r), 'ip-address')}`],
  ['hex/api', (r, v) => `POST https://app.hex.tech/api/v1/project/${r.uuid()}/run
Authorization: Bearer ${v.c('hxtw_' + r.hex(96), 'hex-token')}
{"inputParams":{"customer_email":"${v.p(G.email(r), 'email')}","account_iban":"${v.f(G.iban(r), 'iban')}"},"updateCache":false}`],
  ['mode/basic', (r, v) => {
    const tok = r.hex(12);
    const sec = r.hex(24);
    return `# mode_export.py
MODE_TOKEN = "${v.c(tok, 'mode-token')}"
MODE_SECRET = "${v.c(sec, 'mode-secret')}"
r = requests.get("https://app.mode.com/api/${G.host(r)}/reports", auth=HTTPBasicAuth(MODE_TOKEN, MODE_SECRET))`;
  }],
  ['hightouch/sync-error', (r, v) => `Hightouch sync #${r.int(100000, 999999)} to Salesforce failed for 2 of ${r.int(100, 9000)} rows
row 1: {"email":"${v.p(G.email(r), 'email')}","first_name":"${G.first(r)}","mobile":"${v.p(G.intlPhone(r), 'phone')}"} → INVALID_EMAIL_ADDRESS
row 2: {"email":"${v.p(G.email(r), 'email')}","billing_street":"${v.p(G.address(r), 'street-address')}"} → DUPLICATE_VALUE
API: Authorization: Bearer ${v.c(r.uuid(), 'hightouch-api-key')}`],
  ['census/webhook-dest', (r, v) => `Census destination "Zendesk Support" — connection test failed
  subdomain: ${G.host(r)}help
  email: ${v.p(G.email(r), 'email')}/token
  api_token: ${v.c(G.alnum(r, 40), 'zendesk-token')}
  census workspace token: ${v.c(G.census(r), 'census-token')}`],
  ['storage/boto-credentials', (r, v) => `$ cat ~/.aws/credentials
[default]
aws_access_key_id = ${v.c(G.awsId(r), 'aws-access-key-id')}
aws_secret_access_key = ${v.c(G.awsSecret(r), 'aws-secret-key')}

[emr-prod]
aws_access_key_id = ${v.c(G.awsId(r, 'ASIA'), 'aws-access-key-id')}
aws_secret_access_key = ${v.c(G.awsSecret(r), 'aws-secret-key')}
aws_session_token = ${v.c(G.awsSession(r), 'aws-session-token')}`],
  ['storage/azure-connstr', (r, v) => `azure.core.exceptions.ClientAuthenticationError: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.
ErrorCode:AuthenticationFailed
conn_str = "DefaultEndpointsProtocol=https;AccountName=${G.host(r)}landing;AccountKey=${v.c(r.b64(64), 'azure-storage-key')};EndpointSuffix=core.windows.net"`],
  ['storage/azure-sas', (r, v) => {
    const sig = encodeURIComponent(r.b64(32));
    return `azcopy copy "./exports/customers_2026.csv" "https://${G.host(r)}share.blob.core.windows.net/partner-drop/customers_2026.csv?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=${v.c(sig, 'azure-sas-signature')}"
INFO: Scanning...
Final Job Status: Completed`;
  }],
  ['storage/gcs-hmac', (r, v) => `# rclone.conf
[gcs-interop]
type = s3
provider = GCS
access_key_id = ${v.c(G.gcsHmacId(r), 'gcs-hmac-id')}
secret_access_key = ${v.c(G.awsSecret(r), 'gcs-hmac-secret')}
endpoint = https://storage.googleapis.com`],
  ['storage/r2-b2', (r, v) => `# duckdb: attach object stores for the ad-hoc lake
CREATE SECRET r2 (TYPE R2, KEY_ID '${v.c(G.r2Id(r), 'r2-access-key-id')}', SECRET '${v.c(G.r2Secret(r), 'r2-secret-key')}', ACCOUNT_ID '${r.hex(32)}');
CREATE SECRET b2 (TYPE S3, KEY_ID '${v.c(G.b2Id(r), 'b2-key-id')}', SECRET '${v.c(G.b2Key(r), 'b2-application-key')}', ENDPOINT 's3.us-west-004.backblazeb2.com');`],
  ['storage/minio-presigned', (r, v) => `mc alias set lake https://minio.${G.host(r)}.lan ${v.c('minio-' + G.lower(r, 8), 'minio-access-key')} ${v.c(G.alnum(r, 40), 'minio-secret-key')}
Added \`lake\` successfully.
mc: <ERROR> Unable to list folder. Access Denied.`],
];
