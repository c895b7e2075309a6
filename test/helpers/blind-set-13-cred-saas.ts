import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { cred, pos, type PosCase13 } from './blind-set-13-types';

const host = (r: Rng9): string => `ip-10-${r.int(0, 255)}-${r.int(0, 255)}-${r.int(1, 254)}`;

/** SaaS and data-platform credentials in the error output of their clients. */
export const credSaas: PosCase13[] = [
  (r) => {
    const pw = r.password(18);
    return pos('snowflake/jdbc-url', `net.snowflake.client.jdbc.SnowflakeSQLException: Incorrect username or password was specified.\n\tat net.snowflake.client.core.SessionUtil.newSession(SessionUtil.java:672)\n\tat com.acme.etl.Loader.connect(Loader.java:58)\nCaused by url=jdbc:snowflake://xy${r.digits(5)}.eu-central-1.snowflakecomputing.com/?user=ETL_SVC&password=${pw}&warehouse=LOAD_WH&db=RAW`, cred('snowflake-password', pw));
  },
  (r) => {
    const key = r.chars(UPPER + DIGITS, 16);
    const sec = r.chars(B62 + '+/', 64);
    return pos('kafka/confluent-jaas', `[2026-11-14 08:12:09,114] ERROR [Producer clientId=orders-producer-1] Connection to node -1 (pkc-${r.chars(LOWER + DIGITS, 5)}.europe-west3.gcp.confluent.cloud/35.${r.int(1, 250)}.${r.int(1, 250)}.${r.int(1, 250)}:9092) failed authentication due to: Authentication failed (org.apache.kafka.clients.NetworkClient)\nProducerConfig values: sasl.mechanism = PLAIN, security.protocol = SASL_SSL, sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="${key}" password="${sec}";`, cred('confluent-api-secret', sec));
  },
  (r) => {
    const apiKey = Buffer.from(`${r.b62(20)}:${r.chars(B64URL, 22)}`).toString('base64');
    return pos('elastic/js-client-meta', `ResponseError: security_exception\n\tRoot causes:\n\t\tsecurity_exception: unable to authenticate with provided credentials and anonymous access is not allowed for this request\n    meta: {\n      body: { error: [Object], status: 401 },\n      headers: { 'www-authenticate': 'ApiKey' },\n      meta: { request: { params: { method: 'POST', path: '/logs-app-default/_bulk', headers: { authorization: 'ApiKey ${apiKey}' } } } }\n    }`, cred('elastic-api-key', apiKey));
  },
  (r) => {
    const rk = r.hex(32);
    return pos('pagerduty/events-v2', `ts=${r.int(1700000000, 1790000000)} level=warn component=alert-forwarder msg="events api rejected payload" status=400 body={"routing_key":"${rk}","event_action":"trigger","payload":{"summary":"disk 91% on ${host(r)}","severity":"critical","source":"prometheus"}} response={"status":"invalid event","errors":["'payload.timestamp' is invalid"]}`, cred('pagerduty-routing-key', rk));
  },
  (r) => {
    const t = `ATATT3xFfGF0${r.chars(B64URL, 170)}=${r.hex(8).toUpperCase()}`;
    return pos('jira/ci-env', `Run ./scripts/transition-issues.sh\n  env:\n    JIRA_BASE_URL: https://acme.atlassian.net\n    JIRA_USER_EMAIL: release-bot@acme.io\n    JIRA_API_TOKEN: ${t}\ncurl: (22) The requested URL returned error: 401\nError: Process completed with exit code 22.`, cred('atlassian-api-token', t));
  },
  (r) => {
    const t = `pat-${r.pick(['na1', 'eu1'])}-${r.uuid()}`;
    return pos('hubspot/node-client', `HttpError: HTTP-Code: 401\nMessage: An error occurred.\nBody: {"status":"error","message":"Authentication credentials not found.","category":"INVALID_AUTHENTICATION"}\nHeaders: {"content-type":"application/json;charset=utf-8"}\n    at ContactsApi.getPage (/srv/crm-sync/node_modules/@hubspot/api-client/lib/codegen/crm/contacts/apis/BasicApi.js:88:19)\n  request: { headers: { authorization: "Bearer ${t}" } }`, cred('hubspot-private-app-token', t));
  },
  (r) => {
    const t = `shpat_${r.hex(32)}`;
    return pos('shopify/ruby-error', `ShopifyAPI::Errors::HttpResponseError: [Errno 401] {"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}\n  from /usr/local/bundle/gems/shopify_api-14.3.0/lib/shopify_api/clients/http_client.rb:71:in 'request'\n  request headers: {"User-Agent"=>"Shopify API Library v14.3.0 | Ruby 3.3.5", "X-Shopify-Access-Token"=>"${t}", "Accept"=>"application/json"}`, cred('shopify-admin-token', t));
  },
  (r) => {
    const t = `00D${r.chars(B62, 12)}!${r.chars(B62 + '._', 96)}`;
    return pos('salesforce/sf-org-display', `$ sf org display --target-org prod-integration --json\n{\n  "status": 0,\n  "result": {\n    "id": "00D${r.chars(B62, 15)}",\n    "apiVersion": "61.0",\n    "accessToken": "${t}",\n    "instanceUrl": "https://acme.my.salesforce.com",\n    "username": "integration@acme.io.prod",\n    "connectedStatus": "Connected"\n  }\n}`, cred('salesforce-access-token', t));
  },
  (r) => {
    const t = r.b62(40);
    return pos('zendesk/curl-token-auth', `+ curl -sf https://acme.zendesk.com/api/v2/tickets/${r.int(10000, 99999)}.json -u "support-sync@acme.io/token:${t}" -X PUT -H 'Content-Type: application/json' -d @payload.json\ncurl: (22) The requested URL returned error: 422 Unprocessable Entity`, cred('zendesk-api-token', t));
  },
  (r) => {
    const t = Buffer.from(`tok:${r.uuid().replace(/-/g, '_')}:1:0`).toString('base64').replace(/=+$/, '') + '=';
    return pos('intercom/faraday-log', `D, [${r.int(10, 28)}/Nov/2026 10:14:02] DEBUG -- : request: GET https://api.intercom.io/contacts/${r.hex(24)}\nD, [${r.int(10, 28)}/Nov/2026 10:14:02] DEBUG -- : request: Authorization: "Bearer ${t}"\nIntercom-Version: "2.11"\nD, [${r.int(10, 28)}/Nov/2026 10:14:03] DEBUG -- : response: Status 404`, cred('intercom-access-token', t));
  },
  (r) => {
    const t = `dapi${r.hex(32)}`;
    return pos('databricks/cfg-dump', `databricks.sdk.errors.platform.PermissionDenied: User does not have permission to run SQL warehouse ${r.hex(16)}.\nDEBUG databricks.sdk: Loaded from environment: host=https://adb-${r.digits(16)}.${r.int(1, 19)}.azuredatabricks.net, token=${t}, auth_type=pat`, cred('databricks-token', t));
  },
  (r) => {
    const cs = `GOCSPX-${r.chars(B64URL, 28)}`;
    const rt = `1//0${r.chars(B62, 1)}${r.chars(B64URL, 98)}`;
    return pos('gcp/adc-json-cat', `$ cat ~/.config/gcloud/application_default_credentials.json\n{\n  "account": "",\n  "client_id": "${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com",\n  "client_secret": "${cs}",\n  "refresh_token": "${rt}",\n  "type": "authorized_user",\n  "universe_domain": "googleapis.com"\n}\n$ bq query --use_legacy_sql=false 'select 1'\nBigQuery error in query operation: Access Denied`, cred('google-oauth-client-secret', cs), cred('google-refresh-token', rt));
  },
  (r) => {
    const pw = r.password(20);
    return pos('redshift/psycopg2', `psycopg2.OperationalError: connection to server at "analytics.c${r.chars(LOWER + DIGITS, 11)}.eu-west-1.redshift.amazonaws.com" (10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}), port 5439 failed: FATAL:  password authentication failed for user "dbt_prod"\n[SQL connection string: dbname=analytics user=dbt_prod password=${pw} host=analytics.redshift.internal port=5439 sslmode=require]`, cred('redshift-password', pw));
  },
  (r) => {
    const pw = r.urlPassword(22);
    return pos('clickhouse/connect-url', `clickhouse_connect.driver.exceptions.DatabaseError: HTTPDriver for https://${r.chars(LOWER + DIGITS, 10)}.eu-west-1.aws.clickhouse.cloud:8443 returned response code 516)\n Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)\nDSN: clickhouse+https://default:${pw}@${r.chars(LOWER + DIGITS, 10)}.eu-west-1.aws.clickhouse.cloud:8443/events`, cred('clickhouse-password', pw));
  },
  (r) => {
    const t = `dbtc_${r.chars(B64URL, 56)}`;
    return pos('dbt/airflow-conn', `[2026-11-${r.int(10, 28)}, 04:00:11 UTC] {dbt.py:301} ERROR - dbt Cloud job ${r.int(10000, 99999)} trigger failed: 403 Forbidden\n[2026-11-${r.int(10, 28)}, 04:00:11 UTC] {base.py:84} INFO - Using connection ID 'dbt_cloud_default' for task execution: dbt-cloud://${r.int(1000, 99999)}:${t}@emea.dbt.com`, cred('dbt-cloud-token', t));
  },
  (r) => {
    const basic = Buffer.from(`${r.b62(16)}:${r.b62(32)}`).toString('base64');
    return pos('fivetran/requests-debug', `send: b'POST /v1/connectors/${r.chars(LOWER, 6)}_${r.chars(LOWER, 8)}/sync HTTP/1.1\\r\\nHost: api.fivetran.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept: application/json;version=2\\r\\nAuthorization: Basic ${basic}\\r\\nContent-Length: 2\\r\\n\\r\\n'\nreply: 'HTTP/1.1 401 Unauthorized\\r\\n'`, cred('fivetran-basic-b64', basic));
  },
  (r) => {
    const t = `hf_${r.chars(UPPER + LOWER, 34)}`;
    return pos('huggingface/hub-error', `huggingface_hub.errors.GatedRepoError: 403 Client Error. (Request ID: Root=1-${r.hex(8)}-${r.hex(24)};${r.uuid()})\nCannot access gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json.\nenv: HF_HOME=/models HF_TOKEN=${t} TRANSFORMERS_OFFLINE=0`, cred('huggingface-token', t));
  },
  (r) => {
    const k = r.hex(40);
    return pos('wandb/netrc', `wandb: ERROR api_key not configured (no-tty). call wandb.login(key=[your_api_key])\n+ cat /root/.netrc\nmachine api.wandb.ai\n  login user\n  password ${k}\nmachine github.com\n  login ci-bot`, cred('wandb-api-key', k));
  },
];
