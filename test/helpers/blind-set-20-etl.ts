import { B62, LOWER, UPPER, DIGITS } from './blind-set-9-rng';
import { cred, fin, once20, pers, pos, pyts20, iso20, type PosCase20 } from './blind-set-20-types';
import { aba, awsKeyId, awsSecret, card, jwt, pem } from './blind-set-20-values';
import { person } from './blind-set-20-people';

const task = (r: { pick: <T>(x: readonly T[]) => T }) => r.pick(['load_orders', 'extract_hubspot', 'sync_crm_contacts', 'stg_payments', 'export_ledger']);

/** Orchestration and ELT tools: Airflow, dbt, Fivetran, Airbyte, Stitch, Meltano, reverse ETL. */
export const etlCases: Record<string, PosCase20> = {
  'airflow/conn-uri-env': (r) => {
    const pw = `${r.chars(LOWER + UPPER + DIGITS, 6)}@${r.chars(LOWER + DIGITS, 5)}#${r.chars(UPPER + DIGITS, 4)}`;
    const enc = encodeURIComponent(pw);
    return pos(
      `[${pyts20(r)}] {taskinstance.py:2905} ERROR - Task failed with exception\nTraceback (most recent call last):\n  File "/opt/airflow/dags/${task(r)}.py", line 41, in _load\n    hook = PostgresHook.get_hook(conn_id=os.environ["AIRFLOW_CONN_WAREHOUSE_PG"])\nairflow.exceptions.AirflowNotFoundException: The conn_id \`postgresql://etl_loader:${enc}@pg-prod-${r.int(1, 4)}.internal:5432/analytics?sslmode=require\` isn't defined`,
      cred('password-url-encoded', enc),
    );
  },
  'airflow/snowflake-extra-pem': (r) => {
    const key = pem(r, 'PRIVATE KEY', '\\n');
    return pos(
      `[${pyts20(r)}] {base.py:84} INFO - Using connection ID 'snowflake_default' for task execution.\n[${pyts20(r)}] {connection.py:512} ERROR - Unable to load private key from extra={"account": "xy${r.digits(5)}.eu-central-1", "warehouse": "LOAD_WH", "private_key_content": "${key}", "role": "LOADER"}`,
      cred('private-key-pem', key),
    );
  },
  'airflow/smtp-on-failure': (r) => {
    const k = `SG.${r.b64url(16)}.${r.b64url(32)}`;
    return pos(
      `[${pyts20(r)}] {email.py:268} INFO - Email alerting: attempt 1\n[${pyts20(r)}] {taskinstance.py:1417} ERROR - Failed to send email to: ['data-oncall@example.com']\nsmtplib.SMTPAuthenticationError: (535, b'Authentication failed: Bad username / password')\nsmtp settings: host=smtp.sendgrid.net port=587 user=apikey password=${k} starttls=True`,
      cred('sendgrid-key', k),
    );
  },
  'airflow/slack-webhook': (r) => {
    const u = `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
    return pos(`[${pyts20(r)}] {slack_webhook.py:97} ERROR - SlackWebhookHook failed: 404 Client Error: Not Found for url: ${u}\n[${pyts20(r)}] {taskinstance.py:1400} INFO - Marking task as UP_FOR_RETRY. dag_id=nightly_elt, task_id=notify_slack`, cred('slack-webhook', u));
  },
  'airflow/http-hook-bearer': (r) => {
    const t = `pat-na1-${r.uuid()}`;
    return pos(
      `[${pyts20(r)}] {http.py:175} ERROR - HTTP error: Too Many Requests\n[${pyts20(r)}] {http.py:176} ERROR - {"status":"error","message":"You have reached your secondly limit.","category":"RATE_LIMITS"}\nrequest headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ${t}', 'User-Agent': 'python-requests/2.32.3'}`,
      cred('hubspot-token', t),
    );
  },
  'airflow/s3-extra-dict': (r) => {
    const id = awsKeyId(r);
    const sk = awsSecret(r);
    return pos(
      `[${pyts20(r)}] {s3.py:1204} ERROR - botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation\n[${pyts20(r)}] {base.py:73} DEBUG - conn extra_dejson={'region_name': 'us-east-1', 'aws_access_key_id': '${id}', 'aws_secret_access_key': '${sk}'}`,
      cred('aws-access-key-id', id),
      cred('aws-secret-key', sk),
    );
  },
  'airflow/k8s-pod-env': (r) => {
    const pw = r.password(20);
    return pos(
      `[${pyts20(r)}] {pod_manager.py:418} ERROR - Pod spark-submit-${r.hex(8)} returned a failure:\nremote_pod: {'spec': {'containers': [{'env': [{'name': 'JOB_DATE', 'value': '2026-12-01'}, {'name': 'MYSQL_PASSWORD', 'value': '${pw}', 'value_from': None}], 'image': 'registry.internal/etl/spark:3.5.1'}]}}`,
      cred('password', pw),
    );
  },
  'airflow/gcs-keyfile-dict': (r) => {
    const key = pem(r, 'PRIVATE KEY', '\\n');
    return pos(
      `[${pyts20(r)}] {base_google.py:318} ERROR - Invalid JWT Signature.\n[${pyts20(r)}] {connection.py:201} DEBUG - extra__google_cloud_platform__keyfile_dict={"type": "service_account", "project_id": "acme-analytics-${r.int(100, 999)}", "private_key_id": "${r.hex(40)}", "private_key": "${key}\\n", "client_email": "airflow-loader@acme-analytics.iam.gserviceaccount.com"}`,
      cred('gcp-sa-private-key', key),
    );
  },
  'airflow/unique-violation': (r) => {
    const p = person(r);
    return pos(
      `[${pyts20(r)}] {sql.py:418} INFO - Running statement: INSERT INTO crm.contacts (email, first_name, last_name) VALUES (%s, %s, %s), parameters: ('${p.email}', '${p.first}', '${p.last}')\npsycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "contacts_email_key"\nDETAIL:  Key (email)=(${p.email}) already exists.`,
      pers('email', p.email),
    );
  },
  'dbt/numeric-not-recognized': (r) => {
    const p = person(r);
    return pos(
      `${iso20(r).slice(11, 19)}  Database Error in model stg_customers (models/staging/stg_customers.sql)\n  100038 (22018): Numeric value '${p.phone}' is not recognized\n  compiled Code at target/run/acme/models/staging/stg_customers.sql\n${iso20(r).slice(11, 19)}  Done. PASS=41 WARN=0 ERROR=1 SKIP=3 TOTAL=45`,
      pers('phone', p.phone),
    );
  },
  'dbt/store-failures-rows': (r) => {
    const a = person(r);
    const b = person(r);
    return pos(
      `Failure in test unique_dim_customers_email (models/marts/core/schema.yml)\n  Got 2 results, configured to fail if != 0\n  compiled Code at target/compiled/acme/models/marts/core/schema.yml/unique_dim_customers_email.sql\n  See test failures:\n  select * from analytics_dbt_test__audit.unique_dim_customers_email\n| unique_field                          | n_records |\n| ------------------------------------- | --------- |\n| ${a.email.padEnd(37)} |         2 |\n| ${b.email.padEnd(37)} |         3 |`,
      pers('email', a.email),
      pers('email', b.email),
    );
  },
  'dbt/cloud-token-curl': (r) => {
    const t = `dbtu_${r.b64url(36)}`;
    return pos(
      `+ curl -sf -H "Authorization: Token ${t}" -H "Content-Type: application/json" https://cloud.getdbt.com/api/v2/accounts/${r.int(10000, 99999)}/jobs/${r.int(100000, 999999)}/run/\ncurl: (22) The requested URL returned error: 403\nError: Process completed with exit code 22.`,
      cred('dbt-cloud-token', t),
    );
  },
  'dbt/profiles-yaml-error': (r) => {
    const pp = r.password(18);
    return pos(
      `Runtime Error\n  Credentials in profile "acme", target "prod" invalid: Could not deserialize key data.\n  acme:\n    target: prod\n    outputs:\n      prod:\n        type: snowflake\n        account: ab${r.digits(5)}.us-east-1\n        user: DBT_PROD\n        private_key_path: /secrets/rsa_key.p8\n        private_key_passphrase: "${pp}"\n        warehouse: TRANSFORMING`,
      cred('key-passphrase', pp),
    );
  },
  'fivetran/basic-auth-header': (r) => {
    const b = Buffer.from(`${r.b62(16)}:${r.b62(32)}`).toString('base64');
    return pos(
      `fivetran-api ${iso20(r)} POST https://api.fivetran.com/v1/connectors/${r.chars(LOWER, 2)}_${r.chars(LOWER, 10)}/sync -> 401 Unauthorized\n> Authorization: Basic ${b}\n> Accept: application/json;version=2\n< {"code":"AuthFailed","message":"Invalid API key"}`,
      cred('basic-auth', b),
    );
  },
  'fivetran/webhook-config': (r) => {
    const pw = r.password(16);
    return pos(
      `{"event":"sync_end","created":"${iso20(r)}","connector_type":"mysql_rds","connector_id":"${r.chars(LOWER, 12)}","data":{"status":"FAILURE","reason":"Access denied for user 'fivetran'@'10.0.${r.int(1, 200)}.${r.int(1, 200)}'","setup":"{\\"host\\":\\"orders-db.c${r.hex(10)}.us-east-1.rds.amazonaws.com\\",\\"port\\":3306,\\"user\\":\\"fivetran\\",\\"password\\":\\"${pw}\\"}"}}`,
      cred('password-escaped-json', pw),
    );
  },
  'airbyte/ssh-tunnel-key': (r) => {
    const k = pem(r, 'OPENSSH PRIVATE KEY', '\\n');
    return pos(
      `${iso20(r)} replication-orchestrator > Source check failed: {"type":"LOG","log":{"level":"ERROR","message":"Could not connect with provided SSH configuration."}}\n${iso20(r)} replication-orchestrator > config: {"host":"10.2.4.18","tunnel_method":{"tunnel_method":"SSH_KEY_AUTH","tunnel_host":"bastion.acme.io","tunnel_user":"airbyte","ssh_key":"${k}"}}`,
      cred('ssh-private-key', k),
    );
  },
  'airbyte/stripe-source': (r) => {
    const k = `sk_live_${r.b62(99)}`;
    return pos(
      `${iso20(r)} source > ERROR i.a.i.s.s.StripeSource(check): Check connection failed: 401 {"error":{"message":"Invalid API Key provided: ${k}","type":"invalid_request_error"}}`,
      cred('stripe-secret-key', k),
    );
  },
  'stitch/salesforce-refresh': (r) => {
    const t = `5Aep861${r.chars(B62 + '.', 80)}`;
    return pos(
      `tap-salesforce ${iso20(r)} CRITICAL invalid_grant: expired access/refresh token\ntap-salesforce ${iso20(r)} INFO config: client_id=3MVG9${r.chars(B62 + '._', 80)} refresh_token=${t} start_date=2025-01-01T00:00:00Z`,
      cred('salesforce-refresh-token', t),
    );
  },
  'meltano/config-list': (r) => {
    const pw = r.password(22);
    return pos(
      `$ meltano config tap-postgres list\nhost [env: TAP_POSTGRES_HOST] current value: 'replica.db.internal' (from \`meltano.yml\`)\nuser [env: TAP_POSTGRES_USER] current value: 'meltano' (from \`meltano.yml\`)\npassword [env: TAP_POSTGRES_PASSWORD] current value: '${pw}' (from the TAP_POSTGRES_PASSWORD variable in \`.env\`)\ndbname [env: TAP_POSTGRES_DBNAME] current value: 'app'`,
      cred('password', pw),
    );
  },
  'meltano/target-snowflake': (r) => {
    const pw = r.password(14);
    return pos(
      `target-snowflake | ${pyts20(r)} | CRITICAL | snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: ab${r.digits(5)}.snowflakecomputing.com:443. Incorrect username or password was specified.\ntarget-snowflake | config: {"account": "ab${r.digits(5)}", "user": "MELTANO", "password": "${pw}", "database": "RAW", "default_target_schema": "TAP_GITHUB"}`,
      cred('password', pw),
    );
  },
  'hightouch/rejected-rows': (r) => {
    const p = person(r);
    return pos(
      `Sync run ${r.int(1000, 9999)} completed with errors: 1 of ${r.int(200, 900)} rows rejected by destination (Salesforce)\n[{"row_id":"${r.int(100000, 999999)}","error":"DUPLICATE_VALUE: duplicate value found: Email__c duplicates value on record with id: 003${r.b62(15)}","fields":{"Email":"${p.email}","MobilePhone":"${p.phone}","FirstName":"${p.first}"}}]`,
      pers('email', p.email),
      pers('phone', p.phone),
    );
  },
  'census/braze-csv': (r) => {
    const p = person(r);
    return pos(
      `census sync ${r.int(10000, 99999)}: Braze /users/track returned 400 for batch 3; first rejected record:\nexternal_id,email,phone,dob,first_name\n${r.uuid()},${p.email},${p.phone},${p.dob},${p.first}\nerror: "dob" must be a date (YYYY-MM-DD) when "time_zone" is set`,
      pers('email', p.email),
      pers('phone', p.phone),
      pers('birth-date', p.dob),
    );
  },
  'airflow/xcom-ach-batch': (r) =>
    once20(() => {
      const rt = aba(r);
      const acct = r.digits(r.int(9, 12));
      return pos(
        `[${pyts20(r)}] {python.py:201} INFO - Done. Returned value was: {'batch_id': 'ach-${r.int(1000, 9999)}', 'rows': [{'payee': 'Okafor Hardware LLC', 'routing_number': '${rt}', 'account_number': '${acct}', 'amount_cents': ${r.int(1000, 999999)}}]}\n[${pyts20(r)}] {xcom.py:664} ERROR - XCom value too large to serialize (limit 48KB)`,
        fin('aba-routing', rt),
        fin('bank-account', acct),
      );
    }),
  'hightouch/stripe-destination': (r) =>
    once20(() => {
      const c = card(r);
      const cvc = r.digits(3);
      return pos(
        `[hightouch] ${iso20(r)} destination=stripe model=legacy_billing row=${r.int(1, 9999)} error="Sending credit card numbers directly to the Stripe API is generally unsafe." payload={"source":{"object":"card","number":"${c}","cvc":"${cvc}","exp_month":${r.int(1, 12)},"exp_year":${r.int(2027, 2031)}}}`,
        fin('card', c),
        fin('cvc', cvc),
      );
    }),
  'airbyte/jwt-bearer': (r) => {
    const t = jwt(r, { sub: `svc-${r.hex(6)}`, aud: 'airbyte-server', scope: 'workspace:admin' });
    return pos(`${iso20(r)} ERROR i.a.c.s.ApiClient - POST /api/v1/connections/sync failed: 403 Forbidden (Authorization: Bearer ${t})`, cred('jwt', t));
  },
};
