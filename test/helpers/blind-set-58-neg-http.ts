import { named58, type Named58 } from './blind-set-58-ctx';

/** Negatives from HTTP clients, webhooks and OAuth flows: redacted, placeholder, public or documentation values only. */
export const NEG_HTTP58: Named58[] = named58('neg-http', {
  curlPlaceholder: (c) => `$ curl https://api.stripe.com/v1/charges -u "$STRIPE_SECRET_KEY:" -d amount=${c.cents()} -d currency=usd -d source=tok_visa\n# replace <YOUR_API_KEY> with your secret key from the dashboard (sk_test_... in test mode)`,
  curlTls: (c) => `*   Trying ${c.priv()}:443...\n* Connected to api.${c.org()}.internal (${c.priv()}) port 443\n* Server certificate:\n*  subject: CN=*.${c.org()}.internal\n*  start date: Jan ${c.int(1, 28)} 00:00:00 2025 GMT\n*  SHA256 fingerprint: ${Array.from({ length: 32 }, () => c.hex(2).toUpperCase()).join(':')}\n*  SSL certificate verify ok.\n> GET /healthz HTTP/2\n< HTTP/2 200`,
  okhttpRedacted: (c) => `--> POST https://api.stripe.com/v1/refunds\nContent-Type: application/x-www-form-urlencoded\nAuthorization: ██\nIdempotency-Key: ${c.uuid()}\n\ncharge=ch_${c.b62(24)}&amount=${c.cents()}\n--> END POST (${c.int(40, 90)}-byte body)\n<-- 200 https://api.stripe.com/v1/refunds (${c.int(100, 900)}ms)`,
  apacheMasked: (c) => `${c.ts().slice(11, 23)} DEBUG org.apache.http.headers - http-outgoing-${c.int(0, 9)} >> Authorization: Bearer ****\n${c.ts().slice(11, 23)} DEBUG org.apache.http.headers - http-outgoing-${c.int(0, 9)} << X-Request-Id: ${c.uuid()}\n${c.ts().slice(11, 23)} DEBUG org.apache.http.headers - http-outgoing-${c.int(0, 9)} << ETag: W/"${c.hex(40)}"`,
  springMasked: (c) => `DEBUG o.s.w.r.f.client.ExchangeFunctions - [${c.hex(8)}] HTTP POST https://api.hubapi.com/crm/v3/objects/contacts/search, headers={masked}\nDEBUG o.s.w.r.f.client.ExchangeFunctions - [${c.hex(8)}] [${c.hex(8)}-${c.int(1, 9)}] Response 200 OK, headers={masked}`,
  dotnetStarHeaders: (c) => `trce: System.Net.Http.HttpClient.Okta.ClientHandler[102]\n      Request Headers:\n      Authorization: *\n      Accept: application/json\n      User-Agent: okta-sdk-dotnet/7.0.${c.int(0, 9)}\n      traceparent: 00-${c.hex(32)}-${c.hex(16)}-01`,
  axiosStars: (c) => `AxiosError: timeout of ${c.int(5, 30)}000ms exceeded {"config":{"url":"https://api.openai.com/v1/embeddings","method":"post","headers":{"Authorization":"Bearer ***","Content-Type":"application/json"},"timeout":${c.int(5, 30)}000},"code":"ECONNABORTED"}`,
  faradayFiltered: (c) => `I, [${c.ts().slice(0, 23)} #${c.int(100, 9999)}]  INFO -- request: GET https://api.github.com/repos/${c.org()}/herald/commits/${c.hex(40)}\nAuthorization: "token [FILTERED]"\nI, [${c.ts().slice(0, 23)} #${c.int(100, 9999)}]  INFO -- response: Status 200\nx-ratelimit-remaining: "${c.int(0, 4999)}"`,
  pyHttpSafe: (c) => `send: b'GET /v2/payments?cursor=${c.r.b64url(48)} HTTP/1.1\\r\\nHost: connect.squareup.com\\r\\nAuthorization: Bearer [REDACTED]\\r\\nSquare-Version: 2024-10-17\\r\\n\\r\\n'\nreply: 'HTTP/1.1 200 OK\\r\\n'\nheader: Square-Request-Id: ${c.uuid()}`,
  goDumpGet: (c) => `GET /api/v2/tickets.json?page[size]=100&page[after]=${c.r.b64url(30)} HTTP/1.1\nHost: ${c.org()}.zendesk.com\nUser-Agent: Go-http-client/1.1\nAccept: application/json\nX-Request-Id: ${c.uuid()}\nAccept-Encoding: gzip`,
  awsDocsExample: (c) => `# From the AWS docs: example credentials (not real)\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-west-${c.int(1, 2)}`,
  envExample: (c) => `# .env.example (copy to .env)\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nTWILIO_AUTH_TOKEN=your_auth_token\nSENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX\nWORKER_CONCURRENCY=${c.int(2, 32)}`,
  docsContact: (c) => `{"contact":{"email":"user@example.com","firstname":"Jane","lastname":"Doe","phone":"+1 555-01${c.int(0, 9)}${c.int(0, 9)}"},"note":"sample payload from the HubSpot API reference","portalId":${c.int(1000000, 9999999)}}`,
  stripeEventIds: (c) => `{"id":"evt_${c.b62(24)}","object":"event","api_version":"2024-06-20","type":"charge.succeeded","data":{"object":{"id":"ch_${c.b62(24)}","amount":${c.cents()},"payment_method_details":{"card":{"brand":"visa","last4":"${c.dig(4)}","exp_month":${c.int(1, 12)},"exp_year":20${c.int(27, 31)},"fingerprint":"${c.b62(16)}"}},"receipt_number":"${c.int(1000, 9999)}-${c.int(1000, 9999)}"}},"request":{"id":"req_${c.b62(14)}","idempotency_key":"${c.uuid()}"}}`,
  maskedCard: (c) => `payment_method: card **** **** **** ${c.dig(4)} (exp **/**), iban DE** **** **** **** **${c.dig(2)} ${c.dig(2)}, account ending ${c.dig(4)}, routing ●●●●●${c.dig(4)}`,
  githubPing: (c) => `X-GitHub-Event: ping\nX-GitHub-Delivery: ${c.uuid()}\nX-GitHub-Hook-ID: ${c.int(100000000, 999999999)}\n{"zen":"Design for failure.","hook_id":${c.int(100000000, 999999999)},"hook":{"type":"Repository","active":true,"events":["push","pull_request"],"config":{"content_type":"json","insecure_ssl":"0","secret":"********","url":"https://ci.${c.org()}.io/hooks/github"}}}`,
  shopifyNoCustomer: (c) => `X-Shopify-Topic: products/update\nX-Shopify-Webhook-Id: ${c.uuid()}\nX-Shopify-Triggered-At: ${c.ts()}\n{"id":${c.dig(13)},"title":"Merino Crew ${c.pick(['Navy', 'Sand', 'Moss'])}","variants":[{"sku":"MC-${c.ud(5)}","price":"${c.money()}","inventory_quantity":${c.int(0, 300)}}],"updated_at":"${c.ts()}"}`,
  twilioSids: (c) => `{"account_sid":"AC${c.hex(32)}","messaging_service_sid":"MG${c.hex(32)}","sid":"SM${c.hex(32)}","status":"delivered","num_segments":"1","price":"-0.00790","price_unit":"USD","error_code":null,"uri":"/2010-04-01/Accounts/AC${c.hex(32)}/Messages/SM${c.hex(32)}.json"}`,
  publishableKeys: (c) => `window.HERALD = { stripePublishableKey: "pk_live_51${c.b62(12)}${c.b62(80)}", adyenEnvironment: "live", version: "4.${c.int(0, 30)}.${c.int(0, 9)}", build: "${c.hex(7)}" };`,
  jwksPublic: (c) => `{"keys":[{"kty":"RSA","use":"sig","kid":"${c.b62(43)}","alg":"RS256","e":"AQAB","n":"${c.r.b64url(256)}"}]}`,
  oauthAuthorizeUrl: (c) => `302 Location: https://${c.org()}.okta.com/oauth2/default/v1/authorize?client_id=0oa${c.b62(17)}&response_type=code&scope=openid%20profile&redirect_uri=https%3A%2F%2Fapp.herald.io%2Fcallback&state=${c.r.b64url(24)}&code_challenge=${c.r.b64url(32)}&code_challenge_method=S256`,
  oauthErrorOnly: (c) => `<- 400 https://oauth2.googleapis.com/token {"error":"invalid_grant","error_description":"Bad Request"} (trace ${c.hex(32)}, retry ${c.int(1, 5)}/5, next in ${c.int(1, 60)}s)`,
  qboRealm: (c) => { let realm: string; do realm = `9${c.dig(15)}`; while (luhnOk(realm)); return `intuit_tid=${c.uuid()} realmId=${realm} GET /v3/company/${realm}/query?query=select%20*%20from%20Invoice%20maxresults%20100 -> 200 (${c.int(80, 900)} ms)`; },
  certificate: (c) => `-----BEGIN CERTIFICATE-----\n${c.r.b64(480).match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n# webhook TLS chain, serial ${c.hex(32)}`,
  signedUrlRedacted: (c) => `GET https://herald-exports.s3.amazonaws.com/reports/${c.uuid()}.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250${c.int(1, 9)}${c.int(10, 28)}T101500Z&X-Amz-Expires=900&X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED -> 200 x-amz-request-id: ${c.ud(16)}`,
  userAgents: (c) => `User-Agent: Stripe/v1 RubyBindings/10.${c.int(0, 15)}.0\nUser-Agent: okhttp/4.12.0\nUser-Agent: python-httpx/0.27.${c.int(0, 2)}\nUser-Agent: GuzzleHttp/7\nX-Stripe-Client-User-Agent: {"bindings_version":"10.${c.int(0, 15)}.0","lang":"ruby","lang_version":"3.3.${c.int(0, 5)}"}`,
  slackIds: (c) => `{"ok":true,"channel":"C${c.ud(10)}","ts":"${c.epoch()}.${c.dig(6)}","message":{"bot_id":"B${c.ud(10)}","app_id":"A${c.ud(10)}","team":"T${c.ud(10)}","text":"[P2] payments-webhook error rate above 5% for ${c.int(5, 30)} minutes"}}`,
});

const luhnOk = (s: string): boolean => {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
};
