import { jwt } from './blind-set-9-crypto';
import { B62, DIGITS, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { ENV_CTX, HEAD_CTX, type Pair } from './blind-set-18-ctx';
import { ENV_SRC, HEAD_SRC } from './blind-set-18-cred-env';
import { neg, type NegCase16 } from './blind-set-16-types';

const sha = (r: Rng9): string => r.hex(40);
const semver = (r: Rng9): string => `${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 20)}`;

/** Variables that look like secrets (or sit where secrets sit) but are not. */
const PAIRS: ((r: Rng9) => Pair)[] = [
  (r) => ['GIT_COMMIT', sha(r)],
  (r) => ['IMAGE_DIGEST', `sha256:${r.hex(64)}`],
  (r) => ['POD_UID', r.uuid()],
  () => ['DB_PASSWORD', '${DB_PASSWORD}'],
  () => ['API_KEY', '<redacted>'],
  (r) => ['STRIPE_PUBLISHABLE_KEY', 'pk_live_51' + r.b62(97)],
  (r) => ['NEXT_PUBLIC_FIREBASE_API_KEY', 'AIza' + r.chars(B62 + '-_', 35)],
  (r) => ['SENTRY_DSN', `https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.us.sentry.io/${r.int(1000000, 9999999)}`],
  (r) => ['MAPBOX_ACCESS_TOKEN', `pk.eyJ1IjoiYWNtZSIsImEiOiJ${r.chars(B62, 22)}In0.${r.chars(B62 + '-_', 22)}`],
  () => ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
  () => ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
  (r) => ['RELEASE', `2026.12.0${r.int(1, 4)}-${r.hex(7)}`],
  (r) => ['BUILD_ID', r.digits(10)],
  () => ['DATABASE_URL', 'postgres://app:${DB_PASSWORD}@db:5432/app'],
  () => ['REDIS_URL', 'redis://redis-master.cache.svc:6379/0'],
  () => ['SECRET_KEY_FILE', '/run/secrets/django_secret_key'],
  () => ['GOOGLE_APPLICATION_CREDENTIALS', '/var/secrets/google/key.json'],
  () => ['PASSWORD_MIN_LENGTH', '12'],
  () => ['JWT_ISSUER', 'https://auth.acme.io/'],
  (r) => ['SESSION_TTL_SECONDS', String(r.pick([900, 3600, 86400]))],
  (r) => ['AWS_ROLE_ARN', `arn:aws:iam::${r.digits(12)}:role/${r.pick(['app-irsa', 'ledger-pod', 'ci-deploy'])}`],
  () => ['AWS_WEB_IDENTITY_TOKEN_FILE', '/var/run/secrets/eks.amazonaws.com/serviceaccount/token'],
  (r) => ['DD_TRACE_SAMPLE_RATE', `0.${r.int(1, 9)}`],
  (r) => ['DD_VERSION', semver(r)],
  () => ['OTEL_EXPORTER_OTLP_ENDPOINT', 'http://otel-collector.observability:4317'],
  (r) => ['GITHUB_SHA', sha(r)],
  (r) => ['GITHUB_RUN_ID', r.digits(10)],
  () => ['CI_JOB_TOKEN', '[MASKED]'],
  (r) => ['TWILIO_ACCOUNT_SID', 'AC' + r.hex(32)],
  (r) => ['RECAPTCHA_SITE_KEY', '6L' + r.chars(B62 + '-_', 38)],
  (r) => ['SUPABASE_ANON_KEY', jwt(r, { iss: 'supabase', ref: r.chars(LOWER, 20), role: 'anon', iat: 1796000000, exp: 2111000000 })],
  (r) => ['ARTIFACT_SHA256', r.hex(64)],
  () => ['LOG_FORMAT', 'json'],
  () => ['STRIPE_SECRET_KEY', '(sensitive value)'],
  (r) => ['STRIPE_SECRET_KEY_HINT', `sk_live_…${r.b62(4)}`],
  (r) => ['DEPLOY_ID', r.uuid()],
  () => ['NPM_CONFIG_USERCONFIG', '/home/node/.npmrc'],
  (r) => ['KAFKA_GROUP_ID', `orders-consumer-${r.int(1, 9)}`],
  (r) => ['NODE_VERSION', `${r.int(18, 22)}.${r.int(0, 15)}.${r.int(0, 9)}`],
  () => ['VAULT_ADDR', 'https://vault.internal:8200'],
  () => ['OPENAI_API_KEY', 'sk-...'],
  () => ['GH_TOKEN', '***'],
  (r) => ['CONFIG_HASH', r.b64(32)],
  (r) => ['PAYPAL_CLIENT_ID', 'A' + r.chars(UPPER + LOWER + DIGITS + '-_', 79)],
  (r) => ['HEROKU_SLUG_COMMIT', sha(r)],
  (r) => ['K8S_RESOURCE_VERSION', String(r.int(10000000, 999999999))],
];

/** Env-style artifacts holding only look-alikes. */
export const negEnv: NegCase16[] = PAIRS.map((p, i) => (r) => {
  const ctx = i % ENV_CTX.length;
  const q = PAIRS[(i + 17) % PAIRS.length]!;
  return neg(`${ENV_SRC[ctx]}/neg-env-${i}`, ENV_CTX[ctx]!(r, [p(r), q(r)]));
});

/** Headers that look like credentials or sit where they sit, but carry none. */
const HEADS: ((r: Rng9) => [string, string])[] = [
  (r) => ['traceparent', `00-${r.hex(32)}-${r.hex(16)}-01`],
  (r) => ['X-Request-Id', r.uuid()],
  (r) => ['X-Amzn-Trace-Id', `Root=1-${r.hex(8)}-${r.hex(24)}`],
  (r) => ['sentry-trace', `${r.hex(32)}-${r.hex(16)}-1`],
  (r) => ['baggage', `sentry-trace_id=${r.hex(32)},sentry-environment=production,sentry-public_key=${r.hex(32)},sentry-release=web%40${semver(r)}`],
  (r) => ['If-None-Match', `W/"${r.hex(8)}-${r.b64(20).slice(0, 27)}"`],
  (r) => ['Content-MD5', r.b64(16)],
  (r) => ['X-Amz-Content-Sha256', r.hex(64)],
  (r) => ['Idempotency-Key', r.uuid()],
  () => ['Authorization', 'Bearer [REDACTED]'],
  () => ['Authorization', 'Basic ********'],
  () => ['X-Api-Key', '<redacted>'],
  (r) => ['Cookie', `_ga=GA1.2.${r.int(100000000, 999999999)}.${1790000000 + r.int(0, 9999999)}; _gid=GA1.2.${r.int(100000000, 999999999)}.${1796000000 + r.int(0, 99999)}; _fbp=fb.1.${1796000000000 + r.int(0, 99999999)}.${r.int(100000000, 999999999)}`],
  (r) => ['Cookie', `ajs_anonymous_id=${r.uuid()}; theme=dark; locale=en-GB`],
  (r) => ['X-Correlation-Id', `${r.hex(8)}-${r.int(1000, 9999)}`],
  (r) => ['X-B3-TraceId', r.hex(16)],
  (r) => ['X-Hub-Signature-256', `sha256=${r.hex(64)}`],
  () => ['Authorization', 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'],
  (r) => ['X-Client-Version', semver(r)],
  (r) => ['X-Datadog-Trace-Id', r.digits(19)],
  (r) => ['X-Cloud-Trace-Context', `${r.hex(32)}/${r.digits(19)};o=1`],
  () => ['Authorization', 'Bearer ${API_TOKEN}'],
  (r) => ['X-Shopify-Shop-Domain', `acme-${r.chars(LOWER, 5)}.myshopify.com`],
  (r) => ['X-GitHub-Delivery', r.uuid()],
  (r) => ['X-Stripe-Client-User-Agent', `{"bindings_version":"${semver(r)}","lang":"node","publisher":"stripe"}`],
  (r) => ['Accept-Language', r.pick(['en-GB,en;q=0.9', 'de-DE,de;q=0.8,en;q=0.5'])],
  (r) => ['X-Forwarded-Proto', r.pick(['https', 'http'])],
  () => ['Authorization', 'Bearer sk_live_****************************abcd'],
  (r) => ['X-Upload-Checksum', `sha512-${r.b64(64)}`],
  (r) => ['X-Session-Expires', String(1796000000 + r.int(0, 999999))],
  () => ['Proxy-Authorization', 'Basic <hidden>'],
  (r) => ['X-Device-Id', r.hex(16).toUpperCase()],
];

/** Header-carrying artifacts with only look-alikes. */
export const negHead: NegCase16[] = HEADS.map((h, i) => (r) => {
  const ctx = (i * 5) % HEAD_CTX.length;
  const [n, v] = h(r);
  return neg(`${HEAD_SRC[ctx]}/neg-head-${i}`, HEAD_CTX[ctx]!(r, n, v, r.pick(['/v1/charges', '/api/v2/me', '/graphql', '/healthz', '/v1/orders?page=2&per_page=50'])));
});
