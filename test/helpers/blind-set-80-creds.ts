import { B62, DIGITS, HEX, LOWER, Rng80, UPPER } from './blind-set-80-rng';

/** One planted value: its text, its format's short name and its group. */
export interface Val80 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** A case's random stream plus the values planted so far. */
export class G80 {
  readonly vals: Val80[] = [];
  constructor(readonly r: Rng80) {}

  /** Records a credential and returns it. */
  c(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'credential' });
    return value;
  }

  /** Records a personal value and returns it. */
  p(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'personal' });
    return value;
  }

  /** Records a financial value and returns it. */
  f(kind: string, value: string): string {
    this.vals.push({ value, kind, group: 'financial' });
    return value;
  }
}

const AWSB32 = UPPER + '234567';
const URLSAFE = B62 + '-_';

/** A GitHub classic or app token (ghp_/gho_/ghs_/ghu_). */
export const githubToken = (r: Rng80): string => r.pick(['ghp_', 'gho_', 'ghs_', 'ghu_']) + r.b62(36);
/** A GitHub fine-grained personal access token. */
export const githubFine = (r: Rng80): string => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`;
/** A GitLab personal access token. */
export const gitlabToken = (r: Rng80): string => 'glpat-' + r.chars(URLSAFE, 20);
/** A Slack bot or user token. */
export const slackToken = (r: Rng80): string => `${r.pick(['xoxb', 'xoxp'])}-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`;
/** A Slack incoming webhook URL. */
export const slackHook = (r: Rng80): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`;
/** A Stripe live secret or restricted key. */
export const stripeKey = (r: Rng80): string => `${r.pick(['sk_live_', 'rk_live_'])}51${r.b62(22)}${r.b62(r.int(24, 72))}`;
/** An AWS access key id. */
export const awsKeyId = (r: Rng80): string => r.pick(['AKIA', 'ASIA']) + r.chars(AWSB32, 16);
/** An AWS secret access key. */
export const awsSecret = (r: Rng80): string => r.chars(B62 + '+/', 40);
/** A Google API key. */
export const googleKey = (r: Rng80): string => 'AIza' + r.chars(URLSAFE, 35);
/** A SendGrid API key. */
export const sendgridKey = (r: Rng80): string => `SG.${r.chars(URLSAFE, 22)}.${r.chars(URLSAFE, 43)}`;
/** A Twilio API key sid or an auth token (32 hex). */
export const twilioSecret = (r: Rng80): string => r.hex(32);
/** An OpenAI project key. */
export const openaiKey = (r: Rng80): string => `sk-proj-${r.chars(URLSAFE, 64)}T3BlbkFJ${r.chars(URLSAFE, 64)}`;
/** An Anthropic API key. */
export const anthropicKey = (r: Rng80): string => `sk-ant-api03-${r.chars(URLSAFE, 93)}AA`;
/** A Datadog API key (32 hex) or application key (40 hex). */
export const ddKey = (r: Rng80, app = false): string => r.hex(app ? 40 : 32);
/** An npm access token. */
export const npmToken = (r: Rng80): string => 'npm_' + r.b62(36);
/** A Shopify admin access token. */
export const shopifyToken = (r: Rng80): string => r.pick(['shpat_', 'shpca_', 'shppa_']) + r.hex(32);
/** A Mailgun API key. */
export const mailgunKey = (r: Rng80): string => `key-${r.hex(32)}`;
/** A Mailchimp API key. */
export const mailchimpKey = (r: Rng80): string => `${r.hex(32)}-us${r.int(2, 21)}`;
/** A Docker Hub personal access token. */
export const dockerPat = (r: Rng80): string => 'dckr_pat_' + r.chars(URLSAFE, 27);
/** A HashiCorp Vault service token. */
export const vaultToken = (r: Rng80): string => 'hvs.' + r.b62(24);
/** A New Relic user API key. */
export const newrelicKey = (r: Rng80): string => 'NRAK-' + r.chars(UPPER + DIGITS, 27);
/** An Okta API token (SSWS). */
export const oktaToken = (r: Rng80): string => '00' + r.chars(URLSAFE, 40);
/** A Telegram bot token. */
export const telegramToken = (r: Rng80): string => `${r.int(1, 7)}${r.digits(9)}:AA${r.chars(URLSAFE, 33)}`;
/** A Cloudflare API token. */
export const cloudflareToken = (r: Rng80): string => r.chars(URLSAFE, 40);
/** An Azure AD client secret. */
export const azureClientSecret = (r: Rng80): string => `${r.chars(B62, 3)}${r.int(7, 8)}Q~${r.chars(B62 + '_~.-', 34)}`;
/** An Azure storage account key (base64 of 64 bytes). */
export const azureStorageKey = (r: Rng80): string => r.b64(64);
/** A PyPI upload token. */
export const pypiToken = (r: Rng80): string => 'pypi-AgEIcHlwaS5vcmc' + r.chars(URLSAFE, 60);
/** A Sentry user auth token. */
export const sentryToken = (r: Rng80): string => 'sntryu_' + r.hex(64);
/** A Square production access token. */
export const squareToken = (r: Rng80): string => 'EAAA' + r.chars(URLSAFE, 60);
/** An Atlassian API token. */
export const atlassianToken = (r: Rng80): string => `ATATT3xFfGF0${r.chars(URLSAFE, 170)}=${r.chars(HEX.toUpperCase(), 8)}`;
/** A Linear API key. */
export const linearKey = (r: Rng80): string => 'lin_api_' + r.b62(40);
/** A Heroku API key (HRKU-). */
export const herokuKey = (r: Rng80): string => 'HRKU-AA' + r.chars(URLSAFE, 58);
/** An opaque OAuth access token of an unnamed provider. */
export const opaqueToken = (r: Rng80): string => r.chars(URLSAFE, r.int(32, 48));

/** A JWT (HS256 or RS256) with a plausible payload. */
export function jwt(r: Rng80, sub?: string): string {
  const alg = r.pick(['HS256', 'RS256', 'ES256']);
  const head = Buffer.from(JSON.stringify(alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.hex(16) })).toString('base64url');
  const iat = 1796000000 + r.int(0, 9000000);
  const body = { iss: r.pick(['https://auth.acmepay.io/', 'https://login.northwind-app.com', 'api-gateway']), sub: sub ?? `usr_${r.b62(14)}`, aud: r.pick(['orders-api', 'mobile', 'https://api.fleetline.dev']), iat, exp: iat + 3600, scope: r.pick(['read write', 'orders:write', 'openid profile email']) };
  const pay = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${head}.${pay}.${r.b64url(alg === 'HS256' ? 32 : alg === 'ES256' ? 64 : 256)}`;
}

/** A password-like secret of mixed classes, safe inside JSON strings. */
export const password = (r: Rng80): string => r.password(r.int(12, 22));
/** A password usable inside a URL without escaping. */
export const urlPassword = (r: Rng80): string => r.urlPassword(r.int(12, 20));
/** A passphrase holding a space or a semicolon (needs quoting). */
export const spacedPassword = (r: Rng80): string => `${r.pick(['Winter', 'Copper', 'Lantern', 'Harbor', 'Quartz', 'Falcon'])}${r.pick([' ', ';', ' ; '])}${r.b62(6)}${r.pick(['!', '#', '%'])}${r.pick(['river', 'Mango', 'delta', 'Orbit'])}${r.digits(3)}`;

/** HTTP Basic credentials: the base64 of `user:password`. */
export const basicAuth = (r: Rng80): string => Buffer.from(`${r.pick(['svc-billing', 'admin', 'deploy', 'grafana', 'jenkins', 'etl_user'])}:${password(r)}`).toString('base64');

/** A session cookie value by framework: [cookie name, value]. */
export function sessionCookie(r: Rng80): [string, string] {
  switch (r.int(0, 5)) {
    case 0: return ['PHPSESSID', r.chars(LOWER + DIGITS, 26)];
    case 1: return ['JSESSIONID', r.hex(32).toUpperCase()];
    case 2: return ['connect.sid', `s%3A${r.chars(URLSAFE, 32)}.${r.b64(32).replace(/=+$/, '')}`];
    case 3: return ['_session_id', r.hex(32)];
    case 4: return ['sessionid', r.chars(LOWER + DIGITS, 32)];
    default: return ['laravel_session', r.b64(120).replace(/=+$/, '')];
  }
}

/** A PEM private key block (RSA or EC) of random body. */
export function privateKey(r: Rng80): string {
  const ec = r.next() < 0.4;
  const body = r.b64(ec ? 121 : 1190);
  const lines = body.match(/.{1,64}/g)!.join('\n');
  const t = ec ? 'EC PRIVATE KEY' : r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY']);
  return `-----BEGIN ${t}-----\n${lines}\n-----END ${t}-----`;
}

/** A provider key picked at random: [kind, value]. */
export function anyApiKey(r: Rng80): [string, string] {
  const all: [string, (r: Rng80) => string][] = [
    ['github-token', githubToken], ['github-fine-pat', githubFine], ['gitlab-pat', gitlabToken], ['slack-token', slackToken],
    ['stripe-secret', stripeKey], ['google-api-key', googleKey], ['sendgrid-key', sendgridKey], ['openai-key', openaiKey],
    ['anthropic-key', anthropicKey], ['npm-token', npmToken], ['shopify-token', shopifyToken], ['mailgun-key', mailgunKey],
    ['docker-pat', dockerPat], ['vault-token', vaultToken], ['newrelic-key', newrelicKey], ['telegram-bot-token', telegramToken],
    ['pypi-token', pypiToken], ['sentry-auth-token', sentryToken], ['square-token', squareToken], ['linear-key', linearKey],
    ['heroku-key', herokuKey], ['mailchimp-key', mailchimpKey], ['atlassian-token', atlassianToken],
  ];
  const [k, f] = r.pick(all);
  return [k, f(r)];
}

/** Plants a provider key picked at random and returns it. */
export function plantAny(g: G80): string {
  const [k, v] = anyApiKey(g.r);
  return g.c(k, v);
}

/** A Grafana service account token. */
export const grafanaSaToken = (r: Rng80): string => `glsa_${r.b62(32)}_${r.hex(8)}`;
