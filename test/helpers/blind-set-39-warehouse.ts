import * as G from './blind-set-39-values';
import type { Tpl39 } from './blind-set-39-values';

/** Warehouses and lakehouses: Snowflake, BigQuery, Redshift, Databricks, Synapse, ClickHouse, Trino/Starburst. */
export const warehouse39: Tpl39[] = [
  ['snowflake/profiles-yml', (r, v) => `# ~/.dbt/profiles.yml
analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: ${G.sfAccount(r)}
      user: ${v.p(G.email(r), 'email')}
      password: "${v.c(G.password(r), 'password')}"
      role: TRANSFORMER
      warehouse: TRANSFORMING_WH
      database: ANALYTICS
      schema: dbt_${G.first(r).toLowerCase()}
      threads: 8`],
  ['snowflake/keypair', (r, v) => `snowsql -a ${G.sfAccount(r)} -u SVC_LOADER --private-key-path /tmp/rsa_key.p8
$ cat /tmp/rsa_key.p8
${v.c(G.pem(r, 'ENCRYPTED PRIVATE KEY'), 'private-key')}
$ echo $PRIVATE_KEY_PASSPHRASE
${v.c(G.password(r), 'passphrase')}`],
  ['snowflake/connector-trace', (r, v) => {
    const pw = v.c(G.password(r), 'password');
    return `Traceback (most recent call last):
  File "/opt/etl/load_orders.py", line 41, in <module>
    conn = snowflake.connector.connect(user="ETL_SVC", password="${pw}", account="${G.sfAccount(r)}", warehouse="LOAD_WH")
  File "/usr/local/lib/python3.11/site-packages/snowflake/connector/__init__.py", line 55, in Connect
    return SnowflakeConnection(**kwargs)
snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: ${G.sfAccount(r)}.snowflakecomputing.com:443. Incorrect username or password was specified.`;
  }],
  ['snowflake/jdbc-url', (r, v) => `[${G.ts(r)}] ERROR c.m.loader.SnowflakeSink - cannot open jdbc:snowflake://${G.sfAccount(r)}.snowflakecomputing.com/?user=LOADER_${G.host(r).toUpperCase()}&password=${v.c(r.urlPassword(r.int(14, 20)), 'password')}&db=RAW&warehouse=LOADING&role=LOADER (net.snowflake.client.jdbc.SnowflakeSQLException: JWT token is invalid)`],
  ['snowflake/copy-into-creds', (r, v) => `COPY INTO raw.stripe.charges
  FROM 's3://${G.host(r)}-landing/stripe/charges/'
  CREDENTIALS = (AWS_KEY_ID = '${v.c(G.awsId(r), 'aws-access-key-id')}' AWS_SECRET_KEY = '${v.c(G.awsSecret(r), 'aws-secret-key')}')
  FILE_FORMAT = (TYPE = PARQUET)
  ON_ERROR = 'CONTINUE';
-- 002003 (02000): SQL compilation error: Stage does not exist or not authorized. (query id ${r.uuid()})`],
  ['bigquery/sa-json', (r, v) => {
    const key = G.pem(r, 'PRIVATE KEY');
    v.c(key.split('\n').join('\\n') + '\\n', 'gcp-private-key');
    return `{
  "type": "service_account",
  "project_id": "${G.host(r)}-analytics-${r.int(100, 999)}",
  "private_key_id": "${v.c(r.hex(40), 'gcp-private-key-id')}",
  "private_key": "${key.split('\n').join('\\n')}\\n",
  "client_email": "bq-loader@${G.host(r)}-analytics.iam.gserviceaccount.com",
  "client_id": "1${r.digits(20)}",
  "token_uri": "https://oauth2.googleapis.com/token"
}`;
  }],
  ['bigquery/bearer-curl', (r, v) => `$ curl -s -H "Authorization: Bearer ${v.c(G.ya29(r), 'google-oauth-token')}" \\
    "https://bigquery.googleapis.com/bigquery/v2/projects/${G.host(r)}-dw/queries/job_${r.b64url(21)}?location=US"
{"error":{"code":403,"message":"Access Denied: Table ${G.host(r)}-dw:marts.${G.table(r)}: User does not have permission to query table.","status":"PERMISSION_DENIED"}}`],
  ['bigquery/adc-refresh', (r, v) => `$ cat ~/.config/gcloud/application_default_credentials.json
{
  "account": "",
  "client_id": "${r.digits(12)}-${G.lower(r, 32)}.apps.googleusercontent.com",
  "client_secret": "${v.c('GOCSPX-' + G.alnum(r, 28), 'google-client-secret')}",
  "quota_project_id": "${G.host(r)}-bi",
  "refresh_token": "${v.c(G.gRefresh(r), 'google-refresh-token')}",
  "type": "authorized_user"
}`],
  ['redshift/psql-uri', (r, v) => {
    const pw = v.c(r.urlPassword(r.int(14, 20)), 'password');
    return `psql: error: connection to server at "${G.host(r)}-dw.c${G.lower(r, 11)}.${G.region(r)}.redshift.amazonaws.com" (${v.p(G.publicIp(r), 'ip-address')}), port 5439 failed: FATAL:  password authentication failed for user "awsuser"
[cron] command was: psql "postgresql://awsuser:${pw}@${G.host(r)}-dw.c${G.lower(r, 11)}.${G.region(r)}.redshift.amazonaws.com:5439/dev?sslmode=require" -f unload_customers.sql`;
  }],
  ['redshift/unload-iam', (r, v) => `UNLOAD ('SELECT customer_id, email, phone FROM crm.customers WHERE updated_at > ''2026-03-01''')
TO 's3://${G.host(r)}-exports/crm/customers_'
ACCESS_KEY_ID '${v.c(G.awsId(r, 'ASIA'), 'aws-access-key-id')}'
SECRET_ACCESS_KEY '${v.c(G.awsSecret(r), 'aws-secret-key')}'
SESSION_TOKEN '${v.c(G.awsSession(r), 'aws-session-token')}'
PARQUET ALLOWOVERWRITE;`],
  ['redshift/stl-load-errors', (r, v) => `dev=# select query, filename, line_number, colname, raw_line, err_reason from stl_load_errors order by starttime desc limit 1;
 query  |              filename               | line_number | colname  |  raw_line  | err_reason
--------+-------------------------------------+-------------+----------+------------+-------------
 ${r.int(100000, 999999)} | s3://${G.host(r)}-landing/crm/part-0003.csv |          ${r.int(10, 999)} | birth_dt | ${r.int(1000, 99999)}|${v.p(G.fullName(r), 'person-name')}|${v.p(G.email(r), 'email')}|${v.p(G.usPhone(r, 2), 'phone')}|${v.f(G.card(r), 'card-number')}|31/02/1989 | Invalid date format - length must be 10 or more`],
  ['databricks/cfg', (r, v) => `$ cat ~/.databrickscfg
[DEFAULT]
host  = https://adb-${r.digits(16)}.${r.int(1, 19)}.azuredatabricks.net
token = ${v.c(G.dapi(r), 'databricks-token')}

[staging]
host  = https://dbc-${r.hex(8)}-${r.hex(4)}.cloud.databricks.com
token = ${v.c(G.dapi(r), 'databricks-token')}`],
  ['databricks/jobs-api', (r, v) => `> POST /api/2.1/jobs/run-now HTTP/1.1
> Host: dbc-${r.hex(8)}-${r.hex(4)}.cloud.databricks.com
> Authorization: Bearer ${v.c(G.dapi(r), 'databricks-token')}
> Content-Type: application/json
>
{"job_id": ${r.int(100000, 999999999)}, "notebook_params": {"run_date": "2026-04-0${r.int(1, 9)}", "notify": "${v.p(G.email(r), 'email')}"}}
< HTTP/1.1 200 OK
{"run_id":${r.int(10000000, 99999999)},"number_in_job":${r.int(1, 900)}}`],
  ['databricks/sp-oauth', (r, v) => `# terraform.tfvars for the databricks provider (service principal, OAuth M2M)
databricks_host          = "https://accounts.cloud.databricks.com"
databricks_account_id    = "${r.uuid()}"
databricks_client_id     = "${r.uuid()}"
databricks_client_secret = "${v.c('dose' + r.hex(32), 'databricks-oauth-secret')}"`],
  ['synapse/adonet', (r, v) => `System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'etl_writer'.
   at Contoso.Ingest.SynapseWriter.Open() in D:\\a\\1\\s\\Ingest\\SynapseWriter.cs:line 88
ConnectionString: Server=tcp:${G.host(r)}-syn.sql.azuresynapse.net,1433;Initial Catalog=edw;Persist Security Info=False;User ID=etl_writer;Password=${v.c(G.password(r), 'password')};MultipleActiveResultSets=False;Encrypt=True;Connection Timeout=30;`],
  ['synapse/linked-service', (r, v) => `{
  "name": "AzureDataLakeStorage_${G.host(r)}",
  "properties": {
    "type": "AzureBlobFS",
    "typeProperties": {
      "url": "https://${G.host(r)}lake.dfs.core.windows.net/",
      "servicePrincipalId": "${r.uuid()}",
      "servicePrincipalKey": { "type": "SecureString", "value": "${v.c(G.azClientSecret(r), 'azure-client-secret')}" },
      "tenant": "${r.uuid()}"
    }
  }
}`],
  ['clickhouse/client', (r, v) => `$ clickhouse-client --host ${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10)}.${G.region(r)}.aws.clickhouse.cloud --secure --user default --password '${v.c(G.password(r), 'password')}' --query "SELECT count() FROM events WHERE user_email = '${v.p(G.email(r), 'email')}'"
Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`],
  ['clickhouse/http-header', (r, v) => `POST /?database=analytics&query=INSERT%20INTO%20page_views%20FORMAT%20JSONEachRow HTTP/1.1
Host: ch.${G.host(r)}.internal:8123
X-ClickHouse-User: ingest
X-ClickHouse-Key: ${v.c(G.alnum(r, 24), 'password')}
Content-Length: ${r.int(200, 900)}

{"ts":"${G.ts(r)}","user_id":${r.int(1000, 999999)},"ip":"${v.p(G.publicIp(r), 'ip-address')}","ua":"Mozilla/5.0"}`],
  ['trino/cli-basic', (r, v) => {
    const user = G.first(r).toLowerCase();
    const pw = G.password(r);
    return `2026-0${r.int(1, 9)}-1${r.int(0, 9)} 10:${r.int(10, 59)}:07 DEBUG [trino-cli] > GET /v1/statement/queued/${r.digits(8)}_${r.digits(6)}_${r.digits(5)}_${G.lower(r, 5)}/y${r.hex(40)}/1 HTTP/1.1
Host: starburst.${G.host(r)}.io:443
Authorization: Basic ${v.c(G.basic(user, pw), 'basic-auth')}
X-Trino-User: ${user}
X-Trino-Source: trino-cli`;
  }],
  ['trino/catalog-props', (r, v) => `# etc/catalog/postgres_crm.properties
connector.name=postgresql
connection-url=jdbc:postgresql://crm-db.${G.host(r)}.internal:5432/crm
connection-user=trino_ro
connection-password=${v.c(G.password(r), 'password')}
# etc/catalog/lake.properties
connector.name=hive
hive.s3.aws-access-key=${v.c(G.awsId(r), 'aws-access-key-id')}
hive.s3.aws-secret-key=${v.c(G.awsSecret(r), 'aws-secret-key')}`],
];
