import { Plant30, type Template30 } from './blind-set-30-case';
import { alnum30, hubspotPat, klaviyoKey, mailchimpKey, sendgridKey, sfConsumerKey, sfConsumerSecret, sfRefreshToken } from './blind-set-30-tokens';
import { awsKeyId, awsSecret, chargebeeKey, githubPat, googleClientSecret, googleDevToken, googleRefresh, metaToken, slackWebhook, stripeKey, twilioToken } from './blind-set-30-keys';

/** Where the marketing stack's integration secrets leak in bulk: vaults, state, inspect output, exports, env dumps. */
export const SECRETS30: Template30[] = [
  {
    id: 'secrets/vault-kv-get',
    make: (r) => {
      const k = new Plant30();
      const data = { hubspot_token: k.c('hubspot-private-app-token', hubspotPat(r)), salesforce_client_secret: k.c('salesforce-consumer-secret', sfConsumerSecret(r)), salesforce_refresh_token: k.c('salesforce-refresh-token', sfRefreshToken(r)), sendgrid_api_key: k.c('sendgrid-api-key', sendgridKey(r)), klaviyo_private_key: k.c('klaviyo-private-key', klaviyoKey(r)) };
      return k.done(`$ vault kv get -format=json secret/marketing/prod/integrations
${JSON.stringify({ request_id: r.uuid(), lease_id: '', lease_duration: 0, renewable: false, data: { data, metadata: { created_time: r.iso(), custom_metadata: null, deletion_time: '', destroyed: false, version: r.int(2, 40) } }, warnings: null }, null, 2)}`);
    },
  },
  {
    id: 'secrets/terraform-show',
    make: (r) => {
      const k = new Plant30();
      return k.done(`$ terraform show -no-color | grep -A6 'resource "'
resource "sendgrid_api_key" "marketing" {
    api_key = "${k.c('sendgrid-api-key', sendgridKey(r))}"
    id      = "${r.b64url(16)}"
    name    = "marketing-prod"
    scopes  = ["mail.send", "marketing.read"]
}
resource "aws_iam_access_key" "braze_currents" {
    id     = "${awsKeyId(r)}"
    secret = "${k.c('aws-secret-access-key', awsSecret(r))}"
    user   = "braze-currents-writer"
}
resource "random_password" "webhook_basic_auth" {
    result = "${k.c('password', r.password(24, '_.~!#'))}"
}`);
    },
  },
  {
    id: 'secrets/docker-inspect-env',
    make: (r) => {
      const k = new Plant30();
      const env = [`MAILCHIMP_API_KEY=${k.c('mailchimp-api-key', mailchimpKey(r))}`, `STRIPE_SECRET_KEY=${k.c('stripe-secret-key', stripeKey(r))}`, `TWILIO_AUTH_TOKEN=${k.c('twilio-auth-token', twilioToken(r))}`, `REDIS_URL=redis://default:${k.c('password', r.password(20, '_.~'))}@redis-mkt:6379`, 'NODE_VERSION=20.12.2', `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`];
      return k.done(`$ docker inspect --format '{{json .Config.Env}}' campaign-worker-${r.int(1, 9)}
${JSON.stringify(env)}`);
    },
  },
  {
    id: 'secrets/aws-secretsmanager',
    make: (r) => {
      const k = new Plant30();
      const ss = JSON.stringify({ GOOGLE_ADS_DEVELOPER_TOKEN: k.c('google-ads-developer-token', googleDevToken(r)), GOOGLE_ADS_CLIENT_SECRET: k.c('google-client-secret', googleClientSecret(r)), GOOGLE_ADS_REFRESH_TOKEN: k.c('google-refresh-token', googleRefresh(r)), META_SYSTEM_USER_TOKEN: k.c('meta-access-token', metaToken(r)) });
      return k.done(`$ aws secretsmanager get-secret-value --secret-id prod/ads-sync
${JSON.stringify({ ARN: `arn:aws:secretsmanager:eu-west-1:${r.num(12)}:secret:prod/ads-sync-${r.b62(6)}`, Name: 'prod/ads-sync', VersionId: r.uuid(), SecretString: ss, VersionStages: ['AWSCURRENT'], CreatedDate: `${r.epoch()}.${r.digits(3)}` }, null, 4)}`);
    },
  },
  {
    id: 'secrets/heroku-config',
    make: (r) => {
      const k = new Plant30();
      return k.done(`$ heroku config -a lead-router-prod
=== lead-router-prod Config Vars
DATABASE_URL:          postgres://u${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 13)}:${k.c('password', r.chars('abcdef0123456789', 64))}@ec2-${r.int(3, 54)}-${r.int(1, 254)}-${r.int(1, 254)}-${r.int(1, 254)}.eu-west-1.compute.amazonaws.com:5432/d${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 13)}
HUBSPOT_ACCESS_TOKEN:  ${k.c('hubspot-private-app-token', hubspotPat(r))}
REDIS_TLS_URL:         rediss://:${k.c('password', 'p' + r.hex(63))}@ec2-${r.int(3, 54)}-${r.int(1, 254)}-${r.int(1, 254)}-${r.int(1, 254)}.eu-west-1.compute.amazonaws.com:${r.int(10000, 30000)}
SLACK_WEBHOOK_URL:     ${k.c('slack-webhook-url', slackWebhook(r))}
WEB_CONCURRENCY:       ${r.int(2, 8)}`);
    },
  },
  {
    id: 'secrets/n8n-credentials-export',
    make: (r) => {
      const k = new Plant30();
      const cred = (name: string, type: string, data: object) => ({ id: r.b62(16), name, type, data, createdAt: r.iso(), updatedAt: r.iso() });
      const out = [cred('HubSpot prod', 'hubspotAppToken', { appToken: k.c('hubspot-private-app-token', hubspotPat(r)) }), cred('Mailchimp', 'mailchimpApi', { apiKey: k.c('mailchimp-api-key', mailchimpKey(r)) }), cred('Airtable leads', 'airtableTokenApi', { accessToken: k.c('airtable-pat', `pat${r.b62(14)}.${r.hex(64)}`) }), cred('SMTP (SES)', 'smtp', { user: awsKeyId(r), password: k.c('aws-secret-access-key', awsSecret(r)), host: 'email-smtp.eu-west-1.amazonaws.com', port: 587 })];
      return k.done(`$ n8n export:credentials --all --decrypted --output=/tmp/creds.json && cat /tmp/creds.json
${JSON.stringify(out)}`);
    },
  },
  {
    id: 'secrets/postman-environment',
    make: (r) => {
      const k = new Plant30();
      const v = (key: string, value: string) => ({ key, value, type: 'secret', enabled: true });
      const env = { id: r.uuid(), name: 'Marketing APIs (prod)', values: [v('hubspot_token', k.c('hubspot-private-app-token', hubspotPat(r))), v('chargebee_key', k.c('chargebee-api-key', chargebeeKey(r))), v('mailchimp_key', k.c('mailchimp-api-key', mailchimpKey(r))), { key: 'base_url', value: 'https://api.hubapi.com', type: 'default', enabled: true }], _postman_variable_scope: 'environment', _postman_exported_at: r.iso(), _postman_exported_using: 'Postman/10.24.16' };
      return k.done(`shared in #growth-eng: "Marketing APIs (prod).postman_environment.json"
${JSON.stringify(env, null, '\t')}`);
    },
  },
  {
    id: 'secrets/wp-config',
    make: (r) => {
      const k = new Plant30();
      const salt = () => r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#%()*+,-.:;<=>?@[]^_{|}~', 64);
      return k.done(`PHP Warning:  Cannot modify header information - headers already sent by (output started at /var/www/html/wp-config.php:1) — wp-config.php dumped by debug plugin:
define( 'DB_NAME', 'wp_marketing' );
define( 'DB_USER', 'wp_mkt' );
define( 'DB_PASSWORD', '${k.c('password', r.password(16, '!#%*_.~@$'))}' );
define( 'AUTH_KEY',         '${k.c('wordpress-salt', salt())}' );
define( 'SECURE_AUTH_KEY',  '${k.c('wordpress-salt', salt())}' );
define( 'MC4WP_API_KEY', '${k.c('mailchimp-api-key', mailchimpKey(r))}' );
define( 'WPMS_SMTP_PASS', '${k.c('sendgrid-api-key', sendgridKey(r))}' );`);
    },
  },
  {
    id: 'secrets/laravel-env',
    make: (r) => {
      const k = new Plant30();
      return k.done(`Whoops! Environment variables (APP_DEBUG=true on https://promo.brightpath.io/signup):
APP_KEY             "base64:${k.c('laravel-app-key', r.b64(32))}"
DB_PASSWORD         "${k.c('password', r.password(15, '!#%*_.~@$'))}"
MAIL_MAILER         "mailgun"
MAILGUN_SECRET      "${k.c('mailgun-api-key', `key-${r.hex(32)}`)}"
HUBSPOT_PORTAL_ID   "${r.num(8)}"
HUBSPOT_TOKEN       "${k.c('hubspot-private-app-token', hubspotPat(r))}"`);
    },
  },
  {
    id: 'secrets/airbyte-source-config',
    make: (r) => {
      const k = new Plant30();
      const cfg = { sourceType: 'salesforce', configuration: { is_sandbox: false, auth_type: 'Client', client_id: sfConsumerKey(r), client_secret: k.c('salesforce-consumer-secret', sfConsumerSecret(r)), refresh_token: k.c('salesforce-refresh-token', sfRefreshToken(r)), start_date: '2021-01-01T00:00:00Z', streams_criteria: [] } };
      return k.done(`airbyte: check connection failed for source "Salesforce prod" (${r.uuid()}): Exception: Error while refreshing access token: invalid_grant
source configuration:
${JSON.stringify(cfg, null, 2)}`);
    },
  },
  {
    id: 'secrets/zapier-webhook-step',
    make: (r) => {
      const k = new Plant30();
      return k.done(`Zap "New Typeform lead → Outreach + Slack" halted (step 3 of 4: Webhooks by Zapier, custom request)
Method: POST
URL: https://api.outreach.io/api/v2/prospects
Data Pass-Through: false
Headers:
  Authorization | Bearer ${k.c('outreach-access-token', alnum30(r, 43))}
  Content-Type | application/vnd.api+json
Step 4 (Slack): webhook ${k.c('slack-webhook-url', slackWebhook(r))}
Error: 401 Unauthorized`);
    },
  },
  {
    id: 'secrets/github-actions-b64',
    make: (r) => {
      const k = new Plant30();
      const env = `KLAVIYO_PRIVATE_KEY=${klaviyoKey(r)}\nGH_TOKEN=${githubPat(r)}\nMAILCHIMP_API_KEY=${mailchimpKey(r)}\n`;
      return k.done(`Run echo "$ENV_FILE" | base64 -w0   # debugging why the masked secrets are empty
${k.c('dotenv-b64', Buffer.from(env).toString('base64'))}
Run npm run sync:audiences
Error: KLAVIYO_PRIVATE_KEY is not set
  pushing fallback token: git push https://x-access-token:${k.c('github-token', githubPat(r))}@github.com/brightpath/audiences.git`);
    },
  },
];
