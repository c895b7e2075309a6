import type { Tpl66 } from './blind-set-66-values';

/** Egress gateways and internal API proxies calling third-party APIs with the provider's own credentials. */
export const EGRESS66: Tpl66[] = [
  (g) => {
    const k = g.openai();
    const email = g.email();
    return `${g.ts()} ERROR egress-proxy upstream=api.openai.com route=/v1/chat/completions status=429 tenant=${email} req_headers={"authorization":"Bearer ${k}","openai-organization":"org-${g.b62x(24)}"} body_bytes=${g.int(200, 9000)}`;
  },
  (g) => {
    const k = g.anthropic();
    return `{"level":"error","time":"${g.ts()}","service":"ai-gateway","upstream":"https://api.anthropic.com/v1/messages","status":401,"error":"authentication_error: invalid x-api-key","request_headers":{"x-api-key":"${k}","anthropic-version":"2023-06-01"}}`;
  },
  (g) => {
    const npm = g.npm();
    const pat = g.githubPat();
    return `${g.ts()} [artifact-proxy] ERROR upstream auth failed
  registry.npmjs.org: //registry.npmjs.org/:_authToken=${npm} -> 401
  ghcr.io: Authorization: Bearer ${pat} -> 403 denied: permission_denied: write_package`;
  },
  (g) => {
    const api = g.ddApi();
    const app = g.ddApp();
    return `${g.ts()} WARN metrics-relay: POST https://api.datadoghq.eu/api/v2/series -> 403 Forbidden {"errors":["Forbidden"]} headers: DD-API-KEY=${api} DD-APPLICATION-KEY=${app}`;
  },
  (g) => {
    const sh = g.shpat();
    const email = g.email();
    const name = g.name();
    return `${g.ts()} ERROR shop-sync: GraphQL Admin API error 401 at https://acme-store.myshopify.com/admin/api/2024-10/graphql.json X-Shopify-Access-Token: ${sh} variables={"input":{"email":"${email}","firstName":"${name.split(' ')[0]}"}} customer_display="${name}"`;
  },
  (g) => {
    const sq = g.square();
    const card = g.card();
    return `${g.ts()} ERROR payments-egress square: 401 UNAUTHORIZED {"errors":[{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED","detail":"This request could not be authorized."}]} request: POST /v2/payments Authorization: Bearer ${sq} legacy_pan=${card}`;
  },
  (g) => {
    const mg = g.mailgun();
    const mc = g.mailchimp();
    const email = g.email();
    return `${g.ts()} WARN notify-gw: provider failover for ${email}: mailgun (api:${mg}) -> 401 Forbidden; mailchimp transactional (apikey=${mc}) -> 500`;
  },
  (g) => {
    const p = g.pulumi();
    const d = g.doppler();
    return `+ export PULUMI_ACCESS_TOKEN=${p}
+ export DOPPLER_TOKEN=${d}
+ pulumi up --stack acme/gateway/prod --yes
error: [403] Forbidden: the access token does not have permission to update stack acme/gateway/prod`;
  },
  (g) => {
    const pm = g.postman();
    const hf = g.hf();
    return `${g.ts()} ERROR ci-contract-tests: newman run failed: X-Api-Key ${pm} rejected (401) by api.getpostman.com
${g.ts()} ERROR ci-contract-tests: model download https://huggingface.co/acme/pii-ner with token ${hf} -> 401`;
  },
  (g) => {
    const db = g.databricks();
    const email = g.email();
    return `{"ts":"${g.ts()}","svc":"feature-api","msg":"upstream SQL warehouse error","host":"adb-${g.digits12()}.${g.int(1, 19)}.azuredatabricks.net","authorization":"Bearer ${db}","statement":"SELECT * FROM gold.customers WHERE email = '${email}'","error":"403 PERMISSION_DENIED"}`;
  },
  (g) => {
    const tg = g.telegram();
    const phone = g.phone();
    return `${g.ts()} ERROR ops-notifier: https://api.telegram.org/bot${tg}/sendMessage -> 401 Unauthorized (chat for on-call ${phone})`;
  },
  (g) => {
    const gr = g.grafana();
    const nr = g.newRelic();
    return `${g.ts()} WARN obs-proxy: grafana annotations POST https://acme.grafana.net/api/annotations Authorization: Bearer ${gr} -> 401; newrelic NerdGraph API-Key: ${nr} -> 403`;
  },
  (g) => {
    const at = g.atlassian();
    const email = g.email();
    return `${g.ts()} ERROR incident-bridge: Jira create issue failed 401 — basic auth user=${email} token=${at} url=https://acme.atlassian.net/rest/api/3/issue`;
  },
  (g) => {
    const sk = g.azureStorageKey();
    const cs = g.azureClientSecret();
    return `${g.ts()} ERROR apim-backup: Azure.RequestFailedException: Server failed to authenticate the request.
Status: 403 (AuthenticationFailed)
ConnectionString: DefaultEndpointsProtocol=https;AccountName=acmeapimbackup;AccountKey=${sk};EndpointSuffix=core.windows.net
AZURE_CLIENT_ID=${g.uuid()} AZURE_CLIENT_SECRET=${cs} AZURE_TENANT_ID=${g.uuid()}`;
  },
  (g) => {
    const wh = g.whsec();
    const sk = g.stripeSk();
    const email = g.email();
    return `${g.ts()} ERROR webhook-gateway: stripe event evt_${g.b62x(24)} rejected: No signatures found matching the expected signature for payload (endpoint secret ${wh}); refetching with ${sk} for customer ${email}`;
  },
  (g) => {
    const cid = `${g.digits12()}-${g.hex(32).replace(/[0-9]/g, 'a').slice(0, 32)}.apps.googleusercontent.com`;
    const sec = g.gocspx();
    const rt = g.cred(`1//0${g.b62x(2)}${g.b64x(96)}`, 'google_refresh_token');
    return `${g.ts()} ERROR gmail-relay: token refresh failed: invalid_grant client_id=${cid} client_secret=${sec} refresh_token=${rt}`;
  },
];
