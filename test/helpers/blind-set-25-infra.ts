import type { PosTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';

/** Deployment and CI output: k8s Secrets and events, Terraform TF_LOG, Helm --debug, GitHub Actions, .env/YAML/TOML/INI/.properties, docker and npm auth files, cloud CLIs. */

export const INFRA_TEMPLATES: PosTemplate25[] = [
  {
    source: 'infra',
    name: 'k8s-secret-data',
    make: (r, b) => `Error from server (Invalid): error when applying patch:
{"apiVersion":"v1","data":{"STRIPE_SECRET_KEY":"${b.c('stripe-key~b64', V.b64(V.stripeKey(r)))}","SENDGRID_API_KEY":"${b.c('sendgrid-key~b64', V.b64(V.sendgridKey(r)))}","DATABASE_PASSWORD":"${b.c('password~b64', V.b64(V.pw(r, 20)))}","LOG_LEVEL":"${V.b64('info')}"},"kind":"Secret","metadata":{"name":"billing-api","namespace":"payments"},"type":"Opaque"}
to:
Resource: "/v1, Resource=secrets", GroupVersionKind: "/v1, Kind=Secret"
for: "deploy/billing-api/secret.yaml": error when patching: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update`,
  },
  {
    source: 'infra',
    name: 'k8s-describe-env',
    make: (
      r,
      b,
    ) => `2026-12-05T11:${r.int(10, 59)}:41.${r.digits(9)}Z stderr F Warning  BackOff  pod/orders-worker-${r.hex(10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}  Back-off restarting failed container
2026-12-05T11:${r.int(10, 59)}:41.${r.digits(9)}Z stderr F     Environment:
2026-12-05T11:${r.int(10, 59)}:41.${r.digits(9)}Z stderr F       DATABASE_URL:     postgres://orders:${b.c('password~url', V.url(V.pw(r, 18)))}@orders-db.payments.svc:5432/orders?sslmode=require
2026-12-05T11:${r.int(10, 59)}:41.${r.digits(9)}Z stderr F       MONGODB_URI:      mongodb+srv://etl:${b.c('password~url', V.url(V.pw(r, 16)))}@cluster0.${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/?retryWrites=true
2026-12-05T11:${r.int(10, 59)}:41.${r.digits(9)}Z stderr F       REDIS_URL:        rediss://default:${b.c('password', r.b62(32))}@redis-${r.digits(5)}.c${r.digits(3)}.us-east-1-2.ec2.redns.redis-cloud.com:${r.digits(5)}`,
  },
  {
    source: 'infra',
    name: 'terraform-tf-log',
    make: (r, b) => `2026-12-05T11:${r.int(10, 59)}:03.${r.digits(3)}Z [DEBUG] provider.terraform-provider-cloudflare_v4.48.0: Cloudflare API Request Details:
---[ REQUEST ]---------------------------------------
POST /client/v4/zones/${V.hex(r, 32)}/dns_records HTTP/1.1
Host: api.cloudflare.com
Authorization: Bearer ${b.c('cloudflare-token', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 40))}
Content-Type: application/json
-----------------------------------------------------
2026-12-05T11:${r.int(10, 59)}:04.${r.digits(3)}Z [DEBUG] provider.terraform-provider-datadog_v3.50.0: HTTP Request: GET /api/v1/validate HTTP/1.1 DD-API-KEY: ${b.c('datadog-api-key', V.hex(r, 32))} DD-APPLICATION-KEY: ${b.c('datadog-app-key', V.hex(r, 40))}
│ Error: error validating provider credentials: 403 Forbidden`,
  },
  {
    source: 'infra',
    name: 'helm-debug-values',
    make: (r, b) => `install.go:225: 2026-12-05 11:${r.int(10, 59)}:19.${r.digits(6)} +0000 UTC m=+0.${r.digits(6)} [debug] Original chart version: "4.12.0"
Error: INSTALLATION FAILED: execution error at (newrelic-bundle/templates/secret.yaml:12:3): licenseKey has an invalid format
USER-SUPPLIED VALUES:
global:
  cluster: prod-eu-1
  licenseKey: ${b.c('api-key', V.hex(r, 36) + 'NRAL')}
newrelic-infrastructure:
  apiKey: ${b.c('newrelic-key', V.newrelicKey(r))}
mongodb:
  auth:
    rootPassword: "${b.c('password', V.pw(r, 22))}"
sentry:
  authToken: ${b.c('sentry-token', 'sntryu_' + V.hex(r, 64))}`,
  },
  {
    source: 'infra',
    name: 'gha-log',
    make: (r, b) => {
      const t = () => `2026-12-05T11:${r.int(10, 59)}:${r.int(10, 59)}.${r.digits(7)}Z`;
      const dockerAuth = V.b64(`acmebot:${'dckr_pat_' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 27)}`);
      return `${t()} ##[group]Run npm publish --access public
${t()} \x1b[36;1mnpm publish --access public\x1b[0m
${t()} env:
${t()}   NODE_AUTH_TOKEN: ${b.c('npm-token', 'npm_' + r.b62(36))}
${t()}   GH_TOKEN: ${b.c('github-token', V.githubToken(r))}
${t()} ##[endgroup]
${t()} + echo '{"auths":{"https://index.docker.io/v1/":{"auth":"${b.c('basic-auth', dockerAuth)}"}}}' > ~/.docker/config.json
${t()} npm error code E403
${t()} npm error 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fherald-sdk - You cannot publish over the previously published versions: 3.4.1.`;
    },
  },
  {
    source: 'infra',
    name: 'dotenv-dump',
    make: (r, b) => `Error: Missing required env var WEBHOOK_URL (loaded /srv/app/.env)
# .env as loaded by dotenv (debug: true)
OPENAI_API_KEY=${b.c('openai-key', V.openaiKey(r))}
ANTHROPIC_API_KEY="${b.c('anthropic-key', V.anthropicKey(r))}"
DATABRICKS_TOKEN=${b.c('databricks-token', 'dapi' + V.hex(r, 32))}
SNOWFLAKE_PASSWORD='${b.c('password', V.pw(r, 18))}'
SLACK_WEBHOOK_ALERTS=${b.c('slack-webhook', V.slackWebhook(r))}
VERCEL_TOKEN=${b.c('vercel-token', r.b62(24))}
NETLIFY_AUTH_TOKEN=${b.c('netlify-token', 'nfp_' + r.b62(36))}
NODE_ENV=production`,
  },
  {
    source: 'infra',
    name: 'aws-ini-databricks-cfg',
    make: (r, b) => `botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the PutObject operation: The provided token has expired.
--- ~/.aws/credentials (mounted from secret aws-creds) ---
[default]
aws_access_key_id = ${b.c('aws-key-id', V.awsKeyId(r, 'ASIA'))}
aws_secret_access_key = ${b.c('aws-secret-key', V.awsSecret(r))}
aws_session_token = ${b.c('aws-session-token', V.awsSession(r))}
--- ~/.databrickscfg ---
[DEFAULT]
host  = https://dbc-${V.hex(r, 8)}-${V.hex(r, 4)}.cloud.databricks.com
token = ${b.c('databricks-token', 'dapi' + V.hex(r, 32))}`,
  },
  {
    source: 'infra',
    name: 'spring-properties-toml',
    make: (r, b) => `***************************
APPLICATION FAILED TO START
***************************
Description: Failed to bind properties under 'spring.mail' (resolved from application-prod.properties):
spring.datasource.url=jdbc:postgresql://pg-prod:5432/crm
spring.datasource.password=${b.c('db-password', V.pw(r, 16).replace(/[=:#!]/g, '_'))}
spring.mail.host=smtp.postmarkapp.com
spring.mail.password=${b.c('postmark-token', r.uuid())}
azure.activedirectory.client-secret=${b.c('azure-client-secret', V.azureSecret(r))}
# fly.toml [env] copied for the migration job
[env]
  HEROKU_API_KEY = "${b.c('heroku-key', V.herokuKey(r))}"
  DIGITALOCEAN_TOKEN = "${b.c('do-token', 'dop_v1_' + V.hex(r, 64))}"`,
  },
  {
    source: 'infra',
    name: 'gcp-azure-cli-json',
    make: (r, b) => {
      const acct = r.pick(['acmestore', 'heraldlogs', 'orderexports']) + r.digits(3);
      return `{"level":"error","ts":"2026-12-05T11:${r.int(10, 59)}:12Z","msg":"failed to parse credentials","credentials":"{\\"type\\": \\"service_account\\", \\"project_id\\": \\"acme-prod\\", \\"private_key_id\\": \\"${V.hex(r, 40)}\\", \\"private_key\\": \\"${b.c('private-key', V.pemKey(r, 'PRIVATE KEY', '\\\\n'))}\\\\n\\", \\"client_email\\": \\"exporter@acme-prod.iam.gserviceaccount.com\\"}"}
az storage blob upload: ClientAuthenticationError: Server failed to authenticate the request. connection_string=DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${b.c('azure-storage-key', V.azureStorageKey(r))};EndpointSuffix=core.windows.net`;
    },
  },
  {
    source: 'infra',
    name: 'npmrc-gitlab-ci',
    make: (r, b) => `$ cat .npmrc   # debug step left in .gitlab-ci.yml
//registry.npmjs.org/:_authToken=${b.c('npm-token', 'npm_' + r.b62(36))}
//gitlab.com/api/v4/projects/${r.digits(8)}/packages/npm/:_authToken=${b.c('gitlab-token', V.gitlabToken(r))}
@acme:registry=https://gitlab.com/api/v4/packages/npm/
$ git clone https://oauth2:${b.c('github-pat', V.githubPat(r))}@github.com/acme/deploy-config.git
fatal: Authentication failed for 'https://github.com/acme/deploy-config.git/'
ERROR: Job failed: exit code 128`,
  },
  {
    source: 'infra',
    name: 'fastly-vercel-yaml',
    make: (r, b) => `Error: failed to load config /etc/edge-sync/config.yaml: yaml: line 14: mapping values are not allowed in this context
---
fastly:
  api_token: ${b.c('fastly-token', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 32))}
  service_id: ${r.b62(22)}
slack:
  bot_token: ${b.c('slack-token', V.slackToken(r))}
  signing_secret: ${b.c('signing-key', V.hex(r, 32))}
github:
  app_private_key: "${b.c('private-key', V.pemKey(r, 'RSA PRIVATE KEY', '\\n'))}\\n"`,
  },
];
