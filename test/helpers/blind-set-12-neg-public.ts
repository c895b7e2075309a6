import { B62, type Rng12 } from './blind-set-12-rng';
import { neg, type NegCase12 } from './blind-set-12-types';

const anonJwt = (r: Rng12): string =>
  `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ iss: 'supabase', ref: r.chars('abcdefghijklmnopqrst', 20), role: 'anon', iat: 1716000000, exp: 2031576000 })).toString('base64url')}.${r.b64url(32)}`;

/** Public-by-design keys, placeholders, masked values, documentation data and field names without values. */
export const negPublic: NegCase12[] = [
  (r) => neg('pub/stripe-pk', `stripe.js: Invalid value for elements(): publishableKey pk_live_${r.b62(99)} does not match account`),
  (r) => neg('pub/firebase-web', `firebaseConfig = { apiKey: "AIza${r.chars(B62 + '-_', 35)}", authDomain: "acme-app.firebaseapp.com", projectId: "acme-app" } // auth/network-request-failed`),
  (r) => neg('pub/supabase-anon', `NEXT_PUBLIC_SUPABASE_ANON_KEY=${anonJwt(r)}\nAuthApiError: Invalid login credentials`),
  (r) => neg('pub/adyen-client', `adyen-web: Error: Invalid clientKey test_${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32)} for environment live`),
  () => neg('pub/placeholder-env', `.env.example\nRAZORPAY_KEY_ID=rzp_live_xxxxxxxxxxxxxx\nRAZORPAY_KEY_SECRET=<your-key-secret>\nPAYSTACK_SECRET_KEY=sk_live_********************************`),
  () => neg('pub/placeholder-yaml', `stringData:\n  SHOPIFY_ACCESS_TOKEN: "\${SHOPIFY_ACCESS_TOKEN}"\n  LINEAR_API_KEY: "{{ .Values.linear.apiKey }}"\n  password: <set-in-vault>`),
  (r) => neg('pub/masked-token', `auth failed for token lin_api_****${r.b62(4)} (masked), rotate it in Settings > API`),
  (r) => neg('pub/masked-card', `charge declined: card •••• •••• •••• ${r.digits(4)} (visa), exp **/**`),
  () => neg('pub/stripe-test-card', `e2e checkout spec failed: typed 4242 4242 4242 4242 exp 12/34 cvc 123 -> "Your card was declined"`),
  () => neg('pub/test-card-mc', `sandbox run: card 5555555555554444 authorised (test mode)`),
  () => neg('pub/aws-example', `aws configure (docs sample): AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`),
  (r) => neg('pub/example-email', `invite failed: user jane.doe${r.int(1, 99)}@example.com already in org; also ops@staging.acme.test`),
  (r) => neg('pub/noreply', `SES bounce for message from noreply@${r.pick(['mailer.acme.io', 'notify.acme-shop.com'])}: mailbox full`),
  (r) => neg('pub/555-phone', `twilio test: sent OTP to (312) 555-01${r.int(10, 99)} in sandbox`),
  (r) => neg('pub/private-ip', `dial tcp 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:5432: connect: connection refused (from 192.168.${r.int(0, 255)}.${r.int(1, 254)})`),
  (r) => neg('pub/curl-server', `*   Trying ${r.int(100, 200)}.${r.int(1, 254)}.${r.int(1, 254)}.${r.int(1, 254)}:443...\n* Connected to api.paystack.co port 443\n< HTTP/2 503`),
  () => neg('pub/secrets-ref', `valueFrom:\n  secretKeyRef:\n    name: doppler-token\n    key: DOPPLER_TOKEN\n# ref: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/razorpay-AbCdEf`),
  () => neg('pub/field-names', `config validation failed: missing required fields [client_secret, api_key, password, refresh_token, iban, ssn]`),
  (r) => neg('pub/mapbox-pk', `mapbox-gl: Unauthorized style request with accessToken pk.${Buffer.from(JSON.stringify({ u: 'acme-maps', a: r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25) })).toString('base64url')}.${r.b64url(16)}`),
  (r) => neg('pub/algolia-search-key', `InstantSearch: search-only key for app ${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)} is rate limited (429); key scope: search`),
  (r) => neg('pub/public-key', `ssh: handshake failed, server key ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} not in known_hosts`),
  () => neg('pub/doc-iban', `IBAN format example from the docs: DE89 3704 0044 0532 0130 00 (see validation guide)`),
  (r) => neg('pub/support-email', `Contact support@${r.pick(['razorpay.com', 'paystack.com', 'gusto.com'])} with request id ${r.uuid()}`),
  (r) => neg('pub/password-meta', `user ${r.int(1000, 9999)} password_changed_at=2026-11-${r.int(10, 28)} password_length_ok=true mfa=totp`),
  () => neg('pub/redacted', `Authorization: Bearer [REDACTED] (token omitted by SDK logger), password=******`),
  (r) => neg('pub/price-amounts', `invoice total 1,249.${r.int(10, 99)} EUR, tax 237.${r.int(10, 99)}, items 12, discount code SPRING${r.int(10, 30)}`),
  (r) => neg('pub/phone-like-ids', `ticket #${r.int(100000, 999999)} priority 2 queue 4 escalated at 09:${r.int(10, 59)}:${r.int(10, 59)} duration 00:${r.int(10, 59)}:12`),
  (r) => neg('pub/semver-build', `Bitrise build ${r.uuid()} using Xcode 16.1 (16B40) and expo-cli 6.3.${r.int(0, 12)}`),
  () => neg('pub/pk-test-stripe', `STRIPE_PUBLISHABLE_KEY loaded (pk_test_... prefix ok), secret key read from vault path secret/data/stripe`),
  (r) => neg('pub/gravatar-hash', `avatar https://www.gravatar.com/avatar/${r.hex(32)}?d=identicon 404`),
];
