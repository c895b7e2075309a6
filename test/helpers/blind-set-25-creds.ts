import type { PosTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';

/** Credential-dense dumps: `env` after `set -x`, docker inspect, tfstate, kubeconfig, alerting integration configs, connection strings. */

export const CREDS_TEMPLATES: PosTemplate25[] = [
  {
    source: 'creds',
    name: 'ci-env-dump',
    make: (r, b) => `+ env | sort    # debugging a flaky deploy step
AWS_ACCESS_KEY_ID=${b.c('aws-key-id', V.awsKeyId(r))}
AWS_SECRET_ACCESS_KEY=${b.c('aws-secret-key', V.awsSecret(r))}
CI=true
DD_API_KEY=${b.c('datadog-api-key', V.hex(r, 32))}
GITLAB_TOKEN=${b.c('gitlab-token', V.gitlabToken(r))}
HEROKU_API_KEY=${b.c('heroku-key', V.herokuKey(r))}
SENTRY_AUTH_TOKEN=${b.c('sentry-token', 'sntryu_' + V.hex(r, 64))}
SHOPIFY_API_SECRET=${b.c('shopify-token', 'shpss_' + V.hex(r, 32))}
TWILIO_AUTH_TOKEN=${b.c('twilio-auth-token', V.hex(r, 32))}
HOME=/home/runner`,
  },
  {
    source: 'creds',
    name: 'docker-inspect-env',
    make: (r, b) => `[
    {
        "Id": "${V.hex(r, 64)}",
        "State": { "Status": "exited", "ExitCode": 1, "Error": "" },
        "Config": {
            "Env": [
                "MAILCHIMP_API_KEY=${b.c('mailchimp-key', `${V.hex(r, 32)}-us${r.int(1, 21)}`)}",
                "MAILGUN_API_KEY=${b.c('mailgun-key', `key-${V.hex(r, 32)}`)}",
                "POSTMARK_SERVER_TOKEN=${b.c('postmark-token', r.uuid())}",
                "SENDGRID_API_KEY=${b.c('sendgrid-key', V.sendgridKey(r))}",
                "STRIPE_WEBHOOK_SECRET=${b.c('webhook-signing-secret', V.whsec(r))}",
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"
            ]
        }
    }
]`,
  },
  {
    source: 'creds',
    name: 'tfstate-sensitive',
    make: (r, b) => `Error: Error acquiring the state lock (state uploaded to the debug bucket by mistake):
{"version":4,"resources":[{"type":"aws_iam_access_key","instances":[{"attributes":{"id":"${V.awsKeyId(r)
      .replace(/^/, () => '')
      .replace(/.*/, (m) =>
        b.c('aws-key-id', m),
      )}","secret":"${b.c('aws-secret-key', V.awsSecret(r))}","status":"Active"}}]},{"type":"random_password","instances":[{"attributes":{"result":"${b.c('password', V.pw(r, 24).replace(/["\\\\]/g, '_'))}","length":24}}]},{"type":"mongodbatlas_database_user","instances":[{"attributes":{"password":"${b.c('db-password', V.pw(r, 20).replace(/["\\\\]/g, '_'))}","username":"app"}}]},{"type":"azurerm_storage_account","instances":[{"attributes":{"primary_access_key":"${b.c('azure-storage-key', V.azureStorageKey(r))}"}}]}]}`,
  },
  {
    source: 'creds',
    name: 'kubeconfig',
    make: (r, b) => `error: You must be logged in to the server (Unauthorized) -- kubeconfig in use:
apiVersion: v1
clusters:
- cluster: {certificate-authority-data: ${r.b64(60)}, server: 'https://10.0.0.1:6443'}
  name: prod
users:
- name: ci-deployer
  user:
    client-key-data: ${b.c('private-key~b64', V.b64(V.pemKey(r, 'EC PRIVATE KEY') + '\n'))}
    token: ${b.c('jwt', V.jwt(r, { iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:ci:deployer' }, 'RS256'))}
- name: do-admin
  user: {token: ${b.c('do-token', 'dop_v1_' + V.hex(r, 64))}}`,
  },
  {
    source: 'creds',
    name: 'alerting-integrations',
    make: (r, b) => `WARN config reload failed; effective notifier config:
{"slack":{"webhook_url":"${b.c('slack-webhook', V.slackWebhook(r))}","bot_token":"${b.c('slack-token', V.slackToken(r))}"},"pagerduty":{"routing_key":"${b.c('api-key', V.hex(r, 32))}","api_token":"${b.c('pagerduty-token', 'u+' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 18))}"},"jira":{"email":"alerts@acme.io","api_token":"${b.c('atlassian-token', V.atlassianToken(r))}"},"newrelic":{"api_key":"${b.c('newrelic-key', V.newrelicKey(r))}"},"datadog":{"app_key":"${b.c('datadog-app-key', V.hex(r, 40))}"}}`,
  },
  {
    source: 'creds',
    name: 'connection-strings',
    make: (r, b) => `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server failed
[SQL: SELECT 1] engine urls tried:
  postgresql+psycopg2://app:${b.c('password~url', V.url(V.pw(r, 18)))}@prod-db.${r.hex(6)}.eu-west-1.rds.amazonaws.com:5432/app
  mongodb+srv://reporting:${b.c('password', r.b62(24))}@atlas-${r.hex(5)}.mongodb.net/reports
  redis://default:${b.c('password', r.b62(32))}@redis-${r.digits(5)}.c1.eu-west-1-1.ec2.cloud.redislabs.com:${r.digits(5)}
  Server=tcp:acme-sql.database.windows.net,1433;Database=crm;User ID=crm_app;Password=${b.c('password', V.pw(r, 16).replace(/[;=]/g, '_'))};Encrypt=True
  snowflake://etl:${b.c('password~url', V.url(V.pw(r, 20)))}@acme-xy${r.digits(5)}/ANALYTICS/PUBLIC?warehouse=ETL_WH`,
  },
  {
    source: 'creds',
    name: 'oauth-token-response',
    make: (
      r,
      b,
    ) => `DEBUG [oauth] token response (status 200) logged by interceptor: {"access_token":"${b.c('access-token', r.b64url(48))}","refresh_token":"${b.c('refresh-token', r.b64url(48))}","id_token":"${b.c('jwt', V.jwt(r, { sub: r.uuid(), aud: 'herald' }, 'RS256'))}","token_type":"Bearer","expires_in":3599}
DEBUG [google] client_secret=${b.c('google-client-secret', 'GOCSPX-' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 28))} client_id=${r.digits(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`,
  },
  {
    source: 'creds',
    name: 'github-app-actions',
    make: (r, b) => `Run actions/github-script@v7
  with:
    github-token: ${b.c('github-token', V.githubToken(r, 'ghs'))}
    script: await github.rest.repos.createDispatchEvent(...)
  env:
    GH_PAT: ${b.c('github-pat', V.githubPat(r))}
    DOCKERHUB_TOKEN: ${b.c('docker-pat', 'dckr_pat_' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 27))}
    OPENAI_API_KEY: ${b.c('openai-key', V.openaiKey(r))}
RequestError [HttpError]: Bad credentials`,
  },
];
