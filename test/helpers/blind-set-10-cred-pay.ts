import { B64URL, B62, DIGITS, LOWER } from './blind-set-10-rng';
import { cred, pos, type PosCase10 } from './blind-set-10-types';
import { host, podName, ts } from './blind-set-10-values';

/** Payments, commerce and shipping providers' secrets in integration error logs. */
export const credPay: PosCase10[] = [
  (r) => {
    const k = `rk_live_${r.b62(99)}`;
    return pos('pay/stripe-restricted-node', `${ts(r)} error [payouts-worker] StripeAuthenticationError: Invalid API Key provided: ${k}\n    at StripeResource._makeRequest (/app/node_modules/stripe/cjs/StripeResource.js:201:27)`, cred('stripe-restricted-key', k));
  },
  (r) => {
    const k = `whsec_${r.b62(32)}`;
    return pos('pay/stripe-webhook-secret-env', `[pod ${podName(r, 'billing-api')}] Loaded env: NODE_ENV=production PORT=8080 STRIPE_WEBHOOK_SECRET=${k} LOG_LEVEL=info\nWebhook signature verification failed: No signatures found matching the expected signature for payload`, cred('stripe-webhook-secret', k));
  },
  (r) => {
    const k = `EAAA${r.chars(B64URL, 60)}`;
    return pos('pay/square-access-token-curl', `+ curl -sS https://connect.squareup.com/v2/locations -H 'Square-Version: 2024-10-17' -H 'Authorization: Bearer ${k}' -H 'Content-Type: application/json'\n{"errors":[{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED","detail":"This request could not be authorized."}]}`, cred('square-access-token', k));
  },
  (r) => {
    const k = `sq0csp-${r.chars(B64URL, 43)}`;
    return pos('pay/square-oauth-secret-yaml', `square:\n  application_id: sq0idp-${r.chars(B64URL, 22)}\n  application_secret: ${k}\n  environment: production\nERROR oauth token exchange returned 401 invalid_client`, cred('square-oauth-secret', k));
  },
  (r) => {
    const k = `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`;
    return pos('pay/braintree-access-token-ruby', `Braintree::AuthenticationError (Braintree::AuthenticationError)\n  gateway = Braintree::Gateway.new(:access_token => "${k}")\n  from app/services/checkout/paypal_vault.rb:38:in \`gateway'`, cred('braintree-access-token', k));
  },
  (r) => {
    const id = `A${r.chars(B64URL, 79)}`;
    const sec = `E${r.chars(B64URL, 79)}`;
    return pos('pay/paypal-client-secret-form', `POST https://api-m.paypal.com/v1/oauth2/token 401\nrequest body: grant_type=client_credentials&client_id=${id}&client_secret=${sec}\nresponse: {"error":"invalid_client","error_description":"Client Authentication failed"}`, cred('paypal-client-secret', sec));
  },
  (r) => {
    const k = `shpat_${r.hex(32)}`;
    return pos('pay/shopify-admin-token-graphql', `ShopifyAPI::Errors::HttpResponseError: [401] Invalid API key or access token (unrecognized login or wrong password)\n  request: POST https://tallgrass-outfitters.myshopify.com/admin/api/2024-07/graphql.json headers={"X-Shopify-Access-Token"=>"${k}", "Content-Type"=>"application/json"}`, cred('shopify-access-token', k));
  },
  (r) => {
    const k = `shpss_${r.hex(32)}`;
    return pos('pay/shopify-shared-secret-toml', `# shopify.app.toml (rendered)\n[auth]\nredirect_urls = ["https://app.brightwell-freight.co.uk/auth/callback"]\nclient_secret = "${k}"\nWARN webhook HMAC mismatch for topic orders/create`, cred('shopify-shared-secret', k));
  },
  (r) => {
    const k = `sk_live_${r.hex(40)}`;
    return pos('pay/paystack-secret-python', `Traceback (most recent call last):\n  File "/srv/app/payments/paystack.py", line 57, in verify\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.paystack.co/transaction/verify/T${r.digits(12)}\nheaders sent: {'Authorization': 'Bearer ${k}', 'Cache-Control': 'no-cache'}`, cred('paystack-secret-key', k));
  },
  (r) => {
    const k = `FLWSECK-${r.hex(32)}-X`;
    return pos('pay/flutterwave-secret-php', `[${ts(r)}] production.ERROR: Flutterwave charge failed {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401): Client error: \`POST https://api.flutterwave.com/v3/charges?type=card\` resulted in a \`401 Unauthorized\`","config":{"secret_key":"${k}","encryption_key":"FLWSECK_TEST${r.hex(12)}"}}`, cred('flutterwave-secret-key', k));
  },
  (r) => {
    const k = `live_${r.b62(30)}`;
    return pos('pay/mollie-api-key-go', `2026/11/03 14:22:09 mollie: POST /v2/payments: 401 Unauthorized: {"status":401,"title":"Unauthorized Request","detail":"Missing authentication, or failed to authenticate"}\n  client config: &mollie.Config{testing:false, auth:"${k}", reqIdempotency:true}`, cred('mollie-api-key', k));
  },
  (r) => {
    const keyId = `rzp_live_${r.b62(14)}`;
    const sec = r.b62(24);
    return pos('pay/razorpay-basic-auth-url', `ERROR [razorpay] settlement fetch failed: GET https://${keyId}:${sec}@api.razorpay.com/v1/settlements?count=100 -> 401 BAD_REQUEST_ERROR "The api key provided is invalid"`, cred('razorpay-key-secret', sec));
  },
  (r) => {
    const k = `shippo_live_${r.hex(40)}`;
    return pos('pay/shippo-token-header', `shippo-go: request failed method=POST url=https://api.goshippo.com/shipments/ status=401\n> Authorization: ShippoToken ${k}\n> Shippo-API-Version: 2018-02-08\n< {"detail": "Invalid token."}`, cred('shippo-api-token', k));
  },
  (r) => {
    const k = `EZAK${r.hex(54)}`;
    return pos('pay/easypost-key-java', `com.easypost.exception.API.UnauthorizedError: The API key provided is invalid.\n\tat com.easypost.http.Requestor.handleAPIError(Requestor.java:512)\n\tat com.acme.fulfil.LabelService.buy(LabelService.java:88)\nCaused by request config: EasyPostClient{apiKey='${k}', connectTimeoutMilliseconds=30000}`, cred('easypost-api-key', k));
  },
  (r) => {
    const k = `sk_${r.uuid()}`;
    return pos('pay/checkout-com-secret-dotnet', `fail: Checkout.CheckoutApiException[0]\n      Unauthorized: POST https://api.checkout.com/payments (401) RequestId=${r.uuid()}\n      SecretKey="${k}" Environment=Production`, cred('checkoutcom-secret-key', k));
  },
  (r) => {
    const k = `pdl_live_apikey_${r.chars(LOWER + DIGITS, 26)}_${r.chars(B62, 22)}_${r.chars(LOWER + DIGITS, 3)}`;
    return pos('pay/paddle-api-key-json', `{"level":"error","ts":"${ts(r)}","msg":"paddle list subscriptions failed","status":403,"request":{"url":"https://api.paddle.com/subscriptions","headers":{"authorization":"Bearer ${k}"}},"host":"${host(r)}"}`, cred('paddle-api-key', k));
  },
  (r) => {
    const k = `live_${r.chars(B64URL, 40)}`;
    return pos('pay/gocardless-token-env', `GoCardlessPro::AuthenticationError: The access token you've used is not a valid live API access token\n  ENV snapshot: GC_ENVIRONMENT=live GC_ACCESS_TOKEN=${k} RAILS_ENV=production`, cred('gocardless-access-token', k));
  },
  (r) => {
    const sec = r.hex(30);
    return pos('pay/plaid-secret-json-body', `PlaidError: INVALID_API_KEYS invalid client_id or secret provided\n  request_id=${r.b62(15)} body={"client_id":"${r.hex(24)}","secret":"${sec}","access_token":"access-production-${r.uuid()}"}`, cred('plaid-secret', sec));
  },
  (r) => {
    const tok = `access-production-${r.uuid()}`;
    return pos('pay/plaid-access-token-log', `${ts(r)} WARN plaid transactions sync retry=3 item_id=${r.b62(37)} access_token=${tok} error_code=ITEM_LOGIN_REQUIRED`, cred('plaid-access-token', tok));
  },
  (r) => {
    const hmac = r.hex(64).toUpperCase();
    const api = `AQE${r.chars(B62, 3)}mfxK${r.chars(B64URL, 40)}.${r.chars(B64URL, 24)}`;
    return pos('pay/adyen-keys-properties', `# application-prod.properties (dumped by /actuator/configprops)\nadyen.merchant-account=TallgrassECOM\nadyen.notification.hmac-key=${hmac}\nadyen.api-key=${api}\nERROR HMAC validation failed for notification pspReference=${r.digits(16)}`, cred('adyen-hmac-key', hmac), cred('adyen-api-key', api));
  },
  (r) => {
    const key = r.hex(64).toUpperCase();
    return pos('pay/worldpay-xml', `<?xml version="1.0"?>\n<!-- outbound request logged on failure -->\n<paymentService version="1.4" merchantCode="BRIGHTWELLGBP">\n  <submit><order orderCode="ORD-${r.digits(8)}"/></submit>\n</paymentService>\nAuthorization: Basic ${Buffer.from(`BRIGHTWELLGBP:${key.slice(0, 20)}`).toString('base64')}\n<error code="4">Security violation</error>`, cred('http-basic-auth', Buffer.from(`BRIGHTWELLGBP:${key.slice(0, 20)}`).toString('base64')));
  },
];
