import { B62, B64URL, DIGITS, LOWER, type Rng12 } from './blind-set-12-rng';
import { cred, pos, type PosCase12 } from './blind-set-12-types';

const jwt = (r: Rng12, payload: object): string =>
  `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${r.b64url(32)}`;

/** Payments, commerce and accounting providers' credentials in their own error logs. */
export const credPay: PosCase12[] = [
  (r) => {
    const id = `rzp_live_${r.b62(14)}`;
    const secret = r.b62(24);
    return pos('pay/razorpay-basic', `razorpay.errors.BadRequestError: Authentication failed\n  at Client.request (node_modules/razorpay/dist/api.js:84:19)\n  config: { key_id: '${id}', key_secret: '${secret}' }`, cred('razorpay-key-id', id), cred('razorpay-secret', secret));
  },
  (r) => {
    const k = `sk_live_${r.hex(40)}`;
    return pos('pay/paystack-curl', `+ curl -sS https://api.paystack.co/transaction/verify/T${r.digits(9)} -H "Authorization: Bearer ${k}"\n{"status":false,"message":"Transaction reference not found"}`, cred('paystack-secret', k));
  },
  (r) => {
    const t = `APP_USR-${r.digits(16)}-${r.digits(6)}-${r.hex(32)}-${r.digits(9)}`;
    return pos('pay/mercadopago-sdk', `com.mercadopago.exceptions.MPApiException: Api error. Check response for details\n\tat com.mercadopago.client.MercadoPagoClient.send(MercadoPagoClient.java:112)\nMercadoPagoConfig.accessToken=${t}`, cred('mercadopago-token', t));
  },
  (r) => {
    const k = `rk_live_${r.b62(99)}`;
    return pos('pay/stripe-restricted-env', `ERROR worker/billing: StripeAuthenticationError: This API key cannot make requests to /v1/payouts\nenv STRIPE_RESTRICTED_KEY=${k} STRIPE_API_VERSION=2024-06-20`, cred('stripe-restricted', k));
  },
  (r) => {
    const s = `whsec_${r.b64(24)}`.replace(/[+/=]/g, 'x');
    return pos('pay/stripe-whsec-yaml', `# stripe-listener configmap\ndata:\n  STRIPE_WEBHOOK_SECRET: "${s}"\n  STRIPE_FORWARD_TO: http://billing:8080/webhooks`, cred('stripe-webhook-secret', s));
  },
  (r) => {
    const t = `shpat_${r.hex(32)}`;
    return pos('shop/shopify-admin', `ShopifyAPI::Errors::HttpResponseError: [401] Invalid API key or access token\nrequest headers: {"X-Shopify-Access-Token"=>"${t}", "Content-Type"=>"application/json"}`, cred('shopify-token', t));
  },
  (r) => {
    const t = `shpss_${r.hex(32)}`;
    return pos('shop/shopify-shared-toml', `# shopify.app.toml (rendered by CI)\n[auth]\nclient_id = "${r.hex(32)}"\nclient_secret = "${t}"\nredirect_urls = ["https://admin.acme-shop.io/auth/callback"]`, cred('shopify-secret', t));
  },
  (r) => {
    const t = r.chars(LOWER + DIGITS, 31);
    return pos('shop/bigcommerce-header', `> GET /stores/${r.chars(LOWER + DIGITS, 10)}/v3/catalog/products HTTP/1.1\n> X-Auth-Token: ${t}\n> Accept: application/json\n< HTTP/1.1 401 Unauthorized`, cred('bigcommerce-token', t));
  },
  (r) => {
    const ck = `ck_${r.hex(40)}`;
    const cs = `cs_${r.hex(40)}`;
    return pos('shop/woocommerce-url', `GuzzleHttp\\Exception\\ClientException: Client error: \`GET https://shop.lindqvist-design.se/wp-json/wc/v3/orders?consumer_key=${ck}&consumer_secret=${cs}\` resulted in a \`401 Unauthorized\``, cred('woo-key', ck), cred('woo-secret', cs));
  },
  (r) => {
    const t = `AB11${r.b62(46)}`;
    return pos('acct/quickbooks-refresh', `intuit-oauth: Refresh token failed {"error":"invalid_grant"} refresh_token=${t} realmId=${r.digits(19)}`, cred('quickbooks-refresh', t));
  },
  (r) => {
    const s = r.chars(B64URL, 48);
    return pos('acct/xero-client', `xero-node: 400 unauthorized_client\nXERO_CLIENT_ID=${r.hex(32).toUpperCase()}\nXERO_CLIENT_SECRET=${s}`, cred('xero-secret', s));
  },
  (r) => {
    const t = r.hex(64);
    return pos('hr/gusto-bearer', `[gusto-sync] GET https://api.gusto.com/v1/companies/${r.uuid()}/employees -> 401\n  Authorization: Bearer ${t}`, cred('gusto-token', t));
  },
  (r) => {
    const t = r.b62(64);
    return pos('hr/rippling-python', `requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.rippling.com/platform/api/employees\n>>> session.headers\n{'User-Agent': 'python-requests/2.31.0', 'Authorization': 'Bearer ${t}'}`, cred('rippling-token', t));
  },
  (r) => {
    const k = `pk_${r.hex(34)}`;
    return pos('mkt/klaviyo-private', `klaviyo_api.exceptions.UnauthorizedException: (401)\nHTTP request headers: {'Authorization': 'Klaviyo-API-Key ${k}', 'revision': '2024-07-15'}`, cred('klaviyo-private', k));
  },
  (r) => {
    const k = r.hex(32);
    return pos('mkt/iterable-json', `{"level":"error","msg":"iterable export failed","status":401,"request":{"url":"https://api.iterable.com/api/export/data.json","headers":{"Api-Key":"${k}"}}}`, cred('iterable-key', k));
  },
  (r) => {
    const site = r.hex(20);
    const key = r.hex(20);
    return pos('mkt/customerio-basic', `customerio track error 401: https://${site}:${key}@track.customer.io/api/v1/customers/${r.int(1000, 99999)}`, cred('customerio-key', key));
  },
  (r) => {
    const k = jwt(r, { sub: String(r.int(1e6, 9e6)), scope: 'default', iat: r.int(1.7e9, 1.75e9) });
    return pos('sched/calendly-pat', `Calendly API 401 {"title":"Unauthenticated","message":"The access token is invalid"}\ncurl https://api.calendly.com/users/me -H 'Authorization: Bearer ${k}'`, cred('calendly-jwt', k));
  },
  (r) => {
    const k = `tfp_${r.b62(44)}_${r.b62(14)}`;
    return pos('forms/typeform', `TYPEFORM_TOKEN=${k} node scripts/pull-responses.js\nError: 403 {"code":"FORBIDDEN","description":"insufficient scopes"}`, cred('typeform-token', k));
  },
  (r) => {
    const k = r.hex(64);
    return pos('web/webflow-props', `# webflow-cms-sync application.properties\nwebflow.site-id=${r.hex(24)}\nwebflow.api-token=${k}\nwebflow.timeout-ms=8000`, cred('webflow-token', k));
  },
  (r) => {
    const k = r.chars(B62, 24);
    return pos('mkt/mixpanel-secret', `mixpanel.errors.MixpanelException: 401 Unauthorized\n  api_secret='${k}' project_id=${r.int(1000000, 3999999)}`, cred('mixpanel-secret', k));
  },
];
