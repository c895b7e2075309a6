import { LOWER, UPPER, DIGITS } from './blind-set-9-rng';
import { jwt, ts } from './blind-set-14-tokens';
import { neg, type NegCase14 } from './blind-set-14-types';

/** Public-by-design keys and ids (README policy), documentation examples, placeholders, references, redactions. */
export const negPublic: NegCase14[] = [
  (r) => neg('stripe/pk-live', `<script>const stripe = Stripe('pk_live_${r.b62(99)}', { locale: 'de' });</script>`),
  (r) => neg('firebase/web-config', `const firebaseConfig = {\n  apiKey: "AIza${r.chars(UPPER + LOWER + DIGITS + '-_', 35)}",\n  authDomain: "acme-mobile.firebaseapp.com",\n  projectId: "acme-mobile",\n  messagingSenderId: "${r.digits(12)}",\n  appId: "1:${r.digits(12)}:web:${r.hex(22)}"\n};`),
  (r) => neg('supabase/anon', `NEXT_PUBLIC_SUPABASE_URL=https://${r.chars(LOWER, 20)}.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=${jwt(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'anon', iat: 1764000000, exp: 2079576000 })}`),
  (r) => neg('adyen/client-key', `const checkout = await AdyenCheckout({ environment: 'live', clientKey: 'live_${r.chars(UPPER + DIGITS, 32)}', analytics: { enabled: false } });`),
  (r) => neg('twilio/account-sid', `twilio: message SM${r.hex(32)} queued for account AC${r.hex(32)} (messaging service MG${r.hex(32)})`),
  (r) => neg('stripe/customer-id', `Customer cus_${r.b62(14)} has no default payment method; subscription sub_${r.b62(24)} past_due`),
  () => neg('aws/docs-example', `aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE\naws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`),
  (r) => neg('phones/555-01xx', `Support hotline (US): (212) 555-01${r.int(10, 99)} · fax 415-555-01${r.int(10, 99)}`),
  (r) => neg('email/example-domains', `invite sent to jane.doe@example.com and ops+${r.int(1, 99)}@acme.test (sandbox)`),
  () => neg('email/robot', `From: "Acme Billing" <noreply@acme.io>\nReply-To: no-reply@mailer.acme.io\nSubject: Your invoice is ready`),
  () => neg('placeholders/env', `# .env.example\nSTRIPE_SECRET_KEY=<your-stripe-secret-key>\nSENDGRID_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB\nOPENAI_API_KEY=\${OPENAI_API_KEY}`),
  () => neg('placeholders/gha', `env:\n  SLACK_BOT_TOKEN: \${{ secrets.SLACK_BOT_TOKEN }}\n  HEROKU_API_KEY: \${{ secrets.HEROKU_API_KEY }}\n  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}`),
  () => neg('refs/secret-managers', `api_key: op://Prod/Shopify Admin/credential\ndb_password: vault:secret/data/payments#db_password\nstripe: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/stripe-AbCdEf`),
  () => neg('docs/test-cards', `Use the test card 4242 4242 4242 4242 with any CVC and a future date; 4000 0000 0000 0002 simulates a decline.`),
  () => neg('docs/example-ibans', `Example IBANs from the SEPA guide: DE89 3704 0044 0532 0130 00 and GB82 WEST 1234 5698 7654 32.`),
  (r) => neg('mapbox/public-token', `mapboxgl.accessToken = 'pk.${Buffer.from(JSON.stringify({ u: 'acme', a: r.chars(LOWER + DIGITS, 25) })).toString('base64url')}.${r.chars(LOWER + UPPER + DIGITS + '-_', 22)}';`),
  (r) => neg('keys/public-pem', `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b64(180).slice(0, 20)}\n${r.b64(48)}\n-----END PUBLIC KEY-----`),
  (r) => neg('keys/ssh-public', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci-runner`),
  (r) => neg('keys/jwks', `{"keys":[{"kty":"RSA","kid":"${r.hex(16)}","use":"sig","alg":"RS256","n":"${r.b64url(256)}","e":"AQAB"}]}`),
  () => neg('curl/server-address', `*   Trying 10.20.0.15:443...\n* Connected to vault.internal (10.20.0.15) port 443\n* ALPN: server accepted h2\n> GET /v1/sys/health HTTP/2\n< HTTP/2 200`),
  () => neg('redacted/sentry', `{"request":{"headers":[["Authorization","[Filtered]"],["Cookie","[Filtered]"]],"data":{"password":"[Filtered]","card_number":"[Filtered]"}}}`),
  () => neg('redacted/stars', `config: { apiKey: '********', secret: '***', token: '<redacted>', password: '••••••••' }`),
  (r) => neg('hash/token-digest', `rotated api key id=${r.int(1000, 9999)} token_sha256=${r.hex(64)} prefix=sk_live_…${r.b62(4)} created_at=${ts(r)}`),
  () => neg('docs/jwt-io-example', `Example from jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`),
  (r) => neg('onesignal/app-id', `OneSignal.initialize({ appId: "${r.uuid()}", safari_web_id: "web.onesignal.auto.${r.hex(32)}" });`),
  () => neg('docs/placeholder-keys', `curl https://api.example-psp.com/v1/charges -u YOUR_SECRET_KEY: -d amount=2000 # replace YOUR_SECRET_KEY with sk_live_...`),
  () => neg('changelog/mentions', `CHANGELOG: rotate the Slack bot token (xoxb-…) and the GitHub PAT (ghp_…) every 90 days; see runbook SEC-42.`),
];
