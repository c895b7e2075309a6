import type { Draw, Template36 } from './blind-set-36-draw';

const t = (name: string, make: (d: Draw) => string): Template36 => ({ area: 'payments', name, make });
const exp = (d: Draw) => `${String(d.r.int(1, 12)).padStart(2, '0')}/${d.r.int(27, 31)}`;

/** The platform's payment-provider integrations: PSP proxies, payouts, webhooks, connectors. */
export const PAYMENTS36: Template36[] = [
  t('envoy-tap-psp-body', (d) => {
    const blob = d.c('basic-auth-b64', Buffer.from(`ws_${d.r.digits(6)}@Company.Acme:${d.urlPassword(20)}`).toString('base64'));
    const per = d.person();
    const name = d.p('name', per.full);
    const card = d.f('card-number', d.card());
    const cvc = d.f('card-cvc', d.r.digits(card.startsWith('3') ? 4 : 3));
    return `{"http_buffered_trace":{"request":{"headers":[{"key":":path","value":"/pal/servlet/Payment/v68/authorise"},{"key":"authorization","value":"Basic ${blob}"}],"body":{"as_string":"{\\"card\\":{\\"holderName\\":\\"${name}\\",\\"number\\":\\"${card}\\",\\"expiryMonth\\":\\"${d.r.int(1, 12)}\\",\\"cvc\\":\\"${cvc}\\"}}"}},"response":{"headers":[{"key":":status","value":"502"}]}}}`;
  }),
  t('stripe-connect-payout', (d) => {
    const key = d.c('stripe-secret-key', `sk_live_${d.alnum(99)}`);
    const acct = d.f('bank-account', d.account());
    const aba = d.f('aba-routing', d.aba());
    return `Stripe::InvalidRequestError (Request req_${d.r.b62(14)}: You cannot create a live external account with a test routing number.)
  app/services/connect/onboard.rb:${d.r.int(20, 140)}:in 'attach_bank!'
  Stripe.api_key = "${key}"
  params: {"external_account"=>{"object"=>"bank_account", "country"=>"US", "currency"=>"usd", "routing_number"=>"${aba}", "account_number"=>"${acct}"}}`;
  }),
  t('grpc-sepa-payout', (d) => {
    const key = d.c('api-key', `${d.pick(['pk_', 'key_', 'tr_'])}${d.pick(['live', 'prod'])}_${d.alnum(32)}`);
    const per = d.person();
    const name = d.p('name', per.full);
    const iban = d.f('iban', d.iban());
    return `E1205 ${d.ts().slice(11, 23)} 1 payout_client.cc:${d.r.int(80, 400)}] SendPayout failed: INVALID_ARGUMENT: creditor.iban failed validation at bank
  request { creditor { name: "${name}" iban: "${iban}" bic: "${d.pick(['COBADEFFXXX', 'INGBNL2A', 'BNPAFRPP', 'AIBKIE2D'])}" } amount { units: ${d.r.int(10, 9000)} currency: "EUR" } }
  metadata { x-api-key: "${key}" x-idempotency-key: "${d.r.uuid()}" }`;
  }),
  t('kong-http-log-body', (d) => {
    const key = d.c('kong-key-auth', d.alnum(32));
    const card = d.f('card-number', d.card());
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    return `{"request":{"method":"POST","uri":"/v2/checkout/sessions","headers":{"apikey":"${key}","content-type":"application/x-www-form-urlencoded"},"body":"email=${encodeURIComponent(email).replace(/%40/, '@')}&card_number=${card}&exp=${encodeURIComponent(exp(d))}"},"response":{"status":500},"upstream_uri":"/checkout/sessions","latencies":{"proxy":${d.r.int(100, 9000)}},"service":{"name":"checkout"}}`;
  }),
  t('kafka-connect-jdbc-dlq', (d) => {
    const pw = d.c('database-password', d.password(d.r.int(16, 26)));
    const iban = d.f('iban', d.iban());
    const card = d.f('card-number', d.card());
    return `ERROR WorkerSinkTask{id=payments-jdbc-sink-0} Task threw an uncaught and unrecoverable exception (org.apache.kafka.connect.runtime.WorkerTask)
connector config: {"connector.class":"io.confluent.connect.jdbc.JdbcSinkConnector","connection.url":"jdbc:postgresql://payments-db.internal:5432/ledger","connection.user":"connect","connection.password":"${pw}","errors.deadletterqueue.topic.name":"payments.dlq"}
failed record: Struct{refund_iban=${iban},original_pan=${card},amount=${d.r.int(1, 999)}.${d.r.digits(2)}}`;
  }),
  t('adyen-webhook-hmac', (d) => {
    const hmac = d.c('hmac-secret', d.r.hex(64));
    const api = d.c('adyen-api-key', `AQE${d.r.b64(60)}-${d.r.b64(32)}`);
    const iban = d.f('iban', d.iban());
    const per = d.person();
    const name = d.p('name', per.full);
    return `HMAC validation failed for notification ${d.r.digits(16)} (eventCode=PAYOUT_THIRDPARTY)
ADYEN_HMAC_KEY=${hmac}
ADYEN_API_KEY=${api}
notificationItem: {"additionalData":{"bankAccount.iban":"${iban}","bankAccount.ownerName":"${name}"},"merchantReference":"PO-${d.r.digits(7)}","success":"false"}`;
  }),
  t('plaid-item-error', (d) => {
    const tok = d.c('plaid-access-token', `access-production-${d.r.uuid()}`);
    const sec = d.c('plaid-secret', d.r.hex(30));
    const acct = d.f('bank-account', d.account());
    const aba = d.f('aba-routing', d.aba());
    return `PlaidError: ITEM_LOGIN_REQUIRED (request_id ${d.alnum(15)})
  POST https://production.plaid.com/auth/get {"client_id":"${d.r.hex(24)}","secret":"${sec}","access_token":"${tok}"}
  cached numbers.ach: [{"account":"${acct}","routing":"${aba}","wire_routing":null}]`;
  }),
  t('braintree-vault-error', (d) => {
    const pk = d.c('braintree-private-key', d.r.hex(32));
    const card = d.f('card-number', d.card());
    const per = d.person();
    const name = d.p('name', per.full);
    return `Braintree::AuthenticationError
  gateway = Braintree::Gateway.new(environment: :production, merchant_id: "${d.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}", public_key: "${d.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}", private_key: "${pk}")
  gateway.credit_card.create(customer_id: "${d.r.digits(9)}", number: "${card}", expiration_date: "${exp(d)}", cardholder_name: "${name}")`;
  }),
  t('paypal-payouts-batch', (d) => {
    const sec = d.c('client-secret', d.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 80));
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const iban = d.f('iban', d.iban());
    return `paypal-payouts ERROR batch ${d.alnum(13).toUpperCase()} item failed: RECEIVER_UNREGISTERED
  fallback to SEPA: {"receiver":"${email}","fallback_iban":"${iban}","amount":{"value":"${d.r.int(5, 900)}.00","currency":"EUR"}}
  PAYPAL_CLIENT_ID=A${d.alnum(79)}
  PAYPAL_CLIENT_SECRET=${sec}`;
  }),
];
