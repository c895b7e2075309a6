import type { Field, Plant } from './blind-set-82-keys';
import { B62, B64URL, DIGITS, LOWER, UPPER, type Rng82 } from './blind-set-82-rng';

/** A generated field before its key is spelled: key phrases to choose from, the value, its plants, companions. */
export interface Spec {
  keys: string[];
  val: string;
  plants: Plant[];
  role?: Field['role'];
  extra?: Spec[];
}

const cred = (value: string, kind: string): Plant => ({ value, kind, group: 'credential' });
const one = (keys: string[], val: string, kind: string, role?: Field['role']): Spec => ({ keys, val, plants: [cred(val, kind)], role });

export const PASSWORD_KEYS = [
  'password', 'passwd', 'pwd', 'pass', 'db password', 'admin password', 'smtp password', 'root password', 'user password', 'new password',
  'current password', 'passwort', 'kennwort', 'mot de passe', 'contraseña', 'senha', 'parola', 'wachtwoord', 'hasło', 'salasana', 'lösenord',
  'パスワード', '密码', 'пароль', 'ldap bind password', 'keystore password',
];

const AWS32 = UPPER + '234567';

function jwt(r: Rng82): string {
  const alg = r.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const h: Record<string, unknown> = { alg, typ: 'JWT' };
  if (alg !== 'HS256' && r.chance(0.5)) h['kid'] = r.hex(16);
  const iat = 1760000000 + r.int(0, 20000000);
  const p: Record<string, unknown> = { sub: r.chance(0.5) ? `usr_${r.b62(14)}` : String(r.int(1000, 999999)), iat, exp: iat + r.pick([900, 3600, 86400]) };
  if (r.chance(0.5)) p['iss'] = r.pick(['https://auth.lumen-app.io/', 'https://login.corvid.dev', 'urn:orbit:idp']);
  if (r.chance(0.4)) p['scope'] = r.pick(['read write', 'openid profile email', 'admin']);
  if (r.chance(0.3)) p['sid'] = r.uuid();
  const e = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${e(h)}.${e(p)}.${r.b64url(alg.startsWith('HS') ? 32 : 64)}`;
}

function pem(r: Rng82): string {
  const label = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'ENCRYPTED PRIVATE KEY']);
  const body = r.b64(r.pick([121, 180, 240, 300]));
  const lines = body.match(/.{1,64}/g)!;
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}

const host = (r: Rng82) => r.pick(['db-prod-3.internal', 'pg.eu-west-1.rds.amazonaws.com', 'mysql-primary', '10.0.4.17', 'orders-db.svc.cluster.local', 'cache-01']);
const user = (r: Rng82) => r.pick(['app', 'svc_orders', 'admin', 'root', 'deploy', 'readonly', 'billing_rw']);

type Gen = (r: Rng82) => Spec;

export const CREDENTIAL_GENS: [number, Gen][] = [
  [3, (r) => one(['stripe secret key', 'stripe api key', 'stripe key', 'secret key', 'stripe restricted key', 'STRIPE_SECRET_KEY'], `${r.pick(['sk', 'sk', 'rk'])}_live_${r.b62(r.pick([24, 34, 99]))}`, 'stripe-secret', 'bearer')],
  [3, (r) => one(['github token', 'gh token', 'github pat', 'git auth token', 'GITHUB_TOKEN'], r.chance(0.6) ? `${r.pick(['ghp', 'gho', 'ghs', 'ghu'])}_${r.b62(36)}` : `github_pat_${r.b62(22)}_${r.b62(59)}`, 'github-token', 'bearer')],
  [2, (r) => one(['gitlab token', 'private token', 'gitlab pat', 'GITLAB_TOKEN'], `glpat-${r.chars(B62 + '-_', 20)}`, 'gitlab-token')],
  [2, (r) => one(['slack bot token', 'slack token', 'bot token', 'SLACK_BOT_TOKEN'], r.chance(0.5) ? `xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}` : `xoxp-${r.digits(12)}-${r.digits(12)}-${r.digits(13)}-${r.hex(32)}`, 'slack-token', 'bearer')],
  [2, (r) => one(['slack webhook url', 'webhook url', 'incoming webhook', 'SLACK_WEBHOOK'], `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`, 'slack-webhook')],
  [3, (r) => {
    const idv = `${r.pick(['AKIA', 'AKIA', 'ASIA'])}${r.chars(AWS32, 16)}`;
    const sec = r.chars(B62 + '/+', 40);
    return { ...one(['aws access key id', 'access key id', 'AWS_ACCESS_KEY_ID', 'aws key'], idv, 'aws-access-key-id'), extra: [one(['aws secret access key', 'secret access key', 'AWS_SECRET_ACCESS_KEY', 'aws secret'], sec, 'aws-secret')] };
  }],
  [2, (r) => one(['access token', 'google access token', 'oauth token', 'gcp token'], `ya29.a0${r.chars(B64URL, r.int(120, 180))}`, 'google-oauth', 'bearer')],
  [1, (r) => one(['refresh token', 'google refresh token', 'oauth refresh token'], `1//0${r.chars(B64URL, r.int(60, 100))}`, 'google-refresh')],
  [2, (r) => one(['openai api key', 'openai key', 'OPENAI_API_KEY', 'llm api key'], `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`, 'openai-key', 'bearer')],
  [2, (r) => one(['anthropic api key', 'ANTHROPIC_API_KEY', 'claude key', 'x api key'], `sk-ant-api03-${r.chars(B64URL, 93)}AA`, 'anthropic-key')],
  [2, (r) => ({ keys: ['twilio account sid', 'account sid'], val: `AC${r.hex(32)}`, plants: [], extra: [one(['twilio auth token', 'auth token', 'TWILIO_AUTH_TOKEN'], r.hex(32), 'twilio-auth-token')] })],
  [1, (r) => ({ keys: ['twilio api key sid', 'api key sid'], val: `SK${r.hex(32)}`, plants: [], extra: [one(['twilio api secret', 'api key secret'], r.b62(32), 'twilio-api-secret')] })],
  [2, (r) => one(['sendgrid api key', 'SENDGRID_API_KEY', 'mail api key', 'smtp api key'], `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`, 'sendgrid-key', 'bearer')],
  [1, (r) => one(['mailgun api key', 'MAILGUN_API_KEY', 'mailgun key'], `key-${r.hex(32)}`, 'mailgun-key')],
  [1, (r) => one(['npm token', 'NPM_TOKEN', 'npm auth token', '_authToken'], `npm_${r.b62(36)}`, 'npm-token')],
  [1, (r) => one(['pypi token', 'PYPI_API_TOKEN', 'twine password'], `pypi-AgEIcHlwaS5vcmc${r.chars(B64URL, r.int(60, 120))}`, 'pypi-token')],
  [1, (r) => one(['shopify access token', 'SHOPIFY_ADMIN_TOKEN', 'shopify api secret'], `${r.pick(['shpat', 'shpss', 'shpca'])}_${r.hex(32)}`, 'shopify-token')],
  [1, (r) => one(['datadog api key', 'DD_API_KEY', 'dd api key'], r.hex(32), 'datadog-api-key')],
  [1, (r) => one(['datadog app key', 'DD_APP_KEY', 'datadog application key'], r.hex(40), 'datadog-app-key')],
  [4, (r) => one(['id token', 'access token', 'jwt', 'auth token', 'session token', 'bearer token'], jwt(r), 'jwt', 'bearer')],
  [2, (r) => one(['private key', 'ssh private key', 'tls key', 'signing key', 'service account private key', 'PRIVATE_KEY'], pem(r), 'private-key')],
  [8, (r) => one(PASSWORD_KEYS, r.password(), 'password', 'password')],
  [2, (r) => {
    const pw = r.urlPassword();
    return { keys: ['webhook url', 'callback url', 'proxy url', 'registry url', 'upstream'], val: `https://${user(r)}:${pw}@${r.pick(['hooks.acme-ci.net', 'proxy.corp.lan:3128', 'registry.npmjs.acme.dev', 'api.partner-b.com'])}/${r.pick(['v1/events', 'simple', '', 'notify'])}`, plants: [cred(pw, 'url-password')] };
  }],
  [5, (r) => {
    const pw = r.urlPassword();
    const u = user(r);
    const val = r.pick([
      `postgres://${u}:${pw}@${host(r)}:5432/${r.pick(['orders', 'app', 'ledger'])}?sslmode=require`,
      `postgresql://${u}:${pw}@${host(r)}/app`,
      `mongodb+srv://${u}:${pw}@cluster0.${r.chars(LOWER + DIGITS, 5)}.mongodb.net/${r.pick(['prod', 'users'])}?retryWrites=true&w=majority`,
      `redis://:${pw}@${host(r)}:6379/0`,
      `rediss://default:${pw}@${host(r)}:6380`,
      `amqp://${u}:${pw}@rabbit.internal:5672/%2F`,
      `mysql://${u}:${pw}@${host(r)}:3306/shop`,
      `Server=tcp:${r.pick(['sql-prod', 'crm-db'])}.database.windows.net,1433;Initial Catalog=app;User ID=${u};Password=${pw};Encrypt=True;`,
      `Host=${host(r)};Port=5432;Username=${u};Password=${pw};Database=app`,
    ]);
    return { keys: ['database url', 'db url', 'connection string', 'mongo uri', 'redis url', 'broker url', 'DATABASE_URL', 'dsn', 'ConnectionStrings DefaultConnection'], val, plants: [cred(pw, 'connection-password')] };
  }],
  [3, (r) => r.pick([
    () => one(['sessionid', 'session id', 'session'], r.chars(LOWER + DIGITS, 32), 'session-cookie', 'cookie'),
    () => one(['_shop_session', 'rails session', '_app_session'], `${r.b64url(90)}--${r.hex(40)}`, 'session-cookie', 'cookie'),
    () => one(['connect.sid', 'express session'], `s%3A${r.chars(B64URL, 32)}.${r.chars(B62, 43)}`, 'session-cookie', 'cookie'),
    () => one(['PHPSESSID', 'php session'], r.chars('abcdefghijklmnopqrstuv0123456789', 26), 'session-cookie', 'cookie'),
    () => one(['JSESSIONID', 'java session'], r.hex(32).toUpperCase(), 'session-cookie', 'cookie'),
  ])()],
  [1, (r) => {
    const sig = r.hex(64);
    const val = `https://${r.pick(['exports', 'invoices', 'kyc-docs'])}.s3.eu-central-1.amazonaws.com/${r.hex(8)}/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260301T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}`;
    return { keys: ['download url', 'presigned url', 'signed url', 'document link'], val, plants: [cred(sig, 'url-signature')] };
  }],
  [2, (r) => {
    const b = Buffer.from(`${user(r)}:${r.urlPassword()}`).toString('base64');
    return one(['authorization', 'proxy authorization', 'basic auth'], b, 'basic-auth', 'basic');
  }],
  [2, (r) => one(['api key', 'x api key', 'apikey', 'client secret', 'app secret', 'webhook secret', 'api secret', 'secret', 'token'], r.pick([r.b62(32), r.b62(40), `whsec_${r.b62(32)}`, r.chars(B64URL, 43)]), 'api-key')],
];
