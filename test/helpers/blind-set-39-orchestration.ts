import * as G from './blind-set-39-values';
import type { Tpl39 } from './blind-set-39-values';

/** Orchestration (Airflow, Dagster, Prefect, Argo), Spark/Hadoop/EMR jobs and notebooks. */
export const orchestration39: Tpl39[] = [
  ['airflow/env', (r, v) => `AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__CORE__FERNET_KEY=${v.c(G.fernet(r), 'fernet-key')}
AIRFLOW__WEBSERVER__SECRET_KEY=${v.c(r.hex(32), 'flask-secret-key')}
AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow:${v.c(r.urlPassword(18), 'password')}@airflow-db:5432/airflow
AIRFLOW__CELERY__BROKER_URL=redis://:${v.c(G.alnum(r, 32), 'password')}@redis:6379/0`],
  ['airflow/conn-uri', (r, v) => {
    const pw = v.c(encodeURIComponent(r.password(r.int(14, 20)) + r.pick(['@', '/', '#', ':'])), 'password');
    return `[${G.ts(r)}] {base.py:84} INFO - Using connection ID 'mssql_erp' for task execution.
[${G.ts(r)}] {taskinstance.py:2905} ERROR - Task failed with exception
sqlalchemy.exc.OperationalError: (pymssql._pymssql.OperationalError) (18456, b"Login failed for user 'etl'.")
(Background on this error at: https://sqlalche.me/e/20/e3q8)
export AIRFLOW_CONN_MSSQL_ERP='mssql://etl:${pw}@erp-sql.${G.host(r)}.corp:1433/ERP'`;
  }],
  ['airflow/conn-extra', (r, v) => `$ airflow connections get aws_default -o json
[{"id": "${r.int(1, 90)}", "conn_id": "aws_default", "conn_type": "aws", "description": "", "host": "", "schema": "", "login": "${v.c(G.awsId(r), 'aws-access-key-id')}", "password": "${v.c(G.awsSecret(r), 'aws-secret-key')}", "port": null, "is_encrypted": "True", "is_extra_encrypted": "True", "extra_dejson": {"region_name": "${G.region(r)}"}, "get_uri": "aws://..."}]`],
  ['airflow/slack-callback', (r, v) => `# dags/callbacks.py
SLACK_WEBHOOK = "${v.c(G.slackHook(r), 'slack-webhook')}"
PAGERDUTY_ROUTING_KEY = "${v.c(r.hex(32), 'pagerduty-routing-key')}"

def on_failure(context):
    ti = context["task_instance"]
    requests.post(SLACK_WEBHOOK, json={"text": f":red_circle: {ti.dag_id}.{ti.task_id} failed"})`],
  ['airflow/web-session', (r, v) => `GET /api/v1/dags/load_customers/dagRuns?limit=25 HTTP/1.1
Host: airflow.${G.host(r)}.io
Cookie: session=${v.c(G.flaskSession(r, { _fresh: true, _id: r.hex(64), _user_id: String(r.int(1, 400)), csrf_token: r.hex(40), locale: 'en' }), 'session-cookie')}; _ga=GA1.2.${r.digits(10)}.${r.digits(10)}
X-Forwarded-For: ${v.p(G.publicIp(r), 'ip-address')}
Accept: application/json`],
  ['dagster/yaml', (r, v) => `# dagster.yaml on the hybrid agent
instance_class:
  module: dagster_cloud.instance
  class: DagsterCloudAgentInstance
dagster_cloud_api:
  agent_token: ${v.c(`agent:${G.host(r)}:${r.hex(32)}`, 'dagster-agent-token')}
  deployment: prod
user_code_launcher:
  module: dagster_cloud.workspace.ecs
  class: EcsUserCodeLauncher`],
  ['dagster/resource-config', (r, v) => `ops:
  load_orders:
    config:
      partition: "2026-0${r.int(1, 9)}-1${r.int(0, 9)}"
resources:
  snowflake:
    config:
      account: ${G.sfAccount(r)}
      user: DAGSTER_SVC
      password: ${v.c(G.password(r), 'password')}
  slack:
    config:
      token: ${v.c(G.slackBot(r), 'slack-token')}`],
  ['prefect/profile', (r, v) => `$ cat ~/.prefect/profiles.toml
active = "cloud"

[profiles.cloud]
PREFECT_API_URL = "https://api.prefect.cloud/api/accounts/${r.uuid()}/workspaces/${r.uuid()}"
PREFECT_API_KEY = "${v.c(G.prefect(r), 'prefect-api-key')}"`],
  ['prefect/block-log', (r, v) => `${G.ts(r).slice(11, 23)} | INFO    | Flow run '${r.pick(['lunar', 'crimson', 'tireless', 'quiet'])}-${r.pick(['heron', 'badger', 'moth', 'walrus'])}' - Loaded block 'aws-credentials/prod': AwsCredentials(aws_access_key_id='${v.c(G.awsId(r), 'aws-access-key-id')}', aws_secret_access_key=SecretStr('**********'), region_name='${G.region(r)}')
${G.ts(r).slice(11, 23)} | ERROR   | Task run 'send_receipt-0' - smtp auth failed for ${v.p(G.email(r), 'email')} using password '${v.c(G.password(r), 'password')}'`],
  ['argo/k8s-secret', (r, v) => {
    const pw = G.password(r);
    const tok = G.alnum(r, 40);
    return `apiVersion: v1
kind: Secret
metadata:
  name: warehouse-creds
  namespace: argo
type: Opaque
data:
  WAREHOUSE_PASSWORD: ${v.c(Buffer.from(pw).toString('base64'), 'k8s-secret-b64')}
  HIGHTOUCH_API_KEY: ${v.c(Buffer.from(tok).toString('base64'), 'k8s-secret-b64')}
stringData:
  DATADOG_API_KEY: "${v.c(G.datadog(r), 'datadog-api-key')}"`;
  }],
  ['argo/workflow-params', (r, v) => `$ argo submit -n argo reverse-etl.yaml \\
    -p sync_id=${r.int(100000, 999999)} \\
    -p census_token=${v.c(G.census(r), 'census-token')} \\
    -p alert_email=${v.p(G.email(r), 'email')}
Name:                reverse-etl-${G.lower(r, 5)}
Namespace:           argo
ServiceAccount:      argo-workflow
Status:              Pending`],
  ['argo/sa-token', (r, v) => `$ kubectl -n argo exec deploy/argo-server -- cat /var/run/secrets/kubernetes.io/serviceaccount/token
${v.c(G.jwt(r, { aud: ['https://kubernetes.default.svc.cluster.local'], iss: 'https://kubernetes.default.svc.cluster.local', 'kubernetes.io': { namespace: 'argo', serviceaccount: { name: 'argo-server', uid: r.uuid() } }, sub: 'system:serviceaccount:argo:argo-server' }, 'RS256'), 'jwt')}`],
  ['spark/submit-conf', (r, v) => `spark-submit --master yarn --deploy-mode cluster \\
  --conf spark.hadoop.fs.s3a.access.key=${v.c(G.awsId(r), 'aws-access-key-id')} \\
  --conf spark.hadoop.fs.s3a.secret.key=${v.c(G.awsSecret(r), 'aws-secret-key')} \\
  --conf spark.hadoop.fs.s3a.endpoint=s3.${G.region(r)}.amazonaws.com \\
  --class com.${G.host(r)}.etl.DailyRollup s3://${G.host(r)}-jars/etl-assembly-2.${r.int(0, 9)}.jar --date 2026-0${r.int(1, 9)}-0${r.int(1, 9)}`],
  ['spark/executor-error', (r, v) => `26/0${r.int(1, 9)}/1${r.int(0, 9)} 03:1${r.int(0, 9)}:4${r.int(0, 9)} WARN TaskSetManager: Lost task ${r.int(0, 200)}.0 in stage ${r.int(1, 40)}.0 (TID ${r.int(1000, 9999)}) (ip-10-0-${r.int(1, 254)}-${r.int(1, 254)}.ec2.internal executor ${r.int(1, 30)}): org.apache.spark.SparkException: Malformed records are detected in record parsing. Parse Mode: FAILFAST.
Caused by: org.apache.spark.sql.catalyst.util.BadRecordException: java.lang.NumberFormatException: For input string: "${v.p(G.fullName(r), 'person-name')},${v.p(G.address(r), 'street-address')},${v.f(G.iban(r), 'iban')}"`],
  ['spark/jdbc-options', (r, v) => `df = (spark.read.format("jdbc")
      .option("url", "jdbc:sqlserver://${G.host(r)}-sql.database.windows.net:1433;database=crm;user=spark_ro@${G.host(r)}-sql;password={${v.c(G.password(r) + ';' + G.alnum(r, 4), 'password')}};encrypt=true")
      .option("dbtable", "dbo.Customers")
      .load())`],
  ['emr/bootstrap', (r, v) => `#!/bin/bash
# EMR bootstrap action: bootstrap-hive-metastore.sh
cat > /etc/hive/conf/hive-site-override.xml <<EOF
<configuration>
  <property><name>javax.jdo.option.ConnectionURL</name><value>jdbc:mysql://metastore.${G.host(r)}.internal:3306/hive</value></property>
  <property><name>javax.jdo.option.ConnectionUserName</name><value>hive</value></property>
  <property><name>javax.jdo.option.ConnectionPassword</name><value>${v.c(G.password(r), 'password')}</value></property>
</configuration>
EOF`],
  ['jupyter/server-url', (r, v) => `[I ${G.ts(r).slice(0, 10)} 09:1${r.int(0, 9)}:0${r.int(0, 9)}.${r.digits(3)} ServerApp] Jupyter Server 2.14.${r.int(0, 2)} is running at:
[I ServerApp] http://${v.p(G.publicIp(r), 'ip-address')}:8888/lab?token=${v.c(G.jupyter(r), 'jupyter-token')}
[I ServerApp]     http://127.0.0.1:8888/lab?token=...
[C ServerApp] To access the server, open this file in a browser: file:///home/${G.first(r).toLowerCase()}/.local/share/jupyter/runtime/jpserver-${r.int(1000, 99999)}-open.html`],
  ['jupyter/ipynb-cell', (r, v) => `   "source": [
    "import psycopg2\\n",
    "conn = psycopg2.connect(host=\\"replica.${G.host(r)}.net\\", user=\\"analyst\\", password=\\"${v.c(G.alnum(r, 18), 'password')}\\")\\n",
    "df = pd.read_sql(\\"select * from customers where email = '${v.p(G.email(r), 'email')}'\\", conn)"
   ],
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["${v.p(G.fullName(r), 'person-name')}  ${v.p(G.dob(r), 'date-of-birth')}  ${v.p(G.phone(r), 'phone')}\\n"]}]`],
  ['databricks/notebook-secret', (r, v) => `# Databricks notebook source
# MAGIC %md ## Load partner feed (TODO: move to dbutils.secrets)
# COMMAND ----------
storage_account_key = "${v.c(G.b64key(r, 64), 'azure-storage-key')}"
spark.conf.set("fs.azure.account.key.${G.host(r)}lake.dfs.core.windows.net", storage_account_key)
sendgrid = SendGridAPIClient("${v.c(G.sendgrid(r), 'sendgrid-key')}")`],
  ['dagster/run-config-launch', (r, v) => `$ dagster job launch -j nightly_sync --config-json '{"resources":{"fivetran":{"config":{"api_key":"${v.c(G.alnum(r, 16), 'fivetran-api-key')}","api_secret":"${v.c(G.alnum(r, 32), 'fivetran-api-secret')}"}},"dbt_cloud":{"config":{"auth_token":"${v.c(G.dbtc(r), 'dbt-cloud-token')}","account_id":${r.int(10000, 99999)}}}}}'
2026-0${r.int(1, 9)}-1${r.int(0, 9)} 02:00:0${r.int(0, 9)} +0000 - dagster - INFO - Launched run ${r.uuid()}`],
  ['prefect/deployment-yaml', (r, v) => `deployments:
- name: hourly-cdc
  entrypoint: flows/cdc.py:replicate
  work_pool:
    name: k8s-pool
    job_variables:
      env:
        PG_DSN: "postgresql://replicator:${v.c(r.urlPassword(r.int(16, 22)), 'password')}@pg-primary.${G.host(r)}.net/app"
        PREFECT_API_KEY: "${v.c(G.prefect(r), 'prefect-api-key')}"
        GITLAB_TOKEN: "${v.c(G.gitlab(r), 'gitlab-token')}"`],
  ['argo/artifact-repo', (r, v) => `# kubectl -n argo get cm artifact-repositories -o yaml (the secret was inlined by mistake)
data:
  default-v1: |
    s3:
      bucket: ${G.host(r)}-argo-artifacts
      endpoint: s3.${G.region(r)}.amazonaws.com
      accessKey: ${v.c(G.awsId(r), 'aws-access-key-id')}
      secretKey: ${v.c(G.awsSecret(r), 'aws-secret-key')}
      slackToken: ${v.c(G.slackBot(r), 'slack-token')}`],
  ['spark/history-env', (r, v) => `Spark History Server > Environment > Hadoop Properties
fs.s3a.access.key              ${v.c(G.awsId(r), 'aws-access-key-id')}
fs.s3a.secret.key              ${v.c(G.awsSecret(r), 'aws-secret-key')}
fs.s3a.session.token           ${v.c(G.awsSession(r), 'aws-session-token')}
fs.s3a.endpoint                s3.${G.region(r)}.amazonaws.com`],
];

