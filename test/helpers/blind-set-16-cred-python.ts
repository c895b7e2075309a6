import { githubToken } from './blind-set-9-crypto';
import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { b64s, cred, iso16, pos, type PosCase16 } from './blind-set-16-types';

const AN = UPPER + DIGITS;

/** Python failures: requests/urllib3/httpx debug, botocore, Django/Werkzeug locals, Celery/RQ args, Airflow, dbt, SQLAlchemy. */
export const credPython: PosCase16[] = [
  (r) => {
    const b = b64s(`rk_live_${r.b62(99)}:`);
    return pos('py/http-client-send', `send: b'POST /v1/refunds HTTP/1.1\\r\\nHost: api.stripe.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Basic ${b}\\r\\nContent-Length: 41\\r\\n\\r\\n'
reply: 'HTTP/1.1 401 Unauthorized\\r\\n'`, cred('basic-b64', b));
  },
  (r) => {
    const v = `${r.int(5, 7)}${r.digits(9)}:AA${r.chars(B62 + '-_', 33)}`;
    return pos('py/urllib3-telegram', `DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): api.telegram.org:443
DEBUG:urllib3.connectionpool:https://api.telegram.org:443 "POST /bot${v}/sendMessage HTTP/1.1" 429 107`, cred('telegram-bot', v));
  },
  (r) => {
    const v = githubToken(r, 'gho');
    return pos('py/httpx-request-log', `INFO:httpx:HTTP Request: GET https://api.github.com/user/installations?per_page=100&access_token=${v} "HTTP/1.1 401 Unauthorized"`, cred('github-oauth', v));
  },
  (r) => {
    const tok = `FwoGZXIvYXdzE${r.chars(B62 + '/+', 300)}`;
    return pos('py/botocore-headers', `${iso16(r)} botocore.endpoint [DEBUG] Making request for OperationModel(name=PutObject) with params: {'url_path': '/exports/daily.csv', 'query_string': {}, 'method': 'PUT', 'headers': {'User-Agent': 'Boto3/1.35.2 md/Botocore#1.35.2 ua/2.0 os/linux', 'X-Amz-Security-Token': '${tok}', 'Content-MD5': '${r.b64(16)}', 'Expect': '100-continue'}, 'body': <_io.BufferedReader name='/tmp/daily.csv'>}`, cred('aws-session-token', tok));
  },
  (r) => {
    const secret = r.chars(B62 + '+/', 40);
    return pos('py/botocore-credentials', `DEBUG:botocore.credentials:Looking for credentials via: env
DEBUG:botocore.credentials:Found credentials in shared credentials file: ~/.aws/credentials
DEBUG:etl.s3:resolved profile {'aws_access_key_id': 'AKIA${r.chars(AN, 16)}', 'aws_secret_access_key': '${secret}', 'region': 'us-east-2'}`, cred('aws-secret', secret));
  },
  (r) => {
    const pw = r.password(22);
    return pos('py/django-debug-locals', `Traceback (most recent call last):
  File "/app/billing/backends.py", line 88, in connect
    conn = psycopg.connect(**params)
Local vars:
  params     {'dbname': 'billing', 'host': 'pg-billing.internal', 'password': '${pw}', 'port': 5432, 'user': 'billing_rw'}
  retries    3
  self       <billing.backends.PgPool object at 0x7f${r.hex(10)}>`, cred('password', pw));
  },
  (r) => {
    const v = `dapi${r.hex(32)}`;
    return pos('py/werkzeug-frame-locals', `werkzeug.exceptions.InternalServerError: 500 Internal Server Error
[frame] /srv/lakehouse/client.py:41 in submit_run
    self = <DatabricksClient host='https://adb-${r.digits(16)}.${r.int(1, 19)}.azuredatabricks.net' token='${v}' timeout=30>
    payload = {'job_id': ${r.int(100, 999999)}, 'notebook_params': {'run_date': '2026-11-30'}}`, cred('databricks-token', v));
  },
  (r) => {
    const v = `pat-na1-${r.uuid()}`;
    return pos('py/celery-task-args', `[${iso16(r)}: ERROR/ForkPoolWorker-3] Task crm.tasks.sync_contacts[${r.uuid()}] raised unexpected: HTTPError('401 Client Error: Unauthorized for url: https://api.hubapi.com/crm/v3/objects/contacts/batch/read')
args=('${v}', ${r.int(1000, 99999)}, 'incremental') kwargs={}`, cred('hubspot-pat', v));
  },
  (r) => {
    const pw = r.password(16);
    return pos('py/celery-received-kwargs', `[${iso16(r)}: INFO/MainProcess] Task notify.send_digest[${r.uuid()}] received
[${iso16(r)}: WARNING/ForkPoolWorker-1] notify.send_digest retry: smtplib.SMTPAuthenticationError(535, b'5.7.8 Username and Password not accepted')
kwargs={'smtp_host': 'smtp.office365.com', 'smtp_user': 'digest@corp-tools.io', 'smtp_password': '${pw}', 'batch': 40}`, cred('password', pw));
  },
  (r) => {
    const secret = r.b62(32);
    return pos('py/rq-job-description', `default: jobs.sms.send_batch('SK${r.hex(32)}', '${secret}', campaign_id=${r.int(100, 9999)}) (${r.uuid()})
rq.worker ERROR: twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate`, cred('twilio-api-secret', secret));
  },
  (r) => {
    const raw = `${r.chars(LOWER, 4)}$${r.chars(B62, 6)}!${r.chars(B62, 5)}@${r.digits(2)}`;
    const enc = encodeURIComponent(raw);
    return pos('py/airflow-conn-uri', `[${iso16(r)}] {base.py:84} INFO - Retrieving connection 'snowflake_default'
[${iso16(r)}] {taskinstance.py:3311} ERROR - Task failed with exception
AIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://etl_loader:${enc}@${r.chars(LOWER, 7)}-${r.chars(LOWER, 5)}/ANALYTICS/RAW?warehouse=LOAD_WH&role=LOADER`, cred('db-password-urlenc', enc));
  },
  (r) => {
    const secret = r.chars(B62 + '+/', 40);
    return pos('py/airflow-conn-extra', `[${iso16(r)}] {connection.py:274} DEBUG - Connection aws_reports extra: {"aws_access_key_id": "AKIA${r.chars(AN, 16)}", "aws_secret_access_key": "${secret}", "region_name": "eu-central-1"}
[${iso16(r)}] {s3.py:120} ERROR - An error occurred (SignatureDoesNotMatch) when calling the ListObjectsV2 operation`, cred('aws-secret', secret));
  },
  (r) => {
    const pw = r.password(18), tok = `dapi${r.hex(32)}`;
    return pos('py/dbt-debug-profile', `15:02:11  Running with dbt=1.8.7
15:02:11  dbt version: 1.8.7
15:02:11  Configuration:
15:02:11    profiles.yml file [ERROR invalid]
  analytics:
    target: prod
    outputs:
      prod: {type: postgres, host: warehouse.internal, user: dbt_prod, password: ${pw}, port: 5432, dbname: analytics, schema: marts, threads: 8}
      lake: {type: databricks, host: adb-${r.digits(16)}.azuredatabricks.net, http_path: /sql/1.0/warehouses/${r.hex(16)}, token: ${tok}}`, cred('password', pw), cred('databricks-token', tok));
  },
  (r) => {
    const v = `pypi-AgEIcHlwaS5vcmc${r.chars(B62 + '-_', 160)}`;
    return pos('py/twine-upload', `+ twine upload --repository-url https://upload.pypi.org/legacy/ -u __token__ -p ${v} dist/*
Uploading distributions to https://upload.pypi.org/legacy/
ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/`, cred('pypi-token', v));
  },
  (r) => {
    const pw = r.urlPassword(20);
    return pos('py/sqlalchemy-engine', `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}", port 5432 failed: FATAL:  password authentication failed for user "reporting"
engine = create_engine('postgresql+psycopg2://reporting:${pw}@pg-replica.internal:5432/reports', pool_pre_ping=True)`, cred('db-password', pw));
  },
  (r) => {
    const v = `gsk_${r.b62(52)}`;
    return pos('py/openai-compatible-options', `DEBUG:groq._base_client:Request options: {'method': 'post', 'url': '/openai/v1/chat/completions', 'headers': {'Authorization': 'Bearer ${v}'}, 'json_data': {'model': 'llama-3.3-70b-versatile', 'messages': '[...]'}}`, cred('groq-key', v));
  },
  (r) => {
    const v = `hf_${r.chars(UPPER + LOWER, 34)}`;
    return pos('py/hf-hub-error', `huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/corp/ranker-v4/preupload/main
headers sent: {'user-agent': 'huggingface_hub/0.26.2; python/3.11.10', 'authorization': 'Bearer ${v}'}`, cred('hf-token', v));
  },
  (r) => {
    const cs = `GOCSPX-${r.chars(B62 + '-_', 28)}`, rt = `1//0${r.chars(B62 + '-_', 100)}`;
    return pos('py/google-auth-refresh', `DEBUG:google.auth.transport.requests:Making request: POST https://oauth2.googleapis.com/token
DEBUG:urllib3.connectionpool:body=b'grant_type=refresh_token&client_id=${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com&client_secret=${cs}&refresh_token=${rt}'
google.auth.exceptions.RefreshError: ('invalid_grant: Bad Request')`, cred('google-client-secret', cs), cred('google-refresh-token', rt));
  },
  (r) => {
    const v = r.b64(64);
    return pos('py/azure-conn-string', `azure.core.exceptions.ClientAuthenticationError: Server failed to authenticate the request.
ErrorCode:AuthenticationFailed
conn_str='DefaultEndpointsProtocol=https;AccountName=exports${r.digits(4)};AccountKey=${v};EndpointSuffix=core.windows.net'`, cred('azure-storage-key', v));
  },
  (r) => {
    const sig = encodeURIComponent(r.b64(32));
    return pos('py/azure-sas-url', `WARNING:azure.storage.blob:Upload failed, will retry: PUT https://media${r.digits(3)}.blob.core.windows.net/uploads/${r.uuid()}.jpg?sv=2022-11-02&ss=b&srt=o&sp=rwc&se=2026-12-31T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${sig} -> 403`, cred('azure-sas-sig', sig));
  },
];
