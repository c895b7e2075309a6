import type { Field79 } from './blind-set-79-enc';
import type { Rng79 } from './blind-set-79-rng';

type NegGen = (r: Rng79) => Field79;

const f = (key: string[], raw: string): Field79 => ({ key, raw });
const stamp = (r: Rng79) => `2026-${String(r.int(1, 11)).padStart(2, '0')}-${String(r.int(10, 28))}T0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}Z`;

/** Secret-ish keys holding values that are no secret (types, lengths, names, flags, placeholders, masks, references). */
export const SECRETISH_NEG: readonly NegGen[] = [
  (r) => f(['token', 'type'], r.pick(['bearer', 'Bearer', 'mac', 'refresh_token'])),
  (r) => f(['password', 'min', 'length'], String(r.int(8, 16))),
  (r) => f(['secret', 'name'], r.pick(['prod/db/primary', 'payments/stripe', 'staging/smtp-relay', 'ci/npm-publish'])),
  (r) => f(['api', 'key', 'id'], r.pick([`${r.hex(4)}`, `key_${r.int(100, 9999)}`, r.uuid()])),
  (r) => f(['session', 'count'], String(r.int(0, 40))),
  (r) => f(['auth'], r.pick(['true', 'false', 'required', 'none'])),
  (r) => f(['key'], r.pick([`user:${r.int(1, 99999)}`, `tenant:${r.pick(['acme', 'globex'])}:quota`, `cache:v${r.int(1, 9)}:plans`])),
  (r) => f([r.pick(['password', 'passwd', 'pwd', 'db'])].concat(r.next() < 0.3 ? ['password'] : []), r.pick(['null', '', '<redacted>', '********', '[FILTERED]', 'REDACTED', '***'])),
  (r) => f([r.pick(['password', 'client', 'api'])].concat(r.pick([['secret'], ['key'], ['token']])), r.pick(['${DB_PASSWORD}', '${{ secrets.API_KEY }}', '{{ .Values.auth.clientSecret }}', '%env(APP_SECRET)%', '$(cat /run/secrets/api_token)', '<YOUR_API_KEY>', 'process.env.STRIPE_SECRET_KEY', 'ENC[vault:secret/payments#key]'])),
  (r) => f(['password', 'changed', 'at'], stamp(r)),
  (r) => f(['token', 'expires', 'in'], String(r.pick([300, 900, 3600, 86400]))),
  (r) => f(['access', 'token', 'ttl'], r.pick(['15m', '1h', '30s'])),
  (r) => f(['api', 'key'], r.pick([`sk_live_…${r.chars('abcdefghijkmnpqrstuvwxyz', 4)}`, '****************', 'sk_live_************************', 'xoxb-***'])),
  (r) => f(['secret', 'ref'], r.pick(['vault:secret/data/payments#api_key', 'arn:aws:secretsmanager:eu-west-1:210987654321:secret:prod/stripe', 'projects/acme-prod/secrets/db-password/versions/latest'])),
  (r) => f(['cookie', 'secure'], r.pick(['true', 'false'])),
  (r) => f(['session', 'ttl'], String(r.pick([1800, 3600, 604800]))),
  (r) => f(['signature', 'algorithm'], r.pick(['HMAC-SHA256', 'RS256', 'ed25519'])),
  (r) => f(['sig', 'version'], r.pick(['v4', 'v1', '2'])),
  (r) => f(['auth', 'method'], r.pick(['oauth2', 'mtls', 'api_key', 'basic'])),
  (r) => f(['credentials', 'provider'], r.pick(['env', 'instance-metadata', 'sso', 'web-identity'])),
  (r) => f(['private', 'key', 'path'], r.pick(['/etc/ssl/private/tls.key', '/run/secrets/signing.pem', '~/.ssh/id_ed25519'])),
  (r) => f(['encryption', 'key', 'id'], r.pick(['alias/prod-payments', 'projects/acme/locations/global/keyRings/app/cryptoKeys/pii'])),
  (r) => f(['dsn'], r.pick(['postgres://db-primary.internal:5432/orders', 'mysql://replica.lan:3306/shop', 'redis://cache.prod.lan:6379/0'])),
  (r) => f(['database', 'url'], r.pick(['postgres://${PGUSER}:${PGPASSWORD}@db:5432/app', 'mysql://$(DB_USER):$(DB_PASS)@mysql:3306/crm'])),
  (r) => f(['card', 'number'], r.pick([`************${r.int(1000, 9999)}`, `4111 **** **** ${r.int(1000, 9999)}`, `XXXX-XXXX-XXXX-${r.int(1000, 9999)}`])),
  (r) => f(['card', 'last4'], String(r.int(1000, 9999))),
  (r) => f(['iban'], `${r.pick(['DE', 'GB', 'FR'])}** **** **** **** ${r.int(10, 99)}`),
  (r) => f(['publishable', 'key'], `pk_live_${r.b62(24)}`),
  (r) => f(['client', 'id'], r.pick([`${r.int(100000000000, 999999999999)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`, r.uuid()])),
  (r) => f(['token', 'count'], String(r.int(0, 128000))),
  (r) => f(['max', 'tokens'], String(r.pick([1024, 4096, 8192]))),
  (r) => f(['passphrase', 'required'], r.pick(['true', 'false'])),
  (_r) => f(['bearer', 'format'], 'JWT'),
  (r) => f(['email'], r.pick(['<email-redacted>', 'u***@***.com', 'support@acme-billing.io', 'noreply@notify.globex.dev'])),
  (r) => f(['phone', 'verified'], r.pick(['true', 'false'])),
  (r) => f(['secret', 'rotated'], r.pick(['true', 'false', stamp(r)])),
];

/** Non-secret keys holding high-entropy values (trace ids, hashes, UUIDs, etags, request ids, base64 of harmless JSON, object ids). */
export const ENTROPY_NEG: readonly NegGen[] = [
  (r) => f(['trace', 'id'], r.hex(32)),
  (r) => f(['span', 'id'], r.hex(16)),
  (r) => f(['request', 'id'], r.uuid()),
  (r) => f(['x', 'request', 'id'], r.pick([r.uuid(), r.b62(22)])),
  (r) => f(['etag'], r.pick([`"${r.hex(32)}"`, `W/"${r.hex(8)}-${r.b64url(12)}"`])),
  (r) => f([r.pick(['sha256', 'checksum', 'digest', 'content', 'hash'])], r.hex(64)),
  (r) => f(['commit'], r.hex(40)),
  (r) => f(['image'], `ghcr.io/acme/${r.pick(['api', 'worker'])}@sha256:${r.hex(64)}`),
  (r) => f(['cursor'], Buffer.from(JSON.stringify({ offset: r.int(0, 5000), limit: r.pick([25, 50, 100]), sort: r.pick(['created_at', 'id']) })).toString(r.pick(['base64', 'base64url']) as BufferEncoding)),
  (r) => f(['page', 'token'], Buffer.from(JSON.stringify({ after: r.int(1000, 999999), v: 1 })).toString('base64')),
  (r) => f(['amzn', 'trace', 'id'], `Root=1-${r.hex(8)}-${r.hex(24)}`),
  (r) => f(['correlation', 'id'], r.uuid()),
  (r) => f(['idempotency', 'key'], r.uuid()),
  (r) => f(['customer', 'id'], `cus_${r.b62(14)}`),
  (r) => f(['payment', 'intent'], `pi_${r.b62(24)}`),
  (r) => f(['event', 'id'], `evt_${r.b62(24)}`),
  (r) => f(['build', 'id'], `${r.int(1000, 99999)}-${r.hex(7)}`),
  (r) => f(['content', 'md5'], r.b64(16)),
  (r) => f(['object', 'id'], r.hex(24)),
  (r) => f(['message', 'id'], `<${r.hex(20)}@mail.acme-billing.io>`),
  (r) => f(['amount'], `${r.int(1, 9999)}.${r.int(10, 99)}`),
  (r) => f(['version'], `${r.int(1, 20)}.${r.int(0, 40)}.${r.int(0, 12)}`),
  (r) => f(['traceparent'], `00-${r.hex(32)}-${r.hex(16)}-01`),
];

/** Draws 2-4 negative fields with distinct keys, at least one secret-ish. */
export function drawNeg79(r: Rng79): Field79[] {
  const out: Field79[] = [r.pick(SECRETISH_NEG)(r)];
  const n = r.int(1, 3);
  for (let i = 0; i < n; i++) {
    const g = r.next() < 0.5 ? r.pick(SECRETISH_NEG)(r) : r.pick(ENTROPY_NEG)(r);
    if (!out.some((o) => o.key.join() === g.key.join())) out.push(g);
  }
  return out;
}
