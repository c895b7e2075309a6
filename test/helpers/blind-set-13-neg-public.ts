import { B64URL, DIGITS, UPPER } from './blind-set-9-rng';
import { neg, type NegCase13 } from './blind-set-13-types';

const b64u = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** Public-by-design keys, published examples, placeholders and references (the README's policy). */
export const negPublic: NegCase13[] = [
  (r) => neg('public/stripe-pk', `window.__CONFIG__ = {"stripePublishableKey":"pk_live_51${r.b62(97)}","locale":"de","currency":"eur"};`),
  (r) => neg('public/firebase-web', `const firebaseConfig = {\n  apiKey: "AIza${r.chars(B64URL, 35)}",\n  authDomain: "acme-app-${r.digits(4)}.firebaseapp.com",\n  projectId: "acme-app-${r.digits(4)}",\n  messagingSenderId: "${r.digits(12)}",\n  appId: "1:${r.digits(12)}:web:${r.hex(22)}"\n};`),
  (r) => neg('public/supabase-anon', `NEXT_PUBLIC_SUPABASE_URL=https://${r.chars('abcdefghijklmnopqrstuvwxyz', 20)}.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ iss: 'supabase', ref: r.chars('abcdefghijklmnopqrstuvwxyz', 20), role: 'anon', iat: 1700000000, exp: 2015576000 })}.${r.b64url(32)}`),
  (r) => neg('public/adyen-client-key', `const checkout = await AdyenCheckout({ environment: 'live', clientKey: 'live_${r.chars(UPPER + DIGITS, 32)}', analytics: { enabled: false } });`),
  (r) => neg('public/mapbox-pk', `style loaded: https://api.mapbox.com/styles/v1/acme/${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25)}?access_token=pk.eyJ1IjoiYWNtZSIsImEiOiJ${r.b62(20)}In0.${r.chars(B64URL, 22)}`),
  (r) => neg('public/stripe-customer', `billing: invoice.paid for cus_${r.b62(14)} (subscription sub_${r.b62(24)}, price price_${r.b62(24)})`),
  (r) => neg('public/twilio-sid', `twilio status callback: POST /hooks/sms-status AccountSid=AC${r.hex(32)}&MessageSid=SM${r.hex(32)}&MessageStatus=delivered`),
  () => neg('public/test-cards', 'QA run 2026-11-14: 4242 4242 4242 4242 -> succeeded; 4000 0000 0000 0002 -> card_declined; 5555 5555 5555 4444 -> succeeded; 3782 822463 10005 -> succeeded (Stripe test cards)'),
  () => neg('public/aws-example-pair', '# from the AWS CLI docs\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-west-2'),
  () => neg('public/docs-iban', 'Beispiel aus der Doku: IBAN DE89 3704 0044 0532 0130 00 (BIC COBADEFFXXX) — bitte durch echte Bankverbindung ersetzen'),
  (r) => neg('public/fictional-phones', `support-bot test: calling +1 415-555-01${r.int(10, 99)} then (212) 555-01${r.int(10, 99)} (reserved fictional numbers)`),
  (r) => neg('public/example-mailboxes', `invite sent to jane.doe@example.com, ops@example.org and qa-${r.int(1, 99)}@staging.test (sandbox tenant)`),
  (r) => neg('public/robot-mailboxes', `From: GitHub <noreply@github.com>\nReply-To: no-reply@accounts.google.com\nX-Mailer: Acme Notifier ${r.int(1, 9)}.${r.int(0, 9)}`),
  (r) => neg('public/private-ips', `upstream connect error: 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:8080 refused; fallback 192.168.${r.int(0, 255)}.${r.int(1, 254)}; metadata 169.254.169.254; health 127.0.0.1:9090; pod CIDR 172.${r.int(16, 31)}.0.0/16`),
  (r) => neg('public/curl-verbose', `*   Trying 104.18.${r.int(0, 255)}.${r.int(1, 254)}:443...\n* Connected to api.stripe.com (104.18.${r.int(0, 255)}.${r.int(1, 254)}) port 443\n* ALPN: server accepted h2\n> GET /v1/balance HTTP/2\n> Host: api.stripe.com\n< HTTP/2 401`),
  (r) => neg('public/secret-refs', `DB_PASSWORD: op://prod/payments-db/password\nSTRIPE_KEY: vault:secret/data/payments#stripe_key\nNPM_TOKEN: \${{ secrets.NPM_TOKEN }}\nMasterUserPassword: '{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/db-${r.b62(6)}:SecretString:password}}'`),
  () => neg('public/placeholders', 'export STRIPE_SECRET_KEY=<your-stripe-secret-key>\nexport OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nexport GITHUB_TOKEN=${GITHUB_TOKEN}\nAuthorization: Bearer YOUR_ACCESS_TOKEN'),
  () => neg('public/xxx-masks', 'config check: api_key=xxxxxxxxxxxxxxxxxxxxxxxxxxxx, secret=****************, token="<redacted>", password=[FILTERED]'),
  () => neg('public/slack-docs-token', 'Example from the Slack docs: curl -H "Authorization: Bearer xoxb-not-a-real-token-this-will-not-work" https://slack.com/api/auth.test'),
  () => neg('public/jwt-io-example', 'jwt.io sample for the decoder test: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'),
  (r) => neg('public/masked-card', `payment_method: {"brand":"visa","last4":"${r.digits(4)}","display":"**** **** **** ${r.digits(4)}","exp_month":${r.int(1, 12)},"exp_year":20${r.int(27, 31)},"fingerprint":"${r.b62(16)}"}`),
  (r) => neg('public/ssh-public-key', `# authorized_keys on bastion\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b64(180).replace(/=+$/, '')} ops@laptop`),
  (r) => neg('public/public-pem', `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b64(45)}\n${r.b64(48)}\n${r.b64(48)}IDAQAB\n-----END PUBLIC KEY-----`),
  (r) => neg('public/analytics-ids', `<script async src="https://www.googletagmanager.com/gtag/js?id=G-${r.chars(UPPER + DIGITS, 10)}"></script> GTM-${r.chars(UPPER + DIGITS, 7)} hotjar hjid=${r.int(1000000, 9999999)}`),
  () => neg('public/env-names-only', 'FATAL config: required variables missing: STRIPE_SECRET_KEY, AWS_SECRET_ACCESS_KEY, DATABASE_PASSWORD, SENDGRID_API_KEY (set them in the deployment secret)'),
  () => neg('public/empty-values', 'auth: {"username":"svc-reports","password":null,"token":"","apiKey":undefined} -> 401 missing credentials'),
  (r) => neg('public/vault-transit', `encrypted column value: vault:v1:${r.b64(48)} (key_version=3)`),
  () => neg('public/docs-example-values', `See https://docs.acme.io/api#auth — example request: curl -u "sk_test_${'x'.repeat(24)}:" https://api.acme.io/v1/charges  # replace with your key`),
];
