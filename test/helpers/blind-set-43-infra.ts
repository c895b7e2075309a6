import type { Tpl43 } from './blind-set-43-gen';

const TEN = ['k12-data', 'campus-it', 'cityhall', 'nonprofit-ops', 'state-edu'];

/** The infrastructure these institutions run on: cloud, CI, databases, mail, chat, monitoring. */
export const INFRA43: Tpl43[] = [
  {
    id: 'infra/aws-credentials-file',
    make: (c) => `[default]
aws_access_key_id = ${c.awsKeyId()}
aws_secret_access_key = ${c.awsSecret()}
[govcloud-archive]
aws_access_key_id = ${c.awsKeyId()}
aws_secret_access_key = ${c.awsSecret()}
region = us-gov-west-1`,
  },
  {
    id: 'infra/azure-storage-connstr',
    make: (c) => `"ConnectionStrings": {
  "TranscriptBlobs": "DefaultEndpointsProtocol=https;AccountName=${c.pick(TEN).replace('-', '')}st;AccountKey=${c.azureKey()};EndpointSuffix=core.windows.net",
  "StudentDb": "Server=tcp:${c.pick(TEN)}.database.windows.net,1433;Database=sis;User ID=sisadmin;Password=${c.oddPw()};"
}`,
  },
  {
    id: 'infra/github-actions-log',
    make: (c) => `2027-05-0${c.r.int(1, 9)}T16:${c.r.int(10, 59)}:22.1Z ##[group]Run git clone https://x-access-token:${c.githubToken('ghs_')}@github.com/${c.pick(TEN)}/sis-etl.git
2027-05-0${c.r.int(1, 9)}T16:${c.r.int(10, 59)}:23.4Z npm config set //registry.npmjs.org/:_authToken ${c.cred('npm_token', 'npm_' + c.r.b62(36))}`,
  },
  {
    id: 'infra/gitlab-ci-vars',
    make: (c) => `variables:
  GITLAB_TOKEN: "${c.b64url('gitlab_token', 20, 'glpat-')}"
  DEPLOY_PASSWORD: "${c.pw()}"
  GH_PAT: ${c.githubToken()}`,
  },
  {
    id: 'infra/postgres-uri-stack',
    make: (c) => `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.${c.r.int(0, 255)}.${c.r.int(0, 255)}.${c.r.int(1, 254)}", port 5432 failed: FATAL:  password authentication failed for user "lms_etl"
(Background on this error at: https://sqlalche.me/e/20/e3q8)
  engine = create_engine("postgresql+psycopg2://lms_etl:${c.urlPw()}@warehouse.${c.pick(TEN)}.internal:5432/edw")`,
  },
  {
    id: 'infra/mysql-cli-history',
    make: (c) => `  412  mysql -h moodle-replica -u backup -p'${c.pw()}' moodle -e "select email from mdl_user where id=${c.r.int(2, 90000)}"
  413  mongosh "mongodb+srv://reporting:${c.urlPw()}@cluster0.${c.r.b62(5).toLowerCase()}.mongodb.net/attendance"`,
  },
  {
    id: 'infra/redis-url-k8s-secret',
    make: (c) => `apiVersion: v1
kind: Secret
metadata: { name: portal-secrets, namespace: ${c.pick(TEN)} }
stringData:
  REDIS_URL: redis://default:${c.urlPw()}@redis-master:6379/0
  SESSION_SECRET: "${c.hex('session_secret', 64)}"
  SENDGRID_API_KEY: "${c.sendgrid()}"`,
  },
  {
    id: 'infra/k8s-secret-base64',
    make: (c) => {
      const pw = c.r.password(18);
      return `apiVersion: v1
kind: Secret
type: Opaque
data:
  DB_PASSWORD: ${c.cred('password_base64', Buffer.from(pw).toString('base64'))}
  CLEVER_TOKEN: ${c.cred('clever_district_token_base64', Buffer.from(c.r.hex(40)).toString('base64'))}`;
    },
  },
  {
    id: 'infra/slack-bot-config',
    make: (c) => `{"slack":{"bot_token":"${c.slackToken()}","signing_secret":"${c.hex('slack_signing_secret', 32)}","alerts_webhook":"${c.slackWebhook()}"}}`,
  },
  {
    id: 'infra/smtp-relay-ini',
    make: (c) => `[mail]
smtp_host = smtp.office365.com
smtp_user = noreply@${c.pick(['westbrook.edu', 'riverbendfoodbank.org', 'cityofdayton.org'])}
smtp_password = "${c.oddPw()}"
mailgun_key = ${c.hex('mailgun_api_key', 32).replace(/^/, '')}
[postmark]
server_token = ${c.uuidSecret('postmark_server_token')}`,
  },
  {
    id: 'infra/datadog-newrelic-env',
    make: (c) => `DD_API_KEY=${c.hex('datadog_api_key', 32)}
DD_APP_KEY=${c.hex('datadog_app_key', 40)}
NEW_RELIC_LICENSE_KEY=${c.cred('newrelic_license_key', c.r.hex(36) + 'NRAL')}
SENTRY_AUTH_TOKEN=${c.cred('sentry_auth_token', 'sntrys_' + c.r.b64url(48))}`,
  },
  {
    id: 'infra/google-maps-server-key',
    make: (c) => `# geocoder-service (server side, IP-restricted) for bus-stop assignment
GEOCODER_SERVER_KEY=${c.googleApiKey()}
# last geocoded student home: ${c.address()} -> ${c.geo()}`,
  },
  {
    id: 'infra/docker-compose-env',
    make: (c) => `services:
  sis-api:
    image: ghcr.io/${c.pick(TEN)}/sis-api:1.14.2
    environment:
      - POSTGRES_PASSWORD=${c.pw()}
      - JWT_SIGNING_KEY=${c.b64url('jwt_signing_secret', 64)}
      - OIDC_CLIENT_SECRET=${c.msSecret()}`,
  },
  {
    id: 'infra/terraform-tfvars',
    make: (c) => `# prod.auto.tfvars
db_admin_password = "${c.oddPw()}"
vault_token       = "${c.cred('vault_token', 'hvs.' + c.r.b64url(90))}"
cloudflare_api_token = "${c.b64url('cloudflare_api_token', 40)}"`,
  },
  {
    id: 'infra/sftp-batch-script',
    make: (c) => `#!/bin/bash
# nightly transcript push to state longitudinal data system
export SSHPASS='${c.pw()}'
sshpass -e sftp -oBatchMode=no slds_upload@sftp.${c.pick(['k12.wa.us', 'doe.nj.gov', 'tea.texas.gov'])} <<< $'put transcripts_$(date +%F).csv'
curl -u "api:${c.b62('state_slds_api_key', 32)}" https://slds.api/notify`,
  },
  {
    id: 'infra/access-log-basic-auth',
    make: (c) => `${c.ip()} - - [0${c.r.int(1, 9)}/Oct/2027:22:14:51 +0000] "GET https://${c.rawEmail().split('@')[0]!.replace(/[^a-z]/g, '')}:${c.urlPw()}@reports.${c.pick(['westbrook.edu', 'cityofdayton.org'])}/finance/export.xlsx HTTP/1.1" 200 48211 "-" "python-requests/2.31"`,
  },
  {
    id: 'infra/ipv6-audit-log',
    make: (c) => `audit action=student_record_view actor=${c.email()} client_ip=${c.ipv6()} record=${c.r.digits(7)} api_key=${c.b62('audit_ingest_key', 32)}`,
  },
  {
    id: 'infra/discord-teams-webhooks',
    make: (c) => `ALERTS_DISCORD=${c.cred('discord_webhook', `https://discord.com/api/webhooks/${c.r.digits(18).replace(/^0/, '1')}/${c.r.b64url(51)}`)}
ALERTS_TEAMS=${c.teamsWebhook(c.pick(TEN).replace('-', ''))}`,
  },
];
