import { B62 } from './blind-set-9-rng';
import type { NegTemplate23 } from './blind-set-23-types';

/** Negatives: public keys, published examples, placeholders, masked values, secret references and salted hashes. */
export const negPublicCases23: NegTemplate23[] = [
  [
    'stripe-publishable',
    (g) =>
      `[checkout-web] Stripe.js init failed: IntegrationError: Invalid value for Stripe(): apiKey should be a string. You specified: undefined. fallback config {"publishableKey":"pk_live_51${g.b62(97)}","locale":"auto","betas":[]}`,
  ],
  [
    'firebase-web-config',
    (g) => `FirebaseError: Installations: Create Installation request failed with error "403 PERMISSION_DENIED: The caller does not have permission" (installations/request-failed).
firebaseConfig = {"apiKey":"AIza${g.chars(B62 + '-_', 35)}","authDomain":"acme-mobile-prod.firebaseapp.com","projectId":"acme-mobile-prod","storageBucket":"acme-mobile-prod.appspot.com","messagingSenderId":"${g.digits(12)}","appId":"1:${g.digits(12)}:web:${g.hex(22)}","measurementId":"G-${g.upperAlnum(10)}"}`,
  ],
  [
    'supabase-anon',
    (g) => {
      const ref = g.chars('abcdefghijklmnopqrstuvwxyz', 20);
      const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const anon = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ iss: 'supabase', ref, role: 'anon', iat: g.epoch() - 86400 * 200, exp: g.epoch() + 86400 * 3000 })}.${g.b64url(32)}`;
      return `AuthRetryableFetchError: fetch failed (status 0) at https://${ref}.supabase.co/auth/v1/token?grant_type=refresh_token
NEXT_PUBLIC_SUPABASE_URL=https://${ref}.supabase.co NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}`;
    },
  ],
  [
    'adyen-client-key',
    (g) => `AdyenCheckout error: ERROR: Invalid ClientKey environment (live) for clientKey live_${g.upperAlnum(32)} on origin https://shop.lumenstack.io — check allowed origins in the Customer Area`,
  ],
  ['posthog-project-key', (g) => `[PostHog.js] Request failed: 0 (network) — posthog.init("phc_${g.chars(B62, 43)}", {api_host: "https://eu.i.posthog.com", person_profiles: "identified_only"})`],
  [
    'sentry-dsn',
    (g) =>
      `Sentry Logger [warn]: Discarded session because of missing or non-string release. dsn=https://${g.hex(32)}@o${g.int(100000, 999999)}.ingest.de.sentry.io/${g.int(1000000, 9999999)} environment=production`,
  ],
  [
    'aws-doc-example',
    () => `aws configure list (CI smoke test uses the documented sample pair, never real creds):
      Name                    Value             Type    Location
   access_key     ****************MPLE shared-credentials-file
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
An error occurred (InvalidClientTokenId) when calling the GetCallerIdentity operation: The security token included in the request is invalid.`,
  ],
  [
    'stripe-test-cards',
    (g) =>
      `[e2e:checkout] FAIL declined-card flow (${g.int(2, 40)}s): expected "Your card has insufficient funds." got "Your card was declined." cards tried: 4242 4242 4242 4242, 4000 0000 0000 9995, 5555555555554444, 378282246310005 exp 12/34 cvc 123 (livemode=false, acct_${g.b62(16)})`,
  ],
  [
    'fictional-contacts',
    (g) =>
      `mailer dry-run: to="QA Bot <qa+${g.int(1, 999)}@example.com>" cc=ops@example.com reply_to=jane.doe@example.com sms=+1-202-555-01${g.int(10, 99)} alt=(212) 555-01${g.int(10, 99)} user=tester@acme.test status=skipped(reason=sandbox)`,
  ],
  [
    'jwt-io-example',
    () => `JsonWebTokenError: invalid signature
    at /app/node_modules/jsonwebtoken/verify.js:171:19
  token (from README sample): eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`,
  ],
  [
    'placeholders',
    (g) => `config validation failed (${g.int(3, 9)} errors):
  STRIPE_SECRET_KEY: "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx" looks like a placeholder
  OPENAI_API_KEY: "<YOUR_API_KEY>" looks like a placeholder
  SENDGRID_API_KEY: "\${SENDGRID_API_KEY}" was not interpolated
  DATABASE_URL: "postgres://user:password@localhost:5432/app" uses default credentials for a local database
  HUBSPOT_TOKEN: "****"`,
  ],
  [
    'masked-keys',
    (g) => `stripe.error.AuthenticationError: Invalid API Key provided: sk_live_********************${g.b62(4)}
openai.AuthenticationError: Incorrect API key provided: sk-proj-****************${g.b62(4)}
github: token ghp_****${g.b62(4)} (masked by Actions) lacks scope repo`,
  ],
  [
    'masked-card',
    (g) =>
      `PaymentFailed {"brand":"visa","last4":"${g.digits(4)}","display":"•••• ${g.digits(4)}","masked_pan":"${g.pick(['4', '5'])}${g.digits(5)}******${g.digits(4)}","exp":"${String(g.int(1, 12)).padStart(2, '0')}/${g.int(27, 31)}","funding":"credit","three_d_secure":"attempt_acknowledged"}`,
  ],
  [
    'secret-references',
    (g) => `env resolution failed for deployment payments-gateway-${g.hex(10)}:
  STRIPE_SECRET_KEY=op://Production/Stripe/secret_key (1Password Connect 503)
  TWILIO_AUTH_TOKEN=vault:secret/data/twilio#auth_token
  GITHUB_TOKEN=\${{ secrets.GH_DEPLOY_TOKEN }}
  DB_PASSWORD=arn:aws:secretsmanager:eu-west-1:${g.digits(12)}:secret:prod/orders-db-${g.b62(6)}
  OPENAI_KEY=projects/acme-prod/secrets/openai-key/versions/latest`,
  ],
  [
    'salted-hashes',
    (g) => `user import skipped ${g.int(2, 30)} rows: password hash format unsupported by Auth0 bulk import:
  row 12 {"custom_password_hash":{"algorithm":"bcrypt","hash":{"value":"$2b$12$${g.chars(B62 + './', 53)}"}}}
  row 31 {"custom_password_hash":{"algorithm":"ldap","hash":{"value":"{SSHA}${g.b64(24)}"}}}
  row 40 {"custom_password_hash":{"algorithm":"argon2","hash":{"value":"$argon2id$v=19$m=65536,t=3,p=4$${g.b64(16).replace(/=+$/, '')}$${g.b64(32).replace(/=+$/, '')}"}}}`,
  ],
  [
    'public-keys',
    (g) => `webhook signature check uses the provider's published key (kid=${g.b64url(12)}):
-----BEGIN PUBLIC KEY-----
${g.b64(48).slice(0, 64)}
${g.b64(48).slice(0, 64)}
${g.b64(48).slice(0, 64)}
${g.b64(15).slice(0, 20)}IDAQAB
-----END PUBLIC KEY-----
deploy key added: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(32).slice(0, 43)} deploy@ci-runner-${g.int(1, 20)}`,
  ],
  [
    'twilio-account-sid-alone',
    (g) => `twilio.base.exceptions.TwilioRestException: HTTP 404 error: Unable to fetch record: The requested resource /2010-04-01/Accounts/AC${g.hex(32)}/Messages/SM${g.hex(32)}.json was not found`,
  ],
  [
    'google-client-id',
    (g) => `oauth callback error=redirect_uri_mismatch client_id=${g.digits(12)}-${g.lowerAlnum(32)}.apps.googleusercontent.com redirect_uri=https://app.lumenstack.io/auth/google/callback`,
  ],
  [
    'rails-filtered-params',
    (g) => `Started POST "/api/v1/payouts" for 10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)} at 2026-12-01 09:12:44 +0000
Processing by Api::V1::PayoutsController#create as JSON
  Parameters: {"payout"=>{"iban"=>"[FILTERED]", "account_holder"=>"[FILTERED]", "amount_cents"=>${g.int(100, 900000)}}, "api_key"=>"[FILTERED]", "password"=>"[FILTERED]"}
Completed 500 Internal Server Error in ${g.int(10, 900)}ms (ActiveRecord: ${g.int(1, 90)}.${g.digits(1)}ms)`,
  ],
  [
    'actions-masked',
    (g) => `Run curl -fsS -H "Authorization: Bearer ***" https://api.linear.app/graphql
curl: (22) The requested URL returned error: 400
Error: Process completed with exit code 22.
  env: LINEAR_API_KEY: *** GH_TOKEN: *** RUN_ID: ${g.digits(10)}`,
  ],
  [
    'terraform-sensitive',
    (g) => `  # aws_db_instance.orders will be updated in-place
  ~ resource "aws_db_instance" "orders" {
        id                = "orders-prod"
      ~ password          = (sensitive value)
      ~ engine_version    = "15.${g.int(4, 8)}" -> "15.${g.int(9, 12)}"
    }
Error: updating RDS DB Instance (orders-prod): InvalidParameterCombination: Cannot upgrade postgres from 15.${g.int(4, 8)} to 15.${g.int(9, 12)}`,
  ],
  ['launchdarkly-client-id', (g) => `[LaunchDarkly] network error for client-side ID ${g.hex(24)}: Failed to fetch (https://clientstream.launchdarkly.com/eval/${g.hex(24)}/...)`],
];
