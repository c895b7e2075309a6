/**
 * The formats of the held-out style corpus: for each, how a fresh value is made, the key
 * names it is logged under, and the contexts it is put in (at least three each).
 */
import { ALL_CONTEXTS, QUOTED_CONTEXTS, type ContextId } from './scan-corpus-contexts';
import { A, b64bytes, cardNumber, githubToken, groupCard, iban, jwt, password, privateKey, type Rng, uuid } from './scan-corpus-values';

/** One format of the corpus. */
export interface CorpusFormat {
  id: string;
  /** Score group (precision/recall thresholds apply per group). */
  group: 'cloud' | 'devtools' | 'messaging' | 'payments' | 'saas' | 'generic' | 'connection' | 'keys' | 'financial' | 'personal';
  keys: readonly string[];
  value: (r: Rng) => string;
  contexts?: readonly ContextId[];
  /** The part of the value that must be covered (offsets into the value); default the whole value. */
  secret?: (value: string) => [number, number];
}

const TOKEN_KEYS = ['token', 'api_key', 'access_token', 'apiKey', 'auth_token', 'credentials', 'secret'];
const NO_URL = ALL_CONTEXTS.filter((c) => c !== 'url');
const F = (id: string, group: CorpusFormat['group'], keys: readonly string[], value: (r: Rng) => string, contexts?: readonly ContextId[], secret?: (v: string) => [number, number]): CorpusFormat => ({ id, group, keys, value, contexts, secret });
/** The part between `open` (last occurrence before `close`) and `close`. */
const between = (open: string, close: string) => (v: string): [number, number] => {
  const e = close ? v.indexOf(close, v.indexOf(open) + open.length) : v.length;
  const s = v.lastIndexOf(open, e - 1) + open.length;
  return [s, e < 0 ? v.length : e];
};
const after = (open: string) => (v: string): [number, number] => [v.indexOf(open) + open.length, v.length];

/** Every format of the corpus. */
export const CORPUS_FORMATS: readonly CorpusFormat[] = [
  // cloud
  F('aws-access-key-id', 'cloud', ['aws_access_key_id', 'accessKeyId', 'AWS_ACCESS_KEY_ID'], (r) => r.pick(['AKIA', 'ASIA']) + r.str(A.upper32, 16)),
  F('aws-secret-access-key', 'cloud', ['aws_secret_access_key', 'secretAccessKey', 'AWS_SECRET_ACCESS_KEY', 'SecretAccessKey'], (r) => r.str(A.b64, 40), NO_URL),
  F('aws-session-token', 'cloud', ['aws_session_token', 'SessionToken', 'sessionToken', 'AWS_SESSION_TOKEN', 'x-amz-security-token'], (r) => r.pick(['IQoJb3JpZ2luX2Vj', 'FwoGZXIvYXdzE']) + r.str(A.b64, r.int(300, 700)) + r.pick(['', '=', '==']), NO_URL),
  F('google-oauth', 'cloud', ['access_token', 'refresh_token', 'GOOGLE_TOKEN'], (r) => (r.next() < 0.6 ? 'ya29.a0' + r.str(A.b64url, r.int(120, 200)) : '1//0' + r.str(A.b64url, 100))),
  F('azure-storage-key', 'cloud', ['AccountKey', 'storage_key', 'AZURE_STORAGE_KEY'], (r) => b64bytes(r, 64), NO_URL),
  F('digitalocean', 'cloud', TOKEN_KEYS, (r) => 'dop_v1_' + r.str(A.hex, 64)),
  F('vault', 'cloud', ['VAULT_TOKEN', 'vault_token', 'X-Vault-Token'], (r) => 'hvs.' + r.str(A.b62 + '_-', 91)),
  F('doppler', 'cloud', ['DOPPLER_TOKEN', 'token'], (r) => 'dp.pt.' + r.str(A.b62, 43)),
  F('databricks', 'cloud', ['DATABRICKS_TOKEN', 'token'], (r) => 'dapi' + r.str(A.hex, 32)),
  F('heroku', 'cloud', ['HEROKU_API_KEY', 'heroku_api_key', 'herokuApiKey'], (r) => (r.next() < 0.5 ? 'HRKU-AA' + r.str(A.b64url, 58) : uuid(r)), NO_URL),
  F('flyio', 'cloud', ['FLY_API_TOKEN', 'fly_token', 'token'], (r) => (r.next() < 0.5 ? 'fo1_' + r.str(A.b64url, 43) : `FlyV1 fm2_${r.str(A.b64, 180)},fm2_${r.str(A.b64, 120)}`), NO_URL),
  F('sumologic', 'cloud', ['SUMO_ACCESS_KEY', 'sumo_access_key', 'sumologicAccessKey'], (r) => r.str(A.b62, 64), NO_URL),
  F('sumologic-id', 'cloud', ['SUMO_ACCESS_ID', 'sumo_access_id', 'sumologicAccessId'], (r) => 'su' + r.str(A.b62, 12), NO_URL),
  // devtools
  F('github-pat', 'devtools', TOKEN_KEYS, (r) => githubToken(r, r.pick(['ghp_', 'gho_', 'ghs_', 'ghu_']))),
  F('github-fine-grained', 'devtools', TOKEN_KEYS, (r) => `github_pat_11${r.str(A.upperNum, 20)}_${r.str(A.b62, 59)}`),
  F('gitlab', 'devtools', TOKEN_KEYS, (r) => r.pick(['glpat-', 'gldt-', 'glrt-']) + r.str(A.b62 + '_-', 20)),
  F('npm', 'devtools', ['NPM_TOKEN', '_authToken', 'token'], (r) => 'npm_' + r.str(A.b62, 36)),
  F('pypi', 'devtools', ['PYPI_TOKEN', 'password', 'token'], (r) => 'pypi-AgEIcHlwaS5vcmc' + r.str(A.b64url, 140)),
  F('docker', 'devtools', ['DOCKER_PAT', 'token', 'password'], (r) => 'dckr_pat_' + r.str(A.b64url, 27)),
  F('atlassian', 'devtools', ['JIRA_API_TOKEN', 'token'], (r) => 'ATATT3xFfGF0' + r.str(A.b64url, 170) + '=' + r.str(A.HEX, 8)),
  F('linear', 'devtools', TOKEN_KEYS, (r) => 'lin_api_' + r.str(A.b62, 40)),
  F('notion', 'devtools', ['NOTION_TOKEN', 'token'], (r) => (r.next() < 0.5 ? 'secret_' + r.str(A.b62, 43) : 'ntn_' + r.str(A.digits, 11) + r.str(A.b62, 35))),
  F('huggingface', 'devtools', TOKEN_KEYS, (r) => 'hf_' + r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)),
  F('postman', 'devtools', ['POSTMAN_API_KEY', 'x-api-key'], (r) => `PMAK-${r.str(A.hex, 24)}-${r.str(A.hex, 34)}`),
  F('sourcegraph', 'devtools', ['SRC_ACCESS_TOKEN', 'token'], (r) => (r.next() < 0.5 ? 'sgp_' + r.str(A.hex, 40) : `sgp_${r.str(A.hex, 16)}_${r.str(A.hex, 40)}`)),
  F('snyk', 'devtools', ['SNYK_TOKEN', 'snyk_token', 'snykApiToken'], (r) => uuid(r), NO_URL),
  F('sonarqube', 'devtools', ['SONAR_TOKEN', 'sonar.login', 'sonar.token'], (r) => (r.next() < 0.7 ? r.pick(['squ_', 'sqp_', 'sqa_']) + r.str(A.hex, 40) : r.str(A.hex, 40))),
  F('sidekiq', 'devtools', ['BUNDLE_ENTERPRISE__CONTRIBSYS__COM', 'BUNDLE_GEMS__CONTRIBSYS__COM'], (r) => `${r.str(A.hex, 8)}:${r.str(A.hex, 8)}`, ['env', 'yaml', 'ini', 'assign', 'log']),
  F('grafana', 'devtools', ['GRAFANA_TOKEN', 'token'], (r) => (r.next() < 0.5 ? `glsa_${r.str(A.b62, 32)}_${r.str(A.hex, 8)}` : 'glc_' + r.str(A.b62, 120))),
  // messaging
  F('slack-token', 'messaging', ['SLACK_TOKEN', 'slack_token', 'token'], (r) => {
    const k = r.int(0, 4);
    if (k === 0) return `xoxb-${r.str(A.digits, 12)}-${r.str(A.digits, 13)}-${r.str(A.b62, 24)}`;
    if (k === 1) return `xoxp-${r.str(A.digits, 12)}-${r.str(A.digits, 12)}-${r.str(A.digits, 13)}-${r.str(A.hex, 32)}`;
    if (k === 2) return `xoxs-${r.str(A.digits, 11)}-${r.str(A.digits, 11)}-${r.str(A.digits, 13)}-${r.str(A.hex, 64)}`;
    if (k === 3) return `${r.pick(['xoxa-2-', 'xoxr-'])}${r.str(A.digits, 12)}-${r.str(A.digits, 13)}-${r.str(A.b62, 40)}`;
    return `xoxe.xoxp-1-${r.str(A.b62, 150)}`;
  }),
  F('slack-webhook', 'messaging', ['SLACK_WEBHOOK_URL', 'webhook_url', 'url'], (r) =>
    r.next() < 0.5
      ? `${r.pick(['https', 'http'])}://hooks.slack.com/services/T${r.str(A.upperNum, 10)}/B${r.str(A.upperNum, 10)}/${r.str(A.b62, 24)}`
      : `https://hooks.slack.com/workflows/T${r.str(A.upperNum, 10)}/A${r.str(A.upperNum, 10)}/${r.str(A.digits, 18)}/${r.str(A.b62, 24)}`, NO_URL, (v) => [v.indexOf('/T') + 1, v.length]),
  F('twilio-auth-token', 'messaging', ['TWILIO_AUTH_TOKEN', 'twilio_auth_token', 'twilioAuthToken', 'authToken'], (r) => r.str(A.hex, 32)),
  F('twilio-api-key', 'messaging', TOKEN_KEYS, (r) => 'SK' + r.str(A.hex, 32)),
  F('sendgrid', 'messaging', ['SENDGRID_API_KEY', 'api_key'], (r) => `SG.${r.str(A.b64url, 22)}.${r.str(A.b64url, 43)}`),
  F('mailgun', 'messaging', ['MAILGUN_API_KEY', 'api_key'], (r) => 'key-' + r.str(A.hex, 32)),
  F('mailchimp', 'messaging', ['MAILCHIMP_API_KEY', 'apikey'], (r) => `${r.str(A.hex, 32)}-us${r.int(1, 21)}`),
  // payments
  F('stripe', 'payments', ['STRIPE_SECRET_KEY', 'stripe_key', 'secret'], (r) => r.pick(['sk_live_', 'rk_live_', 'whsec_']) + r.str(A.b62, r.int(24, 99))),
  F('shopify', 'payments', ['SHOPIFY_ACCESS_TOKEN', 'X-Shopify-Access-Token'], (r) => r.pick(['shpat_', 'shpss_', 'shpca_']) + r.str(A.hex, 32)),
  F('square', 'payments', ['SQUARE_ACCESS_TOKEN', 'token'], (r) => (r.next() < 0.5 ? 'EAAA' + r.str(A.b64url, 60) : 'sq0csp-' + r.str(A.b64url, 43))),
  F('braintree', 'payments', ['BRAINTREE_ACCESS_TOKEN', 'access_token'], (r) => `access_token$production$${r.str(A.lower + A.digits, 16)}$${r.str(A.hex, 32)}`),
  F('adyen', 'payments', ['ADYEN_API_KEY', 'x-api-key'], (r) => `AQE${r.str(A.b64, 60)}==-${r.str(A.b64, 43)}=-${r.str(A.b62, 16)}`, NO_URL),
  F('plaid', 'payments', ['PLAID_ACCESS_TOKEN', 'access_token'], (r) => `access-production-${uuid(r)}`),
  F('paypal', 'payments', ['PAYPAL_CLIENT_SECRET', 'paypal_secret', 'client_secret'], (r) => 'E' + r.str(A.b64url, 79), NO_URL),
  // saas
  F('openai', 'saas', ['OPENAI_API_KEY', 'api_key'], (r) => (r.next() < 0.5 ? `sk-proj-${r.str(A.b64url, 156)}` : `sk-${r.str(A.b62, 20)}T3BlbkFJ${r.str(A.b62, 20)}`)),
  F('anthropic', 'saas', ['ANTHROPIC_API_KEY', 'x-api-key'], (r) => `sk-ant-api03-${r.str(A.b64url, 93)}AA`),
  F('hubspot', 'saas', ['HUBSPOT_TOKEN', 'token'], (r) => `pat-na1-${uuid(r)}`),
  F('salesforce', 'saas', ['SF_SESSION_ID', 'sessionId', 'access_token'], (r) => `00D${r.str(A.b62, 12)}!${r.str(A.b62 + '.', 96)}`),
  F('okta', 'saas', ['OKTA_API_TOKEN', 'okta_token'], (r) => '00' + r.str(A.b62 + '_-', 40)),
  F('auth0', 'saas', ['AUTH0_CLIENT_SECRET', 'auth0_client_secret', 'clientSecret'], (r) => r.str(A.b64url, 64), NO_URL),
  F('datadog', 'saas', ['DD_API_KEY', 'datadog_api_key', 'DD_APP_KEY', 'dd-api-key', 'DD-APPLICATION-KEY'], (r) => r.str(A.hex, r.pick([32, 40]))),
  F('newrelic', 'saas', ['NEW_RELIC_API_KEY', 'api_key'], (r) => 'NRAK-' + r.str(A.upperNum, 27)),
  F('sentry', 'saas', ['SENTRY_AUTH_TOKEN', 'token'], (r) => (r.next() < 0.5 ? 'sntrys_eyJ' + r.str(A.b64, 150) : 'sntryu_' + r.str(A.hex, 64))),
  F('facebook', 'saas', ['FB_ACCESS_TOKEN', 'access_token'], (r) => `${r.str(A.digits, 15)}|${r.str(A.hex, 32)}`, NO_URL, after('|')),
  // generic assignments
  F('password', 'generic', ['password', 'db_password', 'dbPassword', 'DbPassword', 'adminPass', 'DB_PASS', 'DB_PWD', 'SMTP_PASSWORD', 'spring.datasource.password', 'passphrase', 'Password'], (r) => password(r, true), QUOTED_CONTEXTS),
  F('password-plain', 'generic', ['password', 'db_password', 'redis-password', 'MYSQL_PWD', 'LDAP_PASS'], (r) => password(r, false), NO_URL),
  F('secret', 'generic', ['clientSecret', 'client_secret', 'APP_SECRET', 'accessToken', 'SessionToken', 'refresh_token', 'SIGNING_KEY', 'API_AUTH', 'SMTP_CREDENTIALS', 'ENCRYPTION_KEY', 'SONAR_LOGIN', 'webhook-secret'], (r) => r.str(A.b62, r.int(24, 48))),
  F('authorization', 'generic', ['Authorization'], (r) => `${r.pick(['Bearer', 'Token', 'Api-Token', 'Key', 'token', 'ApiKey', 'Bot'])} ${r.str(A.b62, r.int(28, 44))}`, ['header', 'json', 'curl', 'log', 'yaml'], after(' ')),
  // connection strings and URLs with credentials
  F('db-url', 'connection', ['DATABASE_URL', 'db_url', 'uri'], (r) => `${r.pick(['postgres', 'mysql', 'mongodb+srv', 'redis', 'amqp'])}://${r.pick(['app', 'svc_user', 'admin'])}:${r.str(A.b62, 16)}@db-${r.int(1, 9)}.internal.acme-corp.net:5432/app`, NO_URL, between(':', '@')),
  F('adonet', 'connection', ['ConnectionString', 'connection_string'], (r) => `Server=tcp:sql-${r.int(1, 9)}.acme-corp.net,1433;Database=billing;User Id=svc;Password=${password(r, true).replace(/;/g, '&')};`, ['env', 'json', 'yaml', 'log', 'ini'], between('Password=', ';')),
  F('curl-user', 'connection', ['cmd'], (r) => `${r.pick(['deploy', 'ci-bot', 'admin'])}:${password(r, false)}`, [], after(':')),
  F('sidekiq-url', 'connection', ['source'], (r) => `https://${r.str(A.hex, 8)}:${r.str(A.hex, 8)}@gems.contribsys.com/`, ['env', 'log', 'yaml', 'json'], between(':', '@')),
  // keys
  F('jwt', 'keys', TOKEN_KEYS, (r) => jwt(r)),
  F('private-key', 'keys', ['private_key', 'privateKey', 'SSH_PRIVATE_KEY', 'tls.key'], (r) => privateKey(r), []),
  // financial
  F('card', 'financial', ['card_number', 'pan', 'cardNumber', 'cc'], (r) => {
    const n = cardNumber(r);
    return r.next() < 0.5 ? n : groupCard(n, r.pick([' ', '-']));
  }, NO_URL),
  F('card-run', 'financial', ['cards', 'pans'], (r) => [groupCard(cardNumber(r), ' '), groupCard(cardNumber(r), ' ')].join(' '), ['log', 'json', 'yaml']),
  F('iban', 'financial', ['iban', 'IBAN', 'account_iban'], (r) => iban(r)),
  // personal
  F('email', 'personal', ['email', 'user_email', 'to'], (r) => `${r.pick(['jane.doe', 'm.schmidt', 'k_tanaka', 'ana+billing'])}${r.int(1, 99)}@${r.pick(['gmail.com', 'acme-corp.com', 'outlook.de', 'fastmail.fm'])}`),
];

/** Standalone lines for formats whose contexts are not key/value ones. */
export function specialLine(r: Rng, id: string, value: string, k: number): [string, string, string] | null {
  if (id === 'curl-user') {
    const forms: [string, string][] = [
      ['+ curl -sS -u ', ' https://registry.acme-corp.net/api/v1/publish'],
      ['curl --user ', ' -X POST https://jenkins.acme-corp.net/job/deploy/build'],
      ['$ curl -fsSL -u "', '" https://nexus.acme-corp.net/repository/raw/'],
      ['RUN curl -u ', ' -o /tmp/pkg.tgz https://artifacts.acme-corp.net/pkg.tgz'],
    ];
    const [a, b] = forms[k % forms.length]!;
    return [a, value, b];
  }
  if (id === 'private-key') {
    const forms = [
      () => ['tls:\n  key: |\n    ', value.replace(/\n/g, '\n    '), '\n  cert: ./cert.pem'],
      () => ['{"type":"service_account","private_key":"', value.replace(/\n/g, '\\n'), '\\n","client_email":"sync@proj.iam.gserviceaccount.com"}'],
      () => [`${'2026-12-03T10:00:00Z ERROR deploy: bad key file contents:\n'}`, value, '\nat loadKey (/srv/app/keys.js:12:9)'],
      () => ['SSH_PRIVATE_KEY="', value, '"'],
    ];
    const [a, v, b] = forms[k % forms.length]!();
    return [a!, v!, b!];
  }
  void r;
  return null;
}
