/**
 * Blind set 84: payment vendors: Stripe, Adyen, Braintree and Plaid calls with their auth headers,
 * card, bank and customer fields, and the error bodies those APIs return.
 */
import { mkCall, type Vendor } from './blind-set-84-call';
import { type Json } from './blind-set-84-ctx';
import { card, cvc, expiry, iban, routing, ukBank, usAccount } from './blind-set-84-money';
import { ALNUM, b64 } from './blind-set-84-rng';
import { clientIp, nationalId, person } from './blind-set-84-people';
import { stripeId } from './blind-set-84-noise';
import { adyenKey, braintreePrivate, plaidAccessToken, plaidSecret, stripeKey, stripeWhsec } from './blind-set-84-tokens';

/** Stripe: payment methods with raw card data, customers, bank accounts for Connect payouts. */
export const stripe: Vendor = (ctx, o) => {
  const r = ctx.r;
  const key = stripeKey(r, r.chance(0.8) ? 'sk' : 'rk');
  const auth = r.chance(0.8) ? `Bearer ${ctx.cred('stripe-secret', key)}` : `Basic ${ctx.cred('basic-auth', b64(`${key}:`))}`;
  const p = person(r);
  const headers: [string, string][] = [['Authorization', auth], ['Stripe-Version', r.pick(['2024-04-10', '2023-10-16', '2024-06-20'])]];
  if (r.chance(0.6)) headers.push(['Idempotency-Key', r.uuid()]);
  if (r.chance(0.3)) headers.push(['Stripe-Account', stripeId(r, 'acct').slice(0, 21)]);
  const req = stripeId(r, 'req');
  const k = r.int(0, 3);
  if (k === 3 && !o.fail) {
    const we = stripeId(r, 'we');
    const form: [string, string][] = [['url', `https://hooks.acmecorp.com/stripe/${r.hex(8)}`], ['enabled_events[]', 'payment_intent.succeeded'], ['enabled_events[]', 'charge.dispute.created'], ['api_version', '2024-04-10']];
    return mkCall(ctx, { vendor: 'stripe', client: 'StripeClient', op: 'createWebhookEndpoint', method: 'POST', url: 'https://api.stripe.com/v1/webhook_endpoints', headers, form, status: 200, respJson: { id: we, object: 'webhook_endpoint', api_version: '2024-04-10', application: null, created: 1714000000 + r.int(0, 9e6), enabled_events: ['payment_intent.succeeded', 'charge.dispute.created'], livemode: true, secret: ctx.cred('stripe-webhook-secret', stripeWhsec(r)), status: 'enabled', url: form[0]![1] }, respHeaders: [['Request-Id', req]] });
  }
  let form: [string, string][];
  let path: string;
  let err: Record<string, Json>;
  if (k === 0) {
    const c = card(r, 'plain');
    const e = expiry(r);
    path = '/v1/payment_methods';
    form = [['type', 'card'], ['card[number]', ctx.fin('card', c.digits)], ['card[exp_month]', e.month], ['card[exp_year]', e.year], ['card[cvc]', ctx.fin('cvc', cvc(r, c))], ['billing_details[name]', ctx.pers('name', p.name)], ['billing_details[email]', ctx.pers('email', p.email)]];
    if (r.chance(0.5)) form.push(['billing_details[address][line1]', ctx.pers('address', p.street)], ['billing_details[address][postal_code]', p.postal]);
    const pi = stripeId(r, 'pi');
    err = { code: 'card_declined', decline_code: r.pick(['do_not_honor', 'insufficient_funds', 'generic_decline']), doc_url: 'https://stripe.com/docs/error-codes/card-declined', message: 'Your card was declined.', request_log_url: `https://dashboard.stripe.com/logs/${req}?t=${1714000000 + r.int(0, 9e6)}`, type: 'card_error' };
    if (r.chance(0.6)) err['payment_intent'] = { id: pi, object: 'payment_intent', amount: r.int(500, 90000), client_secret: ctx.cred('stripe-client-secret', `${pi}_secret_${r.chars(ALNUM, 25)}`), currency: 'usd', customer: stripeId(r, 'cus').slice(0, 18), status: 'requires_payment_method' };
  } else if (k === 1) {
    path = '/v1/customers';
    form = [['email', ctx.pers('email', p.email)], ['name', ctx.pers('name', p.name)], ['phone', ctx.pers('phone', p.phone)], ['address[line1]', ctx.pers('address', p.street)], ['address[city]', p.city], ['metadata[internal_user_id]', String(r.int(10000, 999999))]];
    if (r.chance(0.4)) form.push(['metadata[date_of_birth]', ctx.pers('dob', p.dob)]);
    err = r.chance(0.5)
      ? { code: 'email_invalid', doc_url: 'https://stripe.com/docs/error-codes/email-invalid', message: `Invalid email address: ${ctx.pers('email', p.email)}`, param: 'email', request_log_url: `https://dashboard.stripe.com/logs/${req}`, type: 'invalid_request_error' }
      : { message: `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(24)}${key.slice(-4)}`, type: 'invalid_request_error' };
  } else {
    const acct = stripeId(r, 'acct').slice(0, 21);
    path = `/v1/accounts/${acct}/external_accounts`;
    form = [['external_account[object]', 'bank_account'], ['external_account[country]', 'US'], ['external_account[currency]', 'usd'], ['external_account[routing_number]', ctx.fin('routing', routing(r))], ['external_account[account_number]', ctx.fin('account-number', usAccount(r))], ['external_account[account_holder_name]', ctx.pers('name', p.name)], ['external_account[account_holder_type]', 'individual']];
    err = { code: 'routing_number_invalid', doc_url: 'https://stripe.com/docs/error-codes/routing-number-invalid', message: 'Routing number must have 9 digits', param: 'external_account[routing_number]', request_log_url: `https://dashboard.stripe.com/logs/${req}`, type: 'invalid_request_error' };
  }
  const status = k === 0 ? 402 : k === 1 ? r.pick([400, 401]) : 400;
  return mkCall(ctx, { vendor: 'stripe', client: 'StripeClient', op: r.pick(['createPaymentMethod', 'createCustomer', 'attachBankAccount']), method: 'POST', url: `https://api.stripe.com${path}`, headers, form, status, respJson: { error: err }, respHeaders: [['Request-Id', req], ['Stripe-Version', '2024-04-10'], ['Access-Control-Allow-Origin', '*']] });
};

/** Adyen Checkout /payments with raw card or SEPA details and shopper data. */
export const adyen: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const live = r.chance(0.7);
  const base = live ? `https://${r.hex(16)}-${r.pick(['AcmeCorp', 'NorthwindRetail', 'Brightpath'])}-checkout-live.adyenpayments.com/checkout/v71` : 'https://checkout-test.adyen.com/v71';
  const headers: [string, string][] = [[r.pick(['X-API-Key', 'x-api-key', 'X-Api-Key']), ctx.cred('adyen-api-key', adyenKey(r))], ['Idempotency-Key', r.uuid()]];
  const ref = `ORD-${r.int(100000, 999999)}`;
  let pm: Json;
  if (r.chance(0.7)) {
    const c = card(r, 'plain');
    const e = expiry(r);
    pm = { type: 'scheme', number: ctx.fin('card', c.digits), expiryMonth: e.month, expiryYear: e.year, cvc: ctx.fin('cvc', cvc(r, c)), holderName: ctx.pers('name', p.name) };
  } else {
    pm = { type: 'sepadirectdebit', 'sepa.ownerName': ctx.pers('name', p.name), 'sepa.ibanNumber': ctx.fin('iban', iban(r, false).electronic) };
  }
  const json: Json = { amount: { currency: r.pick(['EUR', 'GBP', 'USD']), value: r.int(500, 90000) }, reference: ref, merchantAccount: r.pick(['AcmeCorpECOM', 'NorthwindPOS']), paymentMethod: pm, shopperEmail: ctx.pers('email', p.email), shopperIP: ctx.pers('ip', clientIp(r)), shopperReference: `shopper-${r.int(1000, 99999)}`, returnUrl: `https://shop.acmecorp.com/checkout/return?ref=${ref}` };
  if (r.chance(0.3)) json['telephoneNumber'] = ctx.pers('phone', p.phone);
  if (r.chance(0.3)) json['dateOfBirth'] = ctx.pers('dob', p.dob);
  if (r.chance(0.2)) {
    const id = nationalId(r);
    json['socialSecurityNumber'] = ctx.pers(id.kind, id.value);
  }
  const status = r.pick([401, 403, 422, 422, 500]);
  const resp: Json = status === 422 ? { status, errorCode: '101', message: 'Invalid card number', errorType: 'validation', pspReference: r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16) } : { status, errorCode: status === 401 ? '000' : '010', message: status === 401 ? 'HTTP Status Response - Unauthorized' : 'Not allowed', errorType: 'security' };
  return mkCall(ctx, { vendor: 'adyen', client: 'AdyenCheckoutClient', op: 'payments', method: 'POST', url: `${base}/payments`, headers, json, status, respJson: resp, respHeaders: [['pspReference', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16)]] });
};

/** Braintree gateway XML API with Basic public:private key auth. */
export const braintree: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const merchant = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16);
  const pub = r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16);
  const priv = braintreePrivate(r);
  const basic = ctx.cred('basic-auth', b64(`${pub}:${priv}`));
  const c = card(r, 'plain');
  const e = expiry(r);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<transaction>\n  <amount>${r.int(5, 900)}.${r.digits(2)}</amount>\n  <credit-card>\n    <number>${ctx.fin('card', c.digits)}</number>\n    <expiration-date>${e.month}/${e.year}</expiration-date>\n    <cvv>${ctx.fin('cvc', cvc(r, c))}</cvv>\n    <cardholder-name>${ctx.pers('name', p.name)}</cardholder-name>\n  </credit-card>\n  <customer>\n    <email>${ctx.pers('email', p.email)}</email>\n    <phone>${ctx.pers('phone', p.phoneNational)}</phone>\n  </customer>\n  <order-id>${r.int(100000, 999999)}</order-id>\n  <type>sale</type>\n</transaction>\n`;
  const status = r.pick([401, 422, 422]);
  const respText = status === 401 ? '' : `<?xml version="1.0" encoding="UTF-8"?>\n<api-error-response>\n  <errors>\n    <transaction>\n      <credit-card>\n        <errors type="array">\n          <error>\n            <code>81715</code>\n            <attribute type="symbol">number</attribute>\n            <message>Credit card number is invalid.</message>\n          </error>\n        </errors>\n      </credit-card>\n    </transaction>\n  </errors>\n  <message>Credit card number is invalid.</message>\n</api-error-response>\n`;
  return mkCall(ctx, { vendor: 'braintree', auth: { user: pub, pass: ctx.cred('braintree-private-key', priv) }, client: 'BraintreeGateway', op: 'transactionSale', method: 'POST', url: `https://api.braintreegateway.com:443/merchants/${merchant}/transactions`, headers: [['Accept', 'application/xml'], ['Authorization', `Basic ${basic}`], ['X-ApiVersion', '6'], ['Content-Type', 'application/xml']], xml, status, respText, respType: 'application/xml; charset=utf-8' });
};

/** Plaid: auth/get and payment-initiation recipients, with the client secret in the body. */
export const plaid: Vendor = (ctx, o) => {
  const r = ctx.r;
  const clientId = r.hex(24);
  const secret = ctx.cred('plaid-secret', plaidSecret(r));
  const requestId = r.chars(ALNUM, 15);
  if (!o.fail && r.chance(0.6)) {
    const acct = r.chars(ALNUM, 37);
    const json: Json = { client_id: clientId, secret, access_token: ctx.cred('plaid-access-token', plaidAccessToken(r)) };
    const respJson: Json = { accounts: [{ account_id: acct, balances: { available: r.int(10, 9000), current: r.int(10, 9000), iso_currency_code: 'USD' }, mask: r.digits(4), name: 'Plaid Checking', subtype: 'checking', type: 'depository' }], numbers: { ach: [{ account: ctx.fin('account-number', usAccount(r)), account_id: acct, routing: ctx.fin('routing', routing(r)), wire_routing: ctx.fin('routing', routing(r)) }], bacs: [], eft: [], international: [] }, request_id: requestId };
    return mkCall(ctx, { vendor: 'plaid', client: 'PlaidApi', op: 'authGet', method: 'POST', url: 'https://production.plaid.com/auth/get', headers: [['Plaid-Version', '2020-09-14']], json, status: 200, respJson });
  }
  const p = person(r);
  const uk = ukBank(r);
  const recipient: Json = r.chance(0.5) ? { name: ctx.pers('name', p.name), iban: ctx.fin('iban', iban(r, false).electronic) } : { name: ctx.pers('name', p.name), bacs: { account: ctx.fin('uk-account', uk.account), sort_code: ctx.fin('sort-code', uk.sortCode.replace(/-/g, '')) } };
  (recipient as Record<string, Json>)['address'] = { street: [ctx.pers('address', p.street)], city: p.city, postal_code: p.postal, country: p.cc };
  const json: Json = { client_id: clientId, secret, ...(recipient as Record<string, Json>) };
  const respJson: Json = { display_message: null, documentation_url: 'https://plaid.com/docs/errors/invalid-input/', error_code: r.pick(['INVALID_FIELD', 'INVALID_API_KEYS']), error_message: r.pick(['recipient iban is not valid', 'invalid client_id or secret provided']), error_type: 'INVALID_REQUEST', request_id: requestId, suggested_action: null };
  return mkCall(ctx, { vendor: 'plaid', client: 'PlaidApi', op: 'paymentInitiationRecipientCreate', method: 'POST', url: 'https://production.plaid.com/payment_initiation/recipient/create', headers: [['Plaid-Version', '2020-09-14']], json, status: 400, respJson });
};
