import type { PosTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';
import { bank, cardNo, natId } from './blind-set-25-ids';

/** Provider SDK errors as their libraries print them: stripe-node, simple-salesforce, jsforce, hubspot-api-client, shopify_api, twilio, SendGrid, Adyen, PayPal, Square, Braintree, Okta, Auth0, Segment. */

export const SDK_TEMPLATES: PosTemplate25[] = [
  {
    source: 'sdk',
    name: 'stripe-node-card-error',
    make: (r, b) => {
      const n = V.fullName(r);
      return `StripeInvalidRequestError: No such customer: 'cus_${r.b62(14)}'
    at StripeError.generate (/srv/billing/node_modules/stripe/cjs/Error.js:10:20)
  type: 'StripeInvalidRequestError',
  raw: { code: 'resource_missing', doc_url: 'https://stripe.com/docs/error-codes/resource-missing', param: 'customer', request_log_url: 'https://dashboard.stripe.com/logs/req_${r.b62(14)}', type: 'invalid_request_error' },
  rawType: 'invalid_request_error',
  requestId: 'req_${r.b62(14)}',
  _stripe: { _api: { auth: 'Bearer ${b.c('stripe-key', V.stripeKey(r, r.pick(['sk', 'rk'])))}', host: 'api.stripe.com', port: '443', apiVersion: '2024-06-20' } },
  params: { name: '${b.p('name', n)}', email: '${b.p('email', V.email(r))}', phone: '${b.p('phone', V.phone(r))}', address: { line1: '${b.p('address', V.street(r))}', city: 'Leeds', postal_code: 'LS6 ${r.int(1, 9)}AB', country: 'GB' } }`;
    },
  },
  {
    source: 'sdk',
    name: 'simple-salesforce-soql',
    make: (r, b) => {
      const mail = V.email(r);
      return `Traceback (most recent call last):
  File "/app/sync/contacts.py", line 212, in upsert_contact
    res = sf.query(f"SELECT Id FROM Contact WHERE Email = '{email}'")
  File "/usr/local/lib/python3.12/site-packages/simple_salesforce/api.py", line 578, in query
simple_salesforce.exceptions.SalesforceExpiredSession: Expired session for https://acme.my.salesforce.com/services/data/v59.0/query/?q=SELECT+Id+FROM+Contact+WHERE+Email+%3D+%27${b.p('email~url', V.url(mail))}%27. Response content: [{'message': 'Session expired or invalid', 'errorCode': 'INVALID_SESSION_ID'}]
  sf = <simple_salesforce.api.Salesforce object at 0x7f3b2c1d9e50>
  sf.session_id = '${b.c('salesforce-token', V.salesforceToken(r))}'
  contact = {'Email': '${mail}', 'MobilePhone': '${b.p('phone', V.phone(r))}', 'Birthdate': '${b.p('birth-date', V.birthDate(r))}'}`;
    },
  },
  {
    source: 'sdk',
    name: 'jsforce-soap-login',
    make: (r, b) => {
      const pw = V.pw(r, 14) + '&' + r.b62(24);
      return `[jsforce] DEBUG <request> method=POST, url=https://login.salesforce.com/services/Soap/u/59.0
<?xml version="1.0" encoding="utf-8"?><se:Envelope xmlns:se="http://schemas.xmlsoap.org/soap/envelope/"><se:Header/><se:Body><login xmlns="urn:partner.soap.sforce.com"><username>integration@${r.pick(['acme', 'globex'])}.com.prod</username><password>${b.c('password~html', pw.replace(/&/g, '&amp;'))}</password></login></se:Body></se:Envelope>
[jsforce] ERROR INVALID_LOGIN: Invalid username, password, security token; or user locked out.`;
    },
  },
  {
    source: 'sdk',
    name: 'hubspot-python-apiexception',
    make: (r, b) => {
      const id = natId(r, b);
      return `hubspot.crm.contacts.exceptions.ApiException: (400)
Reason: Bad Request
HTTP response headers: HTTPHeaderDict({'Date': 'Sat, 05 Dec 2026 11:${r.int(10, 59)}:02 GMT', 'Content-Type': 'application/json;charset=utf-8', 'X-HubSpot-Correlation-Id': '${r.uuid()}'})
HTTP response body: {"status":"error","message":"Property values were not valid: [{\\"isValid\\":false,\\"message\\":\\"${id.value} is not a valid enumeration option\\",\\"name\\":\\"${id.key}\\"}]","category":"VALIDATION_ERROR"}
client = HubSpot(access_token='${b.c('hubspot-token', V.hubspotToken(r))}')
simple_public_object_input = SimplePublicObjectInput(properties={'email': '${b.p('email', V.email(r))}', '${id.key}': '${id.value}'})`;
    },
  },
  {
    source: 'sdk',
    name: 'shopify-ruby-customer',
    make: (r, b) =>
      `ShopifyAPI::Errors::HttpResponseError: {"errors":{"email":["has already been taken"]}}
  request: #<ShopifyAPI::Clients::HttpRequest http_method=:post, path="customers.json", headers={"X-Shopify-Access-Token"=>"${b.c('shopify-token', `shpat_${V.hex(r, 32)}`)}", "Content-Type"=>"application/json"}, body={"customer"=>{"first_name"=>"${V.first(r)}", "email"=>"${b.p('email', V.email(r))}", "phone"=>"${b.p('phone', V.e164(r))}", "addresses"=>[{"address1"=>"${b.p('address', V.street(r))}", "city"=>"Ottawa", "zip"=>"K1A 0B1", "country"=>"CA"}]}}>`,
  },
  {
    source: 'sdk',
    name: 'twilio-python-client',
    make: (r, b) =>
      `twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${b.p('phone', V.e164(r))} is not a valid phone number.
  client = Client(username='AC${V.hex(r, 32)}', password='${b.c('twilio-auth-token', V.hex(r, 32))}', region=None, edge=None)
  api_key_secret = '${b.c('twilio-api-secret', r.b62(32))}'`,
  },
  {
    source: 'sdk',
    name: 'sendgrid-node-response-error',
    make: (r, b) =>
      `ResponseError: Forbidden
    at /app/node_modules/@sendgrid/client/src/classes/client.js:167:29 {
  code: 403,
  response: { headers: { server: 'nginx', 'x-message-id': '${r.b64url(16)}' }, body: { errors: [ { message: 'The from address does not match a verified Sender Identity.', field: 'from', help: null } ] } },
  request: { method: 'POST', url: '/v3/mail/send', headers: { Authorization: 'Bearer ${b.c('sendgrid-key', V.sendgridKey(r))}' }, body: { personalizations: [ { to: [ { email: '${b.p('email', V.email(r))}', name: '${V.fullName(r)}' } ], dynamic_template_data: { temp_password: '${b.c('password', V.pw(r, 12))}' } } ] } }
}`,
  },
  {
    source: 'sdk',
    name: 'adyen-java-payment',
    make: (r, b) =>
      `com.adyen.service.exception.ApiException: HTTP Exception
	at com.adyen.service.resource.Resource.request(Resource.java:92)
	at com.acme.checkout.AdyenGateway.authorise(AdyenGateway.java:141)
ApiError{status=422, errorCode='101', message='Invalid card number', errorType='validation', pspReference='${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16)}'}
request headers: {x-api-key=${b.c('adyen-key', V.adyenKey(r))}, Content-Type=application/json}
request body: {"merchantAccount":"AcmeECOM","amount":{"currency":"EUR","value":${r.int(500, 90000)}},"paymentMethod":{"type":"scheme","number":"${cardNo(r, b)}","expiryMonth":"0${r.int(1, 9)}","expiryYear":"20${r.int(27, 31)}","holderName":"${b.p('name', V.fullName(r))}"},"shopperEmail":"${b.p('email', V.email(r))}"}`,
  },
  {
    source: 'sdk',
    name: 'paypal-oauth-payer',
    make: (r, b) => {
      const cid = 'A' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 79);
      return `paypalhttp.http_error.HttpError: {"name":"UNPROCESSABLE_ENTITY","details":[{"issue":"PAYER_CANNOT_PAY"}],"debug_id":"${V.hex(r, 13)}"}
DEBUG token request: POST https://api-m.paypal.com/v1/oauth2/token Authorization: Basic ${b.c('basic-auth', V.b64(`${cid}:${V.paypalSecret(r)}`))}
DEBUG order payload: {"payer":{"email_address":"${b.p('email', V.email(r))}","phone":{"phone_number":{"national_number":"${b.p('phone', `${r.int(2, 9)}${r.digits(2)}${r.int(2, 9)}${r.int(2, 9)}${r.digits(5)}`)}"}},"birth_date":"${b.p('birth-date', V.birthDate(r))}"}}`;
    },
  },
  {
    source: 'sdk',
    name: 'square-braintree-config',
    make: (r, b) =>
      `E, [2026-12-05T11:${r.int(10, 59)}:07.${r.int(100000, 999999)} #${r.int(100, 9999)}] ERROR -- : Braintree::AuthenticationError (Braintree::AuthenticationError)
  config: #<Braintree::Configuration environment=:production merchant_id="${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}" public_key="${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}" private_key="${b.c('braintree-private-key', V.hex(r, 32))}">
  fallback: #<Square::Client access_token="${b.c('square-token', V.squareToken(r))}" environment="production">
  customer: #<Braintree::Customer id: "${r.digits(9)}", email: "${b.p('email', V.email(r))}", phone: "${b.p('phone', V.phone(r))}", credit_cards: [#<Braintree::CreditCard number: "${cardNo(r, b)}", expiration_date: "0${r.int(1, 9)}/20${r.int(27, 31)}">]>`,
  },
  {
    source: 'sdk',
    name: 'okta-auth0-user',
    make: (r, b) => {
      const mail = V.email(r);
      return `OktaApiError: Okta HTTP 400 E0000001 Api validation failed: login. login: An object with this field already exists in the current organization
  at /app/node_modules/@okta/okta-sdk-nodejs/src/http.js:64:19
  client: { orgUrl: 'https://acme.okta.com', token: '${b.c('okta-api-token', V.oktaToken(r))}' }
  body: {"profile":{"firstName":"${V.first(r)}","login":"${b.p('email', mail)}","email":"${mail}","mobilePhone":"${b.p('phone', V.phone(r))}","streetAddress":"${b.p('address', V.street(r))}"}}
  fallback: new ManagementClient({ domain: 'acme.eu.auth0.com', clientId: '${r.b62(32)}', clientSecret: '${b.c('auth0-client-secret', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 64))}' })`;
    },
  },
  {
    source: 'sdk',
    name: 'segment-intercom-identify',
    make: (r, b) =>
      `[analytics-node] flush failed after 3 retries: Request failed with status 401
  settings: { writeKey: '${b.c('segment-write-key', r.b62(32))}', host: 'https://api.segment.io' }
  batch[0]: {"type":"identify","userId":"usr_${r.b62(12)}","traits":{"email":"${b.p('email', V.email(r))}","phone":"${b.p('phone', V.phone(r))}","birthday":"${b.p('birth-date', V.birthDate(r))}"}}
[intercom] POST https://api.intercom.io/contacts 401 Authorization: Bearer ${b.c('intercom-token', V.intercomToken(r))}`,
  },
  {
    source: 'sdk',
    name: 'payouts-bank-json',
    make: (r, b) => {
      const f = (k: string, v: string) => `'${k}': '${v}'`;
      return `stripe.error.InvalidRequestError: Request req_${r.b62(14)}: The bank account number is invalid for the routing number provided.
  api_key = '${b.c('stripe-key', V.stripeKey(r, 'rk'))}'
  external_account = {'object': 'bank_account', 'account_holder_name': '${b.p('name', V.fullName(r))}', ${bank(r, b, f)}}`;
    },
  },
];
