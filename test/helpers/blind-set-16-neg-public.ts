import { B62, DIGITS, LOWER, UPPER } from './blind-set-9-rng';
import { iso16, neg, type NegCase16 } from './blind-set-16-types';

const AN = UPPER + DIGITS;
const j64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const pubPem = (r: { b64: (n: number) => string }): string => `-----BEGIN PUBLIC KEY-----\n${r.b64(294).match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----`;

/** Public-by-design keys, published test values, documentation examples, placeholders, references and masked values. */
export const negPublic: NegCase16[] = [
  (r) => neg('pub/stripe-publishable', `StripeJS: IntegrationError: Invalid value for elements(): clientSecret should be a client secret of the form \${id}_secret_\${secret}\n  publishableKey: 'pk_live_51${r.b62(97)}', locale: 'auto'`),
  (r) => neg('pub/firebase-web-config', `FirebaseError: Installations: Create Installation request failed with error "403 PERMISSION_DENIED"\nfirebaseConfig = { apiKey: "AIza${r.chars(B62 + '-_', 35)}", authDomain: "shop-app-${r.int(1000, 9999)}.firebaseapp.com", projectId: "shop-app-${r.int(1000, 9999)}", appId: "1:${r.digits(12)}:web:${r.hex(22)}" }`),
  (r) => neg('pub/aws-docs-example', `DEBUG:botocore.credentials:resolved {'aws_access_key_id': 'AKIAIOSFODNN7EXAMPLE', 'aws_secret_access_key': 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'} (from docs/quickstart.md, run ${r.int(100, 999)})`),
  (r) => neg('pub/stripe-test-cards', `AxiosError: Request failed with status code 402\n  config: { data: 'card[number]=4242424242424242&card[exp_month]=${r.int(1, 12)}&card[cvc]=123' }\nfallback test card: 4000 0566 5566 5556, declined: 4000000000000002`),
  (r) => neg('pub/placeholder-angle', `curl -v -H "Authorization: Bearer <your-api-key>" https://api.corp-tools.io/v1/ping\n> Authorization: Bearer <your-api-key>\n< HTTP/2 401 (request ${r.uuid()})`),
  (r) => neg('pub/placeholder-shell-vars', `Run docker login -u "\${DOCKERHUB_USER}" -p "\${{ secrets.DOCKERHUB_TOKEN }}" registry-1.docker.io\nenv:\n  NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n  DATABASE_URL: \${DATABASE_URL}\nError: attempt ${r.int(2, 5)} failed`),
  (r) => neg('pub/masked-stars', `Processing by Admin::IntegrationsController#update as HTML\n  Parameters: {"integration"=>{"api_key"=>"[FILTERED]", "webhook_secret"=>"[FILTERED]", "password"=>"********"}, "id"=>"${r.int(1, 999)}"}`),
  (r) => neg('pub/masked-tail', `payment failed: card •••• ${r.digits(4)} (visa, exp ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}); api key sk_live_…${r.b62(4)}; token ghp_****************************${r.b62(4)}`),
  (_r) => neg('pub/xxx-placeholders', `dbt debug: profiles.yml prod: {type: postgres, host: warehouse.internal, user: dbt_prod, password: xxxxxxxx, port: 5432}\ntoken: XXXXXXXXXXXXXXXXXXXXXXXX (set DBT_TOKEN)`),
  (r) => neg('pub/vault-refs', `spring.datasource.password=\${vault:secret/data/ledger#password}\nDB_PASSWORD=arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/ledger/db-${r.b62(6)}\nAPI_KEY=projects/corp-prod/secrets/stripe-key/versions/${r.int(1, 20)}`),
  (r) => neg('pub/k8s-secretkeyref', `    Environment:\n      STRIPE_KEY:      <set to the key 'api-key' in secret 'stripe-live'>  Optional: false\n      DB_PASSWORD:     <set to the key 'password' in secret 'ledger-db'>   Optional: false\n      POD_IP:           (v1:status.podIP)\n  restart count ${r.int(2, 40)}`),
  (r) => neg('pub/azure-keyvault-ref', `Serilog: {"@mt":"Loaded {Count} settings","Count":${r.int(10, 80)},"ConnectionStrings:Orders":"@Microsoft.KeyVault(SecretUri=https://kv-orders-prod.vault.azure.net/secrets/sql-conn/)"}`),
  (r) => neg('pub/ssh-public-key', `authorized_keys sync failed for user deploy (permission denied on /home/deploy/.ssh):\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.chars(B62 + '+/', 43)} deploy@ci-runner-${r.int(1, 9)}`),
  (r) => neg('pub/pem-public-key', `jwt verify failed: invalid signature (kid ${r.hex(16)}); configured key:\n${pubPem(r)}`),
  (r) => neg('pub/jwks-document', `{"keys":[{"kty":"RSA","use":"sig","kid":"${r.hex(40)}","alg":"RS256","n":"${r.b64url(256)}","e":"AQAB"}]}\nJwtException: IDX10503: Signature validation failed.`),
  (r) => neg('pub/google-oauth-client-id', `google.auth.exceptions.RefreshError: ('unauthorized_client', 'Client is unauthorized to retrieve access tokens')\nclient_id=${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com`),
  (r) => neg('pub/sentry-dsn-public', `Sentry Logger [warn]: Discarded session because of missing or non-string release\nSentry.init({ dsn: "https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.us.sentry.io/${r.int(1000000, 9999999)}", environment: "production" })`),
  (r) => neg('pub/adyen-client-key', `AdyenCheckout error: ERROR: Invalid ClientKey. clientKey: "live_${r.chars(AN, 32)}", environment: "live-us"`),
  (r) => neg('pub/docs-jwt-example', `JWT decode error in docs sample: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c (${iso16(r)})`),
  (r) => neg('pub/docs-emails', `mail bounce: 550 5.1.1 <jane.doe@example.com>: Recipient address rejected; also failed: ops@example.org, billing@${r.chars(LOWER, 6)}.test, noreply@corp.invalid`),
  (r) => neg('pub/docs-ibans', `sepa-validator self-test used the published examples: DE89 3704 0044 0532 0130 00, GB82WEST12345698765432, FR14 2004 1010 0505 0001 3M02 606 (run ${r.int(1, 99)})`),
  (r) => neg('pub/fiction-phones', `twilio: 21211 Invalid 'To' Phone Number: +1 (202) 555-01${r.int(10, 99)} (fixture), also rejected +44 20 7946 0${r.int(100, 999)}`),
  (r) => {
    const anon = `${j64({ alg: 'HS256', typ: 'JWT' })}.${j64({ iss: 'supabase', ref: r.chars(LOWER, 20), role: 'anon', iat: 1790000000, exp: 2105576000 })}.${r.b64url(32)}`;
    return neg('pub/supabase-anon', `AuthApiError: Invalid Refresh Token: Refresh Token Not Found\ncreateClient("https://${r.chars(LOWER, 20)}.supabase.co", "${anon}")`);
  },
  (r) => neg('pub/mapbox-public', `Error: Map style failed to load (401)\nmapboxgl.accessToken = 'pk.${j64({ u: 'corp-maps', a: r.chars(LOWER + DIGITS, 25) })}.${r.chars(B62 + '-_', 22)}'`),
  (r) => neg('pub/recaptcha-site-key', `grecaptcha.execute failed: Invalid site key or not loaded in api.js: 6L${r.chars(B62 + '-_', 38)}`),
  (_r) => neg('pub/env-template', `.env.example (copied as .env by mistake, app refused to start):\nSTRIPE_SECRET_KEY=sk_live_REPLACE_ME\nOPENAI_API_KEY=your-openai-api-key-here\nDATABASE_URL=postgresql://user:password@localhost:5432/dbname\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ`),
  (r) => neg('pub/redacted-by-sdk', `info: System.Net.Http.HttpClient.Partner.ClientHandler[102]\n      Request Headers:\n      Authorization: *\n      X-Api-Key: [Redacted]\n      traceparent: 00-${r.hex(32)}-${r.hex(16)}-01`),
  (r) => neg('pub/paypal-client-id', `paypal-js: Failed to load the PayPal JS SDK script. client-id=A${r.chars(B62 + '-_', 79)}&currency=EUR&intent=capture`),
];
