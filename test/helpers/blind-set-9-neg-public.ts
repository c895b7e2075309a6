import { neg, type NegCase9 } from './blind-set-9-types';
import { B64URL, DIGITS, UPPER } from './blind-set-9-rng';

/**
 * Public-by-design keys, placeholders, documentation examples, published test values, references
 * to secrets (not secrets). Decisions: Stripe `pk_`, Firebase web config, Adyen client keys,
 * Algolia search-only keys, Mapbox `pk.` tokens, reCAPTCHA site keys and Sentry DSN public keys
 * are public by design; Stripe/Braintree/Adyen documented test cards, AWS's example key pair,
 * jwt.io's example token and the textbook example IBANs are published test values (README:
 * "published test values are recognised and marked as such").
 */
export const negPublic: NegCase9[] = [
  (r) => neg('pub/stripe-pk-live', `stripe.js: IntegrationError: Invalid value for elements(): clientSecret should be a client secret of the form \${id}_secret_\${secret}. publishableKey=pk_live_51${r.b62(96)}`),
  (r) => neg('pub/stripe-pk-test', `window.__CONFIG__ = {"stripeKey":"pk_test_51${r.b62(96)}","sentryEnv":"staging"}`),
  (r) => neg('pub/firebase-web-config', `FirebaseError: Installations: Create Installation request failed with error "403 PERMISSION_DENIED" firebaseConfig={ apiKey: "AIza${r.chars(B64URL.replace('-', ''), 35)}", authDomain: "northwind-app.firebaseapp.com", projectId: "northwind-app", appId: "1:${r.digits(12)}:web:${r.hex(22)}" }`),
  (r) => neg('pub/adyen-client-key', `AdyenCheckout error: "Invalid ClientKey" clientKey=live_${r.chars(UPPER + DIGITS, 32)} environment=live`),
  (r) => neg('pub/algolia-search-key', `algoliasearch('${r.chars(UPPER + DIGITS, 10)}', '${r.hex(32)}') // search-only API key; RetryError: Unreachable hosts`),
  (r) => neg('pub/sentry-dsn', `Sentry.init({ dsn: "https://${r.hex(32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(16)}", tracesSampleRate: 0.1 }) -> transport error 429`),
  (r) => neg('pub/mapbox-pk', `mapbox-gl: 401 Unauthorized for style mapbox://styles/northwind/clx0; accessToken=pk.eyJ1Ijoibm9ydGh3aW5kIiwiYSI6ImNs${r.chars(B64URL, 20)}In0.${r.chars(B64URL, 22)}`),
  (r) => neg('pub/recaptcha-site-key', `<div class="g-recaptcha" data-sitekey="6Le${r.chars(B64URL, 37)}"></div> reCAPTCHA: invalid-input-response`),
  () => neg('pub/aws-example-keys', `botocore.exceptions.ClientError: InvalidClientTokenId\n  aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n  aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`),
  () => neg('pub/jwt-io-example', `401 invalid signature for Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c (copied from the docs)`),
  () => neg('pub/stripe-test-card-4242', `{"card":{"number":"4242424242424242","exp_month":12,"exp_year":2034,"cvc":"123"},"livemode":false}`),
  () => neg('pub/stripe-test-cards-list', `e2e checkout suite: using test cards 4000 0566 5566 5556 (visa debit), 5555 5555 5555 4444 (mastercard), 3782 822463 10005 (amex)`),
  () => neg('pub/braintree-test-card', `Braintree sandbox: credit_card[number]=4111111111111111 processor_response_code=1000 Approved`),
  () => neg('pub/example-iban', `SEPA validation unit fixture: iban=DE89 3704 0044 0532 0130 00 bic=COBADEFFXXX (documentation example)`),
  () => neg('pub/example-iban-gb', `payouts.yaml example: { iban: GB82WEST12345698765432, name: "Example Ltd" }`),
  (r) => neg('pub/fictional-us-phones', `Twilio test: from=+1 (212) 555-01${r.int(0, 9)}${r.int(0, 9)} to=+1-415-555-01${r.int(10, 99)} status=queued`),
  (r) => neg('pub/ofcom-drama-number', `SMS provider test route +44 7700 900${r.digits(3)} delivered (Ofcom drama range)`),
  (r) => neg('pub/rfc2606-emails', `SendGrid 400: "from" address jane.doe@example.com is not verified; reply_to=ops${r.int(1, 9)}@example.org, bcc=qa@mail.example.net`),
  () => neg('pub/test-tld-email', `mailer: delivery to user@shop.test and admin@localhost.localdomain skipped in staging`),
  () => neg('pub/angle-placeholder', `Authorization: Bearer <your-token>\ncurl -H "X-Api-Key: <YOUR_API_KEY>" https://api.acme-corp.io/v1/ping`),
  () => neg('pub/env-placeholders', `DATABASE_URL=postgres://\${DB_USER}:\${DB_PASSWORD}@\${DB_HOST}:5432/app\nSTRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}`),
  () => neg('pub/ci-secret-refs', `env:\n  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n  SLACK_WEBHOOK: \${{ secrets.SLACK_WEBHOOK_URL }}\n  GITLAB_TOKEN: $CI_JOB_TOKEN`),
  () => neg('pub/masked-stars', `config dump: {"api_key":"***","password":"********","client_secret":"[FILTERED]","token":"REDACTED"}`),
  () => neg('pub/xxxx-placeholders', `example: sk_live_xxxxxxxxxxxxxxxxxxxxxxxx / ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx / xoxb-xxxx-xxxx-xxxx`),
  () => neg('pub/vault-refs', `secrets: stripe=vault:secret/data/payments#stripe_key db=op://Production/orders-db/password kv=@Microsoft.KeyVault(SecretUri=https://nw-kv.vault.azure.net/secrets/DbPassword/)`),
  (r) => neg('pub/aws-sm-arn', `ResourceNotFoundException: Secrets Manager can't find the specified secret. SecretId=arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/orders/db-${r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}`),
  (r) => neg('pub/gcp-secret-ref', `google.api_core.exceptions.NotFound: 404 Secret [projects/${r.digits(12)}/secrets/stripe-api-key] not found or has no versions.`),
  () => neg('pub/k8s-secretkeyref', `env:\n- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: orders-db\n      key: password`),
  (r) => neg('pub/masked-card-last4', `charge failed for card •••• ${r.digits(4)} (visa, exp 04/29); card_number=************${r.digits(4)}`),
  (r) => neg('pub/masked-token-tail', `Invalid API Key provided: sk_live_********************${r.chars(B64URL, 4)}`),
  (r) => neg('pub/public-key-pem', `jwks verify failed with key:\n-----BEGIN PUBLIC KEY-----\n${('MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA' + r.b64(258).slice(0, 300)).match(/.{1,64}/g)!.join('\n')}\nIDAQAB\n-----END PUBLIC KEY-----`),
  (r) => neg('pub/ssh-public-key', `authorized_keys line 3 ignored: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci-runner`),
  () => neg('pub/empty-passwords', `{"user":"svc_reports","password":null,"password_confirmation":"","otp":false}`),
  () => neg('pub/env-var-names', `Error: Missing required environment variables: STRIPE_SECRET_KEY, TWILIO_AUTH_TOKEN, DATABASE_PASSWORD`),
  () => neg('pub/passwordless-urls', `connecting to postgres://app@db.internal:5432/app and redis://redis-master:6379/0 and amqp://rabbit:5672`),
];
