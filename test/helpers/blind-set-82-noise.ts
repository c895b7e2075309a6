import { freeKey, wordsOf, type Field } from './blind-set-82-keys';
import type { Rng82 } from './blind-set-82-rng';

const f = (r: Rng82, phrase: string, val: string, raw = false): Field => {
  const words = wordsOf(phrase);
  return { words, key: freeKey(r, words), val, plants: [], raw };
};

/** Harmless surrounding fields: ids, timestamps, UUIDs, hashes, durations, versions. */
export function noiseField(r: Rng82): Field {
  return r.pick([
    () => f(r, 'request id', r.chance(0.5) ? r.uuid() : `req_${r.b62(14)}`),
    () => f(r, 'trace id', r.hex(32)),
    () => f(r, 'span id', r.hex(16)),
    () => f(r, 'created at', `2026-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:2${r.int(0, 9)}:1${r.int(0, 9)}Z`),
    () => f(r, 'timestamp', String(1760000000 + r.int(0, 2e7)), true),
    () => f(r, 'duration ms', String(r.int(3, 30000)), true),
    () => f(r, 'elapsed', `${r.int(1, 900)}.${r.digits(2)}ms`),
    () => f(r, 'version', `${r.int(1, 9)}.${r.int(0, 40)}.${r.int(0, 20)}`),
    () => f(r, 'build sha', r.hex(40)),
    () => f(r, 'status', r.pick(['failed', 'pending', 'active', 'retrying', '422'])),
    () => f(r, 'region', r.pick(['eu-west-1', 'us-east-2', 'ap-south-1', 'fra1'])),
    () => f(r, 'retry count', String(r.int(0, 5)), true),
    () => f(r, 'enabled', r.pick(['true', 'false']), true),
    () => f(r, 'tenant id', `tn_${r.b62(10)}`),
    () => f(r, 'order id', `ord_${r.int(100000, 9999999)}`),
    () => f(r, 'idempotency key', r.uuid()),
    () => f(r, 'content sha256', r.hex(64)),
    () => f(r, 'locale', r.pick(['en-GB', 'de-DE', 'pt-BR', 'fr-FR', 'ja-JP'])),
    () => f(r, 'plan', r.pick(['pro', 'free', 'enterprise'])),
    () => f(r, 'currency', r.pick(['EUR', 'USD', 'GBP', 'BRL'])),
    () => f(r, 'amount', `${r.int(1, 9999)}.${r.digits(2)}`, true),
    () => f(r, 'endpoint', r.pick(['/v1/charges', '/api/users/me', '/oauth/token', '/hooks/in'])),
    () => f(r, 'truncated', r.pick(['…(truncated 1204 bytes)', '[truncated]', '...'])),
  ])();
}

const B64_PNG = () => 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA';

/** Negative decoys: secret-looking keys without secrets, secret-looking values under harmless keys, public or example data. */
export function decoyField(r: Rng82): Field {
  return r.pick([
    () => f(r, r.pick(['password', 'db password', 'passwort', 'contraseña', 'senha', 'mot de passe', 'client secret', 'api key', 'secret key', 'auth token']), r.pick(['${DB_PASSWORD}', '<redacted>', '***', '********', '[FILTERED]', 'REDACTED', '<YOUR_API_KEY>', 'xxxxxxxxxxxx', '{{ .Values.secret }}', '%(password)s', '${{ secrets.API_KEY }}', '$(cat /run/secrets/db)', '[MASKED]', 'env:STRIPE_KEY'])),
    () => f(r, r.pick(['password', 'api key', 'secret', 'token']), r.pick(['null', 'true', 'false', '""']), true),
    () => f(r, r.pick(['password hash', 'password sha256', 'token digest', 'secret fingerprint']), r.chance(0.5) ? `sha256:${r.hex(64)}` : r.hex(64)),
    () => f(r, r.pick(['key id', 'kid', 'access key name', 'secret name', 'secret ref']), r.pick([`k_${r.int(2019, 2026)}_${r.int(1, 12)}`, `projects/acme-prod/secrets/db-password/versions/${r.int(1, 40)}`, `arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/db-${r.b62(6)}`, 'vault:secret/data/payments#stripe'])),
    () => f(r, r.pick(['stripe publishable key', 'publishable key', 'pk']), `pk_live_${r.b62(24)}`),
    () => f(r, r.pick(['ssh public key', 'public key']), `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci`),
    () => f(r, r.pick(['token type', 'auth scheme', 'grant type']), r.pick(['Bearer', 'Basic', 'client_credentials', 'refresh_token', 'MAC'])),
    () => f(r, r.pick(['token expires in', 'expires in', 'password min length', 'secret rotation days', 'password max age']), String(r.pick([3600, 900, 12, 90, 86400])), true),
    () => f(r, r.pick(['password changed at', 'token expires at', 'key created']), `2026-0${r.int(1, 9)}-0${r.int(1, 9)}T00:00:00Z`),
    () => f(r, r.pick(['commit', 'git sha', 'revision']), r.hex(40)),
    () => f(r, r.pick(['trace id', 'x request id', 'correlation id', 'session trace']), r.chance(0.5) ? r.uuid() : r.hex(32)),
    () => f(r, r.pick(['avatar', 'thumbnail', 'logo data']), `data:image/png;base64,${B64_PNG()}${r.b64(24)}`),
    () => f(r, r.pick(['checksum', 'etag', 'content md5']), r.chance(0.5) ? r.b64(16) : `"${r.hex(32)}"`),
    () => f(r, r.pick(['support email', 'billing contact', 'sales email', 'noreply']), `${r.pick(['support', 'billing', 'sales', 'noreply', 'help'])}@${r.pick(['lumen-pay.io', 'corvid.dev', 'orbitcrm.com'])}`),
    () => f(r, r.pick(['support phone', 'company phone', 'hotline']), r.pick(['+1 800 555 0134', '(555) 010-0199', '0800 000 0000'])),
    () => f(r, r.pick(['email', 'user email', 'example email']), r.pick(['jane.doe@example.com', 'user@example.org', 'someone@example.net'])),
    () => f(r, r.pick(['aws access key id', 'aws key']), 'AKIAIOSFODNN7EXAMPLE'),
    () => f(r, r.pick(['aws secret access key']), 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
    () => f(r, r.pick(['client ip', 'remote addr', 'x forwarded for']), r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, '127.0.0.1', `203.0.113.${r.int(1, 254)}`, '::1', `2001:db8::${r.hex(3)}`])),
    () => f(r, r.pick(['card number', 'card', 'pan']), `**** **** **** ${r.digits(4)}`),
    () => f(r, r.pick(['card last4', 'last four']), r.digits(4)),
    () => f(r, r.pick(['iban', 'payout iban']), `DE** **** **** **** **${r.digits(2)} ${r.digits(2)}`),
    () => f(r, r.pick(['card brand', 'card type']), r.pick(['visa', 'mastercard', 'amex'])),
    () => f(r, r.pick(['session id']), r.pick(['<none>', 'anonymous', '-'])),
    () => f(r, r.pick(['api version', 'sdk version']), `${r.int(2020, 2026)}-0${r.int(1, 9)}-1${r.int(0, 9)}`),
    () => f(r, r.pick(['company address', 'office address']), r.pick(['Acme GmbH, Friedrichstraße 68, 10117 Berlin', 'Lumen Pay Ltd, 1 Canada Square, London E14 5AB'])),
    () => f(r, r.pick(['name', 'display name']), r.pick(['Acme Support', 'Billing Bot', 'CI Runner'])),
  ])();
}
