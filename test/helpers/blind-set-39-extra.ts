import * as G from './blind-set-39-values';
import type { Tpl39 } from './blind-set-39-values';

/** Odd but real places around the pipelines: CI logs, terraform plans, vault, netrc/pgpass, payment files. */
export const extra39: Tpl39[] = [
  ['ci/gha-set-x', (r, v) => `Run dbt build --target prod
+ export SNOWFLAKE_PASSWORD=${v.c(G.password(r), 'password')}
+ export DBT_CLOUD_API_TOKEN=${v.c(G.dbtc(r), 'dbt-cloud-token')}
+ git clone https://x-access-token:${v.c(G.ghToken(r, 'ghs_'), 'github-token')}@github.com/${G.host(r)}/analytics.git
Cloning into 'analytics'...`],
  ['terraform/plan', (r, v) => `  # snowflake_user.loader will be updated in-place
  ~ resource "snowflake_user" "loader" {
        id       = "LOADER"
      ~ password = (sensitive value)
    }
  # databricks_secret.fivetran will be created
  + resource "databricks_secret" "fivetran" {
      + key          = "api-secret"
      + scope        = "ingest"
      + string_value = "${v.c(G.alnum(r, 32), 'fivetran-api-secret')}"
    }
  # github_actions_secret.gh will be created
  + resource "github_actions_secret" "gh" {
      + plaintext_value = "${v.c(G.ghFine(r), 'github-token')}"
    }`],
  ['vault/kv-get', (r, v) => `$ vault kv get -format=table secret/data-platform/warehouse
====== Data ======
Key                 Value
---                 -----
clickhouse_pass     ${v.c(G.password(r), 'password')}
redshift_pass       ${v.c(G.password(r), 'password')}
twilio_api_key      ${v.c(G.twilioSk(r), 'twilio-api-key')}
twilio_api_secret   ${v.c(G.alnum(r, 32), 'twilio-api-secret')}`],
  ['pgpass/netrc', (r, v) => `$ cat ~/.pgpass ~/.netrc
replica.${G.host(r)}.net:5432:analytics:looker_ro:${v.c(G.password(r).replace(/:/g, '!'), 'password')}
*:5439:dev:awsuser:${v.c(G.password(r).replace(/:/g, '#'), 'password')}
machine api.fivetran.com login ${v.c(G.alnum(r, 16), 'fivetran-api-key')} password ${v.c(G.alnum(r, 32), 'fivetran-api-secret')}`],
  ['oracle/sqlplus', (r, v) => `$ ps -ef | grep sqlplus
infa     ${r.int(1000, 99999)}  ${r.int(1000, 99999)}  0 02:1${r.int(0, 9)} ?  00:00:00 sqlplus -s crm_extract/${v.c(G.alnum(r, 10) + '_' + r.digits(2), 'password')}@//ora-crm.${G.host(r)}.corp:1521/CRMPRD @extract_contacts.sql
infa     ${r.int(1000, 99999)}  ${r.int(1000, 99999)}  0 02:1${r.int(0, 9)} ?  00:00:00 grep sqlplus`],
  ['odbc/ini', (r, v) => `[Snowflake_Prod]
Driver=/usr/lib64/snowflake/odbc/lib/libSnowflake.so
Server=${G.sfAccount(r)}.snowflakecomputing.com
UID=TABLEAU_SVC
PWD={${v.c(G.alnum(r, 8) + '; ' + G.alnum(r, 8), 'password')}}
Warehouse=BI_WH
[ClickHouse]
Driver=/usr/lib/libclickhouseodbcw.so
Url=https://default:${v.c(r.urlPassword(18), 'password')}@ch.${G.host(r)}.io:8443`],
  ['schema-registry/url', (r, v) => {
    const key = v.c(G.confluentKey(r), 'confluent-api-key');
    const sec = G.confluentSecret(r);
    return `[main] ERROR io.confluent.kafka.schemaregistry.client.rest.RestService - Failed to send HTTP request to endpoint: https://${key}:${v.c(encodeURIComponent(sec), 'confluent-api-secret')}@psrc-${G.lower(r, 5)}.${G.region(r)}.aws.confluent.cloud/subjects/payments-value/versions
java.net.UnknownHostException: psrc-${G.lower(r, 5)}.${G.region(r)}.aws.confluent.cloud`;
  }],
  ['snowflake/azure-stage', (r, v) => `CREATE OR REPLACE STAGE raw.partner_drop
  URL = 'azure://${G.host(r)}share.blob.core.windows.net/partner-drop/'
  CREDENTIALS = (AZURE_SAS_TOKEN = '?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&spr=https&sig=${v.c(encodeURIComponent(r.b64(32)), 'azure-sas-signature')}')
  FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1);`],
  ['gx/actions-yml', (r, v) => `action_list:
  - name: send_slack_notification_on_validation_result
    action:
      class_name: SlackNotificationAction
      slack_token: ${v.c(G.slackBot(r), 'slack-token')}
      slack_channel: "#data-quality"
  - name: send_email_on_failure
    action:
      class_name: EmailAction
      smtp_address: smtp.sendgrid.net
      sender_login: apikey
      sender_password: ${v.c(G.sendgrid(r), 'sendgrid-key')}
      receiver_emails: ${v.p(G.email(r), 'email')}`],
  ['stripe/webhook-listener', (r, v) => `reverse-etl-listener | ${G.ts(r)} WARN stripe signature mismatch for evt_${G.alnum(r, 24)}; secret in use: ${v.c('whsec_' + G.alnum(r, 32), 'stripe-webhook-secret')}
reverse-etl-listener | ${G.ts(r)} INFO upserting customer ${v.p(G.email(r), 'email')} (${v.p(G.fullName(r), 'person-name')}) into crm.contacts`],
  ['amplitude/export', (r, v) => {
    const k = r.hex(32);
    const s = r.hex(32);
    return `$ curl -u ${v.c(k, 'amplitude-api-key')}:${v.c(s, 'amplitude-secret-key')} 'https://amplitude.com/api/2/export?start=20260${r.int(1, 9)}01T00&end=20260${r.int(1, 9)}02T00' -o export.zip
  % Total    % Received % Xferd  Average Speed   Time
100 ${r.int(10, 900)}M  100 ${r.int(10, 900)}M    0     0  ${r.int(1, 90)}.${r.int(1, 9)}M      0  0:00:${r.int(10, 59)}`;
  }],
  ['segment/source-basic', (r, v) => {
    const wk = G.alnum(r, 32);
    return `POST https://api.segment.io/v1/identify
Authorization: Basic ${v.c(Buffer.from(wk + ':').toString('base64'), 'basic-auth')}
{"userId":"u_${r.int(10000, 999999)}","traits":{"name":"${v.p(G.fullName(r), 'person-name')}","email":"${v.p(G.email(r), 'email')}","phone":"${v.p(G.phone(r), 'phone')}","address":{"street":"${v.p(G.address(r), 'street-address')}"}}}`;
  }],
  ['sepa/pain001', (r, v) => `<CdtTrfTxInf>
  <PmtId><EndToEndId>PAYOUT-${r.int(100000, 999999)}</EndToEndId></PmtId>
  <Amt><InstdAmt Ccy="EUR">${r.int(10, 9000)}.${r.digits(2)}</InstdAmt></Amt>
  <Cdtr><Nm>${v.p(G.fullName(r), 'person-name')}</Nm></Cdtr>
  <CdtrAcct><Id><IBAN>${v.f(G.iban(r, r.pick(['DE', 'NL', 'FR', 'BE', 'AT', 'IT'])), 'iban')}</IBAN></Id></CdtrAcct>
</CdtTrfTxInf>
<!-- rejected by bank: AC04 closed account; debtor ${v.f(G.iban(r), 'iban')} -->`],
  ['form/urlencoded-card', (r, v) => `[nginx access, body logged by the ingest proxy] ${v.p(G.publicIp(r), 'ip-address')} - - "POST /v1/checkout HTTP/1.1" 502 body="email=${v.p(encodeURIComponent(G.email(r)), 'email')}&card%5Bnumber%5D=${v.f(G.card(r), 'card-number')}&card%5Bexp_month%5D=${r.int(1, 12)}&card%5Bexp_year%5D=20${r.int(27, 31)}"`],
  ['plaid/transactions-sync', (r, v) => `plaid-extractor ERROR item ${G.alnum(r, 37)} sync failed, access_token=${v.c(`access-production-${r.uuid()}`, 'plaid-access-token')}
  account: {"mask":"${r.digits(4)}","name":"Plaid Checking","numbers":{"account":"${v.f(G.acct(r), 'bank-account')}","routing":"${v.f(G.aba(r), 'routing-number')}","wire_routing":"${v.f(G.aba(r), 'routing-number')}"}}`],
  ['celery/redis-url', (r, v) => `[${G.ts(r)}: ERROR/MainProcess] consumer: Cannot connect to rediss://:${v.c(G.alnum(r, 32), 'password')}@${G.host(r)}-cache.${r.hex(6)}.ng.0001.use1.cache.amazonaws.com:6379/0: Error 110 connecting. Connection timed out..
Trying again in 8.00 seconds... (4/100)
superset-worker | SUPERSET_SECRET_KEY=${v.c(r.b64(42), 'flask-secret-key')}`],
  ['compose/superset-metabase', (r, v) => `services:
  superset:
    image: apache/superset:4.1.${r.int(0, 2)}
    environment:
      SUPERSET_SECRET_KEY: "${v.c(r.b64(42), 'flask-secret-key')}"
      DATABASE_PASSWORD: "${v.c(G.password(r), 'password')}"
  metabase:
    image: metabase/metabase:v0.5${r.int(0, 2)}.${r.int(1, 9)}
    environment:
      MB_DB_PASS: "${v.c(G.password(r), 'password')}"
      MB_PREMIUM_EMBEDDING_TOKEN: "${v.c(r.hex(64), 'metabase-embedding-token')}"`],
  ['databricks/secrets-cli', (r, v) => `$ history | tail -4
  ${r.int(400, 999)}  databricks secrets create-scope ingest
  ${r.int(400, 999)}  databricks secrets put-secret ingest snowflake-pw --string-value '${v.c(G.password(r), 'password')}'
  ${r.int(400, 999)}  databricks secrets put-secret ingest hubspot --string-value ${v.c(G.hubspot(r), 'hubspot-token')}
  ${r.int(400, 999)}  databricks secrets put-secret ingest r2 --string-value ${v.c(G.r2Secret(r), 'r2-secret-key')}`],
  ['kafka-connect/jdbc-sink-url', (r, v) => `[${G.ts(r)}] ERROR WorkerSinkTask{id=pg-sink-customers-0} Task threw an uncaught and unrecoverable exception
org.apache.kafka.connect.errors.ConnectException: java.sql.SQLException: No suitable driver found for jdbc:postgresql://crm-pg.${G.host(r)}.internal:5432/crm?user=connect&password=${v.c(r.urlPassword(r.int(14, 20)), 'password')}&sslmode=require
	at io.confluent.connect.jdbc.util.CachedConnectionProvider.getConnection(CachedConnectionProvider.java:59)
	ssl.truststore.password=${v.c(G.alnum(r, 16), 'password')}`],
  ['airflow/variables-json', (r, v) => `$ airflow variables export /dev/stdout
{
    "hightouch_api_key": "${v.c(r.uuid(), 'hightouch-api-key')}",
    "census_api_token": "${v.c(G.census(r), 'census-token')}",
    "slack_alert_webhook": "${v.c(G.slackHook(r), 'slack-webhook')}",
    "dq_owner_email": "${v.p(G.email(r), 'email')}"
}
4 variables successfully exported to /dev/stdout`],
  ['emr/step-args', (r, v) => `{"Steps":[{"Id":"s-${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13)}","Name":"load-partner-feed","Config":{"Jar":"command-runner.jar","Args":["spark-submit","--conf","spark.hadoop.fs.azure.account.key.${G.host(r)}lake.dfs.core.windows.net=${v.c(r.b64(64), 'azure-storage-key')}","--conf","spark.hadoop.fs.gs.hmac.secret=${v.c(G.awsSecret(r), 'gcs-hmac-secret')}","s3://${G.host(r)}-jobs/partner_feed.py"]},"Status":{"State":"FAILED"}}]}`],
  ['hex/notebook-chat', (r, v) => `#data-eng ${G.ts(r).slice(11, 16)} ${v.p(G.fullName(r), 'person-name')}: hey, the Hex project can't reach the replica since the rotation — I pasted the new creds into the secret but still 401. The new token is ${v.c('hxtw_' + r.hex(96), 'hex-token')} and the pg password is "${v.c(G.password(r) + ' ' + G.alnum(r, 6), 'password')}" (with the space)`],
  ['payments/chargeback-csv', (r, v) => `$ zcat chargebacks_2026w${r.int(10, 52)}.csv.gz | head -3
dispute_id,cardholder,pan,exp,amount,iban_refund
dp_${G.alnum(r, 24)},${v.p(G.fullName(r), 'person-name')},${v.f(G.card(r, 'mc2'), 'card-number')},${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)},${r.int(10, 999)}.${r.digits(2)},${v.f(G.iban(r, 'ES'), 'iban')}
dp_${G.alnum(r, 24)},${v.p(G.fullName(r), 'person-name')},${v.f(G.card(r, 'visa'), 'card-number')},${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)},${r.int(10, 999)}.${r.digits(2)},${v.f(G.iban(r, 'IE'), 'iban')}`],
  ['jupyter/env-magic', (r, v) => `In [3]: %env
{'JPY_PARENT_PID': '${r.int(100, 99999)}', 'SNOWFLAKE_PRIVATE_KEY_PASSPHRASE': '${v.c(G.password(r), 'passphrase')}', 'OPENLINEAGE_URL': 'https://marquez.${G.host(r)}.io', 'AWS_ACCESS_KEY_ID': '${v.c(G.awsId(r), 'aws-access-key-id')}', 'AWS_SECRET_ACCESS_KEY': '${v.c(G.awsSecret(r), 'aws-secret-key')}', 'HOME': '/home/jovyan'}`],
];
