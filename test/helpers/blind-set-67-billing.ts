import type { Tpl67 } from './blind-set-67-accounting';

const enc = encodeURIComponent;

/** Set 67 positives: Chargebee, Recurly, Zuora, Paddle, Stripe Billing, Avalara and TaxJar failures. */
export const BILLING67: Tpl67[] = [
  ['chargebee', (g) => {
    const key = g.v('chargebee_key');
    const b = g.rec(Buffer.from(`${key}:`).toString('base64'), 'basic_auth', 'credential');
    return `ChargeBee::APIError (api_error_code=site_not_found, http_status_code=404)\n  GET https://${g.pick(['northcoast', 'pinehill', 'aldergrove'])}.chargebee.com/api/v2/subscriptions?limit=100\n  Authorization: Basic ${b}\n  ChargeBee.configure(site: "pinehill", api_key: "${key}")`;
  }],
  ['chargebee', (g) => {
    const name = g.v('name');
    const email = g.v('email');
    const phone = g.v('phone_intl');
    const addr = g.v('address');
    const ip = g.v('ip');
    const vat = g.v('vat');
    return `{"event_type":"payment_failed","webhook_status":"failed","content":{"customer":{"id":"${g.b62(17)}","first_name":"${name.split(' ')[0]}","last_name":"${name.split(' ').slice(1).join(' ')}","email":"${email}","phone":"${phone}","vat_number":"${vat}","created_from_ip":"${ip}","billing_address":{"first_name":"${name.split(' ')[0]}","last_name":"${name.split(' ').slice(1).join(' ')}","company":"${name}","line1":"${addr}","city":"Lyon","country":"FR"}},"transaction":{"status":"failure","error_code":"card_declined","masked_card_number":"************${g.int(1000, 9999)}"},"payment_source":{"type":"direct_debit","bank_account":{"iban":"${g.v('iban')}"}}},"delivery_error":"Connection timed out after 20s","retry_auth":"Basic ${g.v('basic_b64')}"}`;
  }],
  ['chargebee', (g) => {
    const pw = g.v('password');
    const key = g.v('chargebee_key');
    return `chargebee-bridge config validation failed:\n  chargebee:\n    site: pinehill\n    api_key: ${key}\n    webhook:\n      basic_auth_user: cb_hooks\n      basic_auth_password: "${pw}"\n  error: webhook.url must be https`;
  }],
  ['chargebee', (g) => {
    const key = g.v('chargebee_test_key');
    const card = g.v('card');
    const name = g.v('name');
    return `[sandbox] chargebee.exceptions.PaymentError: (payment_processing_failed) The card number is invalid.\n  chargebee.configure("${key}", "pinehill-test")\n  chargebee.Customer.create({"first_name": "${name}", "card": {"number": "${card}", "expiry_month": ${g.int(1, 12)}, "expiry_year": 20${g.int(27, 32)}}})`;
  }],
  ['recurly', (g) => {
    const key = g.v('recurly_key');
    const b = g.rec(Buffer.from(`${key}:`).toString('base64'), 'basic_auth', 'credential');
    return `Recurly::Errors::UnauthorizedError: Unauthorized\n  from /app/vendor/bundle/ruby/3.2.0/gems/recurly-4.50.0/lib/recurly/client.rb:423:in \`raise_api_error'\n  request: GET https://v3.recurly.com/accounts?limit=200 headers={"Accept"=>"application/vnd.recurly.v2021-02-25", "Authorization"=>"Basic ${b}"}\n  Recurly::Client.new(api_key: "${key}")`;
  }],
  ['recurly', (g) => {
    const name = g.v('name');
    const email = g.v('email');
    const addr = g.v('address');
    const phone = g.v('phone_us');
    const acct = g.v('account');
    const rt = g.v('routing');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<failed_payment_notification>\n  <account><account_code>${g.uuid()}</account_code><username>${email}</username><email>${email}</email><first_name>${name.split(' ')[0]}</first_name><last_name>${name.split(' ').slice(1).join(' ')}</last_name></account>\n  <billing_info><address1>${addr}</address1><phone>${phone}</phone><routing_number>${rt}</routing_number><account_number>${acct}</account_number><account_type>checking</account_type><name_on_account>${name}</name_on_account></billing_info>\n  <transaction><status>declined</status><message>ACH return R01 insufficient funds</message></transaction>\n</failed_payment_notification>`;
  }],
  ['recurly', (g) => {
    const pw = g.v('password_url');
    const user = g.pick(['recurly', 'hooks', 'rcly_notify']);
    return `nginx: 401 on webhook endpoint, upstream says credentials mismatch\n${g.int(30, 99)}.${g.int(1, 254)}.${g.int(1, 254)}.${g.int(1, 254)} - - [${g.ts()}] "POST /webhooks/recurly HTTP/1.1" 401 0\nRecurly site notification URL currently: https://${user}:${pw}@billing.pinehill.io/webhooks/recurly`;
  }],
  ['zuora', (g) => {
    const cs = g.v('zuora_client_secret');
    const tok = g.v('zuora_token');
    return `zuora-sync ${g.logTs()} ERROR POST https://rest.zuora.com/oauth/token status=200 then 401 on /v1/subscriptions\n  form: client_id=${g.uuid()}&client_secret=${enc(cs)}&grant_type=client_credentials\n  got: {"access_token":"${tok}","token_type":"bearer","expires_in":3599,"scope":"entity.${g.uuid()} platform.write service.usage.write tenant.${g.int(10000, 99999)} user.${g.hex(32)}","jti":"${g.hex(32)}"}\n  next call Authorization: Bearer ${tok} -> {"success":false,"reasons":[{"code":90000011,"message":"this resource is protected, please sign in first"}]}`;
  }],
  ['zuora', (g) => {
    const email = g.v('email');
    const pw = g.v('password');
    return `curl -sS -X GET "https://rest.apisandbox.zuora.com/v1/accounts/A${g.int(10000000, 99999999)}" \\\n  -H "apiAccessKeyId: ${email}" \\\n  -H "apiSecretAccessKey: ${pw}" \\\n  -H "zuora-version: 2023-09-25"\n{"success":false,"processId":"${g.hex(16).toUpperCase()}","reasons":[{"code":50000040,"message":"Cannot find entity by key"}]}`;
  }],
  ['zuora', (g) => {
    const name = g.v('name');
    const email = g.v('email');
    const card = g.v('card_spaced');
    const addr = g.v('address');
    return `Zuora callout (payment run PR-${g.int(10000, 99999)}) failed for account A${g.int(10000000, 99999999)}:\n  BillToContact.WorkEmail=${email}\n  BillToContact.FirstName + LastName=${name}\n  BillToContact.Address1=${addr}\n  PaymentMethod.CreditCardNumber=${card}\n  gateway response: "Do Not Honor"\n  callout auth: Bearer ${g.v('zuora_token')}`;
  }],
  ['paddle', (g) => {
    const key = g.v('paddle_key');
    return `PaddleSDK\\Exceptions\\ApiError: forbidden (403) "You aren't permitted to perform this request."\n#0 /var/www/billing/vendor/paddlehq/paddle-php-sdk/src/Client.php(142): Paddle\\SDK\\Client->requestRaw('GET', '/transactions')\n#1 /var/www/billing/app/Jobs/SyncPaddleTransactions.php(48): new Paddle\\SDK\\Client('${key}', Paddle\\SDK\\Options::production())`;
  }],
  ['paddle', (g) => {
    const sec = g.v('paddle_ntf');
    return `level=warn ts=${g.ts()} caller=webhooks/paddle.go:77 msg="signature verification failed" notification_id=ntf_01${g.low(24)} paddle_signature="ts=${g.epoch()};h1=${g.hex(64)}" secret_key=${sec}`;
  }],
  ['paddle', (g) => {
    const name = g.v('name');
    const email = g.v('email');
    const ip = g.v('ip');
    const addr = g.v('address');
    const vat = g.v('vat');
    return `{"event_id":"evt_01${g.low(24)}","event_type":"transaction.payment_failed","data":{"customer":{"name":"${name}","email":"${email}"},"address":{"first_line":"${addr}","postal_code":"EC1V 9HX","country_code":"GB"},"business":{"tax_identifier":"${vat}"},"ip_address":"${ip}"},"processing_error":"ledger writer returned 500","ledger_db":"${g.v('pg_url')}"}`;
  }],
  ['stripe', (g) => {
    const sk = g.v('stripe_sk');
    return `Stripe::AuthenticationError: Invalid API Key provided: sk_live_*********************************${g.b62(4)}\n  Request req_${g.b62(14)}: GET /v1/invoices?status=open&limit=100\n  configured via ENV STRIPE_SECRET_KEY=${sk}\n  (dunning worker exiting, 3rd failure in a row)`;
  }],
  ['stripe', (g) => {
    const wh = g.v('stripe_whsec');
    return `stripe.error.SignatureVerificationError: No signatures found matching the expected signature for payload\n  header: Stripe-Signature: t=${g.epoch()},v1=${g.hex(64)},v0=${g.hex(64)}\n  endpoint secret in use: ${wh}\n  event: invoice.payment_failed`;
  }],
  ['stripe', (g) => {
    const rk = g.v('stripe_rk');
    const hook = g.v('slack_webhook');
    return `{"severity":"ERROR","service":"dunning-notifier","message":"stripe list failed, posting to slack","stripe":{"api_key":"${rk}","api_version":"2024-06-20"},"slack":{"webhook_url":"${hook}"},"error":"Request rate limit exceeded (429)"}`;
  }],
  ['stripe', (g) => {
    const name = g.v('name');
    const email = g.v('email');
    const phone = g.v('phone_us');
    const addr = g.v('address');
    const ip = g.v('ip');
    return `invoice.payment_failed in_${g.b62(24)} attempt_count=${g.int(2, 4)} next_payment_attempt=${g.epoch()}\ncustomer_name=${JSON.stringify(name)} customer_email=${email} customer_phone=${JSON.stringify(phone)} customer_address.line1=${JSON.stringify(addr)} last_finalization_error=null charge.payment_method_details.card.last4=${g.int(1000, 9999)} client_ip=${ip}\n→ dunning email #${g.int(2, 4)} not sent: SMTP 421`;
  }],
  ['stripe', (g) => {
    const sk = g.v('stripe_sk');
    const iban = g.v('iban');
    const name = g.v('name');
    const email = g.v('email');
    return `$ stripe payment_methods create --api-key ${sk} -d type=sepa_debit -d "sepa_debit[iban]=${iban}" -d "billing_details[name]=${name}" -d "billing_details[email]=${email}"\n{\n  "error": {\n    "code": "invalid_bank_account_iban",\n    "message": "The IBAN you entered is invalid.",\n    "type": "invalid_request_error"\n  }\n}`;
  }],
  ['stripe', (g) => {
    const sk = g.v('stripe_sk');
    const name = g.v('name');
    const email = g.v('email');
    return `POST /v1/customers HTTP/1.1\nHost: api.stripe.com\nAuthorization: Bearer ${sk}\nIdempotency-Key: ${g.uuid()}\nContent-Type: application/x-www-form-urlencoded\n\nemail=${enc(email)}&name=${enc(name)}&metadata[erp_id]=${g.int(10000, 99999)}\n\n<- 409 idempotency_key_in_use (decoded params: email=${email}, name=${name})`;
  }],
  ['stripe', (g) => {
    const sk = g.v('stripe_sk');
    const acct = g.v('account');
    const rt = g.v('routing');
    return `Error: Received unknown parameter: bank_account[account_holder_typ]\n    at res.toJSON (/srv/payouts/node_modules/stripe/cjs/RequestSender.js:95:31)\n  stripe = new Stripe('${sk}', { apiVersion: '2024-06-20' })\n  body: bank_account[country]=US&bank_account[currency]=usd&bank_account[routing_number]=${rt}&bank_account[account_number]=${acct}&bank_account[account_holder_typ]=individual`;
  }],
  ['avalara', (g) => {
    const lic = g.v('avalara_license');
    const acct = g.int(1100000000, 2999999999);
    const b = g.rec(Buffer.from(`${acct}:${lic}`).toString('base64'), 'basic_auth', 'credential');
    return `AvaTaxClient CreateTransaction failed: {"error":{"code":"AuthenticationException","message":"Authentication failed.","target":"HttpRequestHeaders"}}\n  X-Avalara-Client: ledger-sync; 2.0; REST; v2; ${g.pick(['erp-prod-1', 'billing-7'])}\n  Authorization: Basic ${b}\n  (accountId=${acct}, licenseKey=${lic})`;
  }],
  ['avalara', (g) => {
    const name = g.v('name');
    const addr = g.v('address');
    const email = g.v('email');
    const tin = g.v('ein');
    return `avalara ecm: exemption certificate upload rejected (ExposureZoneMissing)\n  customerCode=C${g.int(10000, 99999)} name="${name}" line1="${addr}" emailAddress="${email}" exemptionNumber="${tin}" exemptPercent=100 signedDate=2025-0${g.int(1, 9)}-1${g.int(0, 9)}`;
  }],
  ['taxjar', (g) => {
    const tok = g.v('taxjar_token');
    return `Taxjar::Error::Unauthorized: Not authorized for route 'POST /v2/taxes'\n  client = Taxjar::Client.new(api_key: '${tok}', api_url: Taxjar::API_URL)\n  /app/services/tax_quote.rb:31:in \`quote'`;
  }],
  ['taxjar', (g) => {
    const tok = g.v('taxjar_token');
    const name = g.v('name');
    const addr = g.v('address');
    return `{"time":"${g.ts()}","level":"ERROR","logger":"taxjar.client","msg":"request failed","method":"POST","url":"https://api.taxjar.com/v2/transactions/orders","headers":{"Authorization":"Bearer ${tok}","x-api-version":"2022-01-24"},"body":"{\\"transaction_id\\":\\"${g.int(100000, 999999)}\\",\\"to_country\\":\\"US\\",\\"to_zip\\":\\"94105\\",\\"to_street\\":\\"${addr}\\",\\"customer_name\\":\\"${name}\\",\\"amount\\":${g.amount()}}","status":422}`;
  }],
  ['stripe', (g) => {
    const tok = g.v('twilio_token');
    const phone = g.v('phone_us');
    const name = g.v('name');
    return `dunning-sms: TwilioRestException HTTP 401 (code 20003) Authenticate\n  Client("AC${g.hex(32)}", "${tok}").messages.create(to="${phone}", body="Hi ${name}, your card was declined for invoice ${g.int(1000, 9999)}")`;
  }],
  ['chargebee', (g) => {
    const sg = g.v('sendgrid');
    const email = g.v('email');
    const name = g.v('name');
    return `python-http-client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized\n  dunning mail for ${name} <${email}> not delivered\n  SENDGRID_API_KEY='${sg}' (from settings_prod.py)`;
  }],
];
