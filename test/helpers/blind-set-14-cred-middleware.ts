import { B62, DIGITS, LOWER } from './blind-set-9-rng';
import { b64u, jwt, pw, ts, upnum } from './blind-set-14-tokens';
import { cred, pos, type PosCase14 } from './blind-set-14-types';

/** Credentials in integration middleware: Zapier, Make, n8n, Workato, MuleSoft, Boomi, Airbyte, Fivetran, Segment, … */
export const credMiddleware: PosCase14[] = [
  (r) => {
    const u = `https://hooks.zapier.com/hooks/catch/${r.int(1000000, 9999999)}/${r.chars(LOWER + DIGITS, 7)}/`;
    return pos('zapier/task-history-hook', `Zap "Typeform → CRM" step 2 (Webhooks by Zapier) failed\nPOST ${u}\nResponse 410 Gone: {"status":"error","message":"Zap is turned off"}`, cred('zapier-hook', u));
  },
  (r) => {
    const t = r.uuid();
    return pos('make/scenario-http', `[${ts(r)}] Scenario "Sync invoices" · module 4 HTTP › Make a request\nRuntimeError: [401] {"message":"Invalid token"}\nRequest headers: {"Authorization":"Token ${t}","Content-Type":"application/json"} url=https://eu1.make.com/api/v2/scenarios?teamId=${r.int(1000, 99999)}`, cred('make-token', t));
  },
  (r) => {
    const t = jwt(r, { sub: r.uuid(), iss: 'n8n', aud: 'public-api', iat: 1764800000 });
    return pos('n8n/execution-error', `{"execution":{"id":"${r.int(10000, 99999)}","mode":"webhook","status":"error"},"node":{"name":"Call n8n API","type":"n8n-nodes-base.httpRequest","parameters":{"url":"https://n8n.acme.io/api/v1/workflows","headerParameters":{"parameters":[{"name":"X-N8N-API-KEY","value":"${t}"}]}}},"error":{"message":"401 - unauthorized"}}`, cred('n8n-api-key', t));
  },
  (r) => {
    const t = `5Aep861${r.chars(B62 + '.', 80)}`;
    return pos('workato/salesforce-refresh', `Job ${r.int(100000000, 999999999)} failed at step 3 (Salesforce: Search records)\nOAuth2 refresh failed: POST https://login.salesforce.com/services/oauth2/token grant_type=refresh_token&refresh_token=${t}&client_id=3MVG9${r.b62(80)}\n{"error":"invalid_grant","error_description":"expired access/refresh token"}`, cred('salesforce-refresh', t));
  },
  (r) => {
    const t = `00D${r.b62(12)}!${r.b62(r.int(90, 100))}`;
    return pos('workato/salesforce-bearer', `-> GET /services/data/v60.0/sobjects/Account/describe HTTP/1.1\n-> Authorization: Bearer ${t}\n<- HTTP/1.1 401 Unauthorized\n<- [{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]`, cred('salesforce-session', t));
  },
  (r) => {
    const s = r.hex(32);
    return pos('mulesoft/log4j-props', `INFO  2026-12-04 08:14:02,118 [WrapperListener_start_runner] org.mule.runtime.module.deployment: Resolved properties for app 'sap-orders-api':\n  anypoint.platform.client_id=${r.hex(32)}\n  anypoint.platform.client_secret=${s}\n  sap.jco.ashost=sap-prd.acme.local`, cred('anypoint-secret', s));
  },
  (r) => {
    const t = r.uuid();
    return pos('boomi/atom-log', `Dec 4, 2026 9:01:44 AM UTC SEVERE [com.boomi.connector.http] Request to https://api.boomi.com/api/rest/v1/acme-${r.hex(6)}/Process/query failed 401\n  auth: username=BOOMI_TOKEN.integrations@acme.io password=${t}`, cred('boomi-token', t));
  },
  (r) => {
    const t = `pat-na1-${r.uuid()}`;
    return pos('airbyte/source-hubspot-config', `2026-12-04 07:00:12 source > Config: {"start_date": "2024-01-01T00:00:00Z", "credentials": {"credentials_title": "Private App Credentials", "access_token": "${t}"}, "enable_experimental_streams": false}\n2026-12-04 07:00:13 source > HTTPError 401`, cred('hubspot-pat', t));
  },
  (r) => {
    const p = pw(r, 16);
    return pos('airbyte/source-postgres-config', `replication-orchestrator > Running source with config {"host":"pg-replica.internal","port":5432,"database":"orders","username":"airbyte_ro","password":"${p}","ssl_mode":{"mode":"require"},"replication_method":{"method":"CDC","plugin":"pgoutput"}}`, cred('db-password', p));
  },
  (r) => {
    const b = Buffer.from(`${r.b62(16)}:${r.b62(32)}`).toString('base64');
    return pos('fivetran/rest-basic', `requests.exceptions.HTTPError: 401 Client Error for url: https://api.fivetran.com/v1/connectors/${r.chars(LOWER, 14)}/sync\nsend: b'POST /v1/connectors/sync HTTP/1.1\\r\\nHost: api.fivetran.com\\r\\nAuthorization: Basic ${b}\\r\\n'`, cred('fivetran-basic', b));
  },
  (r) => {
    const t = `sgp_${r.b62(64)}`;
    return pos('segment/public-api-curl', `> POST /tracking-plans HTTP/2\n> Host: api.segmentapis.com\n> authorization: Bearer ${t}\n> content-type: application/vnd.segment.v1+json\n< HTTP/2 403`, cred('segment-public-api', t));
  },
  (r) => {
    const k = r.uuid();
    return pos('rudderstack/destination-braze', `{"level":"error","ts":"${ts(r)}","logger":"router.BRAZE","msg":"transform failed","destination":{"ID":"${r.b62(27)}","Config":{"restApiKey":"${k}","dataCenter":"EU-01","enableSubscriptionGroupInGroupCall":false}}}`, cred('braze-rest-key', k));
  },
  (r) => {
    const k = r.hex(32);
    return pos('zapier/cli-deploy', `$ ZAPIER_DEPLOY_KEY=${k} zapier push\n  Building project\n  Uploading version 1.4.2\n Error: Authentication failed (401)`, cred('zapier-deploy-key', k));
  },
  (r) => {
    const k = `rk_live_${r.b62(99)}`;
    return pos('airbyte/source-stripe', `source > Check connection failed: {"account_id": "acct_${r.b62(16)}", "client_secret": "${k}", "start_date": "2023-01-01T00:00:00Z"}`, cred('stripe-restricted', k));
  },
  (r) => {
    const t = `ATATT3xFfGF0${b64u(r, 170)}=${r.hex(8).toUpperCase()}`;
    return pos('workato/jira-connection', `connection "Jira Cloud (ops)": {"auth_type":"api_token","host_name":"acme.atlassian.net","email":"ops-bot@acme.io","api_token":"${t}"} → test failed: 401`, cred('atlassian-token', t));
  },
  (r) => {
    const p = pw(r, 18);
    return pos('n8n/credentials-export', `$ n8n export:credentials --all --decrypted\n[{"id":"${r.b62(16)}","name":"Snowflake account","type":"snowflake","data":{"account":"xy${r.digits(5)}.eu-central-1","database":"ANALYTICS","warehouse":"LOAD_WH","username":"N8N_LOADER","password":"${p}"}}]`, cred('snowflake-password', p));
  },
  (r) => {
    const s = r.b64(48);
    return pos('mulesoft/kafka-jaas', `ERROR 2026-12-04 09:33:10,552 [kafka-producer-network-thread] o.a.k.c.NetworkClient: SASL authentication failed; sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${upnum(r, 16)}" password="${s}";`, cred('confluent-secret', s));
  },
  (r) => {
    const s = r.hex(32);
    return pos('segment/destination-mixpanel', `destination settings (Mixpanel): { token: '${r.hex(32)}', apiSecret: '${s}', people: true, setAllTraitsByDefault: true }  → 401 from api-eu.mixpanel.com/import`, cred('mixpanel-secret', s));
  },
  (r) => {
    const k = Buffer.from(`${b64u(r, 20)}:${b64u(r, 22)}`).toString('base64');
    return pos('logstash/elastic-apikey', `[2026-12-04T06:12:09,004][ERROR][logstash.outputs.elasticsearch] Attempted to send bulk request but Elasticsearch is unreachable {:url=>"https://es-prod.acme.io:9243/", :headers=>{"Authorization"=>"ApiKey ${k}"}}`, cred('elastic-api-key', k));
  },
  (r) => {
    const p = pw(r, 16);
    return pos('airbyte/destination-mongo', `destination > Exception: MongoSecurityException: Exception authenticating MongoCredential{mechanism=SCRAM-SHA-256, userName='airbyte', source='admin'}; uri=mongodb+srv://airbyte:${p}@cluster0.${r.chars(LOWER + DIGITS, 5)}.mongodb.net/warehouse?retryWrites=true`, cred('mongo-password', p));
  },
  (r) => {
    const k = r.hex(32);
    return pos('workato/pagerduty-step', `step 6 PagerDuty › Trigger event: POST https://events.pagerduty.com/v2/enqueue {"routing_key":"${k}","event_action":"trigger","payload":{"summary":"SAP IDoc backlog","severity":"error"}} → 400 Invalid routing key`, cred('pagerduty-routing', k));
  },
];
