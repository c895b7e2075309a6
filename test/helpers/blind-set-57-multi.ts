import type { Rng9 } from './blind-set-9-rng';
import { A57, camel, jwt57, pem57, pw57, snake, svc, tail, type Ctx57, type Provider57 } from './blind-set-57-ctx';
import { PROV_INFRA } from './blind-set-57-prov-infra';
import { PROV_SAAS } from './blind-set-57-prov-saas';
import { PROV_DATA } from './blind-set-57-prov-data';

/** Every provider of the set. */
export const ALL_PROVIDERS: readonly Provider57[] = [...PROV_INFRA, ...PROV_SAAS, ...PROV_DATA];
const byKind = (k: string): Provider57 => ALL_PROVIDERS.find((p) => p.kind === k)!;

/** `n` distinct providers drawn from all. */
export function someProviders(r: Rng9, n: number): Provider57[] {
  const out: Provider57[] = [];
  while (out.length < n) {
    const p = r.pick(ALL_PROVIDERS);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/** A multi-secret file fragment template. */
export interface Multi57 {
  name: string;
  make: (c: Ctx57) => string;
}
const M = (name: string, make: (c: Ctx57) => string): Multi57 => ({ name, make });
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const user = (r: Rng9): string => r.pick(['deploy', 'svc_billing', 'ci-bot', 'etl_reader', 'app_rw', 'jenkins', 'release-bot']);

/** Config files and credential stores holding several secrets each. */
export const MULTI: readonly Multi57[] = [
  M('dotenv-many', (c) => someProviders(c.r, c.r.int(4, 6)).map((p) => `${p.env}=${c.secret(p)}`).join('\n') + '\nNODE_ENV=production'),
  M('dotenv-export', (c) => someProviders(c.r, 4).map((p) => `export ${p.env}="${c.secret(p)}"`).join('\n')),
  M('aws-credentials', (c) => `[default]\naws_access_key_id = ${c.secret(byKind('aws-access-key-id'))}\naws_secret_access_key = ${c.secret(byKind('aws-secret-access-key'))}\nregion = us-west-2\n\n[prod-admin]\naws_access_key_id=${c.secret(byKind('aws-access-key-id'))}\naws_secret_access_key=${c.secret(byKind('aws-secret-access-key'))}`),
  M('npmrc', (c) => `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${c.secret(byKind('npm-token'))}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${c.secret(byKind('github-pat'))}\nalways-auth=true`),
  M('pypirc', (c) => `[distutils]\nindex-servers =\n    pypi\n    private\n\n[pypi]\nusername = __token__\npassword = ${c.secret(byKind('pypi-token'))}\n\n[private]\nrepository = https://pypi.internal.acme.io/simple\nusername = ${user(c.r)}\npassword = ${c.cred('password', pw57(c.r))}`),
  M('docker-config', (c) => {
    const u = user(c.r);
    const pass = byKind('dockerhub-pat').gen(c.r);
    const auth = c.cred('basic-auth-b64', b64(`${u}:${pass}`));
    return JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth }, 'ghcr.io': { auth: c.cred('basic-auth-b64', b64(`${u}:${byKind('github-pat').gen(c.r)}`)) } }, credsStore: '' }, null, '\t');
  }),
  M('kubeconfig', (c) => `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.prod.internal:6443\n  name: prod\nusers:\n- name: ci\n  user:\n    token: ${c.cred('k8s-sa-token', jwt57(c.r, { iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', 'kubernetes.io/serviceaccount/service-account.name': 'deployer', sub: 'system:serviceaccount:ci:deployer' }, 'RS256'))}\n- name: admin\n  user:\n    client-key-data: ${c.cred('pem-private-key-b64', b64(pem57(c.r, 'RSA PRIVATE KEY', 300)))}`),
  M('gcp-service-account', (c) => {
    const key = pem57(c.r, 'PRIVATE KEY', 900).replace(/\n/g, '\\n') + '\\n';
    return `{\n  "type": "service_account",\n  "project_id": "billing-prod-${c.r.digits(6)}",\n  "private_key_id": "${c.r.hex(40)}",\n  "private_key": "${c.cred('pem-private-key', key)}",\n  "client_email": "exporter@billing-prod.iam.gserviceaccount.com",\n  "client_id": "1${c.r.digits(20)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`;
  }),
  M('netrc', (c) => `machine api.heroku.com\n  login ${c.pers('email', `${c.r.pick(['lena', 'omar', 'yuki', 'arjun'])}.${c.r.pick(['berg', 'saleh', 'mori', 'nair'])}${c.r.int(10, 99)}@gmail.com`)}\n  password ${c.secret(byKind('heroku-api-key'))}\nmachine github.com\n  login ${user(c.r)}\n  password ${c.secret(byKind('github-pat'))}`),
  M('maven-settings', (c) => `<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>${user(c.r)}</username>\n      <password>${c.cred('password', pw57(c.r).replace(/[&<>]/g, '!'))}</password>\n    </server>\n    <server>\n      <id>artifactory</id>\n      <username>ci</username>\n      <password>${c.secret(byKind('jfrog-api-key'))}</password>\n    </server>\n  </servers>\n</settings>`),
  M('nuget-config', (c) => `<configuration>\n  <packageSourceCredentials>\n    <github>\n      <add key="Username" value="${user(c.r)}" />\n      <add key="ClearTextPassword" value="${c.secret(byKind('github-pat'))}" />\n    </github>\n  </packageSourceCredentials>\n  <apikeys>\n    <add key="https://www.nuget.org/api/v2" value="${c.secret(byKind('nuget-key'))}" />\n  </apikeys>\n</configuration>`),
  M('composer-auth', (c) => JSON.stringify({ 'http-basic': { 'repo.packagist.com': { username: 'token', password: c.cred('packagist-token', 'packagist_uut_' + c.r.b62(68)) } }, 'github-oauth': { 'github.com': c.secret(byKind('github-oauth')) }, 'gitlab-token': { 'gitlab.com': c.secret(byKind('gitlab-pat')) } }, null, 4)),
  M('yarnrc', (c) => `nodeLinker: node-modules\nnpmRegistryServer: "https://registry.npmjs.org"\nnpmAuthToken: ${c.secret(byKind('npm-token'))}\nnpmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: "${c.secret(byKind('github-fine-grained-pat'))}"`),
  M('git-credentials', (c) => `https://${user(c.r)}:${c.secret(byKind('github-pat'))}@github.com\nhttps://oauth2:${c.secret(byKind('gitlab-pat'))}@gitlab.com\nhttps://x-token-auth:${c.secret(byKind('bitbucket-app-password'))}@bitbucket.org`),
  M('rails-credentials', (c) => `secret_key_base: ${c.cred('rails-secret-key-base', c.r.hex(128))}\naws:\n  access_key_id: ${c.secret(byKind('aws-access-key-id'))}\n  secret_access_key: ${c.secret(byKind('aws-secret-access-key'))}\nstripe:\n  secret_key: ${c.secret(byKind('stripe-secret-key'))}\n  signing_secret: ${c.secret(byKind('stripe-webhook-secret'))}`),
  M('django-settings', (c) => `SECRET_KEY = '${c.cred('django-secret-key', c.r.chars(A57.b62 + '!@#%^*(-_=+)', 50))}'\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "orders",\n        "USER": "orders_app",\n        "PASSWORD": "${c.cred('password', pw57(c.r, true))}",\n        "HOST": "db.internal",\n    }\n}\nEMAIL_HOST_PASSWORD = "${c.secret(byKind('sendgrid-api-key'))}"\nSENTRY_AUTH_TOKEN = "${c.secret(byKind('sentry-user-token'))}"`),
  M('spring-application-yml', (c) => `spring:\n  datasource:\n    url: jdbc:postgresql://pg.internal:5432/ledger\n    username: ledger_app\n    password: '${c.cred('password', pw57(c.r, true))}'\n  mail:\n    password: ${c.secret(byKind('mailgun-api-key'))}\nokta:\n  oauth2:\n    client-secret: ${c.secret(byKind('auth0-client-secret'))}\nmanagement:\n  datadog:\n    metrics:\n      export:\n        api-key: ${c.secret(byKind('datadog-api-key'))}\n        application-key: ${c.secret(byKind('datadog-app-key'))}`),
  M('laravel-env', (c) => `APP_KEY=base64:${c.cred('laravel-app-key', c.r.b64(32))}\nDB_PASSWORD="${c.cred('password', pw57(c.r, true))}"\nMAIL_PASSWORD=${c.secret(byKind('mailjet-secret-key'))}\nPUSHER_APP_SECRET=${c.cred('pusher-secret', c.r.hex(20))}\nSTRIPE_SECRET=${c.secret(byKind('stripe-secret-key'))}`),
  M('appsettings-connstrings', (c) => JSON.stringify({ ConnectionStrings: { Default: `Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=${c.cred('password', pw57(c.r).replace(/;/g, '!'))};Encrypt=True;`, Storage: `DefaultEndpointsProtocol=https;AccountName=crmblobs${c.r.digits(3)};AccountKey=${c.secret(byKind('azure-storage-key'))};EndpointSuffix=core.windows.net` }, AzureAd: { Instance: 'https://login.microsoftonline.com/', ClientSecret: c.secret(byKind('azure-ad-client-secret')) } }, null, 2)),
  M('k8s-secret-data', (c) => {
    const ps = someProviders(c.r, 3);
    return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\ndata:\n` + ps.map((p) => `  ${p.env}: ${c.cred(p.kind + '-b64', b64(p.gen(c.r)))}`).join('\n');
  }),
  M('gha-workflow', (c) => `name: deploy\non: push\nenv:\n  ${someProviders(c.r, 3).map((p) => `${p.env}: ${c.secret(p)}`).join('\n  ')}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./scripts/deploy.sh`),
  M('compose-stack', (c) => {
    const [a, b] = someProviders(c.r, 2);
    return `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "${c.cred('password', pw57(c.r))}"\n  worker:\n    image: acme/worker:2.3\n    environment:\n      ${a!.env}: ${c.secret(a!)}\n      ${b!.env}: "${c.secret(b!)}"`;
  }),
  M('tfvars-many', (c) => someProviders(c.r, 4).map((p) => `${snake(p.env)} = "${c.secret(p)}"`).join('\n')),
  M('helm-values', (c) => `global:\n  imageTag: 4.2.1\nsecrets:\n${someProviders(c.r, 4).map((p) => `  ${camel(p.env)}: "${c.secret(p)}"`).join('\n')}`),
  M('toml-many', (c) => someProviders(c.r, 3).map((p) => `[${svc(p)}]\n${snake(tail(p.env).toUpperCase())} = "${c.secret(p)}"`).join('\n\n')),
  M('ini-many', (c) => someProviders(c.r, 3).map((p) => `[${svc(p)}]\n${snake(tail(p.env).toUpperCase())} = ${c.secret(p)}`).join('\n')),
  M('wrangler-toml', (c) => `name = "edge-api"\nmain = "src/index.ts"\n\n[vars]\nCLOUDFLARE_API_TOKEN = "${c.secret(byKind('cloudflare-api-token'))}"\nRESEND_API_KEY = "${c.secret(byKind('resend-api-key'))}"\nOPENAI_API_KEY = "${c.secret(byKind('openai-project-key'))}"`),
  M('vercel-env-pull', (c) => `# Created by Vercel CLI\n${someProviders(c.r, 5).map((p) => `${p.env}="${c.secret(p)}"`).join('\n')}\nVERCEL_ENV="production"`),
  M('rclone-conf', (c) => `[s3-backup]\ntype = s3\nprovider = AWS\naccess_key_id = ${c.secret(byKind('aws-access-key-id'))}\nsecret_access_key = ${c.secret(byKind('aws-secret-access-key'))}\n\n[dropbox]\ntype = dropbox\ntoken = {"access_token":"${c.secret(byKind('dropbox-token'))}","token_type":"bearer","expiry":"2025-06-01T10:00:00Z"}`),
  M('ai-keys-py', (c) => `OPENAI_API_KEY = "${c.secret(byKind('openai-project-key'))}"\nANTHROPIC_API_KEY = "${c.secret(byKind('anthropic-api-key'))}"\nHF_TOKEN = "${c.secret(byKind('huggingface-token'))}"\nclient = OpenAI(api_key=OPENAI_API_KEY)`),
  M('observability-agent', (c) => `# /etc/datadog-agent/datadog.yaml\napi_key: ${c.secret(byKind('datadog-api-key'))}\nsite: datadoghq.eu\n---\n# newrelic.yml\ncommon: &default_settings\n  license_key: '${c.secret(byKind('newrelic-license-key'))}'\n---\n# sentry\nauth.token=${c.secret(byKind('sentry-org-token'))}`),
  M('slack-app-manifest', (c) => `SLACK_BOT_TOKEN=${c.secret(byKind('slack-bot-token'))}\nSLACK_APP_TOKEN=${c.secret(byKind('slack-app-token'))}\nSLACK_SIGNING_SECRET=${c.cred('slack-signing-secret', c.r.hex(32))}\nSLACK_WEBHOOK_URL=${c.secret(byKind('slack-webhook'))}`),
  M('pem-heredoc', (c) => `resource "tls_locally_signed_cert" "ingress" {\n  ca_private_key_pem = <<EOT\n${c.cred('pem-private-key', pem57(c.r, c.r.pick(['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY']), 400))}\nEOT\n  validity_period_hours = 8760\n}`),
  M('jwt-secret-env', (c) => `JWT_SECRET=${c.cred('jwt-signing-secret', c.r.b64url(48))}\nSESSION_SECRET="${c.cred('session-secret', c.r.hex(64))}"\nSUPABASE_SERVICE_ROLE_KEY=${c.cred('supabase-service-role-jwt', jwt57(c.r, { iss: 'supabase', ref: c.r.chars(A57.lan, 20), role: 'service_role', iat: 1718000000, exp: 2033576000 }))}`),
];
