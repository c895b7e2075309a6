import { aba, address, b64u, card, Case54, dob, iban, jwt, person, phone, ssn, type Tpl54 } from './blind-set-54-gen';

const ts = (k: Case54) => `2026-${String(k.r.int(1, 11)).padStart(2, '0')}-${String(k.r.int(10, 28))}T${String(k.r.int(10, 23))}:${String(k.r.int(10, 59))}:${String(k.r.int(10, 59))}.${k.r.digits(3)}Z`;
const req = (k: Case54) => `req_${k.r.b62(14)}`;

/** Payment providers: Stripe, Adyen, PayPal, Braintree, Plaid, Shopify, Square, Checkout.com. */
export const PAY54: Record<string, Tpl54> = {
  'stripe-auth-error': (k) => {
    const key = k.c('stripe_secret_key', `sk_live_51${k.r.b62(22)}${k.r.b62(74)}`);
    return `${ts(k)} ERROR billing-sync StripeAuthenticationError: Invalid API Key provided: ${key}\n    at StripeError.generate (/app/node_modules/stripe/cjs/Error.js:10:20)\n    requestId=${req(k)} statusCode=401`;
  },
  'stripe-webhook-sig': (k) => {
    const sec = k.c('stripe_webhook_secret', `whsec_${k.r.b62(32)}`);
    return `[webhooks] StripeSignatureVerificationError: No signatures found matching the expected signature for payload. endpointSecret="${sec}" header="t=${k.r.int(1780000000, 1790000000)},v1=${k.r.hex(64)}"`;
  },
  'stripe-axios-config': (k) => {
    const key = k.c('stripe_restricted_key', `rk_live_51${k.r.b62(95)}`);
    const p = person(k.r);
    const em = k.p('email', p.email);
    const nm = k.p('person_name', p.full);
    return `AxiosError: Request failed with status code 402\n  config: {\n    url: 'https://api.stripe.com/v1/customers',\n    method: 'post',\n    headers: { Authorization: 'Bearer ${key}', 'Stripe-Version': '2024-06-20' },\n    data: 'email=${em}&name=${nm}&description=trial+conversion'
  }`;
  },
  'stripe-card-declined': (k) => {
    const c = k.f('card_number', card(k.r, 'plain'));
    const p = person(k.r);
    return `{"error":{"code":"card_declined","decline_code":"insufficient_funds","doc_url":"https://stripe.com/docs/error-codes/card-declined","message":"Your card was declined.","request_log_url":"https://dashboard.stripe.com/logs/${req(k)}"},"debug_payload":{"number":"${c}","exp_month":${k.r.int(1, 12)},"exp_year":${k.r.int(2027, 2032)},"billing_details":{"name":"${k.p('person_name', p.full)}","email":"${k.p('email', p.email)}","phone":"${k.p('phone', phone(k.r))}"}}}`;
  },
  'stripe-connect-payout': (k) => {
    const acct = k.f('bank_account_number', k.r.digits(k.r.int(9, 12)));
    const rt = k.f('aba_routing', aba(k.r));
    const p = person(k.r);
    return `WARN payouts: external_account create failed for acct_${k.r.b62(16)} (${k.p('person_name', p.full)}): routing_number=${rt} account_number=${acct} ssn_last_4 mismatch; id_number=${k.p('ssn', ssn(k.r))} dob=${k.p('date_of_birth', dob(k.r, 0))}`;
  },
  'adyen-401': (k) => {
    const key = k.c('adyen_api_key', `AQE${k.r.pick(['yhmfxK', 'rhmfuX', 'phmfxL'])}${k.r.b64(54).replace(/=+$/, '')}=-${k.r.b64(32)}-${b64u(k.r, 16)}`);
    return `com.adyen.service.exception.ApiException: HTTP Exception\n  statusCode: 401, errorCode: 000, message: Unauthorized\n  request headers: {x-api-key=${key}, Content-Type=application/json, User-Agent=adyen-java-api-library/25.1.0}`;
  },
  'adyen-hmac': (k) => {
    const h = k.c('adyen_hmac_key', k.r.hex(64).toUpperCase());
    return `2026-03-04 11:02:17,410 WARN  [notif-listener] HMAC validation failed for pspReference ${k.r.digits(16)}: hmacKey=${h}, computed=${k.r.b64(32)}`;
  },
  'adyen-payment-request': (k) => {
    const p = person(k.r);
    return `Payment refused (Refused / CVC Declined) payload={"amount":{"currency":"EUR","value":${k.r.int(500, 90000)}},"paymentMethod":{"type":"scheme","number":"${k.f('card_number', card(k.r, 'plain'))}","holderName":"${k.p('person_name', p.full)}"},"shopperEmail":"${k.p('email', p.email)}","billingAddress":{"street":"${k.p('street_address', address(k.r))}"},"merchantAccount":"AcmeECOM"}`;
  },
  'adyen-sepa': (k) => {
    const p = person(k.r);
    return `ERROR sepadirectdebit authorisation failed: {"paymentMethod":{"type":"sepadirectdebit","sepa.ownerName":"${k.p('person_name', p.full)}","sepa.ibanNumber":"${k.f('iban', iban(k.r))}"},"shopperReference":"cus_${k.r.digits(7)}","telephoneNumber":"${k.p('phone', phone(k.r))}"}`;
  },
  'paypal-oauth': (k) => {
    const id = `A${k.r.b62(79)}`;
    const sec = k.c('paypal_client_secret', `E${b64u(k.r, 79)}`);
    const basic = k.c('basic_auth', Buffer.from(`${id}:${sec}`).toString('base64'));
    return `POST https://api-m.paypal.com/v1/oauth2/token -> 401 invalid_client\n> Authorization: Basic ${basic}\n> Content-Type: application/x-www-form-urlencoded\n< {"error":"invalid_client","error_description":"Client Authentication failed"}\n(config PAYPAL_CLIENT_SECRET=${sec})`;
  },
  'paypal-access-token': (k) => {
    const t = k.c('paypal_access_token', `A21AA${b64u(k.r, 92)}`);
    const p = person(k.r);
    return `paypal-checkout-sdk: HttpError 422 UNPROCESSABLE_ENTITY debug_id=${k.r.hex(13)}\n  headers={"Authorization":"Bearer ${t}","PayPal-Request-Id":"${k.r.uuid()}"}\n  payer={"email_address":"${k.p('email', p.email)}","name":{"given_name":"${p.first}","surname":"${p.last}"},"address":{"address_line_1":"${k.p('street_address', address(k.r))}"}}`;
  },
  'braintree-gateway': (k) => {
    const mid = k.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16);
    const pk = k.c('braintree_private_key', k.r.hex(32));
    return `braintree.exceptions.authentication_error.AuthenticationError\nTraceback (most recent call last):\n  File "/srv/billing/gateway.py", line 88, in charge\n    gateway = braintree.BraintreeGateway(braintree.Configuration(braintree.Environment.Production, merchant_id="${mid}", public_key="${k.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}", private_key="${pk}"))`;
  },
  'braintree-access-token': (k) => {
    const t = k.c('braintree_access_token', `access_token$production$${k.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${k.r.hex(32)}`);
    const c = k.f('card_number', card(k.r, 'spaced'));
    return `E, [2026-05-11T08:14:03] ERROR -- : Braintree::AuthorizationError with token=${t}\n  params: {credit_card: {number: "${c}", expiration_date: "0${k.r.int(1, 9)}/${k.r.int(27, 31)}"}}`;
  },
  'plaid-item-error': (k) => {
    const s = k.c('plaid_secret', k.r.hex(30));
    const at = k.c('plaid_access_token', `access-production-${k.r.uuid()}`);
    return `plaid.ApiException: (400)\nReason: Bad Request\nHTTP request body: {"client_id":"${k.r.hex(24)}","secret":"${s}","access_token":"${at}"}\nHTTP response body: {"error_type":"ITEM_ERROR","error_code":"ITEM_LOGIN_REQUIRED","request_id":"${k.r.b62(15)}"}`;
  },
  'plaid-auth-numbers': (k) => {
    const p = person(k.r);
    return `DEBUG ach-link: /auth/get ok for ${k.p('person_name', p.full)} <${k.p('email', p.email)}> numbers.ach=[{"account":"${k.f('bank_account_number', k.r.digits(k.r.int(10, 12)))}","routing":"${k.f('aba_routing', aba(k.r))}","wire_routing":null}]`;
  },
  'shopify-admin': (k) => {
    const t = k.c('shopify_access_token', `shpat_${k.r.hex(32)}`);
    const p = person(k.r);
    return `ShopifyAPI::Errors::HttpResponseError: 422 Unprocessable Entity (X-Shopify-Access-Token: ${t})\ncustomer: {"first_name":"${p.first}","last_name":"${p.last}","email":"${k.p('email', p.email)}","phone":"${k.p('phone', phone(k.r))}","addresses":[{"address1":"${k.p('street_address', address(k.r))}"}]}`;
  },
  'shopify-app-secret': (k) => {
    const s = k.c('shopify_shared_secret', `shpss_${k.r.hex(32)}`);
    return `webhook hmac mismatch for topic orders/create shop=acme-outdoor.myshopify.com; SHOPIFY_API_SECRET=${s} X-Shopify-Hmac-Sha256=${k.r.b64(32)}`;
  },
  'square-token': (k) => {
    const t = k.c('square_access_token', `EAAA${b64u(k.r, 60)}`);
    return `square.core.api_error.ApiError: status_code: 401, body: {"errors":[{"category":"AUTHENTICATION_ERROR","code":"UNAUTHORIZED"}]}\n  client = Square(token="${t}", environment=SquareEnvironment.PRODUCTION)`;
  },
  'checkout-com': (k) => {
    const sk = k.c('checkout_secret_key', `sk_${k.r.pick(['', 'sbox_'])}${k.r.chars('abcdefghijklmnopqrstuvwxyz234567', 26)}`);
    const p = person(k.r);
    return `CheckoutApiException: 401 Unauthorized on POST /payments (Authorization: ${sk})\n  source: {type: card, number: ${k.f('card_number', card(k.r, 'plain'))}, name: ${k.p('person_name', p.full)}}`;
  },
  'stripe-customer-sync-csv': (k) => {
    const p = person(k.r);
    return `row ${k.r.int(2, 9000)} rejected by billing import: "${k.p('person_name', p.full)}","${k.p('email', p.email)}","${k.p('street_address', address(k.r))}","${k.f('iban', iban(k.r))}","${k.p('date_of_birth', dob(k.r))}"`;
  },
  'oauth-stripe-connect': (k) => {
    const t = k.c('stripe_secret_key', `sk_live_${k.r.b62(99)}`);
    const rt = k.c('stripe_refresh_token', `rt_${k.r.b62(56)}`);
    return `POST /oauth/token 200 but connect onboarding failed: {"access_token":"${t}","livemode":true,"refresh_token":"${rt}","token_type":"bearer","stripe_publishable_key":"pk_live_${k.r.b62(99)}","stripe_user_id":"acct_${k.r.b62(16)}","scope":"read_write"}`;
  },
  'klarna-basic': (k) => {
    const u = `K${k.r.digits(6)}_${k.r.hex(12)}`;
    const pw = k.c('klarna_password', `klarna_live_api_${b64u(k.r, 40)}`);
    const j = k.c('jwt', jwt(k.r, 'https://login.klarna.com'));
    return `klarna-payments: 403 from https://api.klarna.com/payments/v1/sessions user=${u} password=${pw}\n  session_token=${j}`;
  },
  'gocardless-mandate': (k) => {
    const t = k.c('gocardless_access_token', `live_${b64u(k.r, 40)}`);
    const w = k.c('webhook_secret', k.r.b62(40));
    return `GoCardlessPro::InvalidApiUsageError: 422 mandate creation failed (token=${t}, webhook_endpoint_secret=${w})\n  customer_bank_account: {"iban":"${k.f('iban', iban(k.r))}","account_holder_name":"${person(k.r).full}"}\n  fallback card on file: ${k.f('card_number', card(k.r))}`;
  },
  'stripe-ach-debit': (k) => {
    const key = k.c('stripe_secret_key', `sk_live_51${k.r.b62(97)}`);
    const wh = k.c('stripe_webhook_secret', `whsec_${k.r.b62(32)}`);
    return `STRIPE_SECRET_KEY=${key} STRIPE_WEBHOOK_SECRET=${wh} node scripts/backfill-ach.js\nError: us_bank_account rejected: {"routing_number":"${k.f('aba_routing', aba(k.r))}","account_number":"${k.f('bank_account_number', k.r.digits(k.r.int(9, 12)))}","account_holder_type":"individual"}`;
  },
  'wise-transfer': (k) => {
    const t = k.c('wise_api_token', k.r.uuid());
    const h = k.c('webhook_secret', k.r.hex(40));
    return `wise: POST /v1/transfers 422 (Authorization: Bearer ${t}; X-Signature-Secret: ${h})\n  targetAccount.details: {"IBAN":"${k.f('iban', iban(k.r, false))}"}, sourceCard="${k.f('card_number', card(k.r, 'spaced'))}"`;
  },
};
