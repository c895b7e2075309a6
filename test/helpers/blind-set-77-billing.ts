import { account, b62, b64uChars, card, cvc, expiry, hex, iban, iso, jwt, lower, now, person, routing, ts, type PosTpl } from './blind-set-77-gen';

/** Subscription billing and merchant-of-record: Lemon Squeezy, Paddle, Chargebee, Recurly, Gumroad. */
export const BILLING: PosTpl[] = [
  ['billing', 'lemonsqueezy-api-key', (r, k) => {
    const p = person(r);
    return `lemonsqueezy.js: Error: 401 {"jsonapi":{"version":"1.0"},"errors":[{"detail":"Unauthenticated.","status":"401","title":"Unauthorized"}]}
  lemonSqueezySetup({ apiKey: "${k.cred('lemonsqueezy-api-key', jwt(r, { aud: '94d59cef-dbb8-4ea5-b178-d2540fcd6919', jti: hex(r, 80), iat: now(r), nbf: now(r), exp: now(r) + 31536000, sub: String(r.int(100000, 999999)), scopes: [] }, 'RS256'))}" })
  while fetching customer ${r.int(1000000, 9999999)} (${k.pers('email', p.email)}, ${k.pers('person-name', p.name)})`;
  }],
  ['billing', 'lemonsqueezy-webhook', (r, k) => {
    const p = person(r);
    return `lemon webhook: X-Signature ${hex(r, 64)} != computed; LEMONSQUEEZY_WEBHOOK_SECRET=${k.cred('lemonsqueezy-webhook-secret', b62(r, 24))}
  meta.event_name=order_created data.attributes: {"user_name":"${k.pers('person-name', p.name)}","user_email":"${k.pers('email', p.email)}","card_brand":"visa","card_last_four":"${r.digits(4)}","total_formatted":"$${r.int(5, 400)}.00"}`;
  }],
  ['billing', 'paddle-api-key', (r, k) => {
    const p = person(r);
    return `PaddleApiError: [authentication_malformed] Authentication header included, but incorrectly formatted (request_id ${r.uuid()})
  new Paddle('${k.cred('paddle-api-key', `pdl_live_apikey_${lower(r, 26)}_${b62(r, 22)}_${b62(r, 3)}`)}', { environment: Environment.production })
  customer: { email: '${k.pers('email', p.email)}', name: '${k.pers('person-name', p.name)}' } client token live_${hex(r, 27)}`;
  }],
  ['billing', 'paddle-notification-secret', (r, k) => {
    return `paddle-signature: ts=${now(r)};h1=${hex(r, 64)} failed verification for ntf_${lower(r, 26)} (evt_${lower(r, 26)})
  PADDLE_NOTIFICATION_WEBHOOK_SECRET=${k.cred('paddle-webhook-secret', `pdl_ntfset_${lower(r, 26)}_${b62(r, 32)}`)}`;
  }],
  ['billing', 'chargebee-create-sub', (r, k) => {
    const p = person(r);
    return `ChargeBee::InvalidRequestError: card[number] : invalid card number (api_error_code=payment_method_verification_failed, http_status_code=402)
  ChargeBee.configure(site: "${lower(r, 8)}", api_key: "${k.cred('chargebee-api-key', `live_${b62(r, 32)}`)}")
  params: customer[first_name]=${k.pers('first-name', p.first)}&customer[last_name]=${k.pers('last-name', p.last)}&customer[email]=${encodeURIComponent(p.email)}&card[number]=${k.fin('card-number', card(r))}&card[cvv]=${k.fin('card-cvc', cvc(r))}&card[expiry_month]=${r.int(1, 12)}&card[expiry_year]=20${r.int(27, 31)}`;
  }],
  ['billing', 'chargebee-direct-debit', (r, k) => {
    const p = person(r);
    return `${iso(r)} chargebee payment_source.create_bank_account failed: {"message":"bank_account[iban] : is invalid","type":"invalid_request","api_error_code":"param_wrong_value"}
  bank_account: { first_name: "${k.pers('first-name', p.first)}", last_name: "${k.pers('last-name', p.last)}", iban: "${k.fin('iban', iban(r, r.next() < 0.5))}", email: "${k.pers('email', p.email)}" }`;
  }],
  ['billing', 'recurly-private-key', (r, k) => {
    const p = person(r);
    return `recurly.errors.UnauthorizedError: Invalid API key (request id ${hex(r, 16)}-${lower(r, 4)})
  recurly.Client("${k.cred('recurly-api-key', hex(r, 32))}") public key ewr1-${b62(r, 22)}
  billing_info: {"first_name":"${k.pers('first-name', p.first)}","last_name":"${k.pers('last-name', p.last)}","number":"${k.fin('card-number', card(r))}","month":"${r.int(1, 12)}","year":"20${r.int(27, 31)}","cvv":"${k.fin('card-cvc', cvc(r))}","address":{"street1":"${k.pers('street-address', p.street)}","postal_code":"${p.zip}"}}`;
  }],
  ['billing', 'recurly-ach-billing-info', (r, k) => {
    const p = person(r);
    return `Recurly::Errors::ValidationError: Routing number is invalid
  billing_info = { name_on_account: "${k.pers('person-name', p.name)}", account_number: "${k.fin('bank-account-number', account(r))}", routing_number: "${k.fin('routing-number', routing(r))}", account_type: "checking" }
  RECURLY_API_KEY=${k.cred('recurly-api-key', hex(r, 32))}`;
  }],
  ['billing', 'gumroad-payout', (r, k) => {
    const p = person(r);
    return `gumroad: GET https://api.gumroad.com/v2/sales?access_token=${k.cred('gumroad-access-token', b64uChars(r, 43))}&after=2026-11-01 -> 401
  payout settings for ${k.pers('person-name', p.name)} <${k.pers('email', p.email)}>: bank routing ${k.fin('routing-number', routing(r))} account ${k.fin('bank-account-number', account(r))}`;
  }],
  ['billing', 'paddle-checkout-debug', (r, k) => {
    const p = person(r);
    return `[paddle.js] checkout.error {"code":"card_declined","detail":"Do not honor"} transaction txn_${lower(r, 26)}
  form state: cardholder="${k.pers('person-name', p.name)}" number="${k.fin('card-number', card(r, ' '))}" exp="${expiry(r)}" cvv="${k.fin('card-cvc', cvc(r))}" email="${k.pers('email', p.email)}"`;
  }],
  ['billing', 'lemonsqueezy-payout-iban', (r, k) => {
    const p = person(r);
    return `${ts(r)} payouts: Lemon Squeezy payout to ${k.pers('person-name', p.name)} failed: beneficiary bank rejected IBAN ${k.fin('iban', iban(r, true))} (BIC ${r.pick(['DEUTDEFF', 'NWBKGB2L', 'INGBNL2A', 'BNPAFRPP'])}) reference LS-${r.int(100000, 999999)}`;
  }],
  ['billing', 'chargebee-webhook-basic', (r, k) => {
    const p = person(r);
    return `chargebee webhook endpoint https://hooks.${lower(r, 6)}.com/chargebee authenticates with basic auth: user=cb_hooks password=${k.cred('webhook-basic-password', r.password(20))}
  event payment_failed content.customer: {"email":"${k.pers('email', p.email)}","phone":"${k.pers('phone', p.phone)}","first_name":"${k.pers('first-name', p.first)}"} content.card.masked_number="************${r.digits(4)}"`;
  }],
];

/** Banking-as-a-service and treasury: Wise, Revolut Business, Mercury, Modern Treasury, Dwolla, Marqeta, Lithic, Unit, Synctera. */
export const BANKING: PosTpl[] = [
  ['banking', 'wise-transfer', (r, k) => {
    const p = person(r);
    return `wise: POST https://api.transferwise.com/v1/accounts 422 {"errors":[{"code":"NOT_VALID","message":"Please specify a valid IBAN.","path":"IBAN"}]}
  Authorization: Bearer ${k.cred('wise-api-token', r.uuid())}
  {"currency":"EUR","type":"iban","profile":${r.int(10000000, 99999999)},"accountHolderName":"${k.pers('person-name', p.name)}","details":{"legalType":"PRIVATE","IBAN":"${k.fin('iban', iban(r))}"}}`;
  }],
  ['banking', 'wise-us-recipient', (r, k) => {
    const p = person(r);
    return `${iso(r)} wise recipient create failed for ${k.pers('email', p.email)}: {"type":"aba","details":{"abartn":"${k.fin('routing-number', routing(r))}","accountNumber":"${k.fin('bank-account-number', account(r))}","accountType":"CHECKING","address":{"firstLine":"${k.pers('street-address', p.street)}","city":"${p.city}","state":"${p.state}","postCode":"${p.zip}","country":"US"}},"accountHolderName":"${k.pers('person-name', p.name)}"}`;
  }],
  ['banking', 'revolut-business-token', (r, k) => {
    return `revolut-business: POST https://b2b.revolut.com/api/1.0/auth/token 400 {"error":"invalid_grant","error_description":"Refresh token is expired"}
  grant_type=refresh_token&refresh_token=${k.cred('revolut-refresh-token', `oa_prod_${b64uChars(r, 43)}`)}&client_id=${b64uChars(r, 43)}&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${k.cred('client-assertion-jwt', jwt(r, { iss: `${lower(r, 8)}.com`, sub: b64uChars(r, 43), aud: 'https://revolut.com', exp: now(r) }, 'RS256'))}`;
  }],
  ['banking', 'revolut-counterparty', (r, k) => {
    const p = person(r);
    return `revolut: POST /api/1.0/counterparty -> 400 {"code":3001,"message":"Invalid IBAN"}
  Authorization: Bearer ${k.cred('revolut-access-token', `oa_prod_${b64uChars(r, 43)}`)}
  {"company_name":null,"individual_name":{"first_name":"${k.pers('first-name', p.first)}","last_name":"${k.pers('last-name', p.last)}"},"bank_country":"DE","currency":"EUR","iban":"${k.fin('iban', iban(r))}","bic":"DEUTDEFF"}`;
  }],
  ['banking', 'mercury-api-token', (r, k) => {
    const p = person(r);
    return `mercury: POST https://api.mercury.com/api/v1/account/${r.uuid()}/transactions 403 {"errors":{"message":"IP not whitelisted"}}
  Authorization: Bearer ${k.cred('mercury-api-token', `secret-token:mercury_production_${r.pick(['rma', 'wma'])}_${r.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 44)}_yrucrem`)}
  recipient: ${k.pers('person-name', p.name)} electronicRoutingInfo={"accountNumber":"${k.fin('bank-account-number', account(r))}","routingNumber":"${k.fin('routing-number', routing(r))}"}`;
  }],
  ['banking', 'modern-treasury-po', (r, k) => {
    const p = person(r);
    const org = r.uuid();
    return `ModernTreasury::UnprocessableEntityError: receiving_account.routing_details[0].routing_number is invalid
  ModernTreasury::Client.new(organization_id: "${org}", api_key: "${k.cred('modern-treasury-api-key', `live-${b62(r, 64)}`)}")
  receiving_account: { party_name: "${k.pers('person-name', p.name)}", account_details: [{ account_number: "${k.fin('bank-account-number', account(r))}" }], routing_details: [{ routing_number: "${k.fin('routing-number', routing(r))}", routing_number_type: "aba" }] }`;
  }],
  ['banking', 'modern-treasury-webhook', (r, k) => {
    return `mt webhook: X-Signature mismatch for event ${r.uuid()} (topic payment_order, X-Topic: payment_order.failed)
  MT_WEBHOOK_KEY=${k.cred('modern-treasury-webhook-key', `live-${b62(r, 64)}`)}`;
  }],
  ['banking', 'dwolla-funding-source', (r, k) => {
    const p = person(r);
    return `DwollaV2::ValidationError: {"code":"ValidationError","message":"Validation error(s) present. See embedded errors list for more details.","_embedded":{"errors":[{"code":"Invalid","message":"Routing number invalid.","path":"/routingNumber"}]}}
  DwollaV2::Client.new(key: "${b62(r, 50)}", secret: "${k.cred('dwolla-secret', b62(r, 50))}", environment: :production)
  POST customers/${r.uuid()}/funding-sources {"routingNumber":"${k.fin('routing-number', routing(r))}","accountNumber":"${k.fin('bank-account-number', account(r))}","bankAccountType":"checking","name":"${k.pers('person-name', p.name)} - Checking"}`;
  }],
  ['banking', 'dwolla-personal-verified', (r, k) => {
    const p = person(r);
    return `dwolla customer create (personal verified) -> 400 DuplicateResource
  {"firstName":"${k.pers('first-name', p.first)}","lastName":"${k.pers('last-name', p.last)}","email":"${k.pers('email', p.email)}","type":"personal","address1":"${k.pers('street-address', p.street)}","city":"${p.city}","state":"${p.state}","postalCode":"${p.zip}","dateOfBirth":"${k.pers('date-of-birth', p.dob)}","ssn":"${k.pers('us-ssn-last4', `${r.int(1000, 9999)}`)}"}
  access token: ${k.cred('dwolla-access-token', b62(r, 50))}`;
  }],
  ['banking', 'marqeta-card-create', (r, k) => {
    const p = person(r);
    const appTok = r.uuid();
    const admin = r.uuid();
    return `marqeta: POST https://${lower(r, 8)}-api.marqeta.com/v3/cards?show_pan=true&show_cvv_number=true -> 201
  Authorization: Basic ${k.cred('basic-auth', Buffer.from(`${appTok}:${admin}`).toString('base64'))}
  {"token":"${r.uuid()}","user_token":"${r.uuid()}","pan":"${k.fin('card-number', card(r))}","cvv_number":"${k.fin('card-cvc', cvc(r))}","expiration":"${String(r.int(1, 12)).padStart(2, '0')}${r.int(27, 31)}","fulfillment":{"shipping":{"recipient_address":{"first_name":"${k.pers('first-name', p.first)}","last_name":"${k.pers('last-name', p.last)}","address1":"${k.pers('street-address', p.street)}"}}}}`;
  }],
  ['banking', 'lithic-card', (r, k) => {
    const p = person(r);
    return `lithic.APIStatusError: 400 {"debugging_request_id":"${r.uuid()}","message":"spend_limit must be positive"}
  Lithic(api_key="${k.cred('lithic-api-key', r.uuid())}", environment="production")
  card response (logged at DEBUG): pan=${k.fin('card-number', card(r))} cvv=${k.fin('card-cvc', cvc(r))} exp_month=${String(r.int(1, 12)).padStart(2, '0')} memo="${k.pers('person-name', p.name)} travel card"`;
  }],
  ['banking', 'lithic-webhook-secret', (r, k) => {
    return `lithic webhook verification failed: webhook-id=msg_${b62(r, 27)} webhook-timestamp=${now(r)}
  LITHIC_WEBHOOK_SECRET=${k.cred('svix-webhook-secret', whsecLike(r))}`;
  }],
  ['banking', 'unit-application', (r, k) => {
    const p = person(r);
    return `unit-node-sdk: UnitError: 400 [{"title":"Invalid SSN","status":"400","source":{"pointer":"/data/attributes/ssn"}}]
  new Unit("${k.cred('unit-api-token', jwt(r, { userId: String(r.int(100, 9999)), sub: `org:${r.int(100, 9999)}`, scope: 'applications applications-write customers accounts payments', exp: now(r) }))}", "https://api.s.unit.sh")
  attributes: {"ssn":"${k.pers('us-ssn', ssnDigits(r))}","fullName":{"first":"${k.pers('first-name', p.first)}","last":"${k.pers('last-name', p.last)}"},"dateOfBirth":"${k.pers('date-of-birth', p.dob)}","email":"${k.pers('email', p.email)}","phone":{"countryCode":"1","number":"${r.int(200, 999)}${r.digits(7)}"}}`;
  }],
  ['banking', 'unit-ach-counterparty', (r, k) => {
    const p = person(r);
    return `${ts(r)} unit: createCounterparty failed 409: {"title":"Counterparty already exists"}
  {"type":"achCounterparty","attributes":{"name":"${k.pers('person-name', p.name)}","routingNumber":"${k.fin('routing-number', routing(r))}","accountNumber":"${k.fin('bank-account-number', account(r))}","accountType":"Checking","type":"Person"}}`;
  }],
  ['banking', 'synctera-person', (r, k) => {
    const p = person(r);
    return `synctera: POST https://api.synctera.com/v0/persons 400 {"status":400,"title":"Bad Request","detail":"ssn: invalid format"}
  Authorization: Bearer ${k.cred('synctera-api-key', b62(r, 32))}
  {"first_name":"${k.pers('first-name', p.first)}","last_name":"${k.pers('last-name', p.last)}","dob":"${k.pers('date-of-birth', p.dob)}","email":"${k.pers('email', p.email)}","phone_number":"${k.pers('phone', p.phone)}","ssn":"${k.pers('us-ssn', ssnDigits(r))}"}`;
  }],
  ['banking', 'synctera-external-account', (r, k) => {
    const p = person(r);
    return `synctera external_accounts add -> 422
  {"customer_id":"${r.uuid()}","type":"CHECKING","account_owner_names":["${k.pers('person-name', p.name)}"],"account_identifiers":{"number":"${k.fin('bank-account-number', account(r))}"},"routing_identifiers":{"ach_routing_number":"${k.fin('routing-number', routing(r))}","bank_name":"${r.pick(['Chase', 'Wells Fargo', 'Ally Bank', 'Capital One'])}"}}`;
  }],
  ['banking', 'treasury-csv-export', (r, k) => {
    const rows = [0, 1, 2].map(() => {
      const p = person(r);
      return `${k.pers('person-name', p.name)},${k.fin('routing-number', routing(r))},${k.fin('bank-account-number', account(r))},${r.int(100, 9000)}.${r.digits(2)},USD`;
    });
    return `mercury bulk payout upload rejected (row 2: duplicate), file payouts-${r.int(1, 28)}.csv:
name,routing_number,account_number,amount,currency
${rows.join('\n')}`;
  }],
  ['banking', 'sepa-batch-ibans', (r, k) => {
    const a = person(r);
    const b = person(r);
    return `revolut bulk transfer ${r.uuid()} partially failed:
  1. ${k.pers('person-name', a.name)}  ${k.fin('iban', iban(r, true))}  EUR ${r.int(50, 3000)}.00  OK
  2. ${k.pers('person-name', b.name)}  ${k.fin('iban', iban(r, true))}  EUR ${r.int(50, 3000)}.00  REJECTED (beneficiary account closed)`;
  }],
];

function whsecLike(r: { b64(n: number): string }): string {
  return `whsec_${r.b64(32)}`;
}
function ssnDigits(r: { int(a: number, b: number): number }): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${String(area).padStart(3, '0')}${String(r.int(1, 99)).padStart(2, '0')}${String(r.int(1, 9999)).padStart(4, '0')}`;
}
