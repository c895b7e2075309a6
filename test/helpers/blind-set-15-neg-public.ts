import { B62, B64URL, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { jwt15, neg, type NegCase15 } from './blind-set-15-types';

/** Public-by-design keys, documentation examples, placeholders, masked values and secret references. */
export const negPublic: NegCase15[] = [
  (r) => neg('stripe/publishable', `[checkout-web] Stripe.js init failed: {"publishableKey":"pk_live_${r.b62(99)}","locale":"de","betas":[]} (network error)`),
  (r) => neg('firebase/web-config', `FirebaseError: Installations: Create Installation request failed with error "403 PERMISSION_DENIED"
  firebaseConfig = { apiKey: "AIza${r.chars(B64URL, 35)}", authDomain: "corp-app.firebaseapp.com", projectId: "corp-app", appId: "1:${r.digits(12)}:web:${r.hex(22)}" }`),
  (r) => neg('supabase/anon', `supabase-js: realtime channel error; client created with createClient("https://${r.chars(LOWER, 20)}.supabase.co", "${jwt15(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'anon', iat: 1760000000, exp: 2075576000 })}")`),
  (r) => neg('adyen/client-key', `adyen-web: Drop-in mount failed (origin not allowed). checkoutConfig={"environment":"live","clientKey":"live_${r.chars(UPPER + DIGITS, 32)}","locale":"nl-NL"}`),
  (r) => neg('mapbox/public', `mapbox-gl.js: Failed to load style (401?) accessToken=pk.${Buffer.from(JSON.stringify({ u: 'corp-maps', a: r.chars(LOWER + DIGITS, 25) })).toString('base64url')}.${r.chars(B64URL, 22)}`),
  () => neg('aws/docs-example', `# from the AWS CLI docs, used in the unit fixture
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`),
  () => neg('placeholders/env', `error: missing required configuration, got:
  STRIPE_SECRET_KEY=<your-stripe-secret-key>
  OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx
  SENDGRID_API_KEY=\${SENDGRID_API_KEY}
  SLACK_BOT_TOKEN={{ .Values.slack.botToken }}`),
  (r) => neg('refs/secret-managers', `resolved secret sources: DB_PASSWORD=op://prod-ledger/postgres/password API_KEY=vault:secret/data/payments#stripe_key GH_TOKEN=\${{ secrets.RELEASE_TOKEN }} TWILIO=arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/twilio-${r.chars(B62, 6)} GCP=projects/corp-prod/secrets/hubspot-token/versions/latest`),
  () => neg('azure/keyvault-ref', `App setting STORAGE_CONN resolved from @Microsoft.KeyVault(SecretUri=https://kv-corp-prod.vault.azure.net/secrets/storage-conn/) failed: AccessDenied (status 403)`),
  (r) => neg('openai/masked', `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************************************${r.chars(B62, 4)}. You can find your API key at https://platform.openai.com/account/api-keys.', 'code': 'invalid_api_key'}}`),
  (r) => neg('masked/passwords', `effective config: {"db":{"host":"pg-ledger.internal","user":"ledger_rw","password":"********"},"stripe":{"secret_key":"sk_live_…${r.chars(B62, 4)}"},"smtp":{"pass":"[REDACTED]"}}`),
  (r) => neg('cards/masked', `payment declined: card=**** **** **** ${r.digits(4)} brand=visa bin=${r.pick(['424242', '510510', '400000'])} last4=${r.digits(4)} exp=0${r.int(1, 9)}/29 funding=credit pan_masked=411111******${r.digits(4)}`),
  () => neg('cards/published-test', `e2e checkout suite (Stripe test mode): 4242 4242 4242 4242 ok, 4000 0027 6000 3184 requires 3DS, 5555555555554444 ok, 378282246310005 ok, 4000000000009995 declined insufficient_funds`),
  () => neg('iban/docs-examples', `validation examples from the SEPA guide: DE89 3704 0044 0532 0130 00 (valid), GB82 WEST 1234 5698 7654 32 (valid), NL91ABNA0417164300 (invalid check digits)`),
  (r) => neg('contacts/doc-domains', `notification sent from noreply@corp-mail.io to qa-team@example.com and tester${r.int(1, 99)}@shop.test; reply-to: no-reply@notifications.corp.io; callback phone +1 (202) 555-01${r.int(10, 99)}`),
  (r) => neg('ssh/public-key', `authorized_keys updated on bastion for deploy: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci-runner-${r.int(1, 9)}`),
  (r) => neg('jwks/public', `{"keys":[{"kty":"RSA","use":"sig","kid":"${r.chars(B64URL, 16)}","alg":"RS256","e":"AQAB","n":"${r.b64url(256)}"}]} fetched from https://corp.okta.com/oauth2/default/v1/keys`),
  (r) => neg('pem/public', `x509: certificate signed by unknown authority; server offered:
-----BEGIN PUBLIC KEY-----
${r.b64(294).match(/.{1,64}/g)!.join('\n')}
-----END PUBLIC KEY-----`),
  (r) => neg('google/client-id', `Google Sign-In: idpiframe_initialization_failed: Not a valid origin for the client: https://staging.corp.io; client_id=${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com`),
  (r) => neg('recaptcha/sitekey', `<div class="g-recaptcha" data-sitekey="6L${r.chars(B62 + '_-', 38)}"></div> captcha verification timeout for form contact-sales`),
  () => neg('auth/header-placeholders', `curl examples in the runbook failed lint: -H "Authorization: Bearer <token>" -H "X-Api-Key: \$API_KEY" -H "Authorization: Basic \$(echo -n user:pass | base64)"`),
  () => neg('gha/masked', `Run ./scripts/deploy.sh
  env:
    AWS_ACCESS_KEY_ID: ***
    AWS_SECRET_ACCESS_KEY: ***
    SLACK_WEBHOOK_URL: ***
Error: deploy failed with exit code 3`),
  () => neg('tf/sensitive', `  ~ resource "aws_db_instance" "ledger" {
      ~ password = (sensitive value)
        username = "ledger_admin"
    }
  ~ resource "datadog_api_key" "ci" { key = (sensitive value) }`),
  (r) => neg('k8s/describe-secret', `Name:         ledger-db
Namespace:    payments
Type:  Opaque
Data
====
password:  ${r.int(16, 40)} bytes
username:  9 bytes
uri:       ${r.int(60, 120)} bytes`),
  (r) => neg('cursor/base64-json', `{"errors":[{"message":"cursor expired","extensions":{"code":"BAD_USER_INPUT","cursor":"${Buffer.from(JSON.stringify({ last_id: Number(r.digits(9)), sort: 'created_at' })).toString('base64')}"}}]}`),
  (r) => neg('twilio/account-sid', `Twilio Console link for failing account: https://console.twilio.com/us1/account/AC${r.hex(32)}/logs; customer cus_${r.b62(14)} notified`),
  (r) => neg('ssh/host-fingerprint', `debug1: Server host key: ssh-ed25519 SHA256:${r.b64(32).slice(0, 43)}
debug1: Connecting to bastion.corp.io [10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}] port 22.`),
  (r) => neg('docs/slack-example', `See https://api.slack.com/authentication/token-types: bot tokens look like xoxb-1234-5678-abcdefghijkl and must be stored in SLACK_BOT_TOKEN, never in code. (config check ${r.hex(7)})`),
];
