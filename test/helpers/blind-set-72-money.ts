import { spaced } from './blind-set-72-people';
import { js, type Tpl } from './blind-set-72-core';

/** Card numbers, IBANs and bank accounts in raw request bodies and provider payloads. */
export const MONEY: Tpl[] = [
  ['stripe-form-card', (x) => `stripe-mock-proxy: upstream 402 for POST /v1/payment_methods body="type=card&card[number]=${x.card(x.pick(['visa', 'mastercard', 'discover']))}&card[exp_month]=${x.r.int(1, 12)}&card[exp_year]=20${x.r.int(27, 31)}&card[cvc]=${x.num(3)}&billing_details[name]=${x.p('name', encodeURIComponent(x.person().full))}" auth=${x.t('stripe_sk')}`],
  ['stripe-bank-account', (x) => `Stripe::InvalidRequestError: The routing number provided is invalid. params={:object=>"bank_account", :country=>"US", :currency=>"usd", :account_holder_name=>${js(x.name())}, :routing_number=>"${x.aba()}", :account_number=>"${x.acct()}"}`],
  ['stripe-sepa-debit', (x) => `{"level":"error","msg":"SetupIntent confirm failed","error":{"code":"invalid_bank_account_iban","param":"payment_method_data[sepa_debit][iban]"},"request":{"payment_method_data":{"type":"sepa_debit","sepa_debit":{"iban":"${x.iban()}"},"billing_details":{"name":${js(x.name())},"email":"${x.email()}"}}}}`],
  ['adyen-payments-json', (x) => {
    const brand = x.pick(['visa', 'mastercard', 'amex', 'jcb']);
    return `com.adyen.service.exception.ApiException: HTTP Exception: 422. Error code: 101. Invalid card number\n  request body: {"amount":{"currency":"EUR","value":${x.amount()}},"reference":"ORD-${x.num(7)}","paymentMethod":{"type":"scheme","number":"${x.card(brand)}","expiryMonth":"0${x.r.int(1, 9)}","expiryYear":"20${x.r.int(27, 31)}","holderName":${js(x.name())}},"merchantAccount":"AcmeCommerceECOM"}\n  X-API-Key: ${x.t('adyen')}`;
  }],
  ['adyen-payout-iban', (x) => `AdyenClient payout/submitThirdParty 403: {"bank":{"iban":"${x.iban()}","ownerName":${js(x.name())},"countryCode":"NL"},"amount":{"value":${x.amount()},"currency":"EUR"},"shopperEmail":"${x.email()}","dateOfBirth":"${x.p('dob', `${x.r.int(1955, 2003)}-0${x.r.int(1, 9)}-2${x.r.int(0, 8)}`)}"}`],
  ['plaid-auth-numbers', (x) => `INFO plaid.auth.get ok item=${x.alnum(37)} numbers.ach=[{"account":"${x.acct()}","account_id":"${x.alnum(37)}","routing":"${x.aba()}","wire_routing":"${x.aba()}"}] access_token=${x.t('plaid_access')}`],
  ['plaid-processor-token', (x) => `plaid.ApiException: (400) INVALID_API_KEYS "invalid client_id or secret provided" body={"client_id":"${x.hex(24)}","secret":"${x.t('plaid_secret')}","access_token":"${x.t('plaid_access')}","account_id":"${x.alnum(37)}","processor":"dwolla"}`],
  ['braintree-transaction', (x) => `Braintree::ValidationsFailed: Credit card number is invalid. (81715)\n  params: {:amount=>"${x.r.int(5, 900)}.${x.num(2)}", :credit_card=>{:number=>"${x.card(x.pick(['visa', 'mastercard', 'amex', 'discover']))}", :cardholder_name=>${js(x.name())}, :cvv=>"[FILTERED]"}, :options=>{:submit_for_settlement=>true}}`],
  ['square-card-nonce', (x) => `SquareError: [{"category":"PAYMENT_METHOD_ERROR","code":"CARD_DECLINED_VERIFICATION_REQUIRED"}] debug_raw_card={"card_number":"${spacedMark(x)}","exp":"${String(x.r.int(1, 12)).padStart(2, '0')}/${x.r.int(27, 31)}","postal_code":"${x.num(5)}"} Authorization: Bearer ${x.t('square')}`],
  ['paypal-card-payload', (x) => `PAYPAL-DEBUG-ID ${x.hex(13)} 422 UNPROCESSABLE_ENTITY INVALID_PARAMETER_SYNTAX: {"payment_source":{"card":{"number":"${x.card(x.pick(['visa', 'mastercard', 'amex']))}","expiry":"20${x.r.int(27, 31)}-0${x.r.int(1, 9)}","name":${js(x.name())},"billing_address":{"address_line_1":${js(x.street())},"country_code":"US"}}}}`],
  ['checkout-raw-body', (x) => `--- request body (truncated) ---\n{"source":{"type":"card","number":"${x.card()}","expiry_month":${x.r.int(1, 12)},"expiry_year":20${x.r.int(27, 31)}},"customer":{"email":"${x.email()}","name":${js(x.name())}},"amount":${x.amount()},"currency":"GBP"}\n--- response 401 ---`],
  ['wise-gocardless-iban', (x) => `GoCardlessProError: bank_details_lookup failed (invalid_api_usage): {"account_holder_name":${js(x.name())},"iban":"${x.iban(x.r.int(0, 1) === 1)}","country_code":"${x.pick(['DE', 'FR', 'NL', 'ES'])}"} access_token=live_${x.c('gocardless-token', x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 40))}`],
  ['xml-sepa-pain001', (x) => `cvc-complex-type.2.4.a: Invalid content was found starting with element 'Nm'. In:\n<CdtTrfTxInf><PmtId><EndToEndId>E2E-${x.num(10)}</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">${x.r.int(10, 9000)}.00</InstdAmt></Amt><Cdtr><Nm>${x.name()}</Nm></Cdtr><CdtrAcct><Id><IBAN>${x.iban()}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`],
  ['ach-nacha-entry', (x) => `nacha: entry detail record failed validation (bad check digit) line 3:\n6${x.pick(['22', '27', '32'])}${x.aba()}${x.acct().padEnd(17, ' ')}${String(x.amount()).padStart(10, '0')}${x.upper(15)}${x.p('name', x.person().full.toUpperCase().slice(0, 22).trim()).padEnd(22, ' ')}  0${x.num(15)}`],
  ['dwolla-funding-source', (x) => `DwollaV2::ValidationError: {"code":"ValidationError","_embedded":{"errors":[{"code":"Duplicate","message":"Bank already exists"}]}} body={routingNumber: '${x.aba()}', accountNumber: '${x.acct()}', bankAccountType: 'checking', name: ${js(x.name() + ' Checking')}}`],
  ['coinbase-commerce-card', (x) => `csv export to finance bucket failed at row ${x.r.int(2, 500)}: order_id,cardholder,pan,exp,email\nORD-${x.num(6)},${js(x.name())},${x.card()},${String(x.r.int(1, 12)).padStart(2, '0')}/${x.r.int(27, 31)},${x.email()}`],
  ['sql-payout-insert', (x) => `ERROR:  duplicate key value violates unique constraint "payout_accounts_pkey"\nSTATEMENT:  INSERT INTO payout_accounts (holder, email, routing_number, account_number, iban) VALUES ('${x.name().replace(/'/g, "''")}', '${x.email()}', '${x.aba()}', '${x.acct()}', '${x.iban()}')`],
  ['stripe-connect-onboard', (x) => `stripe.error.InvalidRequestError: Request req_${x.alnum(14)}: Invalid US bank account routing number\n  account.create(type='custom', individual={'dob': {'day': ${x.r.int(1, 28)}, 'month': ${x.r.int(1, 12)}, 'year': ${x.r.int(1960, 2002)}}, 'email': '${x.email()}', 'phone': '${x.phone()}', 'address': {'line1': ${js(x.street())}}}, external_account={'object': 'bank_account', 'routing_number': '${x.aba()}', 'account_number': '${x.acct()}'})`],
  ['moov-marqeta-pan', (x) => `[marqeta] POST /v3/cards/getbypan 404 {"pan":"${x.card(x.pick(['visa', 'mastercard']))}","cvv_number":"[FILTERED]"} basic auth application_token=${x.uuid()} admin_access_token=${x.c('marqeta-token', x.uuid())}`],
  ['recurly-billing-info', (x) => `Recurly::Errors::ValidationError: Billing info number is not a valid credit card number\n  billing_info: {number: "${x.card(x.pick(['amex', 'diners', 'jcb', 'unionpay', 'visa']))}", month: ${x.r.int(1, 12)}, year: 20${x.r.int(27, 31)}, address1: ${js(x.street())}, phone: "${x.phone()}"}`],
];

/** A card number written in groups of four. */
function spacedMark(x: Parameters<Tpl[1]>[0]): string {
  const n = x.r.int(0, 1) ? x.card('visa') : x.card('mastercard');
  const s = spaced(n);
  x.vals[x.vals.length - 1] = { value: s, kind: 'card', group: 'financial' };
  return s;
}
