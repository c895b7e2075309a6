import { type Tpl37 } from './blind-set-37-draw';
import { B64URL } from './blind-set-37-rng';

const A = 'pos';

/** POS platforms: Square, Toast, Clover, Shopify POS, Lightspeed, NCR Aloha, Simphony, Revel, SpotOn. */
export const POS37: Tpl37[] = [
  { area: A, name: 'square-sdk-401', make: (d) => {
    const tok = d.c('square_access_token', 'EAAA' + d.chars(B64URL, 60));
    const [fn, ln] = d.names();
    return `${d.ts()} error [square-sync] store=${d.store()} SquareError: UNAUTHORIZED (401) POST https://connect.squareup.com/v2/customers
    at ApiError.fromResponse (/app/node_modules/square/dist/cjs/errors.js:41:17)
  request: {"headers":{"Square-Version":"2025-10-16","Authorization":"Bearer ${tok}","Content-Type":"application/json"},"body":"{\\"given_name\\":\\"${fn}\\",\\"family_name\\":\\"${ln}\\",\\"reference_id\\":\\"${d.order()}\\"}"}
  errors: [{"category":"AUTHENTICATION_ERROR","code":"ACCESS_TOKEN_EXPIRED","detail":"The access token provided has expired."}]`;
  } },
  { area: A, name: 'square-webhook-sig', make: (d) => {
    const key = d.c('webhook_signature_key', d.chars(B64URL, 22));
    const [fn, ln] = d.names();
    const phone = d.phone('e164');
    return `WARN square.webhooks signature mismatch for event ${d.uuid()} (type=customer.created)
  notification_url=https://pos-bridge.${d.pick(['tacoloco', 'greenleafcafe', 'brewhaus'])}.com/hooks/square
  SQUARE_WEBHOOK_SIGNATURE_KEY="${key}"
  SQUARE_ACCESS_TOKEN=${d.c('square_access_token', 'EAAA' + d.chars(B64URL, 60))}
  x-square-hmacsha256-signature: ${d.r.b64(32)}
  payload.data.object.customer = {"id":"${d.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 26)}","given_name":"${fn}","family_name":"${ln}","phone_number":"${phone}","created_at":"${d.ts()}"}`;
  } },
  { area: A, name: 'square-oauth-env', make: (d) => {
    const secret = d.c('square_app_secret', 'sq0csp-' + d.chars(B64URL, 43));
    const refresh = d.c('square_refresh_token', 'EQAA' + d.chars(B64URL, 60));
    return `Error: OAuth token refresh failed for merchant ${d.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 13)}: 401 {"message":"Not Authorized","type":"service.not_authorized"}
process.env dump (debug=true):
  SQUARE_APPLICATION_ID=sq0idp-${d.chars(B64URL, 22)}
  SQUARE_APPLICATION_SECRET=${secret}
  SQUARE_REFRESH_TOKEN=${refresh}
  NODE_ENV=production`;
  } },
  { area: A, name: 'toast-login', make: (d) => {
    const cs = d.c('client_secret', d.b62(d.pick([32, 48, 64])));
    const jwt = d.jwt({ iss: 'https://toast-api-server', sub: d.uuid(), 'https://toasttab.com/client_name': 'kitchen-sync', 'https://toasttab.com/partner_guid': d.uuid() }, 'bearer_jwt');
    return `[toast-connector] ${d.ts()} ERROR restaurantGuid=${d.uuid()} orders pull failed: 403 Forbidden
  auth: POST https://ws-api.toasttab.com/authentication/v1/authentication/login body={"clientId":"${d.b62(32)}","clientSecret":"${cs}","userAccessType":"TOAST_MACHINE_CLIENT"}
  using cached token=${jwt}
  response={"status":403,"code":10403,"message":"Restaurant is not connected to partner"}`;
  } },
  { area: A, name: 'clover-orders-query', make: (d) => {
    const tok = d.c('clover_api_token', d.uuid());
    const name = d.name();
    const card = d.cardNumber();
    return `requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.clover.com/v3/merchants/${d.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 13)}/orders?expand=lineItems,payments&access_token=${tok}
clover app: CLOVER_APP_ID=${d.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 13)} CLOVER_APP_SECRET=${d.c('client_secret', d.uuid())}
Traceback (most recent call last):
  File "/srv/clover_sync/jobs/orders.py", line 88, in pull_orders
    resp.raise_for_status()
last order seen: {"id":"${d.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 13)}","title":"${name}","note":"refund to card ${card} per manager","total":${d.int(500, 9000)}}`;
  } },
  { area: A, name: 'shopify-pos-graphql', make: (d) => {
    const tok = d.c('shopify_access_token', 'shpat_' + d.hex(32));
    const [fn, ln] = d.names();
    const name = `${fn} ${ln}`;
    const email = d.email(name);
    const st = d.street();
    return `level=error ts=${d.ts()} svc=pos-fulfillment msg="shopify graphql throttled" shop=${d.pick(['urban-threads', 'northside-bakery', 'kicks-depot'])}.myshopify.com
headers="X-Shopify-Access-Token: ${tok}; X-Request-Id: ${d.uuid()}"
variables="{\\"input\\":{\\"email\\":\\"${email}\\",\\"shippingAddress\\":{\\"address1\\":\\"${st.street}\\",\\"city\\":\\"${st.city}\\",\\"provinceCode\\":\\"${st.state}\\",\\"zip\\":\\"${st.zip}\\",\\"firstName\\":\\"${fn}\\",\\"lastName\\":\\"${ln}\\"}}}"`;
  } },
  { area: A, name: 'shopify-app-toml', make: (d) => {
    const s = d.c('shopify_app_secret', 'shpss_' + d.hex(32));
    const pw = d.urlPassword();
    return `Failed to boot app: PrismaClientInitializationError: Can't reach database server
# shopify.app.toml (loaded)
client_id = "${d.hex(32)}"
[auth]
redirect_urls = ["https://pos-ext.fly.dev/auth/callback"]
# .env
SHOPIFY_API_SECRET=${s}
DATABASE_URL=postgresql://pos_ext:${pw}@pos-ext-db.internal:5432/pos_ext?sslmode=require`;
  } },
  { area: A, name: 'lightspeed-k-refresh', make: (d) => {
    const cs = d.c('client_secret', d.b62(40));
    const rt = d.c('refresh_token', d.lowerDigits(40));
    return `Traceback (most recent call last):
  File "/opt/ls_kseries/auth.py", line 52, in refresh
    r = session.post(TOKEN_URL, data=payload)
  File "/opt/ls_kseries/auth.py", line 61, in refresh
    raise TokenError(f"refresh failed {r.status_code}: {payload}")
auth.TokenError: refresh failed 400: {'grant_type': 'refresh_token', 'client_id': 'kseries-integration-${d.int(10, 99)}', 'client_secret': '${cs}', 'refresh_token': '${rt}'}`;
  } },
  { area: A, name: 'aloha-bsp-config', make: (d) => {
    const secret = d.c('ncr_secret_key', d.hex(32));
    const pw = d.password();
    return `FATAL AlohaBridge.Service startup failed: System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'aloha_rpt'.
   at AlohaBridge.Data.Repo.Open() in C:\\Bridge\\Data\\Repo.cs:line 44
Config:
  bsp:
    organization: ${d.hex(32)}
    sharedKey: ${d.hex(32)}
    secretKey: ${secret}
  connectionStrings:
    AlohaRpt: "Server=${d.privIp()}\\\\ALOHASQL;Database=AlohaRpt;User Id=aloha_rpt;Password=${pw};TrustServerCertificate=True"`;
  } },
  { area: A, name: 'simphony-sts', make: (d) => {
    const pw = d.urlPassword();
    const cs = d.c('client_secret', d.b62(36));
    return `2026-${String(d.int(1, 11)).padStart(2, '0')}-1${d.int(0, 9)} ${d.int(10, 23)}:0${d.int(0, 9)}:11,402 ERROR [simphony-sts] com.oracle.hospitality.auth: token request rejected (invalid_grant)
 POST /oidc-provider/v1/oauth2/token grant_type=password&username=${d.pick(['api.integration', 'bi.export', 'kds.bridge'])}&password=${pw}&client_id=${d.b62(20)}&client_secret=${cs}&scope=openid
 orgShortName=${d.pick(['MRST', 'HGRP', 'BRWC'])} locRef=${d.int(100, 999)}`;
  } },
  { area: A, name: 'revel-auth-header', make: (d) => {
    const key = d.hex(32);
    const secret = d.c('revel_api_secret', d.hex(64));
    const name = d.name();
    return `{"level":"error","time":"${d.ts()}","msg":"revel request failed","status":401,"url":"https://${d.pick(['bluecorner', 'sushizen', 'cafemira'])}.revelup.com/resources/Customer/?limit=50","headers":{"API-AUTHENTICATION":"${key}:${secret}"},"customer_hint":"${name}"}`;
  } },
  { area: A, name: 'spoton-webhook', make: (d) => {
    const key = d.c('api_key', 'so_' + d.b62(40));
    const name = d.name();
    const phone = d.phone('us');
    return `spoton-webhook-relay: delivery failed after 5 attempts (ECONNREFUSED ${d.privIp()}:8443)
  curl -X POST https://relay.internal/spoton -H 'x-api-key: ${key}' -d '{"event":"guest.checkin","guest":{"name":"${name}","mobile":"${phone}"},"location_id":"${d.int(1000, 9999)}"}'`;
  } },
];
