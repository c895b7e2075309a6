import { B62, DIGITS, LOWER, UPPER, type Rng79 } from './blind-set-79-rng';

/** The key family a value belongs under (picks a plausible key name for it). */
export type KeyFam = 'password' | 'secret' | 'apikey' | 'token' | 'session' | 'dsn' | 'private' | 'creds' | 'sig';

/** One drawn credential: its in-text form before quoting, its kind and the key family it sits under. */
export interface CredDraw {
  value: string;
  kind: string;
  fam: KeyFam;
  /** Prefix words that suit the value's provider (`stripe`, `github`...), may be empty. */
  vendor: string[];
  multiline?: boolean;
  /** The part of the value to plant when not the whole (the password inside a URL). */
  plant?: string;
}

const SYM = '!#%^*_.~@$&;+=?-';

/** A random password in one of several styles (symbols, spaces, `;`, `&`, `#`, quotes). */
export function password79(r: Rng79): string {
  const style = r.int(0, 6);
  const w = () => r.pick(['maple', 'Orbit', 'quartz', 'Falcon', 'ember', 'Tundra', 'violet', 'Cobalt', 'harbor', 'Sable', 'nimbus', 'Juniper']);
  if (style === 0) return r.chars(LOWER + UPPER + DIGITS, 4) + r.pick([...SYM]) + r.chars(LOWER + UPPER + DIGITS, r.int(7, 14)) + r.digits(1);
  if (style === 1) return `${w()} ${w()} ${r.digits(2)}${r.pick(['!', '?', '#'])} ${w()}`;
  if (style === 2) return `${w()}${r.pick([';', '&', '#'])}${r.chars(B62, r.int(6, 10))}${r.pick(['&', ';', '%'])}${r.digits(3)}`;
  if (style === 3) return `${r.chars(B62, 5)}"${r.chars(B62, 4)}'${r.chars(B62, r.int(4, 8))}${r.pick(['\\', '/', '!'])}${r.digits(2)}`;
  if (style === 4) return r.chars(B62 + '!@#$%^&*()-_=+[]{}<>?', r.int(18, 32));
  if (style === 5) return `${w()}-${w()}-${w()}-${r.digits(r.int(1, 3))}`;
  return r.chars(LOWER, 3) + r.chars(DIGITS, 2) + r.chars(UPPER, 2) + r.pick(['@', '$', '!']) + r.chars(B62, r.int(5, 9));
}

/** A password safe inside URL userinfo (unreserved characters only). */
export function urlPassword79(r: Rng79): string {
  return r.chars(B62, r.int(5, 9)) + r.pick(['-', '_', '.', '~']) + r.chars(B62, r.int(5, 12)) + r.digits(1);
}

/** A signed JWT with a realistic header and payload. */
export function jwt79(r: Rng79): string {
  const alg = r.pick(['HS256', 'RS256', 'ES256', 'HS512']);
  const hdr: Record<string, unknown> = { alg, typ: 'JWT' };
  if (alg !== 'HS256' && r.next() < 0.6) hdr['kid'] = r.b64url(12);
  const iat = 1790000000 + r.int(0, 9000000);
  const pl: Record<string, unknown> = { sub: r.pick([r.uuid(), `usr_${r.b62(14)}`, String(r.int(10000, 9999999))]), iat, exp: iat + r.pick([900, 3600, 86400]) };
  if (r.next() < 0.6) pl['iss'] = r.pick(['https://auth.finlo.io/', 'https://login.tessera.dev', 'accounts.plumbus.app']);
  if (r.next() < 0.5) pl['scope'] = r.pick(['read write', 'openid profile email', 'payments:write']);
  if (r.next() < 0.3) pl['aud'] = r.pick(['api', 'billing-svc', 'mobile']);
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const sigLen = alg.startsWith('HS') ? (alg === 'HS512' ? 64 : 32) : alg === 'ES256' ? 64 : 256;
  return `${enc(hdr)}.${enc(pl)}.${r.b64url(sigLen)}`;
}

/** A PEM private key with a base64 body of realistic length (lines of 64). */
export function pem79(r: Rng79): string {
  const label = r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'EC PRIVATE KEY', 'OPENSSH PRIVATE KEY']);
  const bytes = label === 'EC PRIVATE KEY' ? 121 : label === 'OPENSSH PRIVATE KEY' ? r.pick([399, 1823]) : r.pick([609, 1191, 1218]);
  const body = r.b64(bytes);
  const lines: string[] = [];
  const width = label === 'OPENSSH PRIVATE KEY' ? 70 : 64;
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
}

/** A database or broker URL with a password in its userinfo; returns the URL and the password. */
export function connUrl79(r: Rng79): { url: string; pw: string } {
  const pw = urlPassword79(r);
  const user = r.pick(['app', 'svc_billing', 'postgres', 'admin', 'reporting_ro', 'etl', 'root']);
  const host = r.pick(['db-primary.internal', 'pg-prod-01.c9x2k.eu-west-1.rds.amazonaws.com', 'mongo-0.mongo.svc.cluster.local', 'cache.prod.lan', '10.20.4.17', 'mq.internal']);
  const s = r.int(0, 5);
  if (s === 0) return { url: `postgres://${user}:${pw}@${host}:5432/${r.pick(['orders', 'app_prod', 'ledger'])}?sslmode=require`, pw };
  if (s === 1) return { url: `mysql://${user}:${pw}@${host}:3306/${r.pick(['shop', 'crm'])}`, pw };
  if (s === 2) return { url: `mongodb+srv://${user}:${pw}@cluster0.${r.chars(LOWER + DIGITS, 5)}.mongodb.net/${r.pick(['events', 'users'])}?retryWrites=true&w=majority`, pw };
  if (s === 3) return { url: `redis://default:${pw}@${host}:6379/0`, pw };
  if (s === 4) return { url: `amqp://${user}:${pw}@${host}:5672/${r.pick(['%2F', 'prod'])}`, pw };
  return { url: `postgresql+psycopg2://${user}:${pw}@${host}/${r.pick(['analytics', 'core'])}`, pw };
}

type Gen = (r: Rng79) => CredDraw;

const p = (value: string, kind: string, fam: KeyFam, vendor: string[] = []): CredDraw => ({ value, kind, fam, vendor });

/** Provider-formatted and generic credential generators. */
export const CRED_GENS: readonly Gen[] = [
  (r) => p(password79(r), 'password', 'password'),
  (r) => p(password79(r), 'password', 'password', [r.pick(['db', 'smtp', 'redis', 'ldap', 'admin', 'mysql'])]),
  (r) => p(`sk_live_${r.b62(r.pick([24, 99]))}`, 'stripe-secret', 'secret', ['stripe']),
  (r) => p(`rk_live_${r.b62(r.pick([24, 99]))}`, 'stripe-restricted', 'apikey', ['stripe']),
  (r) => p(`whsec_${r.b62(32)}`, 'stripe-webhook-secret', 'secret', ['stripe', 'webhook']),
  (r) => p(`ghp_${r.b62(36)}`, 'github-pat', 'token', ['github']),
  (r) => p(`github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`, 'github-fine-pat', 'token', ['github']),
  (r) => p(`glpat-${r.chars(B62 + '-_', 20)}`, 'gitlab-pat', 'token', ['gitlab']),
  (r) => p(`xoxb-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`, 'slack-bot-token', 'token', ['slack']),
  (r) => p(`AKIA${r.chars(UPPER + '234567', 16)}`, 'aws-access-key-id', 'apikey', ['aws']),
  (r) => p(r.chars(B62 + '/+', 40), 'aws-secret-key', 'secret', ['aws']),
  (r) => p(`AIza${r.chars(B62 + '-_', 35)}`, 'google-api-key', 'apikey', ['google']),
  (r) => p(`SG.${r.b64url(16)}.${r.b64url(32)}`, 'sendgrid-key', 'apikey', ['sendgrid']),
  (r) => p(`SK${r.hex(32)}`, 'twilio-api-key', 'apikey', ['twilio']),
  (r) => p(r.hex(32), 'twilio-auth-token', 'token', ['twilio']),
  (r) => p(`sk-proj-${r.b64url(54)}T3BlbkFJ${r.b64url(54)}`, 'openai-key', 'apikey', ['openai']),
  (r) => p(`sk-ant-api03-${r.b64url(70)}AA`, 'anthropic-key', 'apikey', ['anthropic']),
  (r) => p(`npm_${r.b62(36)}`, 'npm-token', 'token', ['npm']),
  (r) => p(`pypi-AgEIcHlwaS5vcmcCJ${r.b64url(96)}`, 'pypi-token', 'token', ['pypi']),
  (r) => p(`shpat_${r.hex(32)}`, 'shopify-token', 'token', ['shopify']),
  (r) => p(`key-${r.hex(32)}`, 'mailgun-key', 'apikey', ['mailgun']),
  (r) => p(`dop_v1_${r.hex(64)}`, 'digitalocean-token', 'token', ['do']),
  (r) => p(`hvs.CAESI${r.b64url(66)}`, 'vault-token', 'token', ['vault']),
  (r) => p(r.hex(32), 'datadog-api-key', 'apikey', ['dd']),
  (r) => p(r.hex(40), 'datadog-app-key', 'apikey', ['datadog', 'app']),
  (r) => p(`${r.hex(32)}-us${r.int(1, 21)}`, 'mailchimp-key', 'apikey', ['mailchimp']),
  (r) => p(`lin_api_${r.b62(40)}`, 'linear-key', 'apikey', ['linear']),
  (r) => p(`PMAK-${r.hex(24)}-${r.hex(34)}`, 'postman-key', 'apikey', ['postman']),
  (r) => p(`${r.int(1000000000, 7999999999)}:AA${r.chars(B62 + '-_', 33)}`, 'telegram-bot-token', 'token', ['telegram']),
  (r) => p(`EAAA${r.chars(B62 + '-_', 60)}`, 'square-token', 'token', ['square']),
  (r) => p(`figd_${r.chars(B62 + '-_', 40)}`, 'figma-token', 'token', ['figma']),
  (r) => p(`NRAK-${r.chars(UPPER + DIGITS, 27)}`, 'newrelic-key', 'apikey', ['newrelic']),
  (r) => p(`dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.b62(43)}`, 'doppler-token', 'token', ['doppler']),
  (r) => p(r.uuid(), 'heroku-api-key', 'apikey', ['heroku']),
  (r) => p(r.b64(64), 'azure-storage-key', 'secret', ['azure', 'storage']),
  (r) => p(jwt79(r), 'jwt', 'token'),
  (r) => p(jwt79(r), 'jwt', 'token', [r.pick(['upstream', 'auth0', 'okta', 'keycloak'])]),
  (r) => p(r.hex(r.pick([32, 40, 64])), 'hex-secret', 'secret'),
  (r) => p(r.b64(r.pick([32, 48, 64])), 'base64-secret', 'secret'),
  (r) => p(r.b64url(r.pick([32, 48])), 'base64url-secret', 'secret'),
  (r) => p(r.b64url(32), 'session-id', 'session'),
  (r) => p(r.hex(r.pick([32, 40])), 'session-id', 'session', [r.pick(['rails', 'laravel', 'app'])]),
  (r) => p(r.chars(DIGITS + 'abcdefghijklmnopqrstuv', 26), 'session-id', 'session', ['php']),
  (r) => p(`s%3A${r.b64url(24)}.${r.b64(32).replace(/=+$/, '')}`, 'session-id', 'session', ['connect']),
  (r) => p(Buffer.from(`${r.pick(['svc-deploy', 'billing', 'ops', 'jenkins'])}:${urlPassword79(r)}`).toString('base64'), 'basic-auth', 'creds'),
  (r) => {
    const c = connUrl79(r);
    return { ...p(c.url, 'url-password', 'dsn'), plant: c.pw };
  },
  (r) => ({ ...p(pem79(r), 'pem-private-key', 'private'), multiline: true }),
  (r) => p(r.b64(32), 'hmac-key', 'sig', [r.pick(['webhook', 'hmac', 'signing'])]),
  (r) => p(`${r.chars(UPPER + DIGITS, 5)}-${r.chars(UPPER + DIGITS, 5)}-${r.chars(UPPER + DIGITS, 5)}-${r.chars(UPPER + DIGITS, 5)}-${r.chars(UPPER + DIGITS, 5)}`, 'license-key', 'apikey', ['license']),
];

/** Draws one credential (a password more often than any one provider format). */
export function drawCred79(r: Rng79): CredDraw {
  if (r.next() < 0.18) return CRED_GENS[r.int(0, 1)]!(r);
  return r.pick(CRED_GENS)(r);
}
