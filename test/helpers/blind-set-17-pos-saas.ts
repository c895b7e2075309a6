import { jwtOf } from './blind-set-17-pos-queue';
import { tok } from './blind-set-17-tokens';
import { b64, cred, iso17, jstr, ms17, pos, type PosCase17 } from './blind-set-17-types';

/** More providers' tokens in event streams, audit trails and tickets. */
export const posSaas: PosCase17[] = [
  (r) => {
    const pw = r.urlPassword(18);
    return pos('saas/atlas-uri-cdc', `{"op":"c","after":{"name":"analytics-mirror","config":"{\\"connection.uri\\":\\"mongodb+srv://mirror_rw:${pw}@cluster0.${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/?retryWrites=true\\"}"},"source":{"table":"connectors"}}`, cred('password', pw));
  },
  (r) => {
    const j = jwtOf(r, { iss: 'supabase', ref: r.chars('abcdefghijklmnopqrstuvwxyz', 20), role: 'service_role', iat: 1780000000, exp: 2095576000 });
    return pos('saas/supabase-service-role', `[edge-fn] ${iso17(r)} queue consumer "send-digest" crashed; env snapshot: SUPABASE_URL=https://${r.chars('abcdefghijklmnopqrstuvwxyz', 20)}.supabase.co SUPABASE_SERVICE_ROLE_KEY=${j}`, cred('jwt', j));
  },
  (r) => {
    const k = tok['onepassword-sa'](r);
    return pos('saas/onepassword-sa', `Slack message from ${r.pick(['hannah', 'kenji'])}: "the CI job needs OP_SERVICE_ACCOUNT_TOKEN=${k} — added it to the runner, ping me if op read fails"`, cred('onepassword-sa', k));
  },
  (r) => {
    const k = tok['pypi-token'](r);
    return pos('saas/pypi-jira', `Jira REL-${r.int(10, 999)}: twine upload fails with 403. Command used:\ntwine upload -u __token__ -p ${k} dist/*`, cred('pypi-token', k));
  },
  (r) => {
    const k = tok['adyen-api-key'](r);
    return pos('saas/adyen-webhook-retry', `webhook-relay: forwarding notification batch ${r.num(6)} to merchant endpoint failed; outbound headers {"X-API-Key":"${jstr(k)}","Content-Type":"application/json"} status=401`, cred('adyen-api-key', jstr(k)));
  },
  (r) => {
    const k = tok['braintree-token'](r);
    return pos('saas/braintree-kafka', `record key=merchant-${r.num(5)} value={"gateway":"braintree","accessToken":"${k}","environment":"production"} error=SerializationException: Unknown magic byte!`, cred('braintree-token', k));
  },
  (r) => {
    const s = tok['plaid-secret'](r);
    return pos('saas/plaid-graphql', `GraphQL request log: mutation LinkBank variables={"client_id":"${r.hex(24)}","secret":"${s}","public_token":"public-production-${r.uuid()}"} errors=[INVALID_FIELD]`, cred('plaid-secret', s));
  },
  (r) => {
    const t = tok['plaid-access-token'](r);
    return pos('saas/plaid-debezium', `{"op":"c","after":{"item_id":"${r.an(37)}","access_token":"${t}","institution":"ins_${r.int(1, 130000)}"},"source":{"table":"bank_links"}}`, cred('plaid-access-token', t));
  },
  (r) => {
    const t = tok['salesforce-session'](r);
    return pos('saas/salesforce-outbound', `Outbound message delivery failed after 24h (endpoint https://sync.kestrel-analytics.io/sfdc): <soapenv:Body><notifications xmlns="http://soap.sforce.com/2005/09/outbound"><OrganizationId>00D${r.an(15)}</OrganizationId><SessionId>${t}</SessionId><EnterpriseUrl>https://kestrel.my.salesforce.com/services/Soap/c/61.0</EnterpriseUrl></notifications></soapenv:Body>`, cred('salesforce-session', t));
  },
  (r) => {
    const t = tok['intercom-token'](r);
    return pos('saas/intercom-retry', `[zapier] step "Find Intercom contact" failed (retry 3): GET https://api.intercom.io/contacts/search Authorization: Bearer ${t} -> 401 token_unauthorized`, cred('intercom-token', t));
  },
  (r) => {
    const basic = b64(`${r.pick(['support-bot', 'ops'])}@brightlane-logistics.com/token:${tok['zendesk-token'](r)}`);
    return pos('saas/zendesk-basic', `Failed to sync ticket ${r.int(20000, 990000)}: 401 from https://brightlane.zendesk.com/api/v2/tickets.json, request headers Authorization: Basic ${basic}`, cred('basic-b64', basic));
  },
  (r) => {
    const s = tok['mixpanel-secret'](r);
    return pos('saas/mixpanel-import', `airflow task mixpanel_backfill failed: HTTPError 401 for url https://api-eu.mixpanel.com/import?strict=1&project_id=${r.num(7)} (api_secret=${s})`, cred('mixpanel-secret', s));
  },
  (r) => {
    const k = tok['newrelic-user-key'](r);
    return pos('saas/newrelic-nerdgraph', `NerdGraph call failed: POST https://api.eu.newrelic.com/graphql API-Key: ${k} query="{ actor { user { email } } }" -> 403`, cred('newrelic-user-key', k));
  },
  (r) => {
    const k = tok['newrelic-license-key'](r);
    return pos('saas/newrelic-license', `k8s audit: configmap newrelic-infra/nri-config updated by helm: data.newrelic-infra.yml="license_key: ${k}\\ndisplay_name: ${r.pick(['node-a', 'node-b'])}"`, cred('newrelic-license-key', k));
  },
  (r) => {
    const k = tok['pagerduty-token'](r);
    return pos('saas/pagerduty-header', `escalation sync failed: GET https://api.pagerduty.com/oncalls -> 401 headers={"Authorization":"Token token=${k}","Accept":"application/vnd.pagerduty+json;version=2"}`, cred('pagerduty-token', k));
  },
  (r) => {
    const k = tok['grafana-sa-token'](r);
    return pos('saas/grafana-chat', `${r.pick(['lukas', 'elif'])}: here's the SA token for the dashboards provisioning job: ${k}`, cred('grafana-sa-token', k));
  },
  (r) => {
    const k = tok['sentry-user-token'](r);
    return pos('saas/sentry-cli', `error: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)\n  command: SENTRY_AUTH_TOKEN=${k} sentry-cli releases new 2026.12.${r.int(1, 9)}`, cred('sentry-user-token', k));
  },
  (r) => {
    const k = tok['fcm-server-key'](r);
    return pos('saas/fcm-legacy', `push-worker: job ${r.num(6)} failed after ${ms17(r) % 9000}ms — POST https://fcm.googleapis.com/fcm/send Authorization: key=${k} -> 404 (legacy API turned down)`, cred('fcm-server-key', k));
  },
  (r) => {
    const k = tok['age-secret-key'](r);
    return pos('saas/age-key-ticket', `SEC-${r.int(10, 999)}: someone pasted the sops age key in #infra:\n# created: ${iso17(r)}\n# public key: age1${r.chars('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n${k}`, cred('age-secret-key', k));
  },
  (r) => {
    const k = tok['gcp-oauth-secret'](r);
    return pos('saas/gcp-client-secret-jira', `Jira DASH-${r.int(10, 999)}: "redirect_uri_mismatch" on login. Here's the client_secret.json we deployed:\n{code:json}\n{"web":{"client_id":"${r.num(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com","project_id":"internal-dashboard","client_secret":"${k}","redirect_uris":["https://dash.kestrel-analytics.io/oauth2/callback"]}}\n{code}`, cred('gcp-oauth-secret', k));
  },
  (r) => {
    const k = tok['azure-storage-key'](r);
    return pos('saas/azure-local-settings', `${r.pick(['mateo', 'elif'])}: the BlobTrigger works locally with this local.settings.json, but not in Azure:\n{ "IsEncrypted": false, "Values": { "FUNCTIONS_WORKER_RUNTIME": "node", "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=ingest${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8)};AccountKey=${k};EndpointSuffix=core.windows.net" } }`, cred('azure-storage-key', k));
  },
  (r) => {
    const k = tok['azure-ad-secret'](r);
    return pos('saas/azure-ad-ticket', `Ticket ${r.int(20000, 990000)}: "Graph API returns AADSTS7000215. client id ${r.uuid()}, secret ${k}, tenant brightlane.onmicrosoft.com"`, cred('azure-ad-secret', k));
  },
  (r) => {
    const k = tok['stripe-restricted'](r);
    return pos('saas/stripe-rk-sns', `{"Type":"Notification","Message":"${jstr(JSON.stringify({ alarm: 'payout-reconciler', lastError: `StripeAuthenticationError: Invalid API Key provided: ${k}` }))}"}`, cred('stripe-restricted', k));
  },
  (r) => {
    const k = tok['github-fine-grained'](r);
    return pos('saas/github-fine-grained', `renovate: repository kestrel-analytics/ingest failed: "Bad credentials" — config.token=${k}`, cred('github-fine-grained', k));
  },
  (r) => {
    const k = tok['gitlab-runner'](r);
    return pos('saas/gitlab-runner-chat', `Jira OPS-${r.int(10, 999)}: registering the new runner with gitlab-runner register --url https://gitlab.kestrel-analytics.io --token ${k} fails with 403`, cred('gitlab-runner', k));
  },
  (r) => {
    const k = tok['aws-session-key-id'](r);
    const s = tok['aws-secret'](r);
    return pos('saas/aws-sts-ticket', `Slack: "temporary creds from the console, expire in 1h: aws_access_key_id = ${k} aws_secret_access_key = ${s}"`, cred('aws-session-key-id', k), cred('aws-secret', s));
  },
  (r) => {
    const k = tok['contentful-pat'](r);
    return pos('saas/contentful-webhook', `Contentful webhook retry ${r.int(2, 5)}: target https://build.kestrel-analytics.io/hooks/contentful headers=[["X-Contentful-Topic","ContentManagement.Entry.publish"],["X-Mgmt-Token","${k}"]]`, cred('contentful-pat', k));
  },
  (r) => {
    const k = tok['shippo-token'](r);
    return pos('saas/shippo-outbox', `outbox ${r.num(6)} -> POST https://api.goshippo.com/shipments/ Authorization: ShippoToken ${k} -> 429`, cred('shippo-token', k));
  },
  (r) => {
    const k = tok['digitalocean-token'](r);
    return pos('saas/do-chat', `${r.pick(['connor', 'mateo'])}: doctl auth init -t ${k} works locally but not in CI??`, cred('digitalocean-token', k));
  },
  (r) => {
    const k = tok['netlify-token'](r);
    return pos('saas/netlify-build-hook', `Jira WEB-${r.int(10, 999)}: NETLIFY_AUTH_TOKEN=${k} netlify deploy --prod → "Unauthorized: could not retrieve site"`, cred('netlify-token', k));
  },
  (r) => {
    const k = tok['airtable-pat'](r);
    return pos('saas/airtable-zap', `{"zap_step":"Airtable: Create Record","status":"error","request":{"headers":{"Authorization":"Bearer ${k}"}},"response":{"status":403}}`, cred('airtable-pat', k));
  },
  (r) => {
    const k = tok['pulumi-token'](r);
    return pos('saas/pulumi-ticket', `Freshdesk #${r.int(20000, 990000)}: "pulumi up says 'invalid access token'. PULUMI_ACCESS_TOKEN is ${k}"`, cred('pulumi-token', k));
  },
];
