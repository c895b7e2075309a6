import type { Rng9 } from './blind-set-9-rng';
import { A57 } from './blind-set-57-ctx';
import { nid57, type Neg57 } from './blind-set-57-neg-a';

const N = (name: string, make: (r: Rng9) => string): Neg57 => ({ name, make });
const ts = (r: Rng9): string => new Date(Date.UTC(2025, r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59))).toISOString();

/** Hashes, identifiers, public material and routine log records that hold no secret. */
export const NEG_IDS: readonly Neg57[] = [
  N('git-log', (r) => `commit ${nid57.sha1(r)}\nMerge: ${r.hex(7)} ${r.hex(7)}\nAuthor: release-bot <release-bot@users.noreply.github.com>\nDate:   ${ts(r)}\n\n    chore(deps): bump axios from 1.6.${r.int(0, 8)} to 1.7.${r.int(0, 9)}`),
  N('npm-lock-integrity', (r) => `"node_modules/${r.pick(['lodash', 'chalk', 'zod', 'undici'])}": {\n  "version": "${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 30)}",\n  "resolved": "https://registry.npmjs.org/pkg/-/pkg-1.0.0.tgz",\n  "integrity": "sha512-${r.b64(64)}"\n}`),
  N('docker-digest', (r) => `Pulling from library/${r.pick(['node', 'python', 'nginx'])}\nDigest: sha256:${nid57.sha256(r)}\nStatus: Downloaded newer image for ${r.pick(['node:20', 'python:3.12-slim', 'nginx:1.27'])}`),
  N('otel-span', (r) => JSON.stringify({ traceId: nid57.traceId(r), spanId: nid57.spanId(r), parentSpanId: nid57.spanId(r), name: 'HTTP POST /v1/charges', kind: 2, attributes: { 'http.status_code': 200, 'http.route': '/v1/charges' } })),
  N('datadog-log-ids', (r) => `${ts(r)} INFO [dd.trace_id=${r.digits(19)} dd.span_id=${r.digits(19)}] order.created order_id=ORD-${r.digits(8)} sku=${nid57.sku(r)} qty=${r.int(1, 9)}`),
  N('uuid-request-ids', (r) => `request_id=${r.uuid()} correlation_id=${r.uuid()} tenant=${r.pick(['acme', 'globex', 'initech'])} duration_ms=${r.int(3, 900)}`),
  N('bcrypt-hash-row', (r) => `INSERT INTO users (id, username, password_hash) VALUES (${r.int(1, 9999)}, 'svc_${r.pick(['reports', 'etl', 'sync'])}', '$2b$12$${r.chars(A57.b62 + './', 53)}');`),
  N('argon2-hash', (r) => `password_hash = "$argon2id$v=19$m=65536,t=3,p=4$${r.b64(16).replace(/=+$/, '')}$${r.b64(32).replace(/=+$/, '')}"`),
  N('ssh-public-key', (r) => `ssh_authorized_keys:\n  - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci`),
  N('pem-public-key', (r) => `-----BEGIN PUBLIC KEY-----\n${r.b64(270).match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----`),
  N('certificate', (r) => `-----BEGIN CERTIFICATE-----\n${r.b64(420).match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----`),
  N('stripe-publishable', (r) => `<script src="https://js.stripe.com/v3/"></script>\n<script>const stripe = Stripe('pk_live_51${r.b62(60)}');</script>`),
  N('sentry-dsn', (r) => `Sentry.init({ dsn: "https://${r.hex(32)}@o${r.digits(6)}.ingest.sentry.io/${r.digits(7)}", tracesSampleRate: 0.${r.int(1, 9)} });`),
  N('twilio-account-sid', (r) => `Twilio account: AC${r.hex(32)} messaging_service=MG${r.hex(32)} region=us1`),
  N('oauth-client-id', (r) => `GOOGLE_CLIENT_ID=${r.digits(12)}-${r.chars(A57.lan, 32)}.apps.googleusercontent.com\nPAYPAL_CLIENT_ID_SANDBOX=sandbox-client-id`),
  N('version-build-info', (r) => `build: { version: "${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 99)}", commit: "${r.hex(12)}", builtAt: "${ts(r)}", node: "v20.${r.int(10, 18)}.0" }`),
  N('masked-cards-log', (r) => `${ts(r)} payment.authorized card=************${r.digits(4)} brand=${r.pick(['visa', 'mastercard', 'amex'])} amount=${r.int(100, 99999)} currency=EUR order=${r.int(100000, 999999)}`),
  N('masked-iban', (r) => `payout scheduled to ${r.pick(['DE', 'FR', 'NL'])}** **** **** **** ${r.digits(4)} on ${ts(r).slice(0, 10)} (ref PO-${r.digits(7)})`),
  N('stripe-object-ids', (r) => `charge ch_${r.b62(24)} for customer cus_${r.b62(14)} via pm_${r.b62(24)} succeeded; balance_txn txn_${r.b62(24)}`),
  N('s3-etag-listing', (r) => `${ts(r)}  ${r.int(1000, 99999999)} s3://acme-exports/${r.pick(['orders', 'invoices'])}/${r.digits(8)}.parquet  ETag="${r.hex(32)}"`),
  N('checksum-file', (r) => `${nid57.sha256(r)}  herald-linux-amd64.tar.gz\n${nid57.sha256(r)}  herald-darwin-arm64.tar.gz\n${nid57.sha256(r)}  herald-windows-amd64.zip`),
  N('go-sum', (r) => `github.com/${r.pick(['stretchr/testify', 'spf13/cobra', 'google/uuid'])} v1.${r.int(1, 9)}.${r.int(0, 9)} h1:${r.b64(32)}\ngolang.org/x/net v0.${r.int(20, 30)}.0/go.mod h1:${r.b64(32)}`),
  N('ci-run-summary', (r) => `✓ build (ubuntu-latest) in ${r.int(40, 400)}s — run #${r.int(1000, 9999)}, job ${r.digits(11)}, artifact sha256:${r.hex(16)}…`),
  N('k8s-events', (r) => `LAST SEEN   TYPE     REASON    OBJECT                              MESSAGE\n${r.int(1, 59)}s         Normal   Pulled    pod/api-${r.hex(10)}-${r.chars(A57.lan, 5)}   Container image "ghcr.io/acme/api:${r.hex(7)}" already present`),
  N('ulid-event', (r) => `{"event":"invoice.finalized","id":"${nid57.ulid(r)}","invoice":"INV-${r.int(2024, 2026)}-${r.digits(6)}","total_cents":${r.int(100, 999999)}}`),
  N('feature-flag-config', (r) => `flags:\n  new_checkout: { rollout: ${r.int(0, 100)}, variants: [control, treatment] }\n  dark_mode: { enabled: ${r.pick(['true', 'false'])} }`),
  N('jwt-header-only-doc', () => `The token looks like <header>.<payload>.<signature>, for example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.<payload>.<signature>.`),
  N('cron-and-queue', (r) => `*/${r.int(2, 30)} * * * * /usr/local/bin/reconcile --batch-size ${r.int(100, 5000)} --queue payouts-${r.pick(['eu', 'us'])}`),
  N('base64-image', (r) => `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.b64(60)}" />`),
  N('sql-schema', (r) => `CREATE TABLE api_keys (\n  id BIGSERIAL PRIMARY KEY,\n  key_prefix VARCHAR(${r.int(6, 12)}) NOT NULL,\n  key_hash CHAR(64) NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);`),
  N('rate-limit-headers', (r) => `HTTP/1.1 429 Too Many Requests\nX-RateLimit-Limit: ${r.int(100, 5000)}\nX-RateLimit-Remaining: 0\nX-RateLimit-Reset: ${1717000000 + r.int(0, 999999)}\nRetry-After: ${r.int(1, 60)}\nX-Request-Id: req_${r.b62(14)}`),
  N('semver-changelog', (r) => `## [${r.int(2, 5)}.${r.int(0, 20)}.${r.int(0, 9)}] - ${ts(r).slice(0, 10)}\n### Fixed\n- Retry webhook deliveries on 5xx (#${r.int(100, 4000)})`),
  N('gpu-metrics', (r) => `gpu=${r.int(0, 7)} util=${r.int(0, 100)}% mem=${r.int(1, 80)}GiB temp=${r.int(30, 90)}C model=llama-3-${r.pick(['8b', '70b'])} tokens_per_s=${r.int(10, 300)}`),
];
