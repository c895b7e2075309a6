import { B62, LOWER, DIGITS } from './blind-set-77-rng';
import { account, b62, b64uChars, card, company, cvc, hex, iban, iso, jwt, lower, now, routing, ts, upperAlnum, whsec, type PosTpl } from './blind-set-77-gen';

/** Whole configuration and environment dumps that carry several providers' secrets at once. */
export const DUMPS: PosTpl[] = [
  ['dumps', 'ai-app-compose-env', (r, k) => `$ docker compose config   # pasted into #incident-${r.int(100, 999)}
services:
  rag-api:
    environment:
      GROQ_API_KEY: ${k.cred('groq-api-key', `gsk_${b62(r, 52)}`)}
      PINECONE_API_KEY: ${k.cred('pinecone-api-key', `pcsk_${b62(r, 5)}_${b62(r, 63)}`)}
      LANGSMITH_API_KEY: ${k.cred('langsmith-api-key', `lsv2_pt_${hex(r, 32)}_${hex(r, 10)}`)}
      ELEVENLABS_API_KEY: ${k.cred('elevenlabs-api-key', `sk_${hex(r, 48)}`)}
      DEEPGRAM_API_KEY: ${k.cred('deepgram-api-key', hex(r, 40))}
      LOG_LEVEL: debug`],
  ['dumps', 'saas-env-local', (r, k) => `vercel env pull output committed in ${hex(r, 7)}:
# Created by Vercel CLI
CLERK_SECRET_KEY="${k.cred('clerk-secret-key', `sk_live_${b62(r, 42)}`)}"
RESEND_API_KEY="${k.cred('resend-api-key', `re_${b62(r, 8)}_${b62(r, 24)}`)}"
UPSTASH_REDIS_REST_TOKEN="${k.cred('upstash-rest-token', `AY${b62(r, 4)}AAIjcDE${b64uChars(r, 50)}`)}"
POSTHOG_PERSONAL_API_KEY="${k.cred('posthog-personal-api-key', `phx_${b62(r, 47)}`)}"
LEMONSQUEEZY_WEBHOOK_SECRET="${k.cred('lemonsqueezy-webhook-secret', b62(r, 24))}"
NEXT_PUBLIC_POSTHOG_KEY="phc_${b62(r, 43)}"`],
  ['dumps', 'k8s-secret-decoded', (r, k) => `kubectl get secret billing-secrets -o json | jq '.data | map_values(@base64d)'
{
  "paddle-api-key": "${k.cred('paddle-api-key', `pdl_live_apikey_${lower(r, 26)}_${b62(r, 22)}_${b62(r, 3)}`)}",
  "mercury-token": "${k.cred('mercury-api-token', `secret-token:mercury_production_rma_${r.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 44)}_yrucrem`)}",
  "modern-treasury-key": "${k.cred('modern-treasury-api-key', `live-${b62(r, 64)}`)}",
  "persona-key": "${k.cred('persona-api-key', `persona_production_${r.uuid()}`)}"
}`],
  ['dumps', 'ci-set-x-trace', (r, k) => `+ export DOPPLER_TOKEN=${k.cred('doppler-token', `dp.st.ci.${b62(r, 40)}`)}
+ snyk auth ${k.cred('snyk-token', r.uuid())}
+ curl -s https://uploader.codecov.io/latest/linux/codecov -o codecov && ./codecov -t ${k.cred('codecov-token', r.uuid())}
+ sonar-scanner -Dsonar.token=${k.cred('sonar-token', `sqp_${hex(r, 40)}`)}
+ buildkite-agent artifact upload "coverage/**/*" --job ${r.uuid()}
ERROR: process exited with ${r.int(1, 2)} after ${r.int(40, 900)}s`],
  ['dumps', 'rails-credentials-show', (r, k) => `$ bin/rails credentials:show --environment production
contentful:
  management_token: ${k.cred('contentful-cma-token', `CFPAT-${b64uChars(r, 43)}`)}
sanity:
  write_token: ${k.cred('sanity-token', `sk${b62(r, 180)}`)}
cloudinary:
  url: cloudinary://${r.digits(15)}:${k.cred('cloudinary-api-secret', b64uChars(r, 27))}@${lower(r, 8)}
mux:
  token_id: ${r.uuid()}
  token_secret: ${k.cred('mux-token-secret', r.chars(B62 + '+/', 75))}
secret_key_base: ${k.cred('rails-secret-key-base', hex(r, 128))}`],
  ['dumps', 'django-settings-debug', (r, k) => `DisallowedHost at /webhooks/ably  (DEBUG=True settings page)
CACHES = {'default': {'LOCATION': 'rediss://default:${k.cred('redis-password', `A${b62(r, 3)}AAIjcDE${b62(r, 40)}`)}@${lower(r, 8)}-${r.int(10000, 99999)}.upstash.io:6379'}}
DATABASES = {'default': 'postgres://app:${k.cred('db-password', `npg_${b62(r, 12)}`)}@ep-${lower(r, 6)}-${lower(r, 5)}-${hex(r, 8)}.us-east-2.aws.neon.tech/app'}
ABLY_API_KEY = '${k.cred('ably-api-key', `${b62(r, 6)}.${b64uChars(r, 6)}:${b64uChars(r, 43)}`)}'
PUSHER_SECRET = '${k.cred('pusher-secret', hex(r, 20))}'
SECRET_KEY = '${k.cred('django-secret-key', r.chars(LOWER + DIGITS + '!@#%^&*(-_=+)', 50))}'`],
  ['dumps', 'tfvars-leak', (r, k) => `# terraform.tfvars (attached to support ticket ${r.int(10000, 99999)})
hcloud_token   = "${k.cred('hetzner-api-token', b62(r, 64))}"
vultr_api_key  = "${k.cred('vultr-api-key', upperAlnum(r, 36))}"
linode_token   = "${k.cred('linode-token', hex(r, 64))}"
fastly_api_key = "${k.cred('fastly-api-token', b64uChars(r, 32))}"
b2_application_key = "${k.cred('b2-application-key', `K005${r.chars(B62, 27)}`)}"
region = "${r.pick(['fsn1', 'nbg1', 'hel1', 'ash'])}"`],
  ['dumps', 'node-config-json', (r, k) => `[config] ${iso(r)} effective configuration (NODE_CONFIG_DEBUG=1):
{"stytch":{"projectId":"project-live-${r.uuid()}","secret":"${k.cred('stytch-secret', `secret-live-${b64uChars(r, 36)}`)}"},"workos":{"apiKey":"${k.cred('workos-api-key', `sk_live_${b62(r, 48)}`)}","clientId":"client_01${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}"},"launchdarkly":{"sdkKey":"${k.cred('launchdarkly-sdk-key', `sdk-${r.uuid()}`)}"},"statsig":{"serverSecret":"${k.cred('statsig-server-secret', `secret-${b62(r, 43)}`)}"},"webhooks":{"clerk":"${k.cred('svix-webhook-secret', whsec(r))}"}}`],
  ['dumps', 'helm-values-prod', (r, k) => `helm get values payments -n prod
USER-SUPPLIED VALUES:
dwolla:
  key: ${b62(r, 50)}
  secret: ${k.cred('dwolla-secret', b62(r, 50))}
lithic:
  apiKey: ${k.cred('lithic-api-key', r.uuid())}
  webhookSecret: ${k.cred('svix-webhook-secret', whsec(r))}
checkr:
  apiKey: ${k.cred('checkr-api-key', hex(r, 40))}
unit:
  token: ${k.cred('unit-api-token', jwt(r, { userId: String(r.int(100, 9999)), sub: `org:${r.int(100, 9999)}`, scope: 'payments accounts', exp: now(r) }))}`],
];

/** Money data with little else: card dumps, payout files, bank-detail tables. */
export const LEDGER: PosTpl[] = [
  ['ledger', 'card-vault-migration', (r, k) => `${ts(r)} vault-migrate: batch ${r.int(1, 90)} failed to tokenize (lithic 503), rows kept in log:
  row ${r.int(1, 500)}: pan=${k.fin('card-number', card(r))} exp=${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}
  row ${r.int(501, 999)}: pan=${k.fin('card-number', card(r))} exp=${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}
  row ${r.int(1000, 1500)}: pan=${k.fin('card-number', card(r, ' '))} exp=${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}
  lithic key: ${k.cred('lithic-api-key', r.uuid())}`],
  ['ledger', 'marqeta-simulate-auth', (r, k) => `POST https://sandbox-api.marqeta.com/v3/simulate/authorization -> 201 (copied from prod runbook)
{"amount":"${r.int(1, 900)}.${r.digits(2)}","mid":"${r.digits(12)}","card_token":"${r.uuid()}","card":{"pan":"${k.fin('card-number', card(r))}","cvv":"${k.fin('card-cvc', cvc(r))}","expiration":"${String(r.int(1, 12)).padStart(2, '0')}${r.int(27, 31)}"}}
Authorization: Basic ${k.cred('basic-auth', Buffer.from(`${r.uuid()}:${r.uuid()}`).toString('base64'))}`],
  ['ledger', 'sepa-payout-csv', (r, k) => `payout export ${r.uuid()}.csv (uploaded to revolut, 400 "Invalid file"):
vendor_id;iban;amount;currency;reference
V-${r.int(1000, 9999)};${k.fin('iban', iban(r))};${r.int(100, 9000)},${r.digits(2)};EUR;INV-${r.int(10000, 99999)}
V-${r.int(1000, 9999)};${k.fin('iban', iban(r))};${r.int(100, 9000)},${r.digits(2)};EUR;INV-${r.int(10000, 99999)}
V-${r.int(1000, 9999)};${k.fin('iban', iban(r, true))};${r.int(100, 9000)},${r.digits(2)};EUR;INV-${r.int(10000, 99999)}
token: Bearer ${k.cred('revolut-access-token', `oa_prod_${b64uChars(r, 43)}`)}`],
  ['ledger', 'nacha-entry-detail', (r, k) => {
    const entry = () => {
      const rt = routing(r);
      const acct = account(r);
      k.fin('routing-number', rt);
      k.fin('bank-account-number', acct);
      return `622${rt}${acct.padEnd(17, ' ')}${String(r.int(1000, 900000)).padStart(10, '0')}${upperAlnum(r, 15)}${company(r).toUpperCase().slice(0, 22).padEnd(22, ' ')}  0${r.digits(15)}`;
    };
    return `modern-treasury: returned file (R03 No Account/Unable to Locate) ACH batch ${r.int(1, 40)}:
${entry()}
${entry()}
HTTP 422 from https://app.moderntreasury.com/api/payment_orders (Basic ${r.uuid()}:${k.cred('modern-treasury-api-key', `live-${b62(r, 64)}`)})`;
  }],
  ['ledger', 'dwolla-funding-list', (r, k) => `dwolla funding-sources for business customer ${r.uuid()} (${company(r)} LLC):
  [checking] routing ${k.fin('routing-number', routing(r))} account ${k.fin('bank-account-number', account(r))} status=verified
  [savings]  routing ${k.fin('routing-number', routing(r))} account ${k.fin('bank-account-number', account(r))} status=unverified
  fetched with access_token=${k.cred('dwolla-access-token', b62(r, 50))}`],
  ['ledger', 'lithic-reissue-debug', (r, k) => `DEBUG lithic.cards.reissue(card_token="${r.uuid()}") -> {"token":"${r.uuid()}","last_four":"${r.digits(4)}","pan":"${k.fin('card-number', card(r))}","cvv":"${k.fin('card-cvc', cvc(r))}","exp_month":"${String(r.int(1, 12)).padStart(2, '0')}","exp_year":"20${r.int(27, 31)}","state":"OPEN","type":"VIRTUAL"}
  X-Lithic-Api-Key: ${k.cred('lithic-api-key', r.uuid())}`],
  ['ledger', 'wise-batch-group', (r, k) => `wise batch-group ${r.uuid()} completed with errors:
  transfer 1 -> IBAN ${k.fin('iban', iban(r, true))}  ${r.int(100, 9000)}.00 EUR  COMPLETED
  transfer 2 -> IBAN ${k.fin('iban', iban(r))}  ${r.int(100, 9000)}.00 EUR  BOUNCED_BACK
  transfer 3 -> sort code ${r.digits(2)}-${r.digits(2)}-${r.digits(2)} account ${k.fin('bank-account-number', r.digits(8))}  GBP  COMPLETED
  api token: ${k.cred('wise-api-token', r.uuid())}`],
  ['ledger', 'unit-account-details', (r, k) => `unit: GET /accounts/${r.int(100000, 999999)}?include=customer -> 200 (debug logging left on)
  {"type":"depositAccount","attributes":{"routingNumber":"${k.fin('routing-number', routing(r))}","accountNumber":"${k.fin('bank-account-number', account(r))}","depositProduct":"checking","balance":${r.int(0, 9000000)},"status":"Open"}}
  {"type":"individualDebitCard","attributes":{"last4Digits":"${r.digits(4)}","pan":"${k.fin('card-number', card(r))}","expirationDate":"20${r.int(27, 31)}-${String(r.int(1, 12)).padStart(2, '0')}"}}
  Authorization: Bearer ${k.cred('unit-api-token', jwt(r, { userId: String(r.int(100, 9999)), sub: `org:${r.int(100, 9999)}`, scope: 'accounts cards-sensitive', exp: now(r) }))}`],
  ['ledger', 'chargebee-card-update-form', (r, k) => `POST /billing/update-card 500 (chargebee hosted page fallback) params={"card":{"number":"${k.fin('card-number', card(r, '-'))}","cvv":"${k.fin('card-cvc', cvc(r))}","expiry_month":"${r.int(1, 12)}","expiry_year":"20${r.int(27, 31)}"},"authenticity_token":"${k.cred('csrf-token', r.b64(48))}"}
  chargebee site key: ${k.cred('chargebee-api-key', `live_${b62(r, 32)}`)}`],
  ['ledger', 'recurly-ach-vendors', (r, k) => `recurly vendor refunds via ACH (${company(r)}):
| vendor | routing   | account        | amount   |
|--------|-----------|----------------|----------|
| V${r.int(100, 999)}   | ${k.fin('routing-number', routing(r))} | ${k.fin('bank-account-number', account(r))} | ${r.int(10, 9000)}.00 |
| V${r.int(100, 999)}   | ${k.fin('routing-number', routing(r))} | ${k.fin('bank-account-number', account(r))} | ${r.int(10, 9000)}.00 |`],
];

