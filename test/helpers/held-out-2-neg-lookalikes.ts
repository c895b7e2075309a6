import { ALPHA, type Rng } from './held-out-2-rng';
import type { NegTemplate } from './held-out-2-types';

const privIp = (r: Rng) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`]);
const docIp = (r: Rng) => r.pick([`192.0.2.${r.int(1, 254)}`, `198.51.100.${r.int(1, 254)}`, `203.0.113.${r.int(1, 254)}`]);
const docEmail = (r: Rng) => `${r.pick(['jane.doe', 'user', 'alice', 'admin', 'noreply'])}@${r.pick(['example.com', 'example.org', 'example.net', 'mail.example.com'])}`;

/** Negatives that look like leaks: placeholders, documentation values, private addresses, public keys. */
export const LOOKALIKE_NEGATIVES: readonly NegTemplate[] = [
  ['placeholder-angle', () => `curl -H "Authorization: Bearer <your-api-key>" https://api.brightpath-hq.io/v1/ping`],
  ['placeholder-env-ref', (r) => `${r.pick(['STRIPE_SECRET_KEY', 'DB_PASSWORD', 'API_KEY'])}=\${${r.pick(['STRIPE_SECRET_KEY', 'DB_PASSWORD', 'API_KEY'])}}`],
  ['placeholder-x-run', (r) => `api_key: ${'x'.repeat(r.int(8, 32))}`],
  ['placeholder-changeme', () => `WARN default credentials in use: password=changeme (set ADMIN_PASSWORD)`],
  ['placeholder-stars', (r) => `login ok user=m.keller password=${'*'.repeat(r.int(4, 12))} mfa=totp`],
  ['placeholder-redacted', () => `{"headers":{"authorization":"[REDACTED]","cookie":"[REDACTED]","x-api-key":"[FILTERED]"}}`],
  ['placeholder-template', () => `password: {{ .Values.postgresql.auth.password }}\napiKey: "{{ env \"DD_API_KEY\" }}"`],
  ['placeholder-prefix-x', (r) => `STRIPE_SECRET_KEY=sk_live_${'x'.repeat(24)} # set in vault, see runbook ${r.int(10, 99)}`],
  ['placeholder-github-x', () => `export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`],
  ['placeholder-url-password', () => `usage: DATABASE_URL=postgres://user:password@localhost:5432/dbname`],
  ['placeholder-zeros-key', () => `DD_API_KEY=00000000000000000000000000000000 (datadog disabled in CI)`],
  ['placeholder-secret-file', () => `DB_PASSWORD_FILE=/run/secrets/db_password PGPASSWORD=$(cat /run/secrets/db_password)`],
  ['empty-and-null-secrets', () => `{"password":"","token":null,"client_secret":"","api_key":"none"}`],
  ['masked-key-preview', (r) => `key rotated: old=sk_live_…${r.b62(4)} new=sk_live_…${r.b62(4)} by ops`],
  ['aws-doc-example-keys', () => `aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE && aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`],
  ['doc-emails', (r) => `invite sent to ${docEmail(r)}, cc ${docEmail(r)}`],
  ['doc-ipv4', (r) => `${docIp(r)} - - [03/Dec/2026:21:14:07 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.30"`],
  ['doc-ipv6', (r) => `listen [2001:db8::${r.hex(4)}]:443 ssl; upstream [2001:db8:${r.hex(4)}::1]:8080`],
  ['private-ipv4-upstream', (r) => `upstream timed out (110: Connection timed out) while connecting to upstream, client: ${privIp(r)}, upstream: "http://${privIp(r)}:8080/api"`],
  ['loopback-and-metadata', () => `GET http://169.254.169.254/latest/meta-data/iam/info failed; falling back to 127.0.0.1:8126 and [::1]:8126`],
  ['ipv6-link-local-ula', (r) => `eth0 inet6 fe80::${r.hex(4)}:${r.hex(4)}:${r.hex(4)}:${r.hex(4)}/64 scope link; fd12:${r.hex(4)}:${r.hex(4)}::${r.hex(2)}/64`],
  ['stripe-publishable-key', (r) => `<script>Stripe("pk_live_${r.next() < 0.5 ? r.b62(24) : '51' + r.b62(97)}")</script>`],
  ['firebase-web-config', (r) => `const firebaseConfig = { apiKey: "AIza${r.str(ALPHA.b64url, 35)}", authDomain: "bp-app-${r.digits(4)}.firebaseapp.com", projectId: "bp-app-${r.digits(4)}" };`],
  ['stripe-test-cards', () => `e2e: charged 4242 4242 4242 4242 and 5555555555554444 in test mode`],
  ['iso-timestamps', (r) => `2026-12-03T${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(6)}+00:00 INFO worker ready pid=${r.int(100, 40000)}`],
  ['prose-about-secrets', () => `Password reset requested for user id 48213; token expired after 3600s; secret rotation completed for 4 services`],
  ['token-type-metadata', (r) => `{"token_type":"Bearer","expires_in":${r.int(300, 86400)},"scope":"read:orders write:orders","refresh_expires_in":0}`],
  ['java-class-names', () => `at org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.authenticate(JwtAuthenticationProvider.java:97)`],
  ['auth-error-no-value', () => `401 Unauthorized: missing Authorization header (expected "Bearer <token>")`],
  ['data-uri-image', (r) => `avatar: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${r.str(ALPHA.b64, 40)}`],
  ['password-policy-message', () => `ValidationError: password must be at least 12 characters and contain a digit (field: newPassword)`],
  ['low-entropy-key', () => `API_KEY=abc123abc123abc123abc123`],
  ['sequential-card-like', () => `ref=1234567890123456 batch=0000000000000000`],
  ['key-id-not-secret', (r) => `signed with kid=${r.hex(40)} alg=RS256 jwks=https://auth.brightpath-hq.io/.well-known/jwks.json`],
  ['cluster-and-image-tags', (r) => `Successfully built image brightpath/api:${r.hex(12)}-amd64 for cluster gke_bp-prod-2291_europe-west1_main`],
  ['sql-with-hash-params', (r) => `SELECT * FROM sessions WHERE id_hash = '${r.hex(64)}' LIMIT 1; -- 0.8 ms`],
];
