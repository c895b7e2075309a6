import * as G from './blind-set-39-values';
import type { Tpl39 } from './blind-set-39-values';

const sha = (r: G.Rng9): string => r.hex(40);

/** Texts of the theme with no value in them, only look-alikes: ids, hashes, placeholders, masked and public keys. */
export const negatives39: Tpl39[] = [
  ['neg/snowflake-query-history', (r) => `QUERY_ID                              | WAREHOUSE      | ROWS_PRODUCED | EXECUTION_STATUS
01b${r.hex(5)}-0${r.digits(3)}-${r.hex(4)}-0000-${r.hex(12)} | TRANSFORMING_WH | ${r.int(0, 9e6)} | SUCCESS
01b${r.hex(5)}-0${r.digits(3)}-${r.hex(4)}-0000-${r.hex(12)} | LOADING_WH      | ${r.int(0, 9e6)} | FAILED_WITH_ERROR`],
  ['neg/dbt-manifest', (r) => `{"unique_id": "model.analytics.${G.table(r)}", "checksum": {"name": "sha256", "checksum": "${r.hex(64)}"}, "config": {"materialized": "incremental", "unique_key": "id"}, "created_at": ${1767000000 + r.int(0, 9e6)}.${r.digits(6)}, "invocation_id": "${r.uuid()}"}`],
  ['neg/dbt-profile-env', (r) => `analytics:
  outputs:
    prod:
      type: snowflake
      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"
      private_key_path: /secrets/rsa_key.p8
      threads: ${r.int(4, 16)}`],
  ['neg/airflow-run-log', (r) => `[${G.ts(r)}] {taskinstance.py:1157} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: load_customers.extract scheduled__2026-0${r.int(1, 9)}-0${r.int(1, 9)}T00:00:00+00:00 [queued]>
[${G.ts(r)}] {standard_task_runner.py:104} INFO - Job ${r.int(100000, 999999)}: Subtask extract
[${G.ts(r)}] {taskinstance.py:1400} INFO - Marking task as SUCCESS. dag_id=load_customers, task_id=extract, run_id=scheduled__2026-0${r.int(1, 9)}-0${r.int(1, 9)}T00:00:00+00:00, execution_date=20260${r.int(1, 9)}0${r.int(1, 9)}T000000, start_date=20260${r.int(1, 9)}0${r.int(1, 9)}T01${r.int(10, 59)}${r.int(10, 59)}`],
  ['neg/airflow-conn-masked', (r) => `$ airflow connections get snowflake_default
id | conn_id           | conn_type | host | login    | password | extra
${r.int(1, 90)} | snowflake_default | snowflake |      | DBT_PROD | ***      | {"account": "${G.sfAccount(r)}", "warehouse": "TRANSFORMING_WH", "private_key_content": "***"}`],
  ['neg/spark-app-ids', (r) => `26/04/0${r.int(1, 9)} 02:${r.int(10, 59)}:11 INFO Client: Submitted application application_${r.digits(13)}_${r.digits(4)}
26/04/0${r.int(1, 9)} 02:${r.int(10, 59)}:12 INFO Client: Application report for application_${r.digits(13)}_${r.digits(4)} (state: ACCEPTED)
	 tracking URL: http://ip-10-0-${r.int(1, 254)}-${r.int(1, 254)}.ec2.internal:20888/proxy/application_${r.digits(13)}_${r.digits(4)}/
	 user: hadoop  queue: default  diagnostics: N/A`],
  ['neg/bq-job-ids', (r) => `Waiting on bqjob_r${r.hex(16)}_0000019${r.hex(9)}_1 ... (${r.int(1, 90)}s) Current status: DONE
+---------------------+-----------+
|     order_month     | revenue   |
+---------------------+-----------+
| 2026-0${r.int(1, 9)}-01 00:00:00 | ${r.int(1e5, 9e6)}.${r.digits(2)} |
+---------------------+-----------+
Job ${G.host(r)}-dw:US.bquxjob_${r.hex(8)}_${r.hex(11)} bytes processed: ${r.int(1e6, 9e9)}`],
  ['neg/aws-doc-keys', () => `# README snippet for the loader (AWS documentation example credentials)
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
export AWS_DEFAULT_REGION=us-west-2`],
  ['neg/placeholders-env', (r) => `# .env.example — copy to .env and fill in
SNOWFLAKE_PASSWORD=<your-password>
DATABRICKS_TOKEN=dapi${'x'.repeat(32)}
FIVETRAN_API_KEY=changeme
FIVETRAN_API_SECRET=\${FIVETRAN_API_SECRET}
SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX
DBT_CLOUD_JOB_ID=${r.int(100000, 999999)}`],
  ['neg/masked-keys', (r) => `Stripe connector (acct_${G.alnum(r, 16)}) using key sk_live_****${r.digits(4)}; last sync ${G.ts(r)} OK, ${r.int(100, 90000)} rows
Databricks token dapi…${r.hex(4)} (expires 2026-0${r.int(1, 9)}-2${r.int(0, 8)}) rotated by automation
Card on file •••• •••• •••• ${r.digits(4)}  (exp ${String(r.int(1, 12)).padStart(2, '0')}/2${r.int(7, 9)})`],
  ['neg/stripe-publishable', (r) => `<script src="https://js.stripe.com/v3/"></script>
<script>const stripe = Stripe('pk_live_${G.alnum(r, 99)}');</script>
<!-- checkout dashboard embed, build ${sha(r).slice(0, 12)} -->`],
  ['neg/sentry-dsn', (r) => `SENTRY_DSN=https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.sentry.io/${r.int(1000000, 9999999)}
SENTRY_RELEASE=etl-workers@${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}+${sha(r).slice(0, 7)}
SENTRY_ENVIRONMENT=production`],
  ['neg/git-log', (r) => `commit ${sha(r)}
Merge: ${sha(r).slice(0, 7)} ${sha(r).slice(0, 7)}
Author: data-platform-bot <data-platform-bot@users.noreply.github.com>
Date:   Mon Apr ${r.int(1, 28)} 1${r.int(0, 9)}:0${r.int(0, 9)}:11 2026 +0000

    Merge pull request #${r.int(100, 9999)} from ${G.host(r)}/chore/bump-dbt-utils`],
  ['neg/docker-digests', (r) => `Pulling airbyte/worker:0.63.${r.int(0, 20)} ...
0.63.${r.int(0, 20)}: Pulling from airbyte/worker
Digest: sha256:${r.hex(64)}
Status: Downloaded newer image for airbyte/worker@sha256:${r.hex(64)}
layer ${r.hex(12)}: Already exists`],
  ['neg/kafka-offsets', (r) => `GROUP           TOPIC               PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID
connect-s3-sink clickstream.v2      ${r.int(0, 11)}          ${r.int(1e6, 9e9)}      ${r.int(1e6, 9e9)}      ${r.int(0, 500)}  connector-consumer-s3-sink-${r.int(0, 9)}-${r.uuid()} /10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`],
  ['neg/databricks-run', (r) => `{"job_id": ${r.int(100000, 999999999)}, "run_id": ${r.int(1e8, 9e14)}, "creator_user_name": "svc-dbt@${G.host(r)}.com", "cluster_instance": {"cluster_id": "0${r.digits(3)}-${r.digits(6)}-${G.lower(r, 8)}", "spark_context_id": "${r.digits(19)}"}, "state": {"life_cycle_state": "TERMINATED", "result_state": "SUCCESS"}, "run_page_url": "https://adb-${r.digits(16)}.${r.int(1, 19)}.azuredatabricks.net/?o=${r.digits(16)}#job/${r.int(1e5, 9e8)}/run/${r.int(1e5, 9e8)}"}`],
  ['neg/jwt-public-jwks', (r) => `GET https://login.microsoftonline.com/common/discovery/v2.0/keys
{"keys":[{"kty":"RSA","use":"sig","kid":"${r.b64url(20)}","x5t":"${r.b64url(20)}","n":"${r.b64url(256)}","e":"AQAB"}]}`],
  ['neg/public-key-pem', (r) => `-- ALTER USER DBT_PROD SET RSA_PUBLIC_KEY='MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 300)}IDAQAB';
DESC USER DBT_PROD;
RSA_PUBLIC_KEY_FP | SHA256:${r.b64(32)}`],
  ['neg/firebase-config', (r) => `const firebaseConfig = {
  apiKey: "AIza${G.alnum(r, 35)}",
  authDomain: "${G.host(r)}-web.firebaseapp.com",
  projectId: "${G.host(r)}-web",
  appId: "1:${r.digits(12)}:web:${r.hex(22)}",
  measurementId: "G-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}"
};`],
  ['neg/example-emails', (r) => `Looker alert "Daily revenue below threshold" sent to analytics-team@example.com, cfo-office@example.org
From: Looker <noreply@lookermail.com>
Message-ID: <${r.hex(24)}.${r.digits(10)}@lookermail.com>
X-Looker-Schedule: ${r.int(1000, 9999)}`],
  ['neg/private-ips', (r) => `trino-coordinator  | ${G.ts(r)} INFO  node-manager  Discovered worker 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:8080 (node ${r.uuid()})
trino-coordinator  | ${G.ts(r)} INFO  node-manager  Discovered worker 172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}:8080
trino-coordinator  | ${G.ts(r)} INFO  http-listener  bound 127.0.0.1:8080, 192.168.${r.int(0, 255)}.${r.int(1, 254)}:8443`],
  ['neg/order-ids', (r) => `order_id,created_at,status,amount_cents,carrier_ref
ORD-${r.int(2026000000, 2026999999)},${G.ts(r)},SHIPPED,${r.int(100, 90000)},1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}
ORD-${r.int(2026000000, 2026999999)},${G.ts(r)},REFUNDED,${r.int(100, 90000)},1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}`],
  ['neg/metrics', (r) => `# HELP airbyte_records_synced Records synced per connection
airbyte_records_synced{connection_id="${r.uuid()}",stream="orders"} ${r.int(1e3, 9e7)}
airbyte_bytes_synced{connection_id="${r.uuid()}",stream="orders"} ${r.int(1e6, 9e10)}
airbyte_sync_duration_seconds_sum{connection_id="${r.uuid()}"} ${r.int(10, 9000)}.${r.digits(3)}`],
  ['neg/tableau-luid', (r) => `<tsResponse><credentials token="" estimatedTimeToExpiration="${r.int(100, 400)}:${r.int(10, 59)}:00"><site id="${r.uuid()}" contentUrl="${G.host(r)}analytics"/><user id="${r.uuid()}"/></credentials></tsResponse>
workbook ${r.uuid()} refresh job ${r.uuid()} finishCode=0`],
  ['neg/s3-etags', (r) => `2026-0${r.int(1, 9)}-1${r.int(0, 9)} 04:${r.int(10, 59)}:${r.int(10, 59)}   ${r.int(1e5, 9e9)} raw/stripe/charges/part-00000-${r.uuid()}-c000.snappy.parquet
  ETag: "${r.hex(32)}-${r.int(2, 40)}"  VersionId: ${r.b64url(24)}  x-amz-request-id: ${r.chars('ABCDEF0123456789', 16)}  x-amz-id-2: ${r.b64(48)}`],
  ['neg/fivetran-ids', (r) => `{"code":"Success","data":{"id":"${r.pick(['decent_wisdom', 'soggy_plank', 'brave_otter'])}","group_id":"${r.pick(['projected_sickle', 'warm_canal'])}","service":"postgres","schema":"pg_prod","connected_by":"${r.pick(['concerning_batch', 'mild_walrus'])}","created_at":"${G.ts(r)}","succeeded_at":"${G.ts(r)}","sync_frequency":360,"status":{"setup_state":"connected","sync_state":"scheduled"}}}`],
  ['neg/base64-config', (r) => {
    const blob = Buffer.from(JSON.stringify({ dashboardId: r.int(1, 900), filters: { region: G.region(r), since: '2026-01-01' }, v: 2 })).toString('base64');
    return `https://metabase.${G.host(r)}.io/dashboard/${r.int(1, 900)}#${blob}
shared link created by admin; embed params hash ${r.hex(64)}`;
  }],
  ['neg/hashed-emails', (r) => `-- hashed identifiers for the Census audience (sha256 of normalised email)
INSERT INTO audiences.lookalike (email_sha256, cohort) VALUES
('${r.hex(64)}', 'q2-churn'),
('${r.hex(64)}', 'q2-churn');`],
  ['neg/uuid-webhook-log', (r) => `hightouch-webhook ${G.ts(r)} delivered event_id=${r.uuid()} sync_run_id=${r.int(1e6, 9e7)} model_id=${r.int(1000, 99999)} status=200 latency_ms=${r.int(20, 900)} signature_header=x-hightouch-signature (verified)`],
  ['neg/secret-refs', (r) => `resources:
  snowflake:
    config:
      password: {"env": "SNOWFLAKE_PASSWORD"}
spark.hadoop.fs.s3a.secret.key {{secrets/${G.host(r)}-scope/s3-secret-key}}
token = dbutils.secrets.get(scope="${G.host(r)}", key="sendgrid-api-key")
password: !Ref WarehousePasswordParam   # arn:aws:secretsmanager:${G.region(r)}:${r.digits(12)}:secret:prod/warehouse-${G.alnum(r, 6)}`],
  ['neg/versions', (r) => `dbt=1.8.${r.int(0, 9)} dbt-snowflake=1.8.${r.int(0, 9)} apache-airflow==2.${r.int(7, 10)}.${r.int(0, 4)} pyspark==3.5.${r.int(0, 4)} great_expectations==1.${r.int(0, 4)}.${r.int(0, 9)}
python 3.11.${r.int(0, 9)} (main, build ${sha(r).slice(0, 10)}) [GCC 12.2.0]
pip cache: /root/.cache/pip/wheels/${r.hex(2)}/${r.hex(2)}/${r.hex(56)}`],
  ['neg/k8s-configmap', (r) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: dagster-instance
  uid: ${r.uuid()}
  resourceVersion: "${r.int(1e6, 9e8)}"
data:
  DAGSTER_HOME: /opt/dagster/dagster_home
  DAGSTER_CLOUD_DEPLOYMENT_NAME: prod
  DAGSTER_CLOUD_API_TOKEN: ""  # injected from Secret dagster-cloud-agent-token`],
  ['neg/snowflake-ids', (r) => `{"level":"info","msg":"event accepted","event_id":${r.int(1, 9)}${r.digits(18)},"partition":${r.int(0, 63)},"offset":${r.int(1e6, 9e9)},"trace_id":"${r.hex(32)}","span_id":"${r.hex(16)}","ts":"${G.ts(r)}"}`],
  ['neg/trino-query-ids', (r) => `Query 20260${r.int(1, 9)}1${r.int(0, 9)}_${r.digits(6)}_${r.digits(5)}_${G.lower(r, 5)}, FINISHED, ${r.int(2, 40)} nodes
Splits: ${r.int(10, 9999)} total, ${r.int(10, 9999)} done (100.00%)
${r.int(1, 90)}.${r.digits(2)} [${r.int(1, 900)}M rows, ${r.int(1, 900)}GB] [${r.int(1, 90)}M rows/s, ${r.int(1, 900)}MB/s]`],
  ['neg/clickhouse-system', (r) => `SELECT query_id, user, read_rows FROM system.query_log WHERE type = 'QueryFinish' LIMIT 2
┌─query_id─────────────────────────────┬─user────┬─read_rows─┐
│ ${r.uuid()} │ default │ ${r.int(1e3, 9e8)} │
│ ${r.uuid()} │ grafana │ ${r.int(1e3, 9e8)} │
└──────────────────────────────────────┴─────────┴───────────┘`],
  ['neg/pgp-fingerprint', (r) => `gpg: encrypted with 4096-bit RSA key, ID ${r.chars('0123456789ABCDEF', 16)}, created 2024-0${r.int(1, 9)}-1${r.int(0, 9)}
      "Partner SFTP Drop <sftp-drop@example.net>"
Primary key fingerprint: ${Array.from({ length: 10 }, () => r.chars('0123456789ABCDEF', 4)).join(' ')}`],
];
