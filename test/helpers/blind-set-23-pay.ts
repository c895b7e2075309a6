import { B62 } from './blind-set-9-rng';
import { cred, fin, pers, type PosTemplate23 } from './blind-set-23-types';

/** Payments: Stripe, Adyen, Braintree, PayPal, Square, Checkout.com, Klarna, Plaid, Wise, Marqeta, GoCardless, Mollie. */
export const payCases23: PosTemplate23[] = [
  [
    'stripe-axios-401',
    (g) => {
      const key = `sk_live_51${g.b62(97)}`;
      const req = `req_${g.b62(14)}`;
      return {
        text: `{"level":50,"time":${g.epoch()}123,"pid":7,"hostname":"billing-worker-6d9f7c-x2k4p","msg":"stripe charge failed","err":{"type":"AxiosError","message":"Request failed with status code 401","code":"ERR_BAD_REQUEST","config":{"method":"post","url":"https://api.stripe.com/v1/payment_intents","headers":{"Accept":"application/json, text/plain, */*","Content-Type":"application/x-www-form-urlencoded","Authorization":"Bearer ${key}","Stripe-Version":"2024-06-20","Idempotency-Key":"${g.uuid()}"}},"response":{"status":401,"headers":{"request-id":"${req}"},"data":{"error":{"message":"Expired API Key provided: sk_live_*********************************************************************************************${key.slice(-4)}","type":"invalid_request_error"}}}}}`,
        values: [cred('stripe-secret-key', key)],
      };
    },
  ],
  [
    'stripe-webhook-sig',
    (g, k) => {
      const secret = `whsec_${g.b62(32)}`;
      const p = g.person();
      const email = g.email(p);
      const a = g.address(k === 2 ? 'GB' : 'US');
      const phone = g.phone(a.country === 'GB' ? 'GB' : 'US');
      return {
        text: `2026-12-01T09:14:22.871Z ERROR [webhooks] StripeSignatureVerificationError: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?
    at Function.verifyHeader (/app/node_modules/stripe/cjs/Webhooks.js:142:19)
    at Object.constructEvent (/app/node_modules/stripe/cjs/Webhooks.js:23:28)
  secret_used=${secret} tolerance=300
  body={"id":"evt_${g.b62(24)}","object":"event","type":"checkout.session.completed","data":{"object":{"id":"cs_live_${g.b62(58)}","customer_details":{"address":{"city":"${a.city}","country":"${a.country}","line1":"${a.line1}","line2":${a.line2 ? `"${a.line2}"` : 'null'},"postal_code":"${a.postal}","state":"${a.region}"},"email":"${email}","name":"${p.full}","phone":"${phone}","tax_exempt":"none"},"livemode":true}}}`,
        values: [cred('stripe-webhook-secret', secret), pers('email', email), pers('person-name', p.full), pers('phone', phone)],
      };
    },
  ],
  [
    'stripe-curl-tokens',
    (g) => {
      const key = `rk_live_51${g.b62(97)}`;
      const card = g.card('visa');
      return {
        text: `+ curl -sS https://api.stripe.com/v1/tokens -u ${key}: -d "card[number]=${card}" -d "card[exp_month]=${g.int(1, 12)}" -d "card[exp_year]=20${g.int(27, 31)}"
{
  "error": {
    "code": "card_declined",
    "decline_code": "do_not_honor",
    "doc_url": "https://stripe.com/docs/error-codes/card-declined",
    "message": "Your card was declined.",
    "request_log_url": "https://dashboard.stripe.com/logs/req_${g.b62(14)}?t=${g.epoch()}",
    "type": "card_error"
  }
}
[reconcile.sh] exit 22 (retry 3/3)`,
        values: [cred('stripe-restricted-key', key), fin('card', card)],
      };
    },
  ],
  [
    'adyen-java-401',
    (g) => {
      const key = `AQE${g.chars(B62 + '+/', 87)}==-${g.b64(32)}-${g.chars(B62 + '<>%{}[]', 16)}`;
      const email = g.email();
      return {
        text: `com.adyen.service.exception.ApiException: HTTP Exception
	at com.adyen.service.resource.Resource.request(Resource.java:89)
	at com.adyen.service.checkout.PaymentsApi.payments(PaymentsApi.java:212)
	at com.acme.pay.AdyenGateway.authorise(AdyenGateway.java:77)
Caused by: statusCode=401, errorCode=000, message=HTTP Status Response - Unauthorized, errorType=security, pspReference=${g.upperAlnum(16)}
Request headers: {Content-Type=[application/json], x-api-key=[${key}], Idempotency-Key=[${g.uuid()}]}
Request body: {"amount":{"currency":"EUR","value":${g.int(1000, 90000)}},"merchantAccount":"AcmeECOM","reference":"ORD-${g.digits(7)}","shopperEmail":"${email}","shopperReference":"${g.uuid()}"}`,
        values: [cred('adyen-api-key', key), pers('email', email)],
      };
    },
  ],
  [
    'braintree-config-dump',
    (g) => {
      const priv = g.hex(32);
      const merchant = g.lowerAlnum(16);
      return {
        text: `E, [2026-12-01T10:02:11.118204 #14] ERROR -- : Braintree::AuthenticationError (Braintree::AuthenticationError)
/usr/local/bundle/gems/braintree-4.23.0/lib/braintree/util.rb:237:in \`raise_exception_for_status_code'
/usr/local/bundle/gems/braintree-4.23.0/lib/braintree/http.rb:56:in \`post'
app/services/payments/braintree_client.rb:18:in \`charge!'
config: #<Braintree::Configuration environment=:production merchant_id="${merchant}" public_key="${g.lowerAlnum(16)}" private_key="${priv}" timeout=60>`,
        values: [cred('braintree-private-key', priv)],
      };
    },
  ],
  [
    'paypal-oauth-basic',
    (g) => {
      const id = `A${g.chars(B62 + '-_', 79)}`;
      const secret = `E${g.chars(B62 + '-_', 79)}`;
      const basic = Buffer.from(`${id}:${secret}`).toString('base64');
      return {
        text: `DEBUG:urllib3.connectionpool:https://api-m.paypal.com:443 "POST /v1/oauth2/token HTTP/1.1" 401 83
send: b'POST /v1/oauth2/token HTTP/1.1\\r\\nHost: api-m.paypal.com\\r\\nUser-Agent: python-requests/2.32.3\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: application/json\\r\\nConnection: keep-alive\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nAuthorization: Basic ${basic}\\r\\nContent-Length: 29\\r\\n\\r\\n'
reply: 'HTTP/1.1 401 Unauthorized\\r\\n'
header: Paypal-Debug-Id: ${g.hex(13)}
{"error":"invalid_client","error_description":"Client Authentication failed"}`,
        values: [cred('basic-auth-base64', basic)],
      };
    },
  ],
  [
    'square-java-order',
    (g) => {
      const tok = `EAAA${g.chars(B62 + '-_', 60)}`;
      const p = g.person();
      const email = g.email(p);
      const phone = g.phone('US');
      return {
        text: `com.squareup.square.exceptions.ApiException: UNAUTHORIZED: This request could not be authorized.
	at com.squareup.square.http.client.OkClient.execute(OkClient.java:215)
	at com.squareup.square.api.DefaultOrdersApi.createOrder(DefaultOrdersApi.java:131)
[okhttp] --> POST https://connect.squareup.com/v2/orders
[okhttp] Square-Version: 2024-10-17
[okhttp] Authorization: Bearer ${tok}
[okhttp] {"idempotency_key":"${g.uuid()}","order":{"location_id":"L${g.upperAlnum(12)}","fulfillments":[{"type":"SHIPMENT","shipment_details":{"recipient":{"display_name":"${p.full}","email_address":"${email}","phone_number":"${phone}"}}}]}}
[okhttp] <-- 401 Unauthorized (212ms)`,
        values: [cred('square-access-token', tok), pers('email', email), pers('phone', phone)],
      };
    },
  ],
  [
    'checkout-com-card',
    (g) => {
      const key = `sk_${g.b32(27)}`;
      const card = g.card(g.pick(['visa', 'mc'] as const));
      const shown = g.grouped(card, ' ');
      return {
        text: `{"@t":"${g.iso()}","@mt":"Checkout.com payment request failed {StatusCode} {RequestId}","@l":"Error","StatusCode":422,"RequestId":"${g.uuid()}","Response":{"request_id":"${g.uuid()}","error_type":"request_invalid","error_codes":["card_expiry_month_invalid"]},"Request":{"source":{"type":"card","number":"${shown}","expiry_month":13,"expiry_year":20${g.int(27, 31)}},"amount":${g.int(500, 50000)},"currency":"GBP"},"Headers":{"Authorization":"${key}"},"SourceContext":"Acme.Payments.CheckoutGateway"}`,
        values: [cred('checkout-secret-key', key), fin('card', shown)],
      };
    },
  ],
  [
    'klarna-session',
    (g) => {
      const pw = `klarna_live_api_${g.b64url(54)}`;
      const user = `K${g.digits(6)}_${g.hex(12)}`;
      const p = g.person();
      const email = g.email(p);
      const dob = g.dob();
      const phone = g.phone('SE');
      return {
        text: `klarna.payments.create_session failed: 400 BAD_VALUE correlation_id=${g.uuid()}
  error_messages=["Bad value: order_lines[0].total_amount"]
  auth=${user}:${pw}
  customer={"date_of_birth":"${dob}","type":"person"} billing_address={"given_name":"${p.first}","family_name":"${p.last}","email":"${email}","phone":"${phone}","country":"SE"}`,
        values: [cred('klarna-api-password', pw), pers('email', email), pers('birth-date', dob), pers('phone', phone)],
      };
    },
  ],
  [
    'plaid-python-exchange',
    (g) => {
      const secret = g.hex(30);
      const tok = `access-production-${g.uuid()}`;
      return {
        text: `plaid.exceptions.ApiException: (400)
Reason: Bad Request
HTTP response headers: HTTPHeaderDict({'Content-Type': 'application/json; charset=utf-8', 'Plaid-Version': '2020-09-14'})
HTTP response body: {"display_message":null,"documentation_url":"https://plaid.com/docs/?ref=error#item-errors","error_code":"ITEM_LOGIN_REQUIRED","error_message":"the login details of this item have changed","error_type":"ITEM_ERROR","request_id":"${g.b62(15)}"}
while calling accounts_balance_get with {'client_id': '${g.hex(24)}', 'secret': '${secret}', 'access_token': '${tok}'}`,
        values: [cred('plaid-secret', secret), cred('plaid-access-token', tok)],
      };
    },
  ],
  [
    'plaid-auth-numbers',
    (g) => {
      const acct = g.digits(g.int(9, 12));
      const routing = g.routing();
      return {
        text: `level=warn ts=${g.iso()} caller=ach/verify.go:88 msg="ach numbers mismatch, sending to manual review" item_id=${g.b62(37)} numbers="{\\"ach\\":[{\\"account\\":\\"${acct}\\",\\"account_id\\":\\"${g.b62(37)}\\",\\"routing\\":\\"${routing}\\",\\"wire_routing\\":null}]}"`,
        values: [fin('bank-account-number', acct), fin('aba-routing', routing)],
      };
    },
  ],
  [
    'wise-recipient',
    (g) => {
      const tok = g.uuid();
      const p = g.person();
      const iban = g.iban(g.pick(['DE', 'NL', 'FR', 'ES'] as const));
      return {
        text: `[wise-sync] POST https://api.transferwise.com/v1/accounts -> 422
> Authorization: Bearer ${tok}
> {"currency":"EUR","type":"iban","profile":${g.digits(8)},"accountHolderName":"${p.full}","details":{"legalType":"PRIVATE","IBAN":"${iban}"}}
< {"errors":[{"code":"NOT_VALID","message":"Please specify the account holder's full name.","path":"accountHolderName","arguments":["accountHolderName","${p.full}"]}]}`,
        values: [cred('wise-api-token', tok), pers('person-name', p.full), fin('iban', iban)],
      };
    },
  ],
  [
    'marqeta-show-pan',
    (g) => {
      const pan = g.card('visa');
      const tok = g.uuid();
      return {
        text: `2026/12/01 11:40:02 marqeta: GET /v3/cards/${tok}/showpan?show_cvv_number=false status=200 body={"token":"${tok}","user_token":"${g.uuid()}","card_product_token":"${g.uuid()}","last_four":"${pan.slice(-4)}","pan":"${pan}","expiration":"${String(g.int(1, 12)).padStart(2, '0')}${g.int(27, 31)}","state":"ACTIVE","fulfillment_status":"ISSUED"}`,
        values: [fin('card', pan)],
      };
    },
  ],
  [
    'gocardless-mandate',
    (g) => {
      const tok = `live_${g.chars(B62 + '-_', 40)}`;
      const acct = g.digits(8);
      const sort = `${g.digits(2)}-${g.digits(2)}-${g.digits(2)}`;
      const p = g.person();
      const email = g.email(p);
      return {
        text: `GoCardlessPro::ValidationFailedError: Validation failed
  errors: [{"field":"branch_code","message":"is invalid","request_pointer":"/customer_bank_accounts/branch_code"}]
  request: POST /customer_bank_accounts {"customer_bank_accounts":{"account_number":"${acct}","branch_code":"${sort}","country_code":"GB","account_holder_name":"${p.full.toUpperCase()}"}}
  customer: {"email":"${email}","given_name":"${p.first}","family_name":"${p.last}"}
  client: GoCardlessPro::Client.new(access_token: "${tok}", environment: :live)`,
        values: [cred('gocardless-access-token', tok), fin('bank-account-number', acct), fin('uk-sort-code', sort), pers('email', email)],
      };
    },
  ],
  [
    'mollie-php',
    (g) => {
      const key = `live_${g.chars(B62, 30)}`;
      return {
        text: `PHP Fatal error:  Uncaught Mollie\\Api\\Exceptions\\ApiException: [${g.iso()}] Error executing API call (401: Unauthorized Request): Missing authentication, or failed to authenticate. Documentation: https://docs.mollie.com/overview/authentication in /var/www/vendor/mollie/mollie-api-php/src/Exceptions/ApiException.php:135
Stack trace:
#0 /var/www/vendor/mollie/mollie-api-php/src/HttpAdapter/CurlMollieHttpAdapter.php(86): Mollie\\Api\\Exceptions\\ApiException::createFromResponse()
#1 /var/www/app/Payments/MollieClient.php(41): Mollie\\Api\\MollieApiClient->setApiKey('${key}')
#2 {main}
  thrown in /var/www/vendor/mollie/mollie-api-php/src/Exceptions/ApiException.php on line 135`,
        values: [cred('mollie-api-key', key)],
      };
    },
  ],
];
