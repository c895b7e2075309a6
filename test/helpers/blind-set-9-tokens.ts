import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { githubToken, jwt } from './blind-set-9-crypto';

/** Token generators in the providers' published shapes (values random, formats real). */
export const tok = {
  awsKeyId: (r: Rng9, p = 'AKIA'): string => p + r.chars(UPPER + '234567', 16),
  awsSecret: (r: Rng9): string => r.chars(UPPER + LOWER + DIGITS + '/+', 40),
  awsSession: (r: Rng9): string => 'IQoJb3JpZ2luX2VjE' + r.chars(UPPER + LOWER + DIGITS + '/+', 300) + '==',
  stripe: (r: Rng9, p = 'sk_live_'): string => p + '51' + r.b62(96),
  stripeShort: (r: Rng9, p = 'rk_live_'): string => p + r.b62(24),
  whsec: (r: Rng9): string => 'whsec_' + r.b62(32),
  slack: (r: Rng9, p = 'xoxb'): string => `${p}-${r.digits(12)}-${r.digits(13)}-${r.b62(24)}`,
  slackHook: (r: Rng9): string => `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 10)}/B${r.chars(UPPER + DIGITS, 10)}/${r.b62(24)}`,
  sendgrid: (r: Rng9): string => `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}`,
  hex32: (r: Rng9): string => r.hex(32),
  twilioKeySecret: (r: Rng9): string => r.b62(32),
  shopify: (r: Rng9, p = 'shpat_'): string => p + r.hex(32),
  atlassian: (r: Rng9): string => 'ATATT3xFfGF0' + r.chars(B64URL, 170) + '=' + r.chars(HEX.toUpperCase(), 8),
  gitlab: (r: Rng9, p = 'glpat-'): string => p + r.chars(B64URL, 20),
  github: githubToken,
  githubPat: (r: Rng9): string => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`,
  openai: (r: Rng9): string => `sk-proj-${r.chars(B64URL, 74)}T3BlbkFJ${r.chars(B64URL, 74)}`,
  anthropic: (r: Rng9): string => `sk-ant-api03-${r.chars(B64URL, 93)}AA`,
  okta: (r: Rng9): string => '00' + r.chars(B62 + '-_', 40),
  auth0Secret: (r: Rng9): string => r.chars(B64URL, 64),
  paypalSecret: (r: Rng9): string => 'E' + r.chars(B64URL, 79),
  braintree: (r: Rng9): string => `access_token$production$${r.chars(LOWER + DIGITS, 16)}$${r.hex(32)}`,
  squareAccess: (r: Rng9): string => 'EAAA' + r.chars(B64URL, 60),
  squareSecret: (r: Rng9): string => 'sq0csp-' + r.chars(B64URL, 43),
  mailchimp: (r: Rng9): string => `${r.hex(32)}-us${r.int(2, 21)}`,
  intercom: (r: Rng9): string => Buffer.from(`tok:${r.uuid()}:1:0`).toString('base64').replace(/=+$/, '') + '=',
  hubspot: (r: Rng9): string => `pat-na1-${r.uuid()}`,
  salesforce: (r: Rng9): string => `00D${r.chars(B62, 12)}!AQ${r.chars(B62, 4)}.${r.chars(B62 + '._', 92)}`,
  zendesk: (r: Rng9): string => r.b62(40),
  plaidSecret: (r: Rng9): string => r.hex(30),
  plaidAccess: (r: Rng9): string => `access-production-${r.uuid()}`,
  adyen: (r: Rng9): string => `AQE${r.b62(5)}+${r.b62(28)}+${r.b62(20)}=-${r.chars(B62 + '+/', 44)}=-${r.chars(B62 + '<>[]#', 20)}`,
  azureKey: (r: Rng9): string => r.b64(64),
  azureSecret: (r: Rng9): string => `${r.b62(3)}8Q~${r.chars(B62 + '._-~', 31)}`,
  gcpKey: (r: Rng9): string => 'AIza' + r.chars(B62 + '-_', 35),
  npm: (r: Rng9): string => 'npm_' + r.b62(36),
  ddApi: (r: Rng9): string => r.hex(32),
  ddApp: (r: Rng9): string => r.hex(40),
  sentry: (r: Rng9): string => 'sntryu_' + r.hex(64),
  mailgun: (r: Rng9): string => `key-${r.hex(32)}`,
  vault: (r: Rng9): string => 'hvs.' + r.chars(B64URL, 90),
  dockerhub: (r: Rng9): string => 'dckr_pat_' + r.chars(B64URL, 27),
  telegram: (r: Rng9): string => `${r.int(100000000, 7999999999)}:AA${r.chars(B64URL, 33)}`,
  jwt: (r: Rng9, claims: Record<string, unknown> = {}, alg = 'HS256'): string =>
    jwt(r, { sub: r.uuid(), iss: 'https://auth.acme-corp.io/', aud: 'api', iat: 1764800000 + r.int(0, 9e5), exp: 1764900000 + r.int(0, 9e5), ...claims }, alg),
  basic: (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64'),
};

/** Plausible hosts and user names for the surrounding text. */
export const hosts = ['api.acme-corp.io', 'billing.internal.acme-corp.io', 'pay.northwind-app.com', 'edge.contoso-retail.net'];
export const users = ['svc_billing', 'app_rw', 'etl_loader', 'orders_api', 'herald_ro'];
