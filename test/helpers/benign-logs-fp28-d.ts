import { B64URL, DIGITS, LOWER, type Rng9 } from './blind-set-9-rng';
import { ISO, PRIV, acct, region, type BenignTemplate } from './benign-logs-fp28-a';

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
/** Base64 of a JSON pagination cursor (starts `eyJ`, like a JWT, but one part and no signature). */
const jsonCursor = (r: Rng9): string => Buffer.from(JSON.stringify({ page: r.int(2, 99), after: r.int(100000, 9999999), sort: 'created_at' })).toString('base64url');

/** Public keys, encrypted values, empty or filtered secret fields, click ids and other edge formats. */
export const TEMPLATES_D: BenignTemplate[] = [
  { name: 'ssh-public-key', make: (r) => `authorized_keys updated: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).replace(/=+$/, '')} deploy@ci-${r.int(1, 9)}\nknown_hosts: bastion.acme.io ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.b64(64)}` },
  { name: 'wireguard-public', make: (r) => `wg show wg0\npeer: ${r.b64(32)}\n  endpoint: 198.51.100.${r.int(1, 254)}:51820\n  allowed ips: 10.${r.int(0, 255)}.0.0/16\n  latest handshake: ${r.int(1, 59)} seconds ago\n  transfer: ${r.int(1, 999)}.${r.int(1, 99)} MiB received\n[Peer]\nPublicKey = ${r.b64(32)}` },
  { name: 'age-sops', make: (r) => `sops: encrypted with age recipient age1${r.chars(BECH32, 58)}\ndb:\n    password: ENC[AES256_GCM,data:${r.b64(18)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n    lastmodified: "${ISO(r)}"\n    mac: ENC[AES256_GCM,data:${r.b64(48)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]` },
  { name: 'ansible-vault', make: (r) => `db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${r.hex(64)}\n          ${r.hex(64)}\n          ${r.hex(32)}` },
  { name: 'empty-secret-fields', make: (r) => JSON.stringify({ user_id: r.int(1000, 999999), password: '', session_token: null, auth: null, api_key: '[REDACTED]', secret: 'REDACTED', token: '***', refresh_token: '<redacted>', updated_at: ISO(r) }) },
  { name: 'helm-existing-secret', make: (r) => `postgresql:\n  auth:\n    existingSecret: pg-credentials-${r.hex(5)}\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password\n    passwordFile: /run/secrets/db_password\n  primary:\n    persistence:\n      size: ${r.int(8, 500)}Gi` },
  { name: 'spring-refs', make: (r) => `spring.datasource.url=jdbc:postgresql://${PRIV(r)}:5432/orders\nspring.datasource.username=app\nspring.datasource.password=\${DB_PASSWORD:}\nspring.security.oauth2.client.registration.okta.client-secret=\${OKTA_CLIENT_SECRET}\nserver.port=${r.int(8000, 8999)}` },
  { name: 'gha-cache-expr', make: (r) => `- uses: actions/cache@v4\n  with:\n    path: ~/.npm\n    key: \${{ runner.os }}-node-\${{ hashFiles('**/package-lock.json') }}\n    restore-keys: |\n      \${{ runner.os }}-node-\nenv:\n  NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n# run ${r.int(1000, 9999)}` },
  { name: 'json-cursor', make: (r) => `GET /api/v3/invoices?limit=100&cursor=${jsonCursor(r)}&starting_after=in_${r.b62(24)} 200 ${r.int(3, 900)}ms next_cursor=${jsonCursor(r)}` },
  { name: 'click-ids', make: (r) => `landing: GET /pricing?utm_source=google&utm_medium=cpc&gclid=Cj0KCQiA${r.chars(B64URL, 80)}&fbclid=IwAR${r.chars(B64URL, 58)}&msclkid=${r.hex(32)} 200` },
  { name: 'saml-request', make: (r) => `sso: redirect to https://idp.acme.io/sso/saml?SAMLRequest=fZJNT8Mw${r.b64(120).replace(/[+/=]/g, 'A')}&RelayState=${r.b64url(24)}&SigAlg=http%3A%2F%2Fwww.w3.org%2F2001%2F04%2Fxmldsig-more%23rsa-sha256` },
  { name: 'passport-js', make: (r) => `passport: strategy "jwt" initialized (passport-jwt ${r.int(1, 4)}.${r.int(0, 9)}.0); passport.authenticate('oauth2') failed for request ${r.uuid()}: InternalOAuthError: failed to obtain access token (status ${r.pick([400, 401, 500])})` },
  { name: 'whatsapp-ids', make: (r) => JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: `1${r.digits(14)}`, changes: [{ field: 'messages', value: { metadata: { phone_number_id: `1${r.digits(14)}` }, statuses: [{ id: `wamid.HBgL${r.chars(B64URL, 40)}`, status: 'failed', timestamp: `17${r.digits(8)}` }] } }] }] }) },
  { name: 'birth-date-ddl', make: (r) => `migration ${r.digits(14)}_add_profile_fields: ALTER TABLE users ADD COLUMN date_of_birth date NULL, ADD COLUMN phone_verified boolean DEFAULT false; -- ${r.int(1, 9)} rows affected at ${ISO(r)}` },
  { name: 'kid-and-x5t', make: (r) => `jwt: verifying with key kid="${r.hex(40)}" x5t="${r.b64url(20)}" x5t#S256="${r.b64url(32)}" issuer=https://login.microsoftonline.com/${r.uuid()}/v2.0 aud=api://${r.uuid()}` },
  { name: 'play-store-ids', make: (r) => `billing: google play order GPA.${r.int(3300, 3399)}-${r.digits(4)}-${r.digits(4)}-${r.digits(5)} acknowledged; apple transactionId=2000000${r.digits(9)} originalTransactionId=2000000${r.digits(9)} webOrderLineItemId=${r.digits(16)}` },
  { name: 'gcp-etag-secret-name', make: (r) => `secretmanager: accessed projects/${r.digits(12)}/secrets/stripe-api-key/versions/${r.int(1, 40)} (etag "\\"${r.chars(LOWER + DIGITS, 14)}\\"", replication automatic, create_time ${ISO(r)})` },
  { name: 'redis-sentinel', make: (r) => `redis-sentinel: +switch-master mymaster ${PRIV(r)} 6379 ${PRIV(r)} 6379; run_id ${r.hex(40)} config-epoch ${r.int(1, 99)} ; requirepass set (value not logged)` },
  { name: 'iam-policy', make: (r) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: `AllowSecretsRead${r.int(1, 9)}`, Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'kms:Decrypt'], Resource: [`arn:aws:secretsmanager:${region(r)}:${acct(r)}:secret:prod/*`, `arn:aws:kms:${region(r)}:${acct(r)}:key/${r.uuid()}`] }] }) },
];
