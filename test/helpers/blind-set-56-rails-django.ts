import type { X56 } from './blind-set-56-gen';

/** One template: draws its values through the context and returns the text. */
export type T56 = (x: X56) => string;

/** Rails request logs, ActiveRecord binds, credentials dumps, Sidekiq jobs. */
export const RAILS: T56[] = [
  (x) => {
    const n = x.name();
    return `Started POST "/webhooks/stripe" for ${x.ip()} at 2026-03-0${x.int(1, 9)} 14:22:07 +0000
Processing by Webhooks::StripeController#create as JSON
  Parameters: {"id"=>"evt_${x.id(24)}", "type"=>"customer.updated", "data"=>{"object"=>{"name"=>"${n}", "email"=>"${x.email(n)}", "phone"=>"${x.phone()}", "address"=>{"line1"=>"${x.street()}"}}}, "stripe"=>{"signing_secret"=>"${x.whsec()}"}}`;
  },
  (x) => `I, [${x.ts()} #${x.int(100, 9999)}]  INFO -- : [${x.uuid()}]   Parameters: {"utf8"=>"✓", "authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"${x.email()}", "password"=>"${x.pw()}", "password_confirmation"=>"[FILTERED]"}, "commit"=>"Sign up"}`,
  (x) => `  Customer Load (0.6ms)  SELECT "customers".* FROM "customers" WHERE "customers"."ssn" = $1 AND "customers"."dob" = $2 LIMIT $3  [["ssn", "${x.ssn()}"], ["dob", "${x.dob()}"], ["LIMIT", 1]]
  ↳ app/services/kyc/lookup.rb:${x.int(10, 99)}:in \`call'`,
  (x) => `  PaymentMethod Create (1.9ms)  INSERT INTO "payment_methods" ("account_number", "routing_number", "holder", "created_at") VALUES ($1, $2, $3, $4) RETURNING "id"  [["account_number", "${x.acct()}"], ["routing_number", "${x.aba()}"], ["holder", "${x.name()}"], ["created_at", "${x.ts()}"]]`,
  (x) => `ActiveJob] [HubspotSyncJob] [${x.uuid()}] Performing HubspotSyncJob (Job ID: ${x.uuid()}) from Sidekiq(default) with arguments: {"token"=>"${x.hubspot()}", "contact"=>{"firstname"=>"${x.first()}", "email"=>"${x.email()}", "mobilephone"=>"${x.phone()}"}}`,
  (x) => `Faraday::UnauthorizedError (the server responded with status 401)
request: {:method=>:post, :url=>"https://api.github.com/repos/acme/herald/dispatches", :headers=>{"Authorization"=>"token ${x.gh()}", "User-Agent"=>"Faraday v2.9.0"}}
response body: {"message":"Bad credentials","documentation_url":"https://docs.github.com/rest"}`,
  (x) => `$ bin/rails credentials:show --environment production
secret_key_base: ${x.hexSecret(128, 'rails_secret_key_base')}
stripe:
  secret_key: ${x.stripeSk()}
aws:
  access_key_id: ${x.awsId()}
  secret_access_key: ${x.awsSecret()}`,
  (x) => `Twilio::REST::RestError: [HTTP 400] 21211 : Unable to create record
The 'To' number ${x.phone()} is not a valid phone number.
  from twilio-ruby (7.0.2) lib/twilio-ruby/framework/rest/version.rb:168
  client = Twilio::REST::Client.new("AC${x.id(32)}", "${x.twilioTok()}")`,
  (x) => `W, [${x.ts()}] WARN -- : Shopify webhook HMAC mismatch shop=herald-demo.myshopify.com X-Shopify-Access-Token: ${x.shopify()} customer={"first_name"=>"${x.first()}", "last_name"=>"${x.last()}", "email"=>"${x.email()}", "default_address"=>{"address1"=>"${x.addr()}"}}`,
  (x) => `DATABASE_URL=postgres://herald_app:${x.urlPw()}@db-primary.internal:5432/herald_production REDIS_URL=redis://:${x.urlPw(20)}@cache.internal:6379/0 bundle exec puma -C config/puma.rb`,
];

/** Django and DRF request dumps, debug pages, Celery task args. */
export const DJANGO: T56[] = [
  (x) => `[${x.ts()}] ERROR django.request: Internal Server Error: /api/v1/checkout/
<QueryDict: {'csrfmiddlewaretoken': ['${x.r.b62(64)}'], 'cardholder': ['${x.name()}'], 'card_number': ['${x.card()}'], 'billing_email': ['${x.email()}']}>`,
  (x) => `SECRET_KEY = '${x.djangoKey()}'
EMAIL_HOST_PASSWORD = '${x.pw()}'
SENDGRID_API_KEY = '${x.sendgrid()}'
DEBUG = True`,
  (x) => `META:
HTTP_AUTHORIZATION = 'Bearer ${x.jwt()}'
HTTP_COOKIE = 'csrftoken=${x.r.b62(32)}; sessionid=${x.session()}'
REMOTE_ADDR = '${x.ip()}'`,
  (x) => `[2026-0${x.int(1, 9)}-11 09:14:${x.int(10, 59)},${x.int(100, 999)}: INFO/ForkPoolWorker-${x.int(1, 8)}] Task billing.tasks.create_sepa_mandate[${x.uuid()}] received args=('${x.name()}', '${x.iban()}') kwargs={'email': '${x.email()}', 'adyen_key': '${x.adyen()}'}`,
  (x) => `rest_framework.exceptions.ValidationError: {'national_id': [ErrorDetail(string='CPF ${x.cpf()} already registered.', code='unique')], 'phone': [ErrorDetail(string='Enter a valid phone number.', code='invalid')]}
request.data = {'name': '${x.name()}', 'cpf': '***', 'phone': '${x.phone()}'}`,
  (x) => `django.db.backends DEBUG (0.002) UPDATE "crm_contact" SET "salesforce_token" = '${x.sfToken()}', "owner_email" = '${x.email()}' WHERE "crm_contact"."id" = ${x.int(1000, 99999)}; args=(...)`,
  (x) => `Traceback (most recent call last):
  File "/app/integrations/okta.py", line ${x.int(20, 300)}, in deactivate_user
    resp.raise_for_status()
requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://herald.okta.com/api/v1/users/00u${x.r.b62(17)}/lifecycle/deactivate
headers={'Authorization': 'SSWS ${x.okta()}', 'Accept': 'application/json'}`,
  (x) => `celery.app.trace ERROR Task notify.send_sms[${x.uuid()}] raised unexpected: TwilioRestException('Unable to create record: Permission to send an SMS has not been enabled for the region indicated by the \\'To\\' number: ${x.phone()}')
  Local vars: auth_token='${x.twilioTok()}' body='Hi ${x.first()}, your code is ${x.r.digits(7)}'`,
  (x) => `POST /api/v1/payouts/ HTTP/1.1" 400 312
{"detail": "Invalid routing number", "payload": {"account_holder_name": "${x.name()}", "routing_number": "${x.aba()}", "account_number": "${x.acct()}", "ssn_last4": null, "dob": "${x.dob()}"}}`,
  (x) => `WARNING 2026-04-02 root: mailgun send failed 401 api_key=${x.mailgun()} to=${x.email()} subject="Your receipt"`,
];
