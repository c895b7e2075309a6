import * as K from './blind-set-78-creds';
import { aba78, card78, cardSpaced78, iban78, ibanSpaced78 } from './blind-set-78-ids';
import { person78 } from './blind-set-78-people';
import { money78 } from './blind-set-78-cfg';
import type { Case78, PosTemplate78, Rng78 } from './blind-set-78-rng';

/** A log timestamp. */
export const ts = (r: Rng78): string => `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}.${r.digits(3)}Z`;

/** Plants a person's name and mail (and sometimes phone or street line), and returns all four. */
export function who(r: Rng78, c: Case78, cc?: string) {
  const p = person78(r, cc);
  const phone = r.int(0, 1) ? p.e164 : p.phone;
  const k = r.int(0, 3);
  return { p, name: c.pii(p.name, 'person-name'), email: c.pii(p.email, 'email'), phone: k === 0 ? c.pii(phone, 'phone') : phone, street: k === 1 ? c.pii(p.street, 'street-address') : p.street };
}

/** Positive templates of payment providers: Stripe, Adyen, Braintree, PayPal, Square, Plaid. */
export const PAY_TEMPLATES78: Record<string, PosTemplate78> = {
  'stripe/customer-update-error': (r, c) => {
    const w = who(r, c);
    const key = c.cred(K.stripeKey78(r, 'sk'), 'stripe-secret');
    return `${ts(r)} ERROR billing.sync Stripe::InvalidRequestError (Status 400) (Request req_${r.b62(14)}) No such tax rate: 'txr_${r.b62(24)}'\n  request: POST https://api.stripe.com/v1/customers/cus_${r.b62(14)} headers={"Authorization"=>"Bearer ${key}", "Stripe-Version"=>"2024-06-20", "Idempotency-Key"=>"${r.uuid()}"}\n  body: name=${encodeURIComponent(w.p.name).replace(/%20/g, '+')}&email=${encodeURIComponent(w.email)}&phone=${encodeURIComponent(w.phone)}&address[line1]=${encodeURIComponent(w.street).replace(/%20/g, '+')}&address[postal_code]=${w.p.postal.replace(/ /g, '+')}&address[country]=${w.p.country}&tax_rate=txr_${r.b62(24)}\n  #<Stripe::Customer:0x000${r.hex(13)} id=cus_${r.b62(14)}> JSON: {"id":"cus_${r.b62(14)}","object":"customer","name":${JSON.stringify(w.p.name)},"email":"${w.email}","phone":"${w.phone}","address":{"line1":${JSON.stringify(w.street)},"city":${JSON.stringify(w.p.city)},"postal_code":"${w.p.postal}","country":"${w.p.country}"},"metadata":{${money78(r, c)}},"livemode":true}`;
  },
  'stripe/payment-method-attach': (r, c) => {
    const w = who(r, c);
    const pan = c.fin(card78(r), 'card');
    const rk = c.cred(K.stripeKey78(r, 'rk'), 'stripe-restricted');
    return `stripe.error.CardError: Request req_${r.b62(14)}: Your card was declined.\nTraceback (most recent call last):\n  File "/srv/app/billing/tasks.py", line ${r.int(40, 400)}, in attach_card\n    pm = stripe.PaymentMethod.create(type="card", card={"number": "${pan}", "exp_month": ${r.int(1, 12)}, "exp_year": ${r.int(2027, 2031)}}, billing_details={"name": ${JSON.stringify(w.p.name)}, "email": "${w.email}", "phone": "${w.phone}", "address": {"line1": ${JSON.stringify(w.street)}, "city": ${JSON.stringify(w.p.city)}, "postal_code": "${w.p.postal}", "country": "${w.p.country}"}}, api_key="${rk}")\n  File "/usr/local/lib/python3.12/site-packages/stripe/_api_requestor.py", line 197, in request\n    resp = requestor._interpret_response(rbody, rcode, rheaders)\nstripe.error.CardError: (code=card_declined, decline_code=do_not_honor, param=None)`;
  },
  'stripe/webhook-verify': (r, c) => {
    const w = who(r, c);
    const wh = c.cred(K.whsec78(r), 'stripe-webhook-secret');
    const key = c.cred(K.stripeKey78(r, 'sk'), 'stripe-secret');
    const ip = c.pii(w.p.ip, 'ip-address');
    return `[${ts(r)}] WARN  webhooks.stripe signature verification failed (tolerance 300s) endpoint_secret=${wh} fallback_api_key=${key}\n{"id":"evt_${r.b62(24)}","object":"event","type":"payment_intent.payment_failed","data":{"object":{"id":"pi_${r.b62(24)}","object":"payment_intent","amount":${r.int(500, 90000)},"currency":"eur","customer":"cus_${r.b62(14)}","receipt_email":"${w.email}","shipping":{"name":${JSON.stringify(w.name)},"phone":"${w.phone}","address":{"line1":${JSON.stringify(w.street)},"line2":null,"city":${JSON.stringify(w.p.city)},"postal_code":"${w.p.postal}","country":"${w.p.country}"}},"last_payment_error":{"code":"card_declined","payment_method":{"id":"pm_${r.b62(24)}","card":{"brand":"visa","last4":"${r.digits(4)}","exp_month":${r.int(1, 12)},"exp_year":${r.int(2027, 2031)}}}},"metadata":{"client_ip":"${ip}"}}}}`;
  },
  'stripe/sepa-mandate': (r, c) => {
    const w = who(r, c, r.pick(['DE', 'FR', 'ES', 'IT', 'NL']));
    const ib = c.fin(iban78(r, w.p.country), 'iban');
    const key = c.cred(K.stripeKey78(r, 'sk'), 'stripe-secret');
    const wh = c.cred(K.whsec78(r), 'stripe-webhook-secret');
    return `level=error ts=${ts(r)} caller=sepa/mandate.go:${r.int(40, 300)} msg="stripe: create PaymentMethod sepa_debit failed" stripe_key=${key} webhook_secret=${wh} err="{\\"status\\":400,\\"message\\":\\"The IBAN you entered is not valid for the country of the billing address.\\",\\"param\\":\\"sepa_debit[iban]\\",\\"request_id\\":\\"req_${r.b62(14)}\\",\\"type\\":\\"invalid_request_error\\"}" params="map[billing_details[address][line1]:[${w.street}] billing_details[email]:[${w.email}] billing_details[name]:[${w.name}] billing_details[phone]:[${w.phone}] sepa_debit[iban]:[${ibanSpaced78(ib)}] type:[sepa_debit]]" iban_compact=${ib}"`;
  },
  'adyen/payments-refused': (r, c) => {
    const w = who(r, c, r.pick(['NL', 'DE', 'GB', 'BR', 'MX', 'AU']));
    const key = c.cred(K.adyenKey78(r), 'adyen-api-key');
    const pan = c.fin(card78(r), 'card');
    const ip = c.pii(w.p.ip, 'ip-address');
    return `${ts(r)} ERROR [checkout-svc] com.adyen.service.exception.ApiException: {"status":422,"errorCode":"174","message":"Unable to decrypt data","errorType":"validation","pspReference":"${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 16)}"}\n  request headers: {x-api-key=${key}, content-type=application/json, idempotency-key=${r.uuid()}}\n  request body: {"merchantAccount":"AcmeStoresECOM","amount":{"currency":"EUR","value":${r.int(1000, 99000)}},"reference":"ORD-${r.digits(8)}","paymentMethod":{"type":"scheme","number":"${pan}","expiryMonth":"${String(r.int(1, 12)).padStart(2, '0')}","expiryYear":"${r.int(2027, 2031)}","holderName":${JSON.stringify(w.name)}},"shopperEmail":"${w.email}","shopperIP":"${ip}","telephoneNumber":"${w.phone}","billingAddress":{"street":${JSON.stringify(w.street)},"houseNumberOrName":"","postalCode":"${w.p.postal}","city":${JSON.stringify(w.p.city)},"country":"${w.p.country}"}}`;
  },
  'braintree/customer-create': (r, c) => {
    const w = who(r, c, r.pick(['US', 'CA', 'GB', 'AU']));
    const priv = c.cred(K.braintreePrivate78(r), 'braintree-private-key');
    const pan = c.fin(cardSpaced78(card78(r), r.pick([' ', '-'])), 'card');
    return `E, [${ts(r)} #${r.int(1000, 40000)}] ERROR -- : Braintree::ValidationsFailed: credit_card.number is invalid (81715)\n  config: Braintree::Configuration environment=:production merchant_id="${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}" public_key="${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}" private_key="${priv}"\n  params: {:first_name=>${JSON.stringify(w.p.first)}, :last_name=>${JSON.stringify(w.p.last)}, :email=>"${w.email}", :phone=>"${w.phone}", :credit_card=>{:cardholder_name=>${JSON.stringify(w.name)}, :number=>"${pan}", :expiration_date=>"${String(r.int(1, 12)).padStart(2, '0')}/${r.int(2027, 2031)}", :billing_address=>{:street_address=>${JSON.stringify(w.street)}, :locality=>${JSON.stringify(w.p.city)}, :region=>"${w.p.region}", :postal_code=>"${w.p.postal}"}}}`;
  },
  'paypal/payouts-error': (r, c) => {
    const w = who(r, c, r.pick(['US', 'MX', 'BR', 'ES', 'IT']));
    const sec = c.cred(K.paypalSecret78(r), 'paypal-client-secret');
    const tok = c.cred(K.paypalAccess78(r), 'paypal-access-token');
    return `${ts(r)} paypal-sync ERROR POST https://api-m.paypal.com/v1/payments/payouts -> 422 UNPROCESSABLE_ENTITY debug_id=${r.hex(13)}\nAuthorization: Bearer ${tok}\noauth: client_id=A${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 79)} client_secret=${sec}\nresponse: {"name":"VALIDATION_ERROR","details":[{"field":"items[0].receiver","issue":"RECEIVER_UNREGISTERED"}],"links":[]}\npayer ${JSON.stringify(w.name)}: {"payer_id":"${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 13)}","name":{"given_name":${JSON.stringify(w.p.first)},"surname":${JSON.stringify(w.p.last)}},"email_address":"${w.email}","phone":{"phone_number":{"national_number":"${w.phone}"}},"address":{"address_line_1":${JSON.stringify(w.street)},"admin_area_2":${JSON.stringify(w.p.city)},"postal_code":"${w.p.postal}","country_code":"${w.p.country}"},"payout_account":{${money78(r, c)}}}`;
  },
  'square/customers-upsert': (r, c) => {
    const w = who(r, c, r.pick(['US', 'CA', 'AU', 'GB', 'JP']));
    const tok = c.cred(K.squareToken78(r), 'square-access-token');
    const sec = c.cred(K.squareSecret78(r), 'square-app-secret');
    const dob = c.pii(w.p.dob, 'birth-date');
    return `square.sync failed for ${JSON.stringify(w.name)}: ApiError: Response status code was not ok: 400.\n  at SquareClient.customers.create (node_modules/square/dist/api/customersApi.js:${r.int(80, 300)}:${r.int(5, 30)})\n  config: { accessToken: '${tok}', environment: 'production', appSecret: '${sec}' }\n  body: {"idempotency_key":"${r.uuid()}","given_name":${JSON.stringify(w.p.first)},"family_name":${JSON.stringify(w.p.last)},"email_address":"${w.email}","phone_number":"${w.phone}","birthday":"${dob}","address":{"address_line_1":${JSON.stringify(w.street)},"locality":${JSON.stringify(w.p.city)},"administrative_district_level_1":"${w.p.region}","postal_code":"${w.p.postal}","country":"${w.p.country}"},"note":"${money78(r, c, false)}"}\n  errors: [{"category":"INVALID_REQUEST_ERROR","code":"INVALID_PHONE_NUMBER","detail":"Expected phone_number to be a valid phone number","field":"phone_number"}]`;
  },
  'plaid/identity-get': (r, c) => {
    const w = who(r, c, 'US');
    const sec = c.cred(K.plaidSecret78(r), 'plaid-secret');
    const at = c.cred(K.plaidAccess78(r), 'plaid-access-token');
    const acct = c.fin(r.digits(r.int(9, 12)), 'bank-account');
    const rt = c.fin(aba78(r), 'aba-routing');
    return `${ts(r)} [ledger-worker] ERROR identity reconciliation mismatch for item ${r.b62(37)}\nplaid request: POST /identity/get {"client_id":"${r.hex(24)}","secret":"${sec}","access_token":"${at}"}\nplaid response (truncated): {"accounts":[{"account_id":"${r.b62(37)}","mask":"${acct.slice(-4)}","name":"Plaid Checking","subtype":"checking","owners":[{"names":[${JSON.stringify(w.name)}],"emails":[{"data":"${w.email}","primary":true,"type":"primary"}],"phone_numbers":[{"data":"${w.phone}","primary":true,"type":"mobile"}],"addresses":[{"data":{"street":${JSON.stringify(w.street)},"city":${JSON.stringify(w.p.city)},"region":"${w.p.region}","postal_code":"${w.p.postal}","country":"US"},"primary":true}]}]}],"numbers":{"ach":[{"account":"${acct}","routing":"${rt}","wire_routing":"${rt}"}]}}`;
  },
  'adyen/transfer-instrument': (r, c) => {
    const w = who(r, c, r.pick(['NL', 'DE', 'FR', 'ES', 'IT', 'GB']));
    const key = c.cred(K.adyenKey78(r), 'adyen-api-key');
    const ib = c.fin(iban78(r, w.p.country === 'GB' ? 'GB' : w.p.country), 'iban');
    const ib2 = c.fin(ibanSpaced78(iban78(r)), 'iban');
    return `${ts(r)} ERROR kyc-onboarding Adyen LEM POST /lem/v3/transferInstruments -> 422 {"type":"https://docs.adyen.com/errors/validation","title":"Invalid Transfer Instrument information.","status":422,"invalidFields":[{"name":"bankAccount.accountIdentification.iban","message":"Bank account owner does not match legal entity"}],"errorCode":"30_112"}\n  X-API-Key: ${key}\n  request: {"legalEntityId":"LE${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 22)}","type":"bankAccount","bankAccount":{"accountIdentification":{"type":"iban","iban":"${ib}"},"accountHolderName":${JSON.stringify(w.name)}}}\n  legal entity: {"individual":{"name":{"firstName":${JSON.stringify(w.p.first)},"lastName":${JSON.stringify(w.p.last)}},"email":"${w.email}","phone":{"number":"${w.phone}","type":"mobile"},"birthData":{"dateOfBirth":"${c.pii(w.p.dob, 'birth-date')}"},"residentialAddress":{"street":${JSON.stringify(w.street)},"city":${JSON.stringify(w.p.city)},"postalCode":"${w.p.postal}","country":"${w.p.country}"}}} previous_iban="${ib2}"`;
  },
  'braintree/us-bank-account': (r, c) => {
    const w = who(r, c, 'US');
    const at = c.cred(K.braintreeAccess78(r), 'braintree-access-token');
    const rt = c.fin(aba78(r), 'aba-routing');
    const ac = c.fin(r.digits(r.int(8, 12)), 'bank-account');
    return `Braintree::ErrorResult us_bank_account verification processor_declined (code 2046)\n  gateway = Braintree::Gateway.new(access_token: "${at}")\n  params: {:payment_method_nonce=>"tokenusbankacct_${r.b62(6)}_${r.b62(6)}_${r.b62(6)}", :options=>{:us_bank_account_verification_method=>"network_check"}}\n  us_bank_account: {"routing_number"=>"${rt}", "account_number"=>"${ac}", "account_type"=>"checking", "ownership_type"=>"personal", "account_holder_name"=>${JSON.stringify(w.name)}, "billing_address"=>{"street_address"=>${JSON.stringify(w.street)}, "locality"=>${JSON.stringify(w.p.city)}, "region"=>"${w.p.region}", "postal_code"=>"${w.p.postal}"}, "email"=>"${w.email}", "phone"=>"${w.phone}"}`;
  },
  'plaid/auth-ach-csv': (r, c) => {
    const sec = c.cred(K.plaidSecret78(r), 'plaid-secret');
    const rows: string[] = [];
    for (let i = 0; i < r.int(2, 3); i++) {
      const p = person78(r, 'US');
      rows.push(`${r.uuid()},${c.pii(p.name, 'person-name')},${c.fin(r.digits(r.int(10, 12)), 'bank-account')},${c.fin(aba78(r), 'aba-routing')},checking,FAILED,R03 No Account/Unable to Locate Account`);
    }
    return `ach-export job ${r.uuid()} failed (PLAID_SECRET=${sec})\nid,account_holder,account_number,routing_number,type,status,return_reason\n${rows.join('\n')}`;
  },
};
