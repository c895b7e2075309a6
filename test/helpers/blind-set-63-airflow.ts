import type { Tpl63 } from './blind-set-63-values';

/** Airflow: task logs, connections, variables, configuration and callbacks. */
export const AIRFLOW63: Tpl63[] = [
  {
    s: 'airflow',
    t: 'conn-env',
    f: (g) => {
      const pw = g.urlPw();
      const fk = g.fernet();
      const host = g.pick(['pg-analytics.prod.internal', 'warehouse-primary.c9xk2ab1.eu-west-1.rds.amazonaws.com', 'etl-pg-01.corp.lan']);
      return [
        `$ kubectl -n airflow exec deploy/airflow-scheduler -- env | sort | grep AIRFLOW`,
        `AIRFLOW_CONN_WAREHOUSE_PG=postgresql://etl_loader:${pw}@${host}:5432/analytics?sslmode=require`,
        `AIRFLOW__CORE__EXECUTOR=CeleryExecutor`,
        `AIRFLOW__CORE__FERNET_KEY=${fk}`,
        `AIRFLOW__CORE__LOAD_EXAMPLES=False`,
        `AIRFLOW__LOGGING__REMOTE_LOGGING=True`,
        `AIRFLOW__LOGGING__REMOTE_BASE_LOG_FOLDER=s3://acme-airflow-logs/${g.pick(['prod', 'staging'])}`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'conn-get-yaml',
    f: (g) => {
      const pw = g.pwEnc();
      const raw = decodeURIComponent(pw);
      const acct = g.sfAccount();
      const pass = g.c('password', raw);
      return [
        `$ airflow connections get snowflake_default -o yaml`,
        `- conn_id: snowflake_default`,
        `  conn_type: snowflake`,
        `  description: ''`,
        `  extra_dejson:`,
        `    account: ${acct.split('.')[0]}`,
        `    database: RAW`,
        `    region: ${acct.split('.').slice(1).join('.')}`,
        `    role: LOADER`,
        `    warehouse: LOAD_WH`,
        `  get_uri: snowflake://SVC_AIRFLOW:${pw}@/RAW?account=${acct.split('.')[0]}&database=RAW&role=LOADER&warehouse=LOAD_WH`,
        `  host: ''`,
        `  id: '${g.int(3, 90)}'`,
        `  is_encrypted: 'True'`,
        `  is_extra_encrypted: 'True'`,
        `  login: SVC_AIRFLOW`,
        `  password: '${pass}'`,
        `  port: null`,
        `  schema: PUBLIC`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'http-hook-debug',
    f: (g) => {
      const tok = g.hubspot();
      const ts = g.afts();
      return [
        `${ts} {taskinstance.py:1157} INFO - Dependencies all met for dep_context=requeueable deps ti=<TaskInstance: hubspot_contacts_daily.push_contacts scheduled__${g.iso().slice(0, 19)}+00:00 [queued]>`,
        `${ts} {http.py:146} INFO - Sending 'POST' to url: https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert`,
        `${ts} {http.py:167} DEBUG - Sending headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ${tok}'}`,
        `${ts} {http.py:201} ERROR - HTTP error: Too Many Requests`,
        `${ts} {http.py:202} ERROR - {"status":"error","message":"You have reached your ten_secondly_rolling limit.","errorType":"RATE_LIMIT","correlationId":"${g.uuid()}","policyName":"TEN_SECONDLY_ROLLING"}`,
        `${ts} {taskinstance.py:1400} INFO - Marking task as UP_FOR_RETRY. dag_id=hubspot_contacts_daily, task_id=push_contacts, try_number=${g.int(1, 3)}`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'pg-kwargs-traceback',
    f: (g) => {
      const pw = g.pw();
      const host = `redshift-prod.${g.hex(12)}.${g.awsRegion()}.redshift.amazonaws.com`;
      const ts = g.afts();
      return [
        `${ts} {base.py:73} INFO - Using connection ID 'redshift_default' for task execution.`,
        `${ts} {postgres.py:112} DEBUG - connect kwargs: {'host': '${host}', 'user': 'airflow_etl', 'password': '${pw}', 'dbname': 'dev', 'port': 5439, 'sslmode': 'verify-full'}`,
        `${ts} {taskinstance.py:1851} ERROR - Task failed with exception`,
        `Traceback (most recent call last):`,
        `  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/common/sql/operators/sql.py", line 274, in execute`,
        `    output = hook.run(`,
        `  File "/home/airflow/.local/lib/python3.11/site-packages/airflow/providers/postgres/hooks/postgres.py", line 138, in get_conn`,
        `    self.conn = psycopg2.connect(**conn_args)`,
        `psycopg2.OperationalError: connection to server at "${host}" (${g.privIp()}), port 5439 failed: timeout expired`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'slack-failure-callback',
    f: (g) => {
      const hook = g.slackWebhook();
      const who = g.person();
      const email = g.email(who);
      const ts = g.afts();
      return [
        `${ts} {callbacks.py:41} INFO - on_failure_callback: posting to ${hook}`,
        `${ts} {callbacks.py:52} INFO - payload={"text": ":red_circle: Task failed: gdpr_export_weekly.export_subject_data\\nsubject: ${email}\\nreason: S3 PutObject AccessDenied"}`,
        `${ts} {callbacks.py:60} WARNING - Slack responded 404 no_service`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'variables-export',
    f: (g) => {
      const sk = g.stripe(g.r.next() < 0.4);
      const shp = g.shopify();
      const zd = g.zendesk();
      return [
        `$ airflow variables export /tmp/vars.json && cat /tmp/vars.json`,
        `1 variables successfully exported to /tmp/vars.json`,
        `{`,
        `    "stripe_api_key": "${sk}",`,
        `    "shopify_admin_token": "${shp}",`,
        `    "zendesk_api_token": "${zd}",`,
        `    "zendesk_subdomain": "acmehelp",`,
        `    "sync_window_days": "3"`,
        `}`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'k8s-pod-env',
    f: (g) => {
      const pw = g.pw();
      const ak = g.awsId();
      const sk = g.awsSecret();
      const ts = g.afts();
      return [
        `${ts} {pod.py:1007} DEBUG - Starting pod:`,
        `api_version: v1`,
        `kind: Pod`,
        `metadata:`,
        `  name: dbt-run-${g.hex(8)}`,
        `  namespace: airflow-jobs`,
        `spec:`,
        `  containers:`,
        `  - args: [dbt, build, --target, prod, --select, tag:finance]`,
        `    env:`,
        `    - name: DBT_SNOWFLAKE_USER`,
        `      value: SVC_DBT`,
        `    - name: DBT_SNOWFLAKE_PASSWORD`,
        `      value: ${pw}`,
        `    - name: AWS_ACCESS_KEY_ID`,
        `      value: ${ak}`,
        `    - name: AWS_SECRET_ACCESS_KEY`,
        `      value: ${sk}`,
        `    image: ${g.int(100000000000, 999999999999)}.dkr.ecr.${g.awsRegion()}.amazonaws.com/dbt-runner:1.${g.int(5, 9)}.${g.int(0, 9)}`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'aws-conn-uri',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecretEnc();
      const region = g.awsRegion();
      return [
        `# values.yaml (airflow helm chart) -- rendered by ArgoCD diff`,
        `  extraEnv: |`,
        `    - name: AIRFLOW_CONN_AWS_DEFAULT`,
        `      value: "aws://${ak}:${sk}@/?region_name=${region}&role_arn=arn%3Aaws%3Aiam%3A%3A${g.int(100000000000, 999999999999)}%3Arole%2Fairflow-s3"`,
        `    - name: AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID`,
        `      value: aws_default`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'bq-conn-json-env',
    f: (g) => {
      const proj = g.pick(['acme-analytics-prod', 'dw-core-412907', 'growth-bi']);
      const key = g.pem('PRIVATE KEY', '\\\\n');
      const keyfile = `{\\"type\\": \\"service_account\\", \\"project_id\\": \\"${proj}\\", \\"private_key_id\\": \\"${g.hex(40)}\\", \\"private_key\\": \\"${key}\\\\n\\", \\"client_email\\": \\"airflow-bq@${proj}.iam.gserviceaccount.com\\", \\"client_id\\": \\"1${g.r.digits(20)}\\", \\"token_uri\\": \\"https://oauth2.googleapis.com/token\\"}`;
      return [
        `$ docker compose config | grep -A1 BIGQUERY`,
        `      AIRFLOW_CONN_BIGQUERY_DEFAULT: '{"conn_type": "google_cloud_platform", "extra": {"keyfile_dict": "${keyfile}", "project": "${proj}", "num_retries": 5}}'`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'sftp-extra',
    f: (g) => {
      const key = g.opensshKey('\\n');
      const ts = g.afts();
      return [
        `${ts} {base.py:73} INFO - Using connection ID 'sftp_bank_statements' for task execution.`,
        `${ts} {sftp.py:98} DEBUG - Connection extra: {"private_key": "${key}\\n", "no_host_key_check": "true", "conn_timeout": 30}`,
        `${ts} {transport.py:1909} INFO - Connected (version 2.0, client OpenSSH_8.9p1)`,
        `${ts} {transport.py:1909} INFO - Authentication (publickey) failed.`,
        `${ts} {taskinstance.py:1851} ERROR - paramiko.ssh_exception.AuthenticationException: Authentication failed.`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'dq-check-rows',
    f: (g) => {
      const rows: string[] = [];
      for (let i = 0; i < 2; i++) {
        const p = g.person();
        rows.push(` ${String(g.int(100000, 999999)).padEnd(11)}| ${g.name(p).padEnd(28)}| ${g.email(p).padEnd(34)}| ${g.phone(undefined, 'e164')}`);
      }
      return [
        `${g.afts()} {sql.py:450} INFO - Running statement: SELECT customer_id, full_name, email, phone FROM analytics.dim_customers WHERE country_code IS NULL LIMIT 2`,
        `${g.afts(1)} {sql.py:459} INFO - Rows affected: 2`,
        `${g.afts(1)} {data_quality.py:88} ERROR - Check 'country_not_null' failed on 2 rows:`,
        ` customer_id | full_name                   | email                             | phone`,
        `-------------+-----------------------------+-----------------------------------+----------------`,
        ...rows,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'xcom-return',
    f: (g) => {
      const p = g.person();
      return `${g.afts()} {python.py:194} INFO - Done. Returned value was: {'payout_id': 'po_${g.r.b62(24)}', 'beneficiary': '${g.name(p)}', 'iban': '${g.iban()}', 'amount': ${g.int(100, 90000)}.${g.int(10, 99)}, 'currency': 'EUR', 'status': 'pending_review'}`;
    },
  },
  {
    s: 'airflow',
    t: 'smtp-config',
    f: (g) => {
      const key = g.sendgrid();
      return [
        `$ airflow config list --section smtp`,
        `[smtp]`,
        `smtp_host = smtp.sendgrid.net`,
        `smtp_starttls = True`,
        `smtp_ssl = False`,
        `smtp_user = apikey`,
        `smtp_password = ${key}`,
        `smtp_port = 587`,
        `smtp_mail_from = airflow-alerts@acme-data.io`,
        `smtp_timeout = 30`,
        `smtp_retry_limit = 5`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'config-list-core',
    f: (g) => {
      const pw = g.urlPw();
      const sec = g.appSecret();
      const fk = g.fernet();
      return [
        `$ airflow config list --defaults=false`,
        `[database]`,
        `sql_alchemy_conn = postgresql+psycopg2://airflow:${pw}@airflow-metadb.${g.hex(10)}.${g.awsRegion()}.rds.amazonaws.com:5432/airflow`,
        `sql_alchemy_pool_size = 10`,
        ``,
        `[core]`,
        `fernet_key = ${fk}`,
        `parallelism = 64`,
        ``,
        `[webserver]`,
        `secret_key = ${sec}`,
        `base_url = https://airflow.acme-data.io`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'snowflake-copy-creds',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecret();
      const ts = g.afts();
      return [
        `${ts} {cursor.py:804} INFO - query: [COPY INTO RAW.STRIPE.CHARGES FROM 's3://acme-landing/stripe/charges/${g.iso().slice(0, 10)}/' CREDENTIALS=(AWS_KEY_ID='${ak}' AWS_SECRET_KEY='${sk}') FILE_FORMAT=(TYPE=PARQUET) MATCH_BY_COLUMN_NAME=CASE_INSENSITIVE]`,
        `${ts} {cursor.py:817} INFO - query execution done`,
        `${ts} {snowflake.py:390} INFO - Rows affected: 0`,
        `${ts} {snowflake.py:391} INFO - Snowflake query id: 01b${g.hex(5)}-0${g.hex(3)}-${g.hex(4)}-0000-${g.hex(12)}`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'celery-broker',
    f: (g) => {
      const pw = g.urlPw(32);
      const pw2 = g.urlPw();
      return [
        `[${g.pyts()}: ERROR/MainProcess] consumer: Cannot connect to redis://:${pw}@airflow-redis-master.airflow.svc.cluster.local:6379/0: Error 110 connecting to airflow-redis-master.airflow.svc.cluster.local:6379. Connection timed out..`,
        `Trying again in 4.00 seconds... (2/100)`,
        ``,
        `[${g.pyts(5)}: WARNING/MainProcess] result_backend=db+postgresql://airflow:${pw2}@airflow-pgbouncer:6543/airflow-metadata`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'twilio-sms-conn',
    f: (g) => {
      const tok = g.twilioAuth();
      const who = g.person('us');
      const ph = g.phone('us', 'e164');
      return [
        `${g.afts()} {base.py:73} INFO - Using connection ID 'twilio_default' for task execution.`,
        `${g.afts()} {twilio_hook.py:31} DEBUG - Client(account_sid='AC${g.hex(32)}', auth_token='${tok}')`,
        `${g.afts(1)} {sms.py:22} INFO - Paging on-call ${g.name(who)} at ${ph}: DAG finance_payouts_reconcile failed`,
      ].join('\n');
    },
  },
  {
    s: 'airflow',
    t: 'mssql-odbc',
    f: (g) => {
      const pw = g.pw();
      return [
        `${g.afts()} {odbc.py:187} INFO - ODBC connection string: DRIVER={ODBC Driver 18 for SQL Server};SERVER=erp-sql01.corp.acme.local,1433;DATABASE=NAV_PROD;UID=svc_airflow;PWD=${pw};Encrypt=yes;TrustServerCertificate=yes`,
        `${g.afts(2)} {taskinstance.py:1851} ERROR - pyodbc.OperationalError: ('HYT00', '[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Login timeout expired (0) (SQLDriverConnect)')`,
      ].join('\n');
    },
  },
];
