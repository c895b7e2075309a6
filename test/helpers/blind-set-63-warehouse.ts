import type { Tpl63 } from './blind-set-63-values';

/** dbt runs and profiles, and the warehouse clients: Snowflake, BigQuery, Redshift, Databricks, ClickHouse. */
export const WAREHOUSE63: Tpl63[] = [
  {
    s: 'dbt',
    t: 'profiles-snowflake-pw',
    f: (g) => {
      const pw = g.pw();
      const acct = g.sfAccount();
      return [
        `$ cat ~/.dbt/profiles.yml`,
        `acme_analytics:`,
        `  target: prod`,
        `  outputs:`,
        `    prod:`,
        `      type: snowflake`,
        `      account: ${acct}`,
        `      user: SVC_DBT_PROD`,
        `      password: "${pw}"`,
        `      role: TRANSFORMER`,
        `      database: ANALYTICS`,
        `      warehouse: TRANSFORM_WH`,
        `      schema: DBT_PROD`,
        `      threads: 8`,
        `      client_session_keep_alive: false`,
        `    dev:`,
        `      type: snowflake`,
        `      account: ${acct}`,
        `      user: ${g.pick(['JDOE_DEV', 'SVC_DBT_DEV'])}`,
        `      password: ${g.pw()}`,
        `      role: TRANSFORMER_DEV`,
        `      database: ANALYTICS_DEV`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'profiles-snowflake-keypair',
    f: (g) => {
      const key = g.pem('ENCRYPTED PRIVATE KEY', '\n', '        ');
      const pass = g.pw(20);
      return [
        `acme_analytics:`,
        `  target: ci`,
        `  outputs:`,
        `    ci:`,
        `      type: snowflake`,
        `      account: ${g.sfAccount()}`,
        `      user: SVC_DBT_CI`,
        `      authenticator: snowflake_jwt`,
        `      private_key: |`,
        `        ${key}`,
        `      private_key_passphrase: ${pass}`,
        `      role: CI_RUNNER`,
        `      database: ANALYTICS_CI`,
        `      warehouse: CI_WH`,
        `      schema: PR_${g.int(1000, 9999)}`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'profiles-bq-keyfile-json',
    f: (g) => {
      const proj = g.pick(['acme-dw-prod', 'analytics-381204', 'bi-warehouse-eu']);
      const key = g.pem('PRIVATE KEY', '\\n');
      return [
        `bigquery_prod:`,
        `  target: prod`,
        `  outputs:`,
        `    prod:`,
        `      type: bigquery`,
        `      method: service-account-json`,
        `      project: ${proj}`,
        `      dataset: dbt_prod`,
        `      threads: 16`,
        `      keyfile_json:`,
        `        type: service_account`,
        `        project_id: ${proj}`,
        `        private_key_id: ${g.hex(40)}`,
        `        private_key: "${key}\\n"`,
        `        client_email: dbt-runner@${proj}.iam.gserviceaccount.com`,
        `        client_id: "1${g.r.digits(20)}"`,
        `        token_uri: https://oauth2.googleapis.com/token`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'profiles-databricks',
    f: (g) => {
      const tok = g.databricks();
      return [
        `lakehouse:`,
        `  target: prod`,
        `  outputs:`,
        `    prod:`,
        `      type: databricks`,
        `      catalog: main`,
        `      schema: gold`,
        `      host: adb-${g.r.digits(16)}.${g.int(1, 19)}.azuredatabricks.net`,
        `      http_path: /sql/1.0/warehouses/${g.hex(16)}`,
        `      token: ${tok}`,
        `      threads: 6`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'run-error-bad-value',
    f: (g) => {
      const p = g.person();
      const email = g.email(p);
      const dob = g.dob(g.pick(['us', 'eu', 'de'] as const));
      return [
        `${g.sqlts().slice(11, 19)}  ${g.int(12, 40)} of ${g.int(41, 80)} ERROR creating sql incremental model dbt_prod.stg_crm__contacts  [ERROR in ${g.int(2, 30)}.${g.int(10, 99)}s]`,
        `${g.sqlts(2).slice(11, 19)}`,
        `${g.sqlts(2).slice(11, 19)}  Database Error in model stg_crm__contacts (models/staging/crm/stg_crm__contacts.sql)`,
        `  100040 (22007): Date '${dob}' is not recognized`,
        `  Row 418 (contact_email='${email}') in file 'contacts_${g.iso().slice(0, 10)}.csv'`,
        `  compiled Code at target/run/acme_analytics/models/staging/crm/stg_crm__contacts.sql`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'test-store-failures',
    f: (g) => {
      const rows: string[] = [];
      for (let i = 0; i < 2; i++) {
        const p = g.person('us');
        rows.push(`| ${g.int(10000, 99999)} | ${g.name(p)} | ${g.ssn()} | ${g.dob()} |`);
      }
      return [
        `${g.sqlts().slice(11, 19)}  Failure in test unique_dim_members_ssn (models/marts/dim_members.yml)`,
        `${g.sqlts().slice(11, 19)}    Got 2 results, configured to fail if != 0`,
        `${g.sqlts().slice(11, 19)}    compiled Code at target/compiled/acme_analytics/models/marts/dim_members.yml/unique_dim_members_ssn.sql`,
        `${g.sqlts().slice(11, 19)}    See test failures: select * from ANALYTICS.DBT_TEST__AUDIT.UNIQUE_DIM_MEMBERS_SSN`,
        ``,
        `| member_id | member_name | ssn | birth_date |`,
        `| --------- | ----------- | --- | ---------- |`,
        ...rows,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'cloud-api-curl',
    f: (g) => {
      const tok = g.dbtCloud();
      return [
        `+ curl -sS -X POST "https://cloud.getdbt.com/api/v2/accounts/${g.int(10000, 99999)}/jobs/${g.int(100000, 999999)}/run/" -H "Authorization: Token ${tok}" -H "Content-Type: application/json" -d '{"cause": "Triggered by Airflow"}'`,
        `{"status": {"code": 401, "is_success": false, "user_message": "Invalid token.", "developer_message": null}, "data": null}`,
        `Error: dbt Cloud job trigger failed (HTTP 401)`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'debug-log-stage',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      return [
        `============================== ${g.sqlts().slice(0, 19)} | ${g.uuid()} ==============================`,
        `${g.sqlts().slice(11)} [debug] [Thread-1  ]: On macro.acme.create_stripe_stage: /* {"app": "dbt", "dbt_version": "1.7.${g.int(1, 9)}", "profile_name": "acme_analytics", "target_name": "prod"} */`,
        `create or replace stage raw.stripe.landing`,
        `  url = 's3://acme-landing/stripe/'`,
        `  credentials = (aws_key_id = '${ak}' aws_secret_key = '${sk}')`,
        `  file_format = (type = parquet);`,
        `${g.sqlts(1).slice(11)} [debug] [Thread-1  ]: Snowflake adapter: Snowflake error: 003001 (42501): SQL access control error: Insufficient privileges to operate on schema 'STRIPE'`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'profiles-redshift',
    f: (g) => {
      const pw = g.pw();
      return [
        `redshift_finance:`,
        `  target: prod`,
        `  outputs:`,
        `    prod:`,
        `      type: redshift`,
        `      host: finance-dw.${g.hex(12)}.${g.awsRegion()}.redshift.amazonaws.com`,
        `      user: dbt_finance`,
        `      password: ${pw}`,
        `      port: 5439`,
        `      dbname: finance`,
        `      schema: dbt_prod`,
        `      threads: 4`,
        `      sslmode: require`,
        `    dev:`,
        `      type: redshift`,
        `      host: localhost`,
        `      port: 15439  # ssm tunnel`,
        `      user: dbt_dev`,
        `      password: '${g.pw()}'`,
        `      dbname: finance`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'python-model-spark-conf',
    f: (g) => {
      const acct = g.pick(['acmelake', 'dlsprodweu', 'rawzone01']);
      const key = g.azureKey();
      return [
        `${g.sqlts().slice(11, 19)}  Runtime Error in model int_payments_enriched (models/intermediate/int_payments_enriched.py)`,
        `  Python model failed with traceback:`,
        `  Py4JJavaError: An error occurred while calling o412.load.`,
        `  : Failure to initialize configuration for storage account ${acct}.dfs.core.windows.net: Invalid configuration value detected for fs.azure.account.key`,
        `  spark.conf: {'fs.azure.account.key.${acct}.dfs.core.windows.net': '${key}', 'spark.sql.shuffle.partitions': '200'}`,
      ].join('\n');
    },
  },
  {
    s: 'snowflake',
    t: 'spark-connector-options',
    f: (g) => {
      const pw = g.pw();
      const acct = g.sfAccount();
      return [
        `${g.sparkts()} INFO SnowflakeRelation: Using snowflake options: Map(sfurl -> ${acct}.snowflakecomputing.com, sfuser -> SVC_SPARK, sfpassword -> ${pw}, sfdatabase -> RAW, sfschema -> EVENTS, sfwarehouse -> SPARK_WH, dbtable -> CLICKSTREAM)`,
        `${g.sparkts(3)} ERROR SnowflakeSQLException: JDBC driver encountered communication error. Message: HTTP status=403.`,
      ].join('\n');
    },
  },
  {
    s: 'snowflake',
    t: 'snowsql-config',
    f: (g) => {
      const pw = g.pw();
      return [
        `$ cat ~/.snowsql/config`,
        `[connections]`,
        `accountname = ${g.sfAccount()}`,
        `username = ${g.pick(['FIVETRAN_USER', 'SVC_LOADER', 'RETL_HIGHTOUCH'])}`,
        `password = ${pw}`,
        `dbname = RAW`,
        `warehousename = LOAD_WH`,
        ``,
        `[connections.admin]`,
        `accountname = ${g.sfAccount()}`,
        `username = SECURITYADMIN_BREAKGLASS`,
        `password = ${g.pw()}`,
        ``,
        `[options]`,
        `log_level = DEBUG`,
      ].join('\n');
    },
  },
  {
    s: 'snowflake',
    t: 'stage-sas-token',
    f: (g) => {
      const sig = g.sasSig();
      return [
        `snowflake.connector.errors.ProgrammingError: 091003 (22000): Failure using stage area. Cause: [This request is not authorized to perform this operation. (Status Code: 403; Error Code: AuthorizationFailure)]`,
        `query: CREATE OR REPLACE STAGE RAW.ADLS.EXPORTS URL='azure://acmelake.blob.core.windows.net/exports/' CREDENTIALS=(AZURE_SAS_TOKEN='?sv=2022-11-02&ss=b&srt=co&sp=rl&se=${g.iso(86400 * 30).slice(0, 19)}Z&st=${g.iso().slice(0, 19)}Z&spr=https&sig=${sig}')`,
      ].join('\n');
    },
  },
  {
    s: 'snowflake',
    t: 'query-history-alter-user',
    f: (g) => {
      const pw = g.pw();
      const qid = `01b${g.hex(5)}-0${g.hex(3)}-${g.hex(4)}-0000-${g.hex(12)}`;
      return [
        `QUERY_ID,QUERY_TEXT,USER_NAME,ROLE_NAME,EXECUTION_STATUS,START_TIME`,
        `${qid},"ALTER USER RETL_CENSUS SET PASSWORD = '${pw}' MUST_CHANGE_PASSWORD = FALSE",ACCOUNTADMIN_SVC,ACCOUNTADMIN,SUCCESS,${g.sqlts()} -0700`,
      ].join('\n');
    },
  },
  {
    s: 'snowflake',
    t: 'snowpipe-rest-jwt',
    f: (g) => {
      const acct = g.pick(['XY12345', 'AB67890', 'KT44120']);
      const iat = Math.floor(g.ms() / 1000);
      const jwt = g.jwt({ iss: `${acct}.SVC_SNOWPIPE.SHA256:${Buffer.from(g.hex(32), 'hex').toString('base64')}`, sub: `${acct}.SVC_SNOWPIPE`, iat, exp: iat + 3540 });
      return [
        `DEBUG:urllib3.connectionpool:https://${acct.toLowerCase()}.snowflakecomputing.com:443 "POST /v1/data/pipes/RAW.EVENTS.CLICKS_PIPE/insertFiles?requestId=${g.uuid()} HTTP/1.1" 401 None`,
        `DEBUG:snowflake.ingest:request headers: {'Authorization': 'BEARER ${jwt}', 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Snowflake-Authorization-Token-Type': 'KEYPAIR_JWT'}`,
      ].join('\n');
    },
  },
  {
    s: 'bigquery',
    t: 'client-creds-repr',
    f: (g) => {
      const proj = g.pick(['acme-dw-prod', 'analytics-381204', 'bi-warehouse-eu']);
      const key = g.pem('PRIVATE KEY', '\\n');
      return [
        `Traceback (most recent call last):`,
        `  File "/app/loaders/bq_load.py", line 61, in <module>`,
        `    client = bigquery.Client.from_service_account_info(credentials_info)`,
        `google.auth.exceptions.MalformedError: ('Unexpected credentials type', None, 'Expected', 'service_account')`,
        `credentials_info={'type': 'service-account', 'project_id': '${proj}', 'private_key_id': '${g.hex(40)}', 'private_key': '${key}\\n', 'client_email': 'loader@${proj}.iam.gserviceaccount.com', 'token_uri': 'https://oauth2.googleapis.com/token'}`,
      ].join('\n');
    },
  },
  {
    s: 'bigquery',
    t: 'insertall-row-error',
    f: (g) => {
      const p = g.person();
      const email = g.email(p);
      const nino = g.nino();
      const a = g.address('UK');
      const street = g.street(a);
      return `google.api_core.exceptions.BadRequest: 400 POST https://bigquery.googleapis.com/bigquery/v2/projects/acme-dw-prod/datasets/crm/tables/applicants/insertAll?prettyPrint=false: insertErrors=[{'index': 0, 'errors': [{'reason': 'invalid', 'location': 'date_of_birth', 'message': 'Invalid date string'}]}] rows=[{'json': {'applicant_id': ${g.int(100000, 999999)}, 'name': '${g.name(p)}', 'email': '${email}', 'ni_number': '${nino}', 'address_line1': '${street}', 'postcode': '${a.postal}', 'date_of_birth': ''}}]`;
    },
  },
  {
    s: 'bigquery',
    t: 'adc-json',
    f: (g) => {
      const cs = g.gocspx();
      const rt = g.googleRefresh();
      return [
        `$ cat ~/.config/gcloud/application_default_credentials.json  # mounted into the bq-export container`,
        `{`,
        `  "account": "",`,
        `  "client_id": "${g.r.digits(12)}-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com",`,
        `  "client_secret": "${cs}",`,
        `  "quota_project_id": "acme-dw-prod",`,
        `  "refresh_token": "${rt}",`,
        `  "type": "authorized_user",`,
        `  "universe_domain": "googleapis.com"`,
        `}`,
      ].join('\n');
    },
  },
  {
    s: 'bigquery',
    t: 'bearer-debug',
    f: (g) => {
      const at = g.googleAccess();
      return [
        `send: b'POST /bigquery/v2/projects/acme-dw-prod/jobs?prettyPrint=false HTTP/1.1\\r\\nHost: bigquery.googleapis.com\\r\\nUser-Agent: gl-python/3.11.8 grpc/1.62.1 gax/2.17.1 gccl/3.19.0\\r\\nAuthorization: Bearer ${at}\\r\\nContent-Type: application/json\\r\\n\\r\\n'`,
        `reply: 'HTTP/1.1 403 Forbidden\\r\\n'`,
      ].join('\n');
    },
  },
  {
    s: 'redshift',
    t: 'unload-creds',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      return [
        `redshift_connector.error.ProgrammingError: {'S': 'ERROR', 'C': 'XX000', 'M': 'S3ServiceException:Access Denied,Status 403,Error AccessDenied', 'F': '../src/sys/xen_execute.cpp', 'L': '11936', 'R': 'pg_throw'}`,
        `statement: UNLOAD ('SELECT * FROM finance.payouts WHERE paid_at >= ''${g.iso().slice(0, 10)}''') TO 's3://acme-exports/payouts/' CREDENTIALS 'aws_access_key_id=${ak};aws_secret_access_key=${sk}' FORMAT PARQUET ALLOWOVERWRITE`,
      ].join('\n');
    },
  },
  {
    s: 'redshift',
    t: 'stl-load-errors',
    f: (g) => {
      const p = g.person('es');
      const raw = `${g.int(10000, 99999)}|${g.name(p)}|${g.email(p)}|${g.phone('es', 'intl')}|${g.dni()}|${g.iban('ES')}|${g.dob()}`;
      return [
        `dev=# SELECT starttime, filename, line_number, colname, err_reason, raw_line FROM stl_load_errors ORDER BY starttime DESC LIMIT 1;`,
        `-[ RECORD 1 ]-+------------------------------------------------------------`,
        `starttime    | ${g.sqlts()}`,
        `filename     | s3://acme-landing/crm/es/customers_${g.iso().slice(0, 10)}.psv.gz`,
        `line_number  | ${g.int(2, 40000)}`,
        `colname      | signup_channel`,
        `err_reason   | Missing data for not-null field`,
        `raw_line     | ${raw}`,
      ].join('\n');
    },
  },
  {
    s: 'redshift',
    t: 'sqlalchemy-url-fstring',
    f: (g) => {
      const pw = g.pwEnc();
      return [
        `INFO:loader:connecting with url=redshift+redshift_connector://etl_user:${pw}@analytics.${g.hex(12)}.${g.awsRegion()}.redshift.amazonaws.com:5439/dev`,
        `ERROR:loader:InterfaceError: ('communication error', TimeoutError(110, 'Connection timed out'))`,
      ].join('\n');
    },
  },
  {
    s: 'databricks',
    t: 'databrickscfg',
    f: (g) => {
      const tok = g.databricks();
      const tok2 = g.databricks();
      return [
        `$ cat ~/.databrickscfg`,
        `[DEFAULT]`,
        `host  = https://adb-${g.r.digits(16)}.${g.int(1, 19)}.azuredatabricks.net`,
        `token = ${tok}`,
        ``,
        `[staging]`,
        `host  = https://dbc-${g.hex(8)}-${g.hex(4)}.cloud.databricks.com`,
        `token = ${tok2}`,
      ].join('\n');
    },
  },
  {
    s: 'databricks',
    t: 'jdbc-url',
    f: (g) => {
      const tok = g.databricks();
      return [
        `java.sql.SQLException: [Databricks][JDBCDriver](500593) Communication link failure. Failed to connect to server. Reason: HTTP Response code: 403, Error message: Unknown.`,
        `\tat com.databricks.client.hivecommon.api.HS2Client.handleTTransportException(Unknown Source)`,
        `Connection URL: jdbc:databricks://adb-${g.r.digits(16)}.${g.int(1, 19)}.azuredatabricks.net:443/default;transportMode=http;ssl=1;httpPath=sql/protocolv1/o/${g.r.digits(16)}/${g.r.digits(4)}-${g.r.digits(6)}-${g.hex(8)};AuthMech=3;UID=token;PWD=${tok}`,
      ].join('\n');
    },
  },
  {
    s: 'databricks',
    t: 'cluster-spark-conf-oauth',
    f: (g) => {
      const sec = g.azureClientSecret();
      const acct = g.pick(['acmelake', 'dlsprodweu']);
      return [
        `{`,
        `  "cluster_id": "${g.r.digits(4)}-${g.r.digits(6)}-${g.hex(8)}",`,
        `  "spark_conf": {`,
        `    "fs.azure.account.auth.type.${acct}.dfs.core.windows.net": "OAuth",`,
        `    "fs.azure.account.oauth.provider.type.${acct}.dfs.core.windows.net": "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider",`,
        `    "fs.azure.account.oauth2.client.id.${acct}.dfs.core.windows.net": "${g.uuid()}",`,
        `    "fs.azure.account.oauth2.client.secret.${acct}.dfs.core.windows.net": "${sec}",`,
        `    "fs.azure.account.oauth2.client.endpoint.${acct}.dfs.core.windows.net": "https://login.microsoftonline.com/${g.uuid()}/oauth2/token"`,
        `  },`,
        `  "state": "TERMINATED",`,
        `  "termination_reason": {"code": "INIT_SCRIPT_FAILURE", "type": "CLIENT_ERROR"}`,
        `}`,
      ].join('\n');
    },
  },
  {
    s: 'databricks',
    t: 'sp-oauth-token',
    f: (g) => {
      const sec = g.databricksOauth();
      const b = g.basic(g.uuid(), sec);
      return [
        `> POST /oidc/v1/token HTTP/1.1`,
        `> Host: dbc-${g.hex(8)}-${g.hex(4)}.cloud.databricks.com`,
        `> Authorization: Basic ${b}`,
        `> Content-Type: application/x-www-form-urlencoded`,
        `>`,
        `grant_type=client_credentials&scope=all-apis`,
        `< HTTP/1.1 401 Unauthorized`,
        `{"error":"invalid_client","error_description":"Client authentication failed"}`,
        `# databricks.yml: client_secret: ${sec}`,
      ].join('\n');
    },
  },
  {
    s: 'clickhouse',
    t: 's3-table-function',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      return [
        `Received exception from server (version 24.${g.int(1, 8)}.${g.int(1, 9)}):`,
        `Code: 499. DB::Exception: Received from ch-prod-01:9440. DB::Exception: The AWS Access Key Id you provided does not exist in our records. (S3_ERROR)`,
        `Query was: INSERT INTO analytics.events SELECT * FROM s3('https://acme-landing.s3.${g.awsRegion()}.amazonaws.com/events/*.parquet', '${ak}', '${sk}', 'Parquet')`,
      ].join('\n');
    },
  },
  {
    s: 'clickhouse',
    t: 'cloud-https-basic',
    f: (g) => {
      const pw = g.urlPw();
      return [
        `+ curl --fail "https://default:${pw}@${g.hex(10)}.${g.awsRegion()}.aws.clickhouse.cloud:8443/?query=SELECT%20count()%20FROM%20raw.orders"`,
        `curl: (22) The requested URL returned error: 516`,
        `Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED) (version 24.6.1.4412 (official build))`,
      ].join('\n');
    },
  },
  {
    s: 'clickhouse',
    t: 'kafka-engine-settings',
    f: (g) => {
      const key = g.confluentKey();
      const sec = g.confluentSecret();
      return [
        `2025.${g.iso().slice(5, 10).replace('-', '.')} ${g.iso().slice(11, 23)}000 [ ${g.int(100, 999)} ] {} <Error> StorageKafka (orders_queue): Failed to commit offsets: Local: Broker transport failure`,
        `SHOW CREATE TABLE raw.orders_queue:`,
        `CREATE TABLE raw.orders_queue (\`payload\` String) ENGINE = Kafka SETTINGS kafka_broker_list = 'pkc-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.${g.awsRegion()}.aws.confluent.cloud:9092', kafka_topic_list = 'shop.orders', kafka_group_name = 'ch-orders', kafka_format = 'JSONAsString', kafka_security_protocol = 'sasl_ssl', kafka_sasl_mechanism = 'PLAIN', kafka_sasl_username = '${key}', kafka_sasl_password = '${sec}'`,
      ].join('\n');
    },
  },
  {
    s: 'clickhouse',
    t: 'client-config-xml',
    f: (g) => {
      const pw = g.pw();
      return [
        `$ cat /etc/clickhouse-client/config.d/prod.xml`,
        `<config>`,
        `    <host>ch-prod-01.analytics.internal</host>`,
        `    <port>9440</port>`,
        `    <secure>true</secure>`,
        `    <user>etl_writer</user>`,
        `    <password>${pw}</password>`,
        `    <database>analytics</database>`,
        `</config>`,
      ].join('\n');
    },
  },
];
