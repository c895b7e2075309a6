import { DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { cred, iso20, jts20, pos, pyts20, type PosCase20 } from './blind-set-20-types';
import { crcToken, jwt } from './blind-set-20-values';

const b64u = UPPER + LOWER + DIGITS + '-_';

/** SaaS source and destination tokens as ELT taps, reverse-ETL syncs and notebooks echo them. */
export const saasCases: Record<string, PosCase20> = {
  'tap-github/pat': (r) => {
    const t = crcToken(r, 'ghp_');
    return pos(`tap-github | ${pyts20(r)} | ERROR | singer_sdk.exceptions.FatalAPIError: 401 Client Error: Unauthorized for path: /repos/acme/app/issues\ntap-github | config: {"auth_token": "${t}", "repositories": ["acme/app"], "start_date": "2026-01-01"}`, cred('github-token', t));
  },
  'airflow/github-app-install-token': (r) => {
    const t = crcToken(r, 'ghs_');
    return pos(`[${pyts20(r)}] {subprocess.py:93} INFO - fatal: could not read from remote 'https://x-access-token:${t}@github.com/acme/dbt-project.git': The requested URL returned error: 403`, cred('github-token', t));
  },
  'ci/npm-token': (r) => {
    const t = crcToken(r, 'npm_');
    return pos(`#12 [build 4/9] RUN echo "//registry.npmjs.org/:_authToken=${t}" > .npmrc && npm ci\n#12 3.104 npm error code E401\n#12 3.104 npm error Unable to authenticate, your authentication token seems to be invalid.`, cred('npm-token', t));
  },
  'ci/pypi-token': (r) => {
    const t = `pypi-AgEIcHlwaS5vcmc${r.chars(b64u, 150)}`;
    return pos(`Uploading acme_pipelines-2.14.0-py3-none-any.whl\nERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\n         Invalid or non-existent authentication information.\n+ TWINE_PASSWORD=${t} twine upload dist/*`, cred('pypi-token', t));
  },
  'tap-gitlab/pat': (r) => {
    const t = `glpat-${r.chars(b64u, 20)}`;
    return pos(`${iso20(r)} tap-gitlab CRITICAL 401 {"message":"401 Unauthorized"} GET https://gitlab.acme.io/api/v4/projects?private_token=${t}&per_page=100`, cred('gitlab-token', t));
  },
  'reverse-etl/slack-bot': (r) => {
    const t = `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`;
    return pos(`{"ts":"${iso20(r)}","sync":"churn-alerts","destination":"slack","status":"failed","error":"invalid_auth","request":{"url":"https://slack.com/api/chat.postMessage","headers":{"authorization":"Bearer ${t}"}}}`, cred('slack-token', t));
  },
  'tap-shopify/admin-token': (r) => {
    const t = `shpat_${r.hex(32)}`;
    return pos(`tap-shopify ${pyts20(r)} ERROR shopify.base.ShopifyConnection: 401 for https://acme-store.myshopify.com/admin/api/2026-10/orders.json headers={'X-Shopify-Access-Token': '${t}'}`, cred('shopify-token', t));
  },
  'tap-stripe/restricted-key': (r) => {
    const t = `rk_live_${r.b62(99)}`;
    return pos(`tap-stripe | ${pyts20(r)} | CRITICAL | stripe.error.PermissionError: Request req_${r.b62(14)}: The provided key '${t.slice(0, 12)}*****' does not have the required permissions\ntap-stripe | argv: --config '{"client_secret": "${t}", "account_id": "acct_${r.b62(16)}"}'`, cred('stripe-restricted-key', t));
  },
  'webhook/stripe-whsec': (r) => {
    const t = `whsec_${r.b62(32)}`;
    return pos(`stripe.error.SignatureVerificationError: No signatures found matching the expected signature for payload\n  endpoint_secret = "${t}"  # loaded from STRIPE_WEBHOOK_SECRET`, cred('stripe-webhook-secret', t));
  },
  'reverse-etl/twilio': (r) => {
    const sid = `AC${r.hex(32)}`;
    const tok = r.hex(32);
    return pos(`${iso20(r)} sms-sync ERROR twilio.base.exceptions.TwilioRestException: HTTP 401 error: Unable to create record: Authenticate\nclient = Client("${sid}", "${tok}")`, cred('twilio-auth-token', tok));
  },
  'tap-mailchimp/key': (r) => {
    const k = `${r.hex(32)}-us${r.int(1, 21)}`;
    return pos(`tap-mailchimp ${pyts20(r)} ERROR GET https://us${r.int(1, 21)}.api.mailchimp.com/3.0/lists failed: 401 API Key Invalid; config.api_key=${k}`, cred('mailchimp-key', k));
  },
  'tap-intercom/token': (r) => {
    const t = Buffer.from(`tok:${r.uuid()}:${r.uuid()}`).toString('base64');
    return pos(`tap-intercom | ERROR | Unauthorized: {"type":"error.list","errors":[{"code":"token_not_found","message":"Token not found"}]} (Authorization: Bearer ${t})`, cred('intercom-token', t));
  },
  'tap-jira/atlassian': (r) => {
    const t = `ATATT3xFfGF0${r.chars(b64u, 170)}=${r.hex(8).toUpperCase()}`;
    return pos(`${iso20(r)} airbyte source-jira ERROR HTTPError 401 https://acme.atlassian.net/rest/api/3/search basic_auth=('etl@acme.io', '${t}')`, cred('atlassian-token', t));
  },
  'notebook/openai-key': (r) => {
    const t = `sk-proj-${r.chars(b64u, 58)}T3BlbkFJ${r.chars(b64u, 58)}`;
    return pos(`In [3]: client = OpenAI(api_key="${t}")\nIn [4]: client.embeddings.create(model="text-embedding-3-small", input=df.description.tolist())\nAuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided.', 'code': 'invalid_api_key'}}`, cred('openai-key', t));
  },
  'notebook/anthropic-key': (r) => {
    const t = `sk-ant-api03-${r.chars(b64u, 93)}AA`;
    return pos(`anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': 'authentication_error', 'message': 'invalid x-api-key'}}\n  os.environ["ANTHROPIC_API_KEY"] = "${t}"  # cell 2`, cred('anthropic-key', t));
  },
  'notebook/hf-token': (r) => {
    const t = `hf_${r.chars(UPPER + LOWER, 34)}`;
    return pos(`OSError: You are trying to access a gated repo. (token used: ${t})\nCannot access gated repo for url https://huggingface.co/acme/churn-model/resolve/main/config.json.`, cred('huggingface-token', t));
  },
  'notebook/wandb-key': (r) => {
    const t = r.hex(40);
    return pos(`!WANDB_API_KEY=${t} python train.py --table analytics.features_v7\nwandb: ERROR Error while calling W&B API: user is not logged in (<Response [401]>)`, cred('wandb-key', t));
  },
  'reverse-etl/hubspot-private-app': (r) => {
    const t = `pat-eu1-${r.uuid()}`;
    return pos(`hubspot-sync ${iso20(r)} POST /crm/v3/objects/contacts/batch/upsert 401 {"status":"error","message":"Authentication credentials not found.","correlationId":"${r.uuid()}"} token=${t}`, cred('hubspot-token', t));
  },
  'reverse-etl/google-oauth': (r) => {
    const sec = `GOCSPX-${r.chars(b64u, 28)}`;
    const rt = `1//0${r.chars(b64u, 100)}`;
    return pos(`google.auth.exceptions.RefreshError: ('invalid_grant: Token has been expired or revoked.', {'error': 'invalid_grant'})\ncredentials: {"client_id": "${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com", "client_secret": "${sec}", "refresh_token": "${rt}"}`, cred('google-client-secret', sec), cred('google-refresh-token', rt));
  },
  'tap-google-ads/api-key': (r) => {
    const k = `AIza${r.chars(b64u, 35)}`;
    return pos(`${iso20(r)} ERROR geocode enrichment failed: 403 REQUEST_DENIED for https://maps.googleapis.com/maps/api/geocode/json?address=redacted&key=${k}`, cred('google-api-key', k));
  },
  'tap-facebook/access-token': (r) => {
    const t = `EAAB${r.b62(180)}`;
    return pos(`tap-facebook ${pyts20(r)} CRITICAL facebook_business.exceptions.FacebookRequestError: Message: Call was not successful\nMethod: GET Path: https://graph.facebook.com/v21.0/act_${r.digits(15)}/insights Params: {'access_token': '${t}', 'level': 'ad'}\nStatus: 400 Response: {"error": {"message": "Error validating access token: Session has expired", "code": 190}}`, cred('facebook-token', t));
  },
  'okta/ssws': (r) => {
    const t = `00${r.chars(b64u, 40)}`;
    return pos(`${jts20(r)} ERROR okta-user-export: GET https://acme.okta.com/api/v1/users?limit=200 -> 401 E0000011 Invalid token provided\n> Authorization: SSWS ${t}`, cred('okta-token', t));
  },
  'notion/integration': (r) => {
    const t = `ntn_${r.digits(11)}${r.b62(35)}`;
    return pos(`reverse-etl notion destination error: {"object":"error","status":401,"code":"unauthorized","message":"API token is invalid.","request_id":"${r.uuid()}"}; NOTION_TOKEN=${t}`, cred('notion-token', t));
  },
  'airtable/pat': (r) => {
    const t = `pat${r.b62(14)}.${r.hex(64)}`;
    return pos(`airbyte source-airtable ${iso20(r)} ERROR 401 AUTHENTICATION_REQUIRED; config={"credentials":{"auth_method":"api_key","api_key":"${t}"}}`, cred('airtable-token', t));
  },
  'linear/api-key': (r) => {
    const t = `lin_api_${r.b62(40)}`;
    return pos(`${iso20(r)} [ticket-sync] linear GraphQL error: Authentication required, not authenticated (key=${t})`, cred('linear-key', t));
  },
  'datadog/app-key': (r) => {
    const a = r.hex(32);
    const k = r.hex(40);
    return pos(`datadog_api_client.exceptions.ForbiddenException: (403) Reason: Forbidden\nHTTP request headers: {'DD-API-KEY': '${a}', 'DD-APPLICATION-KEY': '${k}', 'Content-Type': 'application/json'}`, cred('datadog-api-key', a), cred('datadog-app-key', k));
  },
  'segment/write-key-basic': (r) => {
    const k = r.b62(32);
    return pos(`${iso20(r)} analytics-python ERROR error uploading: [401] {"code":"invalid_write_key"} write_key=${k} host=https://api.segment.io`, cred('segment-write-key', k));
  },
  'square/access-token': (r) => {
    const t = `EAAA${r.chars(b64u, 60)}`;
    return pos(`tap-square ERROR square.exceptions.ApiException: UNAUTHORIZED: This request could not be authorized. access_token=${t} environment=production`, cred('square-token', t));
  },
  'braintree/access-token': (r) => {
    const t = `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`;
    return pos(`braintree.exceptions.authentication_error.AuthenticationError at /settlements/export\n  gateway = BraintreeGateway(access_token="${t}")`, cred('braintree-token', t));
  },
  'plaid/secret': (r) => {
    const s = r.hex(30);
    return pos(`${iso20(r)} bank-feeds ERROR plaid /transactions/sync INVALID_API_KEYS request={"client_id":"${r.hex(24)}","secret":"${s}","access_token":"access-production-${r.uuid()}"}`, cred('plaid-secret', s));
  },
  'motherduck/jwt': (r) => {
    const t = jwt(r, { email: 'svc-dbt@acme.io', session: `svc-dbt.acme.io`, readOnly: false, tokenType: 'read_write' });
    return pos(`duckdb.duckdb.IOException: IO Error: Failed to connect to MotherDuck: md:analytics?motherduck_token=${t}`, cred('jwt', t));
  },
  'supabase/service-role': (r) => {
    const t = jwt(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'service_role' });
    return pos(`${iso20(r)} edge-sync ERROR PostgREST 401 JWSError JWSInvalidSignature; headers apikey=${t}`, cred('jwt', t));
  },
  'hashicorp/vault-token': (r) => {
    const t = `hvs.${r.chars(b64u, 90)}`;
    return pos(`Error reading secret/data/etl/snowflake: Error making API request.\n\nURL: GET https://vault.acme.io/v1/secret/data/etl/snowflake\nCode: 403. Errors:\n\n* permission denied\n+ VAULT_TOKEN=${t} vault kv get secret/etl/snowflake`, cred('vault-token', t));
  },
  'ci/docker-pat': (r) => {
    const t = `dckr_pat_${r.chars(b64u, 27)}`;
    return pos(`+ echo ${t} | docker login -u acmedata --password-stdin\nError response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password`, cred('docker-token', t));
  },
  'pinecone/api-key': (r) => {
    const t = `pcsk_${r.b62(6)}_${r.b62(63)}`;
    return pos(`pinecone.exceptions.UnauthorizedException: (401) Reason: Unauthorized\nHTTP response body: Invalid API Key\n  Pinecone(api_key='${t}').Index('product-embeddings').upsert(vectors=batch)`, cred('pinecone-key', t));
  },
  'grafana/sa-token': (r) => {
    const t = `glsa_${r.b62(32)}_${r.hex(8)}`;
    return pos(`${iso20(r)} level=error component=dq-dashboard-push msg="POST /api/dashboards/db failed" status=401 auth="Bearer ${t}"`, cred('grafana-token', t));
  },
};
