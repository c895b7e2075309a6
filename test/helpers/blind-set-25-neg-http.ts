import type { NegTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';

/** Negatives from HTTP clients, servers and provider SDKs: the same encodings and placements as the positives, holding ids, digests, masks, placeholders and public keys. */

const clf = (r: { int: (a: number, b: number) => number }) => `[05/Dec/2026:11:${r.int(10, 59)}:${r.int(10, 59)} +0000]`;

export const NEG_HTTP_TEMPLATES: NegTemplate25[] = [
  {
    source: 'neg-http',
    name: 'axios-placeholder-pagetoken',
    make: (r) => `AxiosError: Request failed with status code 400
  config: {
    url: 'https://api.hubapi.com/crm/v3/objects/contacts?limit=100&after=${r.digits(6)}&email=${V.url('support@example.com')}&page_token=${V.url(V.b64(JSON.stringify({ offset: r.int(100, 900), v: 2 })))}',
    headers: AxiosHeaders { Authorization: 'Bearer \${HUBSPOT_PRIVATE_APP_TOKEN}', 'X-Request-Id': '${r.uuid()}' }
  },
  response: { status: 400, data: { category: 'VALIDATION_ERROR', correlationId: '${r.uuid()}' } }`,
  },
  {
    source: 'neg-http',
    name: 'urllib3-basic-placeholder',
    make: (
      r,
    ) => `send: b'POST /v3/mg.example.com/messages HTTP/1.1\\r\\nHost: api.mailgun.net\\r\\nAuthorization: Basic ${V.b64('api:<your-api-key>')}\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\n'
send: b'from=${V.form('Acme Billing <billing@example.com>')}&to=${V.form('noreply@example.com')}&subject=Invoice+INV-${r.digits(6)}&o%3Atag=invoice&v%3Aorder_id=ord_${r.b62(14)}'
reply: 'HTTP/1.1 401 UNAUTHORIZED\\r\\n'`,
  },
  {
    source: 'neg-http',
    name: 'go-oauth-env-refs',
    make: (r) =>
      `level=error ts=2026-12-05T11:${r.int(10, 59)}:02Z caller=sfsync/auth.go:88 msg="token request failed" err="Post \\"https://login.salesforce.com/services/oauth2/token?grant_type=client_credentials&client_id=${V.url('${SF_CLIENT_ID}')}&client_secret=${V.url('${SF_CLIENT_SECRET}')}&code_challenge=${r.b64url(32)}&code_challenge_method=S256\\": context deadline exceeded" trace_id=${V.hex(r, 32)} span_id=${V.hex(r, 16)}`,
  },
  {
    source: 'neg-http',
    name: 'okhttp-doc-examples',
    make: (r) => `I/okhttp.OkHttpClient: --> POST https://api.twilio.com/2010-04-01/Accounts/AC${V.hex(r, 32)}/Messages.json
I/okhttp.OkHttpClient: Authorization: Basic ${V.b64('AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}
I/okhttp.OkHttpClient: To=${V.form('+1 415 555 01' + r.int(10, 99))}&From=${V.form('+1 202 555 01' + r.int(10, 99))}&StatusCallback=${V.url('https://hooks.example.com/twilio/status?sid=SM' + V.hex(r, 32))}
I/okhttp.OkHttpClient: <-- 401 UNAUTHORIZED (88ms) {"code": 20003, "message": "Authenticate", "status": 401}`,
  },
  {
    source: 'neg-http',
    name: 'apache-wire-masked',
    make: (r) => `DEBUG org.apache.http.wire - http-outgoing-${r.int(0, 9)} >> "POST /api/v2/tickets.json HTTP/1.1[\\r][\\n]"
DEBUG org.apache.http.wire - http-outgoing-${r.int(0, 9)} >> "Authorization: Basic ****[\\r][\\n]"
DEBUG org.apache.http.wire - http-outgoing-${r.int(0, 9)} >> "{"ticket":{"subject":"Webhook ${r.uuid()} failed","requester":{"email":"alerts@example.com"},"external_id":"INC-${r.digits(7)}"}}"
DEBUG org.apache.http.wire - http-outgoing-${r.int(0, 9)} << "HTTP/1.1 422 Unprocessable Entity[\\r][\\n]"`,
  },
  {
    source: 'neg-http',
    name: 'dotnet-redacted-headers',
    make: (r) => `trce: System.Net.Http.HttpClient.Plaid.ClientHandler[102]
      Request Headers:
      PLAID-CLIENT-ID: [Redacted]
      PLAID-SECRET: [Redacted]
      Plaid-Version: 2020-09-14
fail: Acme.Payouts.PlaidSync[0]
      auth/get: {"accounts":[{"account_id":"${r.b62(37)}","mask":"${r.digits(4)}","subtype":"checking"}],"item":{"item_id":"${r.b62(37)}"},"request_id":"${r.b62(15)}"}`,
  },
  {
    source: 'neg-http',
    name: 'curl-trace-headers',
    make: (r) => `> GET /api/v2/search.json?query=${V.url('type:ticket status:open tags:billing')}&page%5Bafter%5D=${r.b64url(24)} HTTP/2
> authorization: Bearer $(cat /var/run/secrets/zendesk/token)
> traceparent: 00-${V.hex(r, 32)}-${V.hex(r, 16)}-01
> x-request-id: ${r.uuid()}
< HTTP/2 429
< x-zendesk-api-gateway-request-id: ${V.hex(r, 32)}`,
  },
  {
    source: 'neg-http',
    name: 'undici-redacted',
    make: (r) => `TypeError: fetch failed
  request: Request { method: 'POST', url: 'https://api.anthropic.com/v1/messages', headers: HeadersList {
        'x-api-key' => { name: 'x-api-key', value: '[REDACTED]' },
        'anthropic-version' => { name: 'anthropic-version', value: '2023-06-01' },
        'idempotency-key' => { name: 'idempotency-key', value: 'stainless-node-retry-${r.uuid()}' } } }
  response: { 'request-id': 'req_${r.b62(24)}', 'x-ratelimit-remaining-tokens': '${r.int(1000, 90000)}' }`,
  },
  {
    source: 'neg-http',
    name: 'oauth-state-double-encoded',
    make: (r) =>
      `INFO [auth] callback GET /oauth/callback?state=${r.b64url(24)}&redirect_uri=${V.url2('https://app.example.com/cb?next=/settings')}&next=${V.url(V.b64u(JSON.stringify({ return_to: '/dashboard', nonce: V.hex(r, 16) })))}&error=access_denied&error_description=${V.form('The user denied the request')} 302`,
  },
  {
    source: 'neg-http',
    name: 'form-business-ids',
    make: (r) => `requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.example-kyb.io/v1/businesses
PreparedRequest.body: 'legal_name=${V.form('Acme Widgets Ltd')}&ein=${r.int(10, 99)}-${r.digits(7)}&vat_number=GB${r.digits(9)}&contact=${V.form('compliance@example.com')}&country=US&idempotency_key=${r.uuid()}'`,
  },
  {
    source: 'neg-http',
    name: 'stripe-public-key-masked',
    make: (r) => `StripeCardError: Your card was declined.
  raw: { code: 'card_declined', decline_code: 'generic_decline', payment_method: { id: 'pm_${r.b62(24)}', card: { brand: 'visa', last4: '${r.digits(4)}', fingerprint: '${r.b62(16)}', exp_month: ${r.int(1, 12)} } } },
  publishableKey: 'pk_live_51${r.b62(96)}',
  test_card_used_in_staging: '4242 4242 4242 4242',
  requestId: 'req_${r.b62(14)}', idempotencyKey: '${r.uuid()}'`,
  },
  {
    source: 'neg-http',
    name: 'salesforce-ids-filtered',
    make: (
      r,
    ) => `simple_salesforce.exceptions.SalesforceMalformedRequest: Malformed request https://acme.my.salesforce.com/services/data/v59.0/query/?q=SELECT+Id+FROM+Case+WHERE+SuppliedEmail+%3D+%27${V.url('support@example.com')}%27+AND+RecordTypeId+%3D+%27012${r.b62(12)}%27
  sf.session_id = '[FILTERED]'
  record = {'Id': '500${r.b62(15)}', 'AccountId': '001${r.b62(15)}', 'OwnerId': '005${r.b62(15)}'}`,
  },
  {
    source: 'neg-http',
    name: 'shopify-webhook-hmac',
    make: (r) => `WARN webhook verification failed topic=orders/create
  X-Shopify-Hmac-Sha256: ${r.b64(32)}
  X-Shopify-Webhook-Id: ${r.uuid()}
  X-Shopify-Shop-Domain: acme-demo.myshopify.com
  X-Shopify-Access-Token: <redacted>
  body: {"id":${r.digits(13)},"email":"orders@example.com","order_number":${r.int(1000, 99999)},"total_price":"${r.int(10, 900)}.00","token":"${V.hex(r, 32)}","checkout_token":"${V.hex(r, 32)}"}`,
  },
  {
    source: 'neg-http',
    name: 'sendgrid-signed-event',
    make: (r) => `POST /hooks/sendgrid 403 signature mismatch
X-Twilio-Email-Event-Webhook-Signature: ${r.b64(72)}
X-Twilio-Email-Event-Webhook-Timestamp: ${r.int(1764900000, 1764990000)}
verification key: -----BEGIN PUBLIC KEY-----\\n${r.b64(64)}\\n${r.b64(27)}\\n-----END PUBLIC KEY-----
events: [{"email":"bounces@example.com","event":"dropped","sg_message_id":"${r.b64url(22)}.filter${r.int(1, 9)}","sg_event_id":"${r.b64url(22)}"}]`,
  },
  {
    source: 'neg-http',
    name: 'adyen-notification',
    make: (r) =>
      `{"live":"true","notificationItems":[{"NotificationRequestItem":{"additionalData":{"hmacSignature":"${r.b64(32)}","cardSummary":"${r.digits(4)}","cardBin":"411111","expiryDate":"03/2030","authCode":"${r.digits(6)}"},"pspReference":"${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16)}","merchantReference":"order-${r.digits(8)}","eventCode":"AUTHORISATION","success":"false","reason":"Refused"}}]}`,
  },
  {
    source: 'neg-http',
    name: 'okta-jwks-public',
    make: (r) => `OktaApiError: invalid_client  issuer=https://acme.okta.com/oauth2/default client_id=0oa${r.b62(17)}
  jwks: {"keys":[{"kty":"RSA","alg":"RS256","kid":"${r.b64url(32)}","use":"sig","e":"AQAB","n":"${r.b64url(256)}"}]}
  id_token (unsigned debug copy): ${V.b64u(JSON.stringify({ alg: 'none' }))}.${V.b64u(JSON.stringify({ scope: 'openid', aud: 'herald', iss: 'https://acme.okta.com' }))}.`,
  },
  {
    source: 'neg-http',
    name: 'nginx-page-tokens',
    make: (
      r,
    ) => `10.${r.int(0, 9)}.${r.int(0, 255)}.${r.int(2, 250)} - - ${clf(r)} "GET /api/v1/orders?page_token=${V.url(r.b64(24))}&idempotency_key=${r.uuid()}&utm_source=newsletter HTTP/1.1" 200 ${r.int(200, 9000)} "-" "Go-http-client/2.0" rt=0.0${r.int(10, 99)}
127.0.0.1 - - ${clf(r)} "GET /healthz?probe=liveness&sha=${V.hex(r, 40)} HTTP/1.1" 200 2 "-" "kube-probe/1.30"`,
  },
  {
    source: 'neg-http',
    name: 'django-500-all-filtered',
    make: (r) => `<h3 id="post-info">POST</h3><table class="req"><tbody>
<tr><td>password1</td><td class="code"><pre>&#39;********************&#39;</pre></td></tr>
<tr><td>plan</td><td class="code"><pre>&#39;team &amp; enterprise&#39;</pre></td></tr>
<tr><td>coupon</td><td class="code"><pre>&#39;WINTER&lt;${r.int(10, 50)}&gt;&#39;</pre></td></tr>
<tr><td>contact</td><td class="code"><pre>&#39;sales&#64;example.com&#39;</pre></td></tr>
<tr><td>HTTP_X_REQUEST_ID</td><td class="code"><pre>&#39;${r.uuid()}&#39;</pre></td></tr></tbody></table>`,
  },
  {
    source: 'neg-http',
    name: 'multipart-invoice',
    make: (r) => {
      const bd = `----WebKitFormBoundary${r.b62(16)}`;
      const part = (n: string, v: string) => `--${bd}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`;
      return `werkzeug.exceptions.RequestEntityTooLarge: 413\n${part('document_type', 'invoice')}${part('invoice_number', `INV-2026-${r.digits(6)}`)}${part('api_key', '<API_KEY>')}${part('checksum_sha256', V.hex(r, 64))}--${bd}--`;
    },
  },
  {
    source: 'neg-http',
    name: 'cookies-non-session',
    make: (
      r,
    ) => `> Cookie: ajs_anonymous_id=${r.uuid()}; ajs_user_traits=${V.url(JSON.stringify({ plan: 'pro', seats: r.int(2, 90) }))}; locale=en-GB; theme=dark; _ga=GA1.1.${r.digits(9)}.${r.digits(10)}
< Set-Cookie: last_seen_release=${V.hex(r, 12)}; path=/; Max-Age=31536000
< Set-Cookie: feature_flags=${V.b64(JSON.stringify({ newNav: true, beta: false }))}; path=/`,
  },
  {
    source: 'neg-http',
    name: 'gateway-userinfo-service',
    make: (r) => `WARN  [gateway] x-userinfo for service principal: ${V.b64(JSON.stringify({ sub: 'svc-payouts', scope: 'payouts:read', tenant: 'acme', iat: r.int(1764900000, 1764990000) }))}
  x-apigateway-api-userinfo: ${V.b64u(JSON.stringify({ client_id: 'herald-' + r.b62(8), roles: ['reader'] }))}
  x-request-id: ${r.uuid()}`,
  },
];
