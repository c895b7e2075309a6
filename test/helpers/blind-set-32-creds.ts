import { B62, B64, LALNUM, UALNUM, UPPER, base62, crc32, type Rng32 } from './blind-set-32-rng';
import { ecSec1Der, pem, rsaPkcs1Der, rsaPkcs8Der } from './blind-set-32-pem';

const URLSAFE = B62 + '-_';

/** A GitHub token (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`): 30 random base62 and a base62 CRC32 of them. */
export function ghToken(r: Rng32, prefix: 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr' = 'ghp'): string {
  const body = r.b62(30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
}

/** A fine-grained GitHub PAT (`github_pat_` 22 + `_` + 59). */
export function ghFine(r: Rng32): string {
  return `github_pat_11${r.chars(UALNUM, 20)}_${r.b62(59)}`;
}

/** A GitLab token of the given prefix (`glpat-`, `gldt-`, `glrt-`, `glptt-`, `glcbt-`). */
export function glToken(r: Rng32, prefix = 'glpat-'): string {
  if (prefix === 'glptt-') return `glptt-${r.hex(40)}`;
  return `${prefix}${r.chars(URLSAFE, 20)}`;
}

/** An npm access token: `npm_` + 30 base62 + base62 CRC32. */
export function npmToken(r: Rng32): string {
  const body = r.b62(30);
  return `npm_${body}${base62(crc32(body), 6)}`;
}

/** A PyPI API token: `pypi-` + base64url of a v2 macaroon located at pypi.org. */
export function pypiToken(r: Rng32): string {
  const id = Buffer.from(`{"nonce":"${r.hex(32)}","version":1}`);
  const caveat = Buffer.from(`{"permissions":{"projects":["${r.pick(['infra-kit', 'deploytool', 'herald-client', 'opsbox'])}"]},"version":1}`);
  const bytes = Buffer.concat([Buffer.from([2, 1, 8]), Buffer.from('pypi.org'), Buffer.from([2, id.length]), id, Buffer.from([0, 2, caveat.length]), caveat, Buffer.from([0, 0, 6, 32]), r.bytes(32)]);
  return `pypi-${bytes.toString('base64url')}`;
}

/** A Docker Hub personal access token. */
export function dockerPat(r: Rng32): string {
  return `dckr_pat_${r.chars(URLSAFE, 27)}`;
}

/** A Terraform Cloud / HCP Terraform API token. */
export function tfcToken(r: Rng32): string {
  return `${r.b62(14)}.atlasv1.${r.b62(67)}`;
}

/** A Vault token: modern service (`hvs.`), batch (`hvb.`) or legacy (`s.`). */
export function vaultToken(r: Rng32, kind: 'hvs' | 'hvs-long' | 'hvb' | 's' = 'hvs'): string {
  if (kind === 'hvs') return `hvs.${r.b62(24)}`;
  if (kind === 'hvs-long') return `hvs.CAESI${r.chars(URLSAFE, 86)}`;
  if (kind === 'hvb') return `hvb.AAAAAQ${r.chars(URLSAFE, 132)}`;
  return `s.${r.b62(24)}`;
}

/** A DigitalOcean token (`dop_v1_`, `doo_v1_`, `dor_v1_` + 64 hex). */
export function doToken(r: Rng32, p: 'dop' | 'doo' | 'dor' = 'dop'): string {
  return `${p}_v1_${r.hex(64)}`;
}

/** An AWS access key id (AKIA long-term or ASIA temporary). */
export function awsKeyId(r: Rng32, p: 'AKIA' | 'ASIA' = 'AKIA'): string {
  return `${p}${r.chars(UPPER + '234567', 16)}`;
}

/** An AWS secret access key (40 chars). */
export function awsSecret(r: Rng32): string {
  return r.chars(B62 + '/+', 40);
}

/** An AWS STS session token. */
export function awsSession(r: Rng32): string {
  return `IQoJb3JpZ2luX2VjE${r.chars(B64, 40)}//////////wEaCX${r.chars(B64, r.int(110, 160) * 4)}`;
}

/** An Azure AD (Entra) client secret: 3 + `8Q~` + 34. */
export function azureSecret(r: Rng32): string {
  return `${r.chars(B62, 3)}${r.pick(['8Q~', '7Q~'])}${r.chars(B62 + '_.~-', 34)}`;
}

/** An Azure storage account key (64 bytes, base64). */
export function azureStorageKey(r: Rng32): string {
  return r.b64(64);
}

/** An Azure DevOps PAT (52 base32 lowercase). */
export function azdoPat(r: Rng32): string {
  return r.chars('abcdefghijklmnopqrstuvwxyz234567', 52);
}

/** A Sentry org auth token: `sntrys_` + base64 JSON claims + `_` + secret. */
export function sentryOrgToken(r: Rng32, org: string): string {
  const claims = `{"iat":${r.int(1735000000, 1790000000)}.${r.digits(6)},"url":"https://sentry.io","region_url":"https://${r.pick(['us', 'de'])}.sentry.io","org":"${org}"}`;
  return `sntrys_${Buffer.from(claims).toString('base64')}_${r.chars(B62 + '+/', 43)}`;
}

/** A Grafana service-account token (`glsa_` + 32 + `_` + CRC32 hex). */
export function grafanaSa(r: Rng32): string {
  const body = r.b62(32);
  return `glsa_${body}_${crc32(`glsa_${body}`).toString(16).padStart(8, '0')}`;
}

/** A Grafana Cloud access-policy token (`glc_` + base64 JSON). */
export function grafanaCloud(r: Rng32): string {
  const j = `{"o":"${r.int(100000, 999999)}","n":"${r.pick(['stack', 'ci-push', 'alloy'])}-${r.int(100, 999)}-${r.pick(['logs-write', 'metrics-publisher', 'deploy'])}","k":"${r.b62(24)}","m":{"r":"${r.pick(['prod-eu-west-2', 'prod-us-east-0', 'prod-ap-southeast-1'])}"}}`;
  return `glc_${Buffer.from(j).toString('base64')}`;
}

/** A Slack incoming-webhook URL (the whole URL is the credential). */
export function slackWebhook(r: Rng32): string {
  return `https://hooks.slack.com/services/T${r.chars(UALNUM, 8)}/B${r.chars(UALNUM, 10)}/${r.b62(24)}`;
}

/** A Slack bot token. */
export function slackBot(r: Rng32): string {
  return `xoxb-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`;
}

/** A JWT with the given header and payload and a 256-byte signature. */
export function jwt(r: Rng32, header: object, payload: object, sigBytes = 256): string {
  const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc(header)}.${enc(payload)}.${r.b64url(sigBytes)}`;
}

/** A Kubernetes service-account token (RS256 JWT with the kubernetes.io claims). */
export function k8sSaToken(r: Rng32, ns: string, sa: string): string {
  const iat = r.int(1735000000, 1790000000);
  return jwt(r, { alg: 'RS256', kid: r.b64url(32) }, { aud: ['https://kubernetes.default.svc.cluster.local'], exp: iat + 3600, iat, iss: 'https://kubernetes.default.svc.cluster.local', 'kubernetes.io': { namespace: ns, serviceaccount: { name: sa, uid: r.uuid() } }, nbf: iat, sub: `system:serviceaccount:${ns}:${sa}` });
}

/** A TeamCity access token (`eyJ0eXAiOiAiVENWMiJ9.` + two base64url parts). */
export function teamcityToken(r: Rng32): string {
  return `eyJ0eXAiOiAiVENWMiJ9.${r.chars(URLSAFE, 43)}.${r.chars(URLSAFE, 48)}`;
}

/** A password private key PEM of the given flavour, lines joined by `nl`. */
export function privateKeyPem(r: Rng32, flavour: 'pkcs8' | 'rsa' | 'ec', nl = '\n'): string {
  if (flavour === 'pkcs8') return pem('PRIVATE KEY', rsaPkcs8Der(r), nl);
  if (flavour === 'rsa') return pem('RSA PRIVATE KEY', rsaPkcs1Der(r), nl);
  return pem('EC PRIVATE KEY', ecSec1Der(r), nl);
}

/** Miscellaneous vendor tokens by label, each in its documented shape. */
export function vendorToken(r: Rng32, which: string): string {
  switch (which) {
    case 'cloudflare-api-token': return r.chars(URLSAFE, 40);
    case 'cloudflare-global-key': return r.hex(37);
    case 'vercel-token': return r.b62(24);
    case 'netlify-token': return `nfp_${r.b62(36)}`;
    case 'heroku-api-key': return r.uuid();
    case 'heroku-token': return `HRKU-AA${r.chars(URLSAFE, 58)}`;
    case 'fly-token': return `fm2_${r.b64(r.int(40, 60) * 3)}`;
    case 'linode-token': return r.hex(64);
    case 'hetzner-token': return r.b62(64);
    case 'datadog-api-key': return r.hex(32);
    case 'datadog-app-key': return r.hex(40);
    case 'newrelic-license-key': return `${r.hex(36)}NRAL`;
    case 'newrelic-user-key': return `NRAK-${r.chars(UALNUM, 27)}`;
    case 'sentry-dsn-key': return r.hex(32);
    case 'sentry-user-token': return `sntryu_${r.hex(64)}`;
    case 'pagerduty-api-key': return `u+${r.chars(URLSAFE, 18)}`;
    case 'pagerduty-routing-key': return r.hex(32);
    case 'opsgenie-api-key': return r.uuid();
    case 'stripe-secret-key': return `sk_live_51${r.b62(r.pick([22, 97]))}`;
    case 'sendgrid-key': return `SG.${r.chars(URLSAFE, 22)}.${r.chars(URLSAFE, 43)}`;
    case 'buildkite-token': return `bkua_${r.hex(40)}`;
    case 'buildkite-agent-token': return r.hex(50);
    case 'circleci-token': return `CCIPAT_${r.b62(22)}_${r.hex(40)}`;
    case 'bitbucket-app-password': return `ATBB${r.b62(24)}${r.hex(8).toUpperCase()}`;
    case 'atlassian-api-token': return `ATATT3xFfGF0${r.chars(URLSAFE, 170)}=${r.hex(8).toUpperCase()}`;
    case 'drone-token': return r.b62(32);
    case 'jenkins-api-token': return `11${r.hex(32)}`;
    case 'jfrog-ref-token': return `cmVmdGtuOjAxOj${r.b62(50)}`;
    case 'jfrog-api-key': return `AKCp8${r.b62(68)}`;
    case 'nuget-api-key': return `oy2${r.chars(LALNUM, 43)}`;
    case 'rubygems-key': return `rubygems_${r.hex(48)}`;
    case 'cargo-token': return `cio${r.b62(32)}`;
    case 'pulumi-token': return `pul-${r.hex(40)}`;
    case 'k8s-bootstrap-token': return `${r.chars(LALNUM, 6)}.${r.chars(LALNUM, 16)}`;
    case 'consul-token': return r.uuid();
    case 'nomad-token': return r.uuid();
    case 'sonar-token': return `${r.pick(['squ_', 'sqp_', 'sqa_'])}${r.hex(40)}`;
    case 'snyk-token': return r.uuid();
    case 'codecov-token': return r.uuid();
    case 'doppler-token': return `dp.st.${r.pick(['prd', 'stg', 'dev'])}.${r.b62(43)}`;
    case 'gitlab-runner-reg': return `GR1348941${r.chars(URLSAFE, 20)}`;
    case 'mailgun-key': return `key-${r.hex(32)}`;
    case 'twilio-auth-token': return r.hex(32);
    case 'hex-secret': return r.hex(r.pick([32, 40, 64]));
    case 'b64-secret': return r.b64(r.pick([24, 32, 48]));
    default: throw new Error(`unknown vendor token ${which}`);
  }
}

/** Base64 of `user:password`, as in Docker `auths` and HTTP basic auth. */
export function basicB64(user: string, pass: string): string {
  return Buffer.from(`${user}:${pass}`).toString('base64');
}
