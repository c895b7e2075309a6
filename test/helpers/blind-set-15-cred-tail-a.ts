import { B62, B64URL, DIGITS, HEX, LOWER, UPPER } from './blind-set-9-rng';
import { b64s, cred, iso15, jwt15, pos, type PosCase15 } from './blind-set-15-types';

/** Long-tail providers (messaging, observability, dev tooling, data platforms) in integration failures. */
export const credTailA: PosCase15[] = [
  (r) => {
    const k = `key-${r.hex(32)}`;
    return pos('mailgun/ci-curl', `+ curl -sS --fail -u api:${k} https://api.eu.mailgun.net/v3/mg.corp.eu/messages -F from=alerts@mg.corp.eu -F to=ops@corp.eu -F subject=nightly
curl: (22) The requested URL returned error: 401`, cred('mailgun', k));
  },
  (r) => {
    const t = r.uuid();
    return pos('postmark/faraday', `I, [2026-11-20T11:02:33.118 #1]  INFO -- request: POST https://api.postmarkapp.com/email/batch
I, [2026-11-20T11:02:33.118 #1]  INFO -- request: Accept: "application/json"
X-Postmark-Server-Token: "${t}"
Content-Type: "application/json"
I, [2026-11-20T11:02:33.402 #1]  INFO -- response: Status 422`, cred('postmark-server-token', t));
  },
  (r) => {
    const basic = b64s(`it-bot@corp.eu/token:${r.b62(40)}`);
    return pos('zendesk/faraday-basic', `Faraday::UnauthorizedError: the server responded with status 401
  request headers: {"Authorization"=>"Basic ${basic}", "User-Agent"=>"ZendeskAPI Ruby 3.0.5"}
  url: https://corphelp.zendesk.com/api/v2/tickets/update_many.json?ids=${r.digits(6)},${r.digits(6)}`, cred('zendesk-basic-b64', basic));
  },
  (r) => {
    const t = `dG9rOj${r.chars(B62, 50)}=`;
    return pos('intercom/node-error', `IntercomError: Access Token Invalid
    at Client.request (/srv/node_modules/intercom-client/dist/client.js:212:19)
  statusCode: 401, headers: { 'intercom-version': '2.11', authorization: 'Bearer ${t}' }`, cred('intercom', t));
  },
  (r) => {
    const t = `u+${r.chars(B62 + '_-', 18)}`;
    return pos('pagerduty/go-retry', `${iso15(r)} warn pd-sync retry 3/5: GET https://api.pagerduty.com/oncalls?escalation_policy_ids[]=P${r.chars(UPPER + DIGITS, 6)} header="Authorization: Token token=${t}" status=401`, cred('pagerduty', t));
  },
  (r) => {
    const a = r.hex(32);
    const p = r.hex(40);
    return pos('datadog/helm-values', `Error: UPGRADE FAILED: template: datadog/templates/_helpers.tpl:412: executing "check-api-key" ...
USER-SUPPLIED VALUES:
datadog:
  apiKey: ${a}
  appKey: ${p}
  site: datadoghq.eu
  clusterName: prod-weu-1`, cred('datadog-api-key', a), cred('datadog-app-key', p));
  },
  (r) => {
    const k = `NRAK-${r.chars(UPPER + DIGITS, 27)}`;
    return pos('newrelic/graphql-ext', `{"errors":[{"message":"Unauthorized","extensions":{"errorClass":"UNAUTHORIZED","nrOnly":{"request_headers":{"API-Key":"${k}","NewRelic-Requesting-Services":"terraform-provider"}}}}]}`, cred('newrelic-user-key', k));
  },
  (r) => {
    const t = `ATATT3xFfGF0${r.chars(B64URL, 170)}=${r.chars(HEX.toUpperCase(), 8)}`;
    return pos('atlassian/py-locals', `jira.exceptions.JIRAError: JiraError HTTP 401 url: https://corp.atlassian.net/rest/api/3/issue
	text: Client must be authenticated to access this resource.
  File "/opt/bridge/jira_bridge.py", line 77, in open_ticket
    jira = JIRA(server=url, basic_auth=("sre-bot@corp.io", "${t}"))`, cred('atlassian-token', t));
  },
  (r) => {
    const t = `glpat-${r.chars(B64URL, 20)}`;
    return pos('gitlab/ci-clone', `Running with gitlab-runner 17.5.2 (c6fef59c)
$ git clone https://oauth2:${t}@gitlab.corp.de/platform/charts.git /tmp/charts
Cloning into '/tmp/charts'...
remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled
ERROR: Job failed: exit code 128`, cred('gitlab-pat', t));
  },
  (r) => {
    const p = r.password(20);
    return pos('snowflake/py-locals', `snowflake.connector.errors.DatabaseError: 250001 (08001): Failed to connect to DB: xy12345.eu-central-1.snowflakecomputing.com:443. Incorrect username or password was specified.
  conn_params = {'account': 'xy12345.eu-central-1', 'user': 'DBT_PROD', 'password': '${p}', 'warehouse': 'TRANSFORM_WH', 'role': 'TRANSFORMER'}`, cred('snowflake-password', p));
  },
  (r) => {
    const s = r.chars(B62 + '+/', 64);
    return pos('confluent/jaas', `org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed
	at org.apache.kafka.clients.NetworkClient.handleCompletedReceives(NetworkClient.java:1051)
Consumer config dump:
	bootstrap.servers = [pkc-${r.chars(LOWER + DIGITS, 5)}.europe-west3.gcp.confluent.cloud:9092]
	sasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="${r.chars(UPPER + DIGITS, 16)}" password="${s}";
	sasl.mechanism = PLAIN`, cred('confluent-secret', s));
  },
  (r) => {
    const k = b64s(`${r.chars(B62 + '-_', 20)}:${r.chars(B62 + '-_', 22)}`);
    return pos('elastic/node-meta', `ResponseError: security_exception
  meta: {
    statusCode: 401,
    meta: { request: { params: { method: 'POST', path: '/logs-app-default/_bulk', headers: { authorization: 'ApiKey ${k}', 'x-elastic-client-meta': 'es=8.15.0,js=20.11.1' } } } }
  }`, cred('elastic-api-key', k));
  },
  (r) => {
    const k = r.uuid();
    return pos('atlas/tf-debug', `2026-11-21T10:00:12.441Z [DEBUG] provider.terraform-provider-mongodbatlas_v1.21.1: request config: public_key=${r.chars(LOWER, 8)} private_key=${k} base_url=https://cloud.mongodb.com/
2026-11-21T10:00:12.902Z [ERROR] provider: HTTP 401 (Error code: "UNAUTHORIZED") Detail: You are not authorized for this resource.`, cred('atlas-private-key', k));
  },
  (r) => {
    const t = `dapi${r.hex(32)}`;
    return pos('databricks/airflow-conn', `[2026-11-21, 02:00:07 UTC] {base.py:84} INFO - Retrieving connection 'databricks_default'
[2026-11-21, 02:00:08 UTC] {taskinstance.py:3311} ERROR - Task failed with exception
airflow.exceptions.AirflowException: Response: {"error_code":"403","message":"Invalid access token."}, Status Code: 403
  conn.extra_dejson = {'host': 'adb-${r.digits(16)}.4.azuredatabricks.net', 'token': '${t}', 'http_path': '/sql/1.0/warehouses/${r.hex(16)}'}`, cred('databricks', t));
  },
  (r) => {
    const t = `hvs.${r.chars(B62 + '_-', 91)}`;
    return pos('vault/agent-env', `2026-11-21T04:12:19.884Z [ERROR] agent.auth.handler: error authenticating: error="Error making API request. Code: 403. Errors: * permission denied"
VAULT_ADDR=https://vault.corp.internal:8200
VAULT_TOKEN=${t}
VAULT_NAMESPACE=admin/payments`, cred('vault-token', t));
  },
  (r) => {
    const t = `${r.b62(14)}.atlasv1.${r.chars(B62, 67)}`;
    return pos('tfc/credentials-hcl', `$ cat ~/.terraform.d/credentials.tfrc.json   # debug step in pipeline
{
  "credentials": {
    "app.terraform.io": {
      "token": "${t}"
    }
  }
}
Error: Failed to request discovery document: 401 Unauthorized`, cred('tfc-token', t));
  },
  (r) => {
    const t = r.chars(B62 + '_-', 40);
    return pos('cloudflare/wrangler', `✘ [ERROR] A request to the Cloudflare API (/accounts/${r.hex(32)}/workers/scripts/edge-router) failed.
  Authentication error [code: 10000]
  CLOUDFLARE_API_TOKEN=${t} (from .dev.vars)`, cred('cloudflare-token', t));
  },
  (r) => {
    const t = `dop_v1_${r.hex(64)}`;
    return pos('digitalocean/doctl', `Error: GET https://api.digitalocean.com/v2/kubernetes/clusters: 401 (request "${r.uuid()}") Unable to authenticate you
Using config: access-token: ${t}, context: default, api-url: https://api.digitalocean.com`, cred('digitalocean', t));
  },
  (r) => {
    const t = `lin_api_${r.b62(40)}`;
    return pos('linear/graphql', `{"errors":[{"message":"Authentication required, not authenticated","extensions":{"type":"authentication error","code":"AUTHENTICATION_ERROR","userPresentableMessage":"You need to authenticate","http":{"headers":{"authorization":"${t}"}}}}]}`, cred('linear', t));
  },
  (r) => {
    const t = `ntn_${r.digits(11)}${r.b62(35)}`;
    return pos('notion/py-trace', `notion_client.errors.APIResponseError: API token is invalid.
  File "/app/sync/notion_export.py", line 19, in <module>
    notion = Client(auth="${t}", log_level=logging.DEBUG)`, cred('notion', t));
  },
  (r) => {
    const t = jwt15(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'service_role', iat: 1760000000, exp: 2075576000 });
    return pos('supabase/deno-error', `error: Uncaught (in promise) FunctionsHttpError: Edge Function returned a non-2xx status code
    at https://esm.sh/@supabase/functions-js@2.4.3/src/FunctionsClient.ts:112:15
  env SUPABASE_SERVICE_ROLE_KEY = "${t}"`, cred('supabase-service', t));
  },
];
