import type { Tpl63 } from './blind-set-63-values';

/** Secrets as pipeline tooling prints them: CI jobs, secret backends, helm values, Terraform, SDK debug output. */
export const SECRETS63: Tpl63[] = [
  {
    s: 'airflow',
    t: 'secrets-manager-debug',
    f: (g) => {
      const pw = g.urlPw();
      const sk = g.stripe();
      const hs = g.hubspot();
      return [
        `${g.afts()} {secrets_manager.py:210} DEBUG - Secret airflow/connections/orders_db: {"conn_type": "postgres", "login": "orders_ro", "password": "${pw}", "host": "orders-db.internal", "port": 5432}`,
        `${g.afts()} {secrets_manager.py:210} DEBUG - Secret airflow/variables/stripe_secret_key: ${sk}`,
        `${g.afts()} {secrets_manager.py:210} DEBUG - Secret airflow/variables/hubspot_token: ${hs}`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'helm-values-diff',
    f: (g) => {
      const fk = g.fernet();
      const sec = g.appSecret();
      const pw = g.urlPw();
      const gh = g.githubPat();
      return [
        `===== airflow/templates/secrets.yaml (ArgoCD diff, decoded) =====`,
        `+  fernet-key: ${fk}`,
        `+  webserver-secret-key: ${sec}`,
        `+  connection: postgresql://airflow:${pw}@airflow-pg.airflow.svc:5432/airflow?sslmode=disable`,
        `+  gitSync: { repo: "https://github.com/acme/airflow-dags.git", branch: main, credentialsSecret: {GIT_SYNC_USERNAME: acme-bot, GIT_SYNC_PASSWORD: ${gh}} }`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'ci-job-env',
    f: (g) => {
      const tok = g.dbtCloud();
      const pw = g.pw();
      const slack = g.slackBot();
      return [
        `Run dbt build --target ci`,
        `  env:`,
        `    DBT_CLOUD_API_TOKEN: ${tok}`,
        `    DBT_ENV_SECRET_SNOWFLAKE_PASSWORD: ${pw}`,
        `    SLACK_BOT_TOKEN: ${slack}`,
        `    DBT_PROFILES_DIR: ./ci`,
        `Error: Process completed with exit code 2.`,
      ].join('\n');
    },
  },
  {
    s: 'databricks',
    t: 'secrets-put-ci',
    f: (g) => {
      const sf = g.pw();
      const sk = g.stripe(true);
      const dt = g.databricks();
      return [
        `+ export DATABRICKS_HOST=https://dbc-${g.hex(8)}-${g.hex(4)}.cloud.databricks.com DATABRICKS_TOKEN=${dt}`,
        `+ databricks secrets put-secret etl-prod snowflake-password --string-value ${sf}`,
        `+ databricks secrets put-secret etl-prod stripe-restricted-key --string-value ${sk}`,
        `Error: RESOURCE_DOES_NOT_EXIST: Scope etl-prod does not exist!`,
      ].join('\n');
    },
  },
  {
    s: 'snowflake',
    t: 'python-connector-kwargs',
    f: (g) => {
      const key = g.pem('PRIVATE KEY', '\\n');
      const pass = g.pw(18);
      return [
        `2025-${g.iso().slice(5, 10)} ${g.iso().slice(11, 19)} DEBUG snowflake.connector.connection: __config: {'account': '${g.sfAccount()}', 'user': 'SVC_RETL', 'private_key_file_pwd': '${pass}', 'private_key': '${key}\\n', 'warehouse': 'RETL_WH', 'role': 'RETL'}`,
        `snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: JWT token is invalid.`,
      ].join('\n');
    },
  },
  {
    s: 'kconnect',
    t: 'hubspot-salesforce-source',
    f: (g) => {
      const hs = g.hubspot();
      const cs = g.sfConsumerSecret();
      const rt = g.sfRefresh();
      return JSON.stringify(
        {
          name: 'crm-sources',
          configs: [
            { 'connector.class': 'io.confluent.connect.hubspot.HubSpotSourceConnector', 'hubspot.private.app.token': hs, topics: 'hubspot.contacts' },
            { 'connector.class': 'io.confluent.salesforce.SalesforcePushTopicSourceConnector', 'salesforce.consumer.secret': cs, 'salesforce.refresh.token': rt, 'salesforce.instance': 'https://acme.my.salesforce.com' },
          ],
          error: 'Connector config validation failed: salesforce.username must be set when using password grant',
        },
        null,
        2,
      );
    },
  },
  {
    s: 'meltano',
    t: 'meltano-yml-inline',
    f: (g) => {
      const tok = g.ghp();
      const gl = g.glpat();
      const sg = g.sendgrid();
      return [
        `plugins:`,
        `  extractors:`,
        `  - name: tap-github`,
        `    config:`,
        `      auth_token: ${tok}`,
        `      repositories: [acme/platform]`,
        `  - name: tap-gitlab`,
        `    config:`,
        `      private_token: ${gl}`,
        `      api_url: https://gitlab.com`,
        `  - name: tap-sendgrid`,
        `    config:`,
        `      api_key: ${sg}`,
        `# meltano run tap-github target-snowflake -> exit 1: 401 Bad credentials`,
      ].join('\n');
    },
  },
  {
    s: 'airbyte',
    t: 'terraform-state',
    f: (g) => {
      const cs = g.gocspx();
      const rt = g.googleRefresh();
      const fb = g.facebook();
      return JSON.stringify({
        mode: 'managed',
        type: 'airbyte_source_google_analytics_data_api',
        name: 'ga4',
        instances: [{ attributes: { configuration: { credentials: { authenticate_via_google_oauth: { client_secret: cs, refresh_token: rt } }, property_ids: [g.r.digits(9)] } } }, { attributes: { configuration: { access_token: fb, account_ids: [g.r.digits(15)] } } }],
      });
    },
  },
  {
    s: 'spark',
    t: 'spark-defaults-conf',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      const pw = g.pw();
      return [
        `$ cat /usr/lib/spark/conf/spark-defaults.conf | grep -v '^#'`,
        `spark.hadoop.fs.s3a.access.key          ${ak}`,
        `spark.hadoop.fs.s3a.secret.key          ${sk}`,
        `spark.hadoop.javax.jdo.option.ConnectionURL  jdbc:mysql://hive-metastore.internal:3306/hive`,
        `spark.hadoop.javax.jdo.option.ConnectionPassword  ${pw}`,
        `spark.executor.memory  16g`,
      ].join('\n');
    },
  },
  {
    s: 'flink',
    t: 'flink-conf-yaml',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      const dd = g.datadog();
      return [
        `${g.pyts()} INFO  org.apache.flink.configuration.GlobalConfiguration [] - Loading configuration property: s3.access-key, ${ak}`,
        `${g.pyts()} INFO  org.apache.flink.configuration.GlobalConfiguration [] - Loading configuration property: s3.secret-key, ${sk}`,
        `${g.pyts()} INFO  org.apache.flink.configuration.GlobalConfiguration [] - Loading configuration property: metrics.reporter.dghttp.apikey, ${dd}`,
        `${g.pyts()} INFO  org.apache.flink.configuration.GlobalConfiguration [] - Loading configuration property: state.checkpoints.dir, s3://acme-flink/checkpoints`,
      ].join('\n');
    },
  },
  {
    s: 'clickhouse',
    t: 'cloud-api-key',
    f: (g) => {
      const id = g.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 20);
      const sec = g.clickhouseCloudKey();
      const b = g.basic(id, sec);
      return [
        `> GET /v1/organizations/${g.uuid()}/services HTTP/2`,
        `> Host: api.clickhouse.cloud`,
        `> authorization: Basic ${b}`,
        `< HTTP/2 401`,
        `{"status":401,"error":"Invalid API key"} -- key id ${id}, secret ${sec}`,
      ].join('\n');
    },
  },
  {
    s: 'retl',
    t: 'census-destinations',
    f: (g) => {
      const sf = g.sfAccess();
      const ic = g.intercom();
      const zd = g.zendesk();
      return [
        `census sync ${g.int(1e5, 9e5)} failed: destination salesforce responded INVALID_SESSION_ID`,
        `  salesforce: instance_url=https://acme.my.salesforce.com access_token=${sf}`,
        `  intercom: bearer ${ic}`,
        `  zendesk: api_token=${zd}`,
      ].join('\n');
    },
  },
  {
    s: 'glue',
    t: 'job-arguments',
    f: (g) => {
      const pw = g.pw();
      const sk = g.stripe();
      const sq = g.square();
      return JSON.stringify(
        {
          JobRun: {
            Id: `jr_${g.hex(64)}`,
            JobName: 'payments-backfill',
            Arguments: { '--db_password': pw, '--stripe_api_key': sk, '--square_token': sq, '--enable-metrics': 'true' },
            JobRunState: 'FAILED',
            ErrorMessage: 'AnalysisException: Path does not exist: s3://acme-landing/payments/2023/',
          },
        },
        null,
        2,
      );
    },
  },
  {
    s: 'debezium',
    t: 'oracle-connector-create',
    f: (g) => {
      const pw = g.pw();
      const key = g.confluentKey();
      const sec = g.confluentSecret();
      return [
        `POST /connectors HTTP/1.1`,
        JSON.stringify({ name: 'erp-oracle-cdc', config: { 'connector.class': 'io.debezium.connector.oracle.OracleConnector', 'database.url': 'jdbc:oracle:thin:@erp-ora.corp.acme.local:1521/ERPPDB', 'database.user': 'c##dbzuser', 'database.password': pw, 'schema.history.internal.kafka.bootstrap.servers': 'pkc-abc12.eu-west-1.aws.confluent.cloud:9092', 'schema.history.internal.producer.sasl.jaas.config': `org.apache.kafka.common.security.plain.PlainLoginModule required username="${key}" password="${sec}";` } }),
        `HTTP/1.1 409 Conflict {"error_code":409,"message":"Connector erp-oracle-cdc already exists"}`,
      ].join('\n');
    },
  },
];

/** More secrets: auth configs, MirrorMaker, tap configs, bootstrap scripts, transfer configs, STS output. */
export const SECRETS63B: Tpl63[] = [
  {
    s: 'airflow',
    t: 'webserver-config-py',
    f: (g) => {
      const sec = g.appSecret();
      const gcs = g.gocspx();
      const okta = g.okta();
      return [
        `$ kubectl -n airflow exec deploy/airflow-webserver -- cat /opt/airflow/webserver_config.py | grep -v '^#'`,
        `AUTH_TYPE = AUTH_OAUTH`,
        `SECRET_KEY = '${sec}'`,
        `OAUTH_PROVIDERS = [{'name': 'google', 'icon': 'fa-google', 'token_key': 'access_token', 'remote_app': {'client_id': '${g.r.digits(12)}-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com', 'client_secret': '${gcs}', 'api_base_url': 'https://www.googleapis.com/oauth2/v2/'}}]`,
        `OKTA_API_TOKEN = '${okta}'  # used by role sync`,
      ].join('\n');
    },
  },
  {
    s: 'kafka',
    t: 'mirrormaker-props',
    f: (g) => {
      const p1 = g.pw();
      const p2 = g.pw();
      const ks = g.pw();
      return [
        `[${g.pyts()}] INFO MirrorMaker configuration (mm2.properties):`,
        `clusters = onprem, cloud`,
        `onprem.bootstrap.servers = kafka-01.corp.acme.local:9093`,
        `onprem.sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username="mm2" password="${p1}";`,
        `onprem.ssl.keystore.password = ${ks}`,
        `cloud.bootstrap.servers = b-2.msk-prod.${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6)}.c2.kafka.${g.awsRegion()}.amazonaws.com:9096`,
        `cloud.sasl.jaas.config = org.apache.kafka.common.security.scram.ScramLoginModule required username="mm2-cloud" password="${p2}";`,
        `onprem->cloud.topics = crm\\..*, billing\\..*`,
      ].join('\n');
    },
  },
  {
    s: 'stitch',
    t: 'tap-config-json',
    f: (g) => {
      const zd = g.c('zendesk_oauth_token', g.hex(64));
      const mc = g.mailchimp();
      const shp = g.shopify('shpca');
      return [
        `$ cat /opt/taps/config/*.json`,
        `{"access_token": "${zd}", "subdomain": "acmehelp", "start_date": "2022-01-01T00:00:00Z"}`,
        `{"api_key": "${mc}", "dc": "${mc.split('-')[1]}", "start_date": "2021-06-01"}`,
        `{"api_key": "${shp}", "shop": "acme-outdoor", "start_date": "2022-01-01", "date_window_size": 7}`,
      ].join('\n');
    },
  },
  {
    s: 'spark',
    t: 'emr-bootstrap-configure',
    f: (g) => {
      const ak = g.awsId(true);
      const sk = g.awsSecret();
      const st = g.awsSession();
      return [
        `+ aws configure set aws_access_key_id ${ak} --profile export`,
        `+ aws configure set aws_secret_access_key ${sk} --profile export`,
        `+ aws configure set aws_session_token ${st} --profile export`,
        `+ aws s3 cp s3://acme-jobs/bootstrap/install-deps.sh /tmp/ --profile export`,
        `fatal error: An error occurred (ExpiredToken) when calling the HeadObject operation: The provided token has expired.`,
      ].join('\n');
    },
  },
  {
    s: 'bigquery',
    t: 'transfer-config-s3',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      const at = g.googleAccess();
      return [
        `+ curl -s -X POST -H "Authorization: Bearer ${at}" -H "Content-Type: application/json" https://bigquerydatatransfer.googleapis.com/v1/projects/acme-dw-prod/locations/eu/transferConfigs -d @-`,
        JSON.stringify({ displayName: 's3-landing-orders', dataSourceId: 'amazon_s3', destinationDatasetId: 'landing', params: { data_path: 's3://acme-landing/orders/*.parquet', destination_table_name_template: 'orders', file_format: 'PARQUET', access_key_id: ak, secret_access_key: sk }, schedule: 'every 24 hours' }),
        `{"error": {"code": 400, "message": "Invalid S3 credentials", "status": "INVALID_ARGUMENT"}}`,
      ].join('\n');
    },
  },
  {
    s: 'redshift',
    t: 'secret-and-sts',
    f: (g) => {
      const pw = g.pw();
      const ak = g.awsId(true);
      const sk = g.awsSecret();
      const st = g.awsSession();
      return [
        `$ aws secretsmanager get-secret-value --secret-id prod/redshift/etl --query SecretString --output text`,
        `{"username":"etl_user","password":"${pw}","engine":"redshift","host":"analytics.${g.hex(12)}.${g.awsRegion()}.redshift.amazonaws.com","port":5439,"dbClusterIdentifier":"analytics"}`,
        `$ aws sts assume-role --role-arn arn:aws:iam::${g.int(100000000000, 999999999999)}:role/redshift-unload --role-session-name unload`,
        JSON.stringify({ Credentials: { AccessKeyId: ak, SecretAccessKey: sk, SessionToken: st, Expiration: g.iso(3600) }, AssumedRoleUser: { AssumedRoleId: `AROA${g.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:unload` } }, null, 4),
      ].join('\n');
    },
  },
  {
    s: 'airbyte',
    t: 'api-create-connection',
    f: (g) => {
      const iat = Math.floor(g.ms() / 1000);
      const jwt = g.jwt({ iss: 'https://cloud.airbyte.com', sub: g.uuid(), iat, exp: iat + 180, typ: 'io.airbyte.auth.application' });
      const zd = g.zendesk();
      const at = g.atlassian();
      return [
        `> POST https://api.airbyte.com/v1/sources`,
        `> authorization: Bearer ${jwt}`,
        JSON.stringify({ name: 'Zendesk + Jira', workspaceId: g.uuid(), configuration: [{ sourceType: 'zendesk-support', subdomain: 'acmehelp', credentials: { credentials: 'api_token', email: 'data-ops@acme-outdoor.com', api_token: zd } }, { sourceType: 'jira', domain: 'acme.atlassian.net', email: 'data-ops@acme-outdoor.com', api_token: at }] }),
        `< 422 {"type":"https://reference.airbyte.com/reference/errors","title":"value-not-allowed","detail":"configuration must be an object"}`,
      ].join('\n');
    },
  },
  {
    s: 'dbt',
    t: 'run-vars-echo',
    f: (g) => {
      const sk = g.stripe(true);
      const sg = g.sendgrid();
      const sl = g.slackBot();
      return [
        `+ dbt run-operation send_weekly_report --target prod --vars '{"stripe_key": "${sk}", "sendgrid_key": "${sg}", "slack_token": "${sl}", "report_week": "${g.iso().slice(0, 10)}"}'`,
        `${g.sqlts().slice(11, 19)}  Running with dbt=1.8.${g.int(0, 9)}`,
        `${g.sqlts(2).slice(11, 19)}  Encountered an error while running operation: Compilation Error in macro send_weekly_report (macros/reporting/send_weekly_report.sql)`,
      ].join('\n');
    },
  },
  {
    s: 'databricks',
    t: 'init-script-log',
    f: (g) => {
      const gl = g.glpat();
      const dd = g.datadog();
      const pw = g.pw();
      return [
        `/databricks/init_scripts/${g.r.digits(4)}-${g.r.digits(6)}-${g.hex(8)}_${g.privIp()}.sh.stderr.log:`,
        `+ pip config set global.extra-index-url https://__token__:${gl}@gitlab.com/api/v4/projects/${g.int(1000, 99999)}/packages/pypi/simple`,
        `+ export DD_API_KEY=${dd}`,
        `+ export SNOWFLAKE_PASSWORD=${pw}`,
        `ERROR: Could not find a version that satisfies the requirement acme-etl-utils==2.${g.int(0, 9)}.${g.int(0, 9)}`,
      ].join('\n');
    },
  },
];
