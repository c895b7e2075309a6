import { B62, B64URL, LOWER, DIGITS } from './blind-set-9-rng';
import type { X56 } from './blind-set-56-gen';
import type { T56 } from './blind-set-56-rails-django';

const glpat = (x: X56) => x.c('gitlab_token', 'glpat-' + x.r.chars(B62 + '-_', 20));
const anthropic = (x: X56) => x.c('anthropic_api_key', `sk-ant-api03-${x.r.chars(B64URL, 93)}AA`);
const sentry = (x: X56) => x.c('sentry_dsn', `https://${x.r.hex(32)}@o${x.r.digits(6)}.ingest.sentry.io/${x.r.digits(7)}`);
const dop = (x: X56) => x.c('digitalocean_token', 'dop_v1_' + x.r.hex(64));
const hvs = (x: X56) => x.c('vault_token', 'hvs.' + x.r.chars(B62 + '_-', 24));
const docker = (x: X56) => x.c('docker_pat', 'dckr_pat_' + x.r.chars(B62 + '-_', 27));
const nr = (x: X56) => x.c('newrelic_user_key', 'NRAK-' + x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27));
const atl = (x: X56) => x.c('atlassian_api_token', 'ATATT3xFfGF0' + x.r.chars(B62 + '-_', 170) + '=' + x.r.hex(8).toUpperCase());
const plaid = (x: X56) => x.c('plaid_secret', x.r.hex(30));
const rzp = (x: X56) => x.c('razorpay_key_secret', x.r.b62(24));
const mollie = (x: X56) => x.c('mollie_api_key', 'live_' + x.r.b62(30));
const gocardless = (x: X56) => x.c('gocardless_token', 'live_' + x.r.chars(B62 + '-_', 40));
const telegram = (x: X56) => x.c('telegram_bot_token', `${x.int(1e9, 7e9)}:AA${x.r.chars(B62 + '-_', 33)}`);
const discord = (x: X56) => x.c('discord_webhook', `https://discord.com/api/webhooks/${x.r.digits(19)}/${x.r.chars(B62 + '-_', 68)}`);
const pypi = (x: X56) => x.c('pypi_token', 'pypi-AgEIcHlwaS5vcmc' + x.r.chars(B64URL, 120));
const linear = (x: X56) => x.c('linear_api_key', 'lin_api_' + x.r.b62(40));
const mailchimp = (x: X56) => x.c('mailchimp_api_key', `${x.r.hex(32)}-us${x.int(2, 21)}`);
const postmark = (x: X56) => x.c('postmark_server_token', x.r.uuid());
const braintree = (x: X56) => x.c('braintree_private_key', x.r.hex(32));
const checkout = (x: X56) => x.c('checkout_secret_key', `sk_${x.r.chars(LOWER + DIGITS, 26)}`);
const klaviyo = (x: X56) => x.c('klaviyo_private_key', 'pk_' + x.r.hex(34));
const pem = (x: X56) => x.c('private_key', `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA${x.r.b64(45)}\n${x.r.b64(48)}\n${x.r.b64(36)}\n-----END RSA PRIVATE KEY-----`);

/** Credential-heavy extras per area: deploy configs, CI output, client set-up dumps. */
export const EXTRA: Record<string, T56[]> = {
  rails: [
    (x) => `# config/initializers/integrations.rb (leaked in a NameError backtrace)
Stripe.api_key = "${x.stripeSk()}"
Octokit.configure { |c| c.access_token = "${x.gh()}" }
Sentry.init { |c| c.dsn = "${sentry(x)}" }
GITLAB_TOKEN = ENV.fetch("GITLAB_TOKEN", "${glpat(x)}")
payout_account = { iban: "${x.iban()}" }`,
    (x) => `Braintree::AuthenticationError: merchant_id=${x.r.chars(LOWER + DIGITS, 16)} public_key=${x.r.chars(LOWER + DIGITS, 16)} private_key=${braintree(x)}
  Plaid secret=${plaid(x)} processor_token=processor-production-${x.uuid()}
  ach: routing=${x.aba()} account=${x.acct()} slack=${x.slack()}`,
    (x) => `Sidekiq job failed: {"class":"Mailchimp::SyncJob","args":["${mailchimp(x)}","${x.hexSecret(40, 'webhook_secret')}"],"jid":"${x.id(24)}","error_message":"401 API Key Invalid","card_fingerprint":"${x.r.b62(16)}","card":"${x.card()}"}`,
  ],
  django: [
    (x) => `settings.py (DEBUG page "Settings" tab)
AWS_ACCESS_KEY_ID = '${x.awsId()}'
AWS_SECRET_ACCESS_KEY = '${x.awsSecret()}'
ANTHROPIC_API_KEY = '${anthropic(x)}'
TELEGRAM_BOT_TOKEN = '${telegram(x)}'
DEFAULT_PAYOUT_IBAN = '${x.iban()}'`,
    (x) => `celery beat: scheduler error in task 'sync_plaid' args=['${plaid(x)}', '${x.r.hex(24)}'] kwargs={'access_token': 'access-production-${x.uuid()}', 'webhook': '${x.slackHook()}', 'routing': '${x.aba()}', 'account': '${x.acct()}', 'vault': '${hvs(x)}'}`,
    (x) => `POST /admin/integrations/update/ 302 body=csrfmiddlewaretoken=${x.r.b62(64)}&mollie_key=${mollie(x)}&gocardless_token=${gocardless(x)}&payout_card=${x.card()}&linear=${linear(x)}`,
  ],
  flask: [
    (x) => `Environment dump from /debug/env (werkzeug console):
OPENAI_API_KEY=${x.openai()}
PYPI_TOKEN=${pypi(x)}
DIGITALOCEAN_TOKEN=${dop(x)}
REFUND_IBAN=${x.iban()}`,
    (x) => `httpx.HTTPStatusError: Server error '502 Bad Gateway' for url 'https://api.razorpay.com/v1/payments'
auth=('rzp_live_${x.r.b62(14)}', '${rzp(x)}') json={'card': {'number': '${x.card()}', 'name': '${x.name()}'}, 'notify': '${discord(x)}'}`,
    (x) => `fastapi.log DEBUG outbound headers={'X-Postmark-Server-Token': '${postmark(x)}', 'Authorization': 'Bearer ${x.jwt()}', 'X-Vault-Token': '${hvs(x)}'} body={'To': '${x.email()}'}`,
  ],
  spring: [
    (x) => `application-prod.properties
stripe.secret-key=${x.stripeSk()}
stripe.webhook-secret=${x.whsec()}
github.app.private-key=${pem(x)}
payout.iban=${x.iban()}`,
    (x) => `o.s.w.r.f.client.ExchangeFunctions : [${x.id(8)}] HTTP POST https://api.checkout.com/payments, headers={Authorization:[${checkout(x)}], X-Klaviyo:[${klaviyo(x)}], X-NewRelic-API-Key:[${nr(x)}]} body={"source":{"type":"card","number":"${x.card()}"}}`,
    (x) => `Caused by: java.lang.IllegalStateException: Jira sync failed user=integration@herald.io token=${atl(x)}
  docker login -u herald -p ${docker(x)} registry-1.docker.io
  ach.routing=${x.aba()} ach.account=${x.acct()}`,
  ],
  aspnet: [
    (x) => `appsettings.Production.json
{ "Stripe": { "SecretKey": "${x.stripeSk()}", "WebhookSecret": "${x.whsec()}" },
  "Okta": { "ApiToken": "${x.okta()}" }, "Sentry": { "Dsn": "${sentry(x)}" },
  "Payouts": { "DefaultIban": "${x.iban()}" } }`,
    (x) => `trce: System.Net.Http.HttpClient.Default.ClientHandler[102] Request Headers: Authorization: Bearer ${x.square()} X-GitLab-Token: ${glpat(x)} Mailchimp: apikey ${mailchimp(x)}
      Body: {"source_id":"cnon:card-nonce-ok","card":"${x.card()}"}`,
    (x) => `Azure DevOps pipeline log: dotnet run -- --ConnectionStrings:Blob="DefaultEndpointsProtocol=https;AccountName=heraldprod;AccountKey=${x.azureKey()}" --Sendgrid:Key=${x.sendgrid()} --Ach:Routing=${x.aba()} --Ach:Account=${x.acct()}`,
  ],
  php: [
    (x) => `.env.production (served by a misconfigured nginx)
STRIPE_SECRET=${x.stripeSk()}
PAYPAL_CLIENT_SECRET=${x.paypalSecret()}
TWILIO_AUTH_TOKEN=${x.twilioTok()}
MOLLIE_KEY=${mollie(x)}
COMPANY_IBAN=${x.iban()}`,
    (x) => `GuzzleHttp\\Exception\\RequestException: cURL error 28 {"uri":"https://api.gocardless.com/mandates","headers":{"Authorization":["Bearer ${gocardless(x)}"],"X-Sentry":["${sentry(x)}"]},"body":{"account_number":"${x.acct()}","branch_code":"${x.aba()}"}}`,
    (x) => `symfony/messenger: Message App\\Message\\ChargeCard failed {"card_number":"${x.card()}","gateway_key":"${checkout(x)}","klaviyo":"${klaviyo(x)}","telegram":"${telegram(x)}"}`,
  ],
  node: [
    (x) => `.npmrc / .env committed in a Next.js build log:
//registry.npmjs.org/:_authToken=${x.npm()}
GITHUB_TOKEN=${x.gh()}
LINEAR_API_KEY=${linear(x)}
DISCORD_WEBHOOK=${discord(x)}
TEST_CARD_LIVE=${x.card()}`,
    (x) => `{"level":50,"msg":"anthropic call failed","err":{"config":{"headers":{"x-api-key":"${anthropic(x)}"}}},"vault":"${hvs(x)}","do":"${dop(x)}","payout":{"iban":"${x.iban()}"}}`,
    (x) => `NestJS ConfigService resolved: { PLAID_SECRET: '${plaid(x)}', NEW_RELIC_USER_KEY: '${nr(x)}', ACH_ROUTING: '${x.aba()}', ACH_ACCOUNT: '${x.acct()}', DOCKER_PAT: '${docker(x)}' }`,
  ],
  go: [
    (x) => `flag provided but not defined: -verbose
Usage of herald-sync: ran as herald-sync -stripe-key=${x.stripeSk()} -shopify-token=${x.shopify()} -sentry-dsn=${sentry(x)} -jira-token=${atl(x)} -refund-iban=${x.iban()}`,
    (x) => `{"level":"debug","msg":"outgoing request","method":"POST","url":"https://api.mollie.com/v2/payments","headers":{"Authorization":["Bearer ${mollie(x)}"]},"pypi":"${pypi(x)}","card":"${x.card()}"}`,
    (x) => `vault kv get secret/herald/prod
====== Data ======
Key                 Value
razorpay_secret     ${rzp(x)}
postmark_token      ${postmark(x)}
ach_routing         ${x.aba()}
ach_account         ${x.acct()}`,
  ],
};
