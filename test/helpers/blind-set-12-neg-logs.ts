import { neg, type NegCase12 } from './blind-set-12-types';

/** Ordinary integration log lines with key-like words and numbers but no secret or personal value. */
export const negLogs: NegCase12[] = [
  (r) => neg('log/token-expired', `gusto-sync: access token expired at 2026-12-04T09:${r.int(10, 59)}:00Z, refreshing (attempt ${r.int(1, 5)}/5)`),
  (r) => neg('log/rate-limit', `Klaviyo 429 Too Many Requests; Retry-After: ${r.int(1, 60)}; X-RateLimit-Remaining: 0; bucket=profiles`),
  (r) => neg('log/webhook-sig-fail', `woocommerce webhook ${r.int(10, 99)}: signature mismatch (header X-WC-Webhook-Signature present, length 44) - dropping delivery ${r.int(1000, 9999)}`),
  (r) => neg('log/tf-plan', `pulumi preview: + aws:s3/bucket:Bucket acme-logs-${r.int(100, 999)} create; ~ cloudflare:index/record:Record api update [diff: ~ttl]`),
  (r) => neg('log/ci-masked', `##[group]Run railway up\nRAILWAY_TOKEN: ***\n##[endgroup]\nDeploying service api (${r.int(10, 99)} MB)`),
  () => neg('log/gh-actions-secret-ref', `env:\n  NETLIFY_AUTH_TOKEN: \${{ secrets.NETLIFY_AUTH_TOKEN }}\n  VERCEL_TOKEN: \${{ secrets.VERCEL_TOKEN }}`),
  (r) => neg('log/sql-no-values', `ERROR: column "card_number" of relation "payments" does not exist at character ${r.int(20, 90)}\nSTATEMENT: INSERT INTO payments (card_number, cvv, iban) VALUES ($1, $2, $3)`),
  (r) => neg('log/k8s-event', `Normal  Pulled  kubelet  Successfully pulled image "ghcr.io/acme/api:v2.${r.int(0, 40)}.${r.int(0, 9)}" in 4.${r.int(100, 999)}s (image size ${r.int(100000000, 999999999)} bytes)`),
  (r) => neg('log/otel-metric', `otelcol: exporter lightstep dropped ${r.int(1, 900)} spans (queue full, capacity 5000), endpoint ingest.lightstep.com:443`),
  (r) => neg('log/tailscale-status', `tailscale status: 100.${r.int(64, 127)}.${r.int(0, 255)}.${r.int(1, 254)} ci-runner-7 tagged-devices linux idle; tx ${r.int(1000, 99999)} rx ${r.int(1000, 99999)}`),
  (r) => neg('log/amounts-currency', `Razorpay settlement setl_${'ABCDEFGHJK'[r.int(0, 9)]}x9 amount=${r.int(100000, 9999999)} paise fees=${r.int(100, 9999)} tax=${r.int(10, 999)} utr pending`),
  (r) => neg('log/b2-bucket', `b2 sync: bucket acme-backups (bucketId ${r.hex(24)}) 1,204 files, 0 errors, ${r.int(2, 99)} GB`),
  (r) => neg('log/expo-build', `Expo EAS build ${r.uuid()} for android finished: https://expo.dev/artifacts/eas/${r.b62(22)}.aab`),
  () => neg('log/doppler-config', `doppler: using project "api" config "prd" (from doppler.yaml), 42 secrets injected, names: DATABASE_URL, REDIS_URL, STRIPE_SECRET_KEY`),
];
