import { B62 } from './blind-set-77-rng';
import { account, b62, b64uChars, card, company, cvc, expiry, hex, iban, iso, jwt, lower, now, person, reqId, routing, ssn, ts, whsec, type PosTpl } from './blind-set-77-gen';

/** Email and messaging: Resend, Loops, Customer.io, Brevo, MailerSend, SparkPost, Mailjet, Mandrill. */
export const MAIL: PosTpl[] = [
  ['mail', 'resend-send-error', (r, k) => {
    const p = person(r);
    return `ResendError: { statusCode: 403, name: 'validation_error', message: 'The ${lower(r, 6)}.com domain is not verified.' }
  new Resend('${k.cred('resend-api-key', `re_${b62(r, 8)}_${b62(r, 24)}`)}')
  to: ['${k.pers('email', p.email)}'] subject: 'Your receipt, ${k.pers('first-name', p.first)}'`;
  }],
  ['mail', 'resend-webhook-secret', (r, k) => {
    return `resend webhook: Error: No matching signature found (svix-id msg_${b62(r, 27)}, svix-timestamp ${now(r)})
  RESEND_WEBHOOK_SECRET=${k.cred('svix-webhook-secret', whsec(r))}
  RESEND_API_KEY=${k.cred('resend-api-key', `re_${b62(r, 8)}_${b62(r, 24)}`)}`;
  }],
  ['mail', 'loops-contact-update', (r, k) => {
    const p = person(r);
    return `loops: PUT https://app.loops.so/api/v1/contacts/update 400 {"success":false,"message":"Invalid userGroup"}
  Authorization: Bearer ${k.cred('loops-api-key', hex(r, 32))}
  {"email":"${k.pers('email', p.email)}","firstName":"${k.pers('first-name', p.first)}","lastName":"${k.pers('last-name', p.last)}","userGroup":"trial"}`;
  }],
  ['mail', 'customerio-track-basic', (r, k) => {
    const site = hex(r, 20);
    const key = hex(r, 20);
    const p = person(r);
    return `customerio.errors.CustomerIOException: 401 Unauthorized (track.customer.io/api/v1/customers/${r.int(10000, 99999)})
  CustomerIO(site_id="${site}", api_key="${k.cred('customerio-tracking-key', key)}", region=Regions.US)
  attributes: email=${k.pers('email', p.email)} phone=${k.pers('phone', p.phone)} address="${k.pers('street-address', p.street)}, ${p.city}, ${p.state} ${p.zip}"`;
  }],
  ['mail', 'customerio-app-api', (r, k) => {
    const p = person(r);
    return `curl -X POST https://api.customer.io/v1/send/email -H 'Authorization: Bearer ${k.cred('customerio-app-key', hex(r, 32))}' -H 'Content-Type: application/json' -d '{"transactional_message_id":"${r.int(1, 99)}","to":"${k.pers('email', p.email)}","identifiers":{"id":"${r.int(10000, 999999)}"},"message_data":{"name":"${k.pers('person-name', p.name)}"}}'
{"meta":{"error":"unauthorized"}}`;
  }],
  ['mail', 'brevo-sdk-401', (r, k) => {
    const p = person(r);
    return `brevo.ApiException: (401) Reason: Unauthorized HTTP response body: {"message":"Key not found","code":"unauthorized"}
  configuration.api_key['api-key'] = '${k.cred('brevo-api-key', `xkeysib-${hex(r, 64)}-${b62(r, 16)}`)}'
  SendSmtpEmail(to=[{"email": "${k.pers('email', p.email)}", "name": "${k.pers('person-name', p.name)}"}], template_id=${r.int(1, 300)})`;
  }],
  ['mail', 'brevo-smtp-relay', (r, k) => {
    return `postfix/smtp[${r.int(1000, 60000)}]: SASL authentication failed; server smtp-relay.brevo.com[1.179.118.1] said: 535 5.7.8 Authentication failed
/etc/postfix/sasl_passwd: [smtp-relay.brevo.com]:587 ${r.int(100000, 999999)}${lower(r, 3)}@smtp-brevo.com:${k.cred('brevo-smtp-key', `xsmtpsib-${hex(r, 64)}-${b62(r, 16)}`)}`;
  }],
  ['mail', 'mailersend-bulk', (r, k) => {
    const a = person(r);
    const b = person(r);
    return `MailerSend bulk-email ${r.uuid()} failed validation:
  Authorization: Bearer ${k.cred('mailersend-api-token', `mlsn.${hex(r, 64)}`)}
  recipients[0]: ${k.pers('person-name', a.name)} <${k.pers('email', a.email)}>
  recipients[1]: ${k.pers('person-name', b.name)} <${k.pers('email', b.email)}>`;
  }],
  ['mail', 'sparkpost-transmission', (r, k) => {
    const p = person(r);
    return `SparkPostError: [{"message":"Forbidden.","code":"1100"}]
  POST https://api.sparkpost.com/api/v1/transmissions?num_rcpt_errors=3
  Authorization: ${k.cred('sparkpost-api-key', hex(r, 40))}
  recipients: [{"address":{"email":"${k.pers('email', p.email)}","name":"${k.pers('person-name', p.name)}"}}]`;
  }],
  ['mail', 'mailjet-basic-auth', (r, k) => {
    const p = person(r);
    return `mailjet_rest: POST https://api.mailjet.com/v3.1/send 401 {"ErrorMessage":"API key authentication/authorization failure."}
  MJ_APIKEY_PUBLIC=${hex(r, 32)}
  MJ_APIKEY_PRIVATE=${k.cred('mailjet-secret-key', hex(r, 32))}
  To: ${k.pers('email', p.email)} (${k.pers('person-name', p.name)})`;
  }],
  ['mail', 'mandrill-send-template', (r, k) => {
    const p = person(r);
    return `Mandrill::InvalidKeyError: Invalid API key
  POST https://mandrillapp.com/api/1.0/messages/send-template {"key":"${k.cred('mandrill-api-key', `md-${b64uChars(r, 22)}`)}","template_name":"password-reset","message":{"to":[{"email":"${k.pers('email', p.email)}","name":"${k.pers('person-name', p.name)}"}],"merge_vars":[{"rcpt":"${p.email}","vars":[{"name":"RESET_URL","content":"https://app.${lower(r, 6)}.com/reset?token=${k.cred('password-reset-token', b64uChars(r, 32))}"}]}]}}`;
  }],
];

/** Support desks: Front, Help Scout, Gorgias, Kustomer. */
export const SUPPORT: PosTpl[] = [
  ['support', 'front-api-conversation', (r, k) => {
    const p = person(r);
    return `front-sync ${ts(r)} ERROR POST https://api2.frontapp.com/channels/cha_${b62(r, 5).toLowerCase()}/incoming_messages 401
  Authorization: Bearer ${k.cred('front-api-token', jwt(r, { scopes: ['shared:*', 'private:*'], iat: now(r), iss: 'front', sub: lower(r, 10), jti: hex(r, 16) }))}
  sender: {"handle":"${k.pers('email', p.email)}","name":"${k.pers('person-name', p.name)}"} body="Hi, my order ${r.int(10000, 99999)} never arrived, call me at ${k.pers('phone', p.phone)}"`;
  }],
  ['support', 'helpscout-oauth', (r, k) => {
    const p = person(r);
    return `helpscout: POST https://api.helpscout.net/v2/oauth2/token grant_type=client_credentials&client_id=${b62(r, 32)}&client_secret=${k.cred('helpscout-app-secret', b62(r, 32))}
  -> {"token_type":"bearer","access_token":"${k.cred('oauth-access-token', b62(r, 32))}","expires_in":172800}
  next: GET /v2/customers?query=(email:"${k.pers('email', p.email)}") failed 429`;
  }],
  ['support', 'gorgias-basic-auth', (r, k) => {
    const agent = person(r);
    const cust = person(r);
    return `gorgias client: 401 on GET https://${lower(r, 8)}.gorgias.com/api/customers?email=${encodeURIComponent(cust.email)}
  auth=(${JSON.stringify(k.pers('email', agent.email))}, ${JSON.stringify(k.cred('gorgias-api-key', hex(r, 64)))})
  customer: ${k.pers('person-name', cust.name)} <${k.pers('email', cust.email)}> shipping ${k.pers('street-address', cust.street)}, ${cust.city} ${cust.state}`;
  }],
  ['support', 'kustomer-webhook', (r, k) => {
    const p = person(r);
    return `kustomer hook handler: HMAC mismatch x-kustomer-signature=${hex(r, 64)} secret=${k.cred('kustomer-webhook-secret', b62(r, 40))}
  Kustomer API key (KUSTOMER_API_KEY): ${k.cred('kustomer-api-key', jwt(r, { org: hex(r, 24), user: hex(r, 24), exp: null, aud: 'kustomer', iss: 'kustomer', sub: hex(r, 24) }))}
  payload.customer: {"name":"${k.pers('person-name', p.name)}","emails":[{"email":"${k.pers('email', p.email)}"}],"birthdayAt":"${k.pers('date-of-birth', p.dob)}"}`;
  }],
  ['support', 'helpscout-ticket-card-paste', (r, k) => {
    const p = person(r);
    return `helpscout mailbox ${r.int(100000, 999999)}: new thread from ${k.pers('email', p.email)}
  "Hi — please update my card to ${k.fin('card-number', card(r, ' '))} exp ${expiry(r)} CVV ${k.fin('card-cvc', cvc(r))}. Thanks, ${k.pers('person-name', p.name)}"`;
  }],
];

/** Shipping and mail APIs: Lob, Shippo, EasyPost, ShipEngine, AfterShip. */
export const SHIPPING: PosTpl[] = [
  ['shipping', 'lob-check-send', (r, k) => {
    const p = person(r);
    return `Lob::InvalidRequestError: bank_account ${'bank_' + hex(r, 15)} is not verified
  Lob.api_key = "${k.cred('lob-api-key', `live_${hex(r, 35)}`)}"
  check: { to: { name: "${k.pers('person-name', p.name)}", address_line1: "${k.pers('street-address', p.street)}", address_city: "${p.city}", address_state: "${p.state}", address_zip: "${p.zip}" },
           bank: { routing_number: "${k.fin('routing-number', routing(r))}", account_number: "${k.fin('bank-account-number', account(r))}" }, amount: ${r.int(20, 4000)}.00 }`;
  }],
  ['shipping', 'lob-address-verify', (r, k) => {
    const p = person(r);
    return `curl https://api.lob.com/v1/us_verifications -u ${k.cred('lob-api-key', `live_${hex(r, 35)}`)}: -d "primary_line=${p.street}" -d "city=${p.city}" -d "state=${p.state}" -d "zip_code=${p.zip}"
{"error":{"message":"rate limit exceeded","status_code":429}} recipient=${k.pers('person-name', p.name)} line=${k.pers('street-address', p.street)}`;
  }],
  ['shipping', 'shippo-label', (r, k) => {
    const p = person(r);
    return `shippo.error.AuthenticationError: Token is invalid or has expired
  headers: {'Authorization': 'ShippoToken ${k.cred('shippo-api-token', `shippo_live_${hex(r, 40)}`)}', 'Shippo-API-Version': '2018-02-08'}
  address_to: {"name":"${k.pers('person-name', p.name)}","street1":"${k.pers('street-address', p.street)}","city":"${p.city}","state":"${p.state}","zip":"${p.zip}","phone":"${k.pers('phone', p.phone)}","email":"${k.pers('email', p.email)}"}`;
  }],
  ['shipping', 'easypost-shipment', (r, k) => {
    const p = person(r);
    return `EasyPost::Errors::UnauthorizedError (APIKEY.INACTIVE): This api key is no longer active.
  client = EasyPost::Client.new(api_key: '${k.cred('easypost-api-key', `EZAK${hex(r, 54)}`)}')
  to_address: name=${k.pers('person-name', p.name)} street1="${k.pers('street-address', p.street)}" phone=${k.pers('phone', p.phone)}`;
  }],
  ['shipping', 'easypost-webhook-hmac', (r, k) => {
    return `easypost webhook rejected: x-hmac-signature mismatch (hmac-sha256-hex=${hex(r, 64)})
  webhook_secret=${k.cred('easypost-webhook-secret', b64uChars(r, 32))} event=tracker.updated id=evt_${hex(r, 32)}`;
  }],
  ['shipping', 'shipengine-rates', (r, k) => {
    const p = person(r);
    return `POST https://api.shipengine.com/v1/rates HTTP/1.1
Host: api.shipengine.com
API-Key: ${k.cred('shipengine-api-key', r.chars(B62 + '/+', 43))}
Content-Type: application/json

{"shipment":{"ship_to":{"name":"${k.pers('person-name', p.name)}","phone":"${k.pers('phone', p.phone)}","address_line1":"${k.pers('street-address', p.street)}","city_locality":"${p.city}","state_province":"${p.state}","postal_code":"${p.zip}","country_code":"US"}}}
HTTP/1.1 401 Unauthorized`;
  }],
  ['shipping', 'aftership-tracking', (r, k) => {
    const p = person(r);
    return `aftership-sdk: AftershipError [UnauthorizedError]: Invalid API key. (meta.code 4001)
  as-api-key: ${k.cred('aftership-api-key', `asat_${hex(r, 32)}`)}
  tracking: {"tracking_number":"1Z${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 16)}","emails":["${k.pers('email', p.email)}"],"smses":["${k.pers('phone', p.phone)}"],"customer_name":"${k.pers('person-name', p.name)}"}`;
  }],
  ['shipping', 'shippo-customs-declaration', (r, k) => {
    const p = person(r);
    return `customs_declaration rejected by carrier (DHL eCommerce): exporter_identification.tax_id invalid
  certify_signer="${k.pers('person-name', p.name)}" exporter tax id (SSN) ${k.pers('us-ssn', ssn(r))} b13a_filing_option=NOT_REQUIRED
  shippo token: ${k.cred('shippo-api-token', `shippo_live_${hex(r, 40)}`)}`;
  }],
  ['shipping', 'lob-bank-account-create', (r, k) => {
    const p = person(r);
    return `${iso(r)} lob.bankAccounts.create() -> 422 {"error":{"message":"routing_number must be a valid 9 digit ABA routing number","status_code":422}}
  { description: "Payouts — ${company(r)}", routing_number: "${k.fin('routing-number', routing(r))}", account_number: "${k.fin('bank-account-number', account(r))}", account_type: "company", signatory: "${k.pers('person-name', p.name)}" }
  X-Request-Id: ${reqId(r)}`;
  }],
  ['shipping', 'aftership-returns-refund', (r, k) => {
    const p = person(r);
    return `returns-center: refund to original payment failed; falling back to bank transfer
  customer=${k.pers('email', p.email)} refund_destination.iban=${k.fin('iban', iban(r))} holder="${k.pers('person-name', p.name)}"
  aftership returns api key: ${k.cred('aftership-api-key', `asat_${hex(r, 32)}`)}`;
  }],
];

