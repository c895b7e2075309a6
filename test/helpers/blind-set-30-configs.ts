import { Plant30, type Template30 } from './blind-set-30-case';
import { alnum30, basic30, hubspotOauth, hubspotPat, hubspotRefresh, intercomToken, mailchimpKey, opaque30, segmentPublicToken, sendgridKey, sfConsumerSecret } from './blind-set-30-tokens';
import { chargebeeKey, slackWebhook, stripeKey, twilioToken } from './blind-set-30-keys';

/** Integration config files of marketing tooling as they surface in errors: ConfigMaps, Singer taps, app settings. */
export const CONFIGS30: Template30[] = [
  {
    id: 'configs/k8s-configmap',
    make: (r) => {
      const k = new Plant30();
      return k.done(`$ kubectl describe configmap lead-router-config -n marketing
Name:         lead-router-config
Namespace:    marketing
Data
====
config.yaml:
----
hubspot:
  token: ${k.c('hubspot-private-app-token', hubspotPat(r))}
  portal_id: ${r.num(8)}
twilio:
  account_sid: AC${r.hex(32)}
  auth_token: ${k.c('twilio-auth-token', twilioToken(r))}
slack:
  webhook: ${k.c('slack-webhook-url', slackWebhook(r))}
routing:
  round_robin: true
  territories: [emea, amer, apac]
Events:  <none>`);
    },
  },
  {
    id: 'configs/singer-tap-config',
    make: (r) => {
      const k = new Plant30();
      const mc = mailchimpKey(r);
      const cfg = { hubspot: { client_id: r.uuid(), client_secret: k.c('hubspot-client-secret', r.uuid()), refresh_token: k.c('hubspot-refresh-token', hubspotRefresh(r)), start_date: '2023-01-01T00:00:00Z' }, mailchimp: { api_key: k.c('mailchimp-api-key', mc), dc: mc.split('-')[1] } };
      return k.done(`meltano run tap-hubspot target-snowflake failed: CRITICAL 'access_token' — tap config as resolved (meltano config tap-hubspot list --extras):
${JSON.stringify(cfg, null, 2)}
CRITICAL HTTP 400 from https://api.hubapi.com/oauth/v1/token: BAD_REFRESH_TOKEN`);
    },
  },
  {
    id: 'configs/segment-function-settings',
    make: (r) => {
      const k = new Plant30();
      const settings = { zendeskSubdomain: r.pick(['brightpath', 'northwindhelp']), zendeskApiToken: k.c('zendesk-api-token', alnum30(r, 40)), slackWebhookUrl: k.c('slack-webhook-url', slackWebhook(r)), intercomToken: k.c('intercom-access-token', intercomToken(r)) };
      return k.done(`Segment destination function "Support enrichment" (dfn_${r.b62(24)}) threw: RetryError: Zendesk responded 401
function settings: ${JSON.stringify(settings)}
  at onIdentify (function.js:${r.int(10, 80)}:${r.int(3, 30)})
deploy via Public API with ${k.c('segment-public-api-token', segmentPublicToken(r))}`);
    },
  },
  {
    id: 'configs/retool-resources',
    make: (r) => {
      const k = new Plant30();
      const res = [{ name: 'HubSpot (write)', type: 'restapi', options: { baseURL: 'https://api.hubapi.com', headers: [['Authorization', `Bearer ${k.c('hubspot-oauth-token', hubspotOauth(r))}`]] } }, { name: 'Stripe', type: 'stripe', options: { stripe_api_key: k.c('stripe-restricted-key', stripeKey(r, 'rk')) } }, { name: 'crm-replica', type: 'postgresql', options: { host: 'crm-replica.internal', port: 5432, databaseUsername: 'retool_ro', databasePassword: k.c('password', r.password(18, '!#%*_.~')) } }];
      return k.done(`retool app "Lead triage" export (resources inlined by migration script, ticket OPS-${r.num(4)}):
${JSON.stringify(res, null, 2)}`);
    },
  },
  {
    id: 'configs/appsettings-json',
    make: (r) => {
      const k = new Plant30();
      const s = { Logging: { LogLevel: { Default: 'Information' } }, ConnectionStrings: { Crm: `Server=tcp:crm-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_sync;Password=${k.c('password', r.password(16, '!#%*_.~@$'))};Encrypt=True;` }, Salesforce: { ClientSecret: k.c('salesforce-consumer-secret', sfConsumerSecret(r)), LoginUrl: 'https://login.salesforce.com' }, SendGrid: { ApiKey: k.c('sendgrid-api-key', sendgridKey(r)) }, Chargebee: { Site: 'brightpath', ApiKey: k.c('chargebee-api-key', chargebeeKey(r)) } };
      return k.done(`Unhandled exception. System.InvalidOperationException: Unable to resolve service for type 'Crm.Sync.IBillingClient'
   at Microsoft.Extensions.DependencyInjection.ServiceLookup.CallSiteFactory.CreateArgumentCallSite(...)
configuration snapshot (appsettings.Production.json):
${JSON.stringify(s, null, 2)}`);
    },
  },
  {
    id: 'configs/ansible-group-vars',
    make: (r) => {
      const k = new Plant30();
      return k.done(`TASK [mautic : render local.php] ***********************************************
fatal: [mkt-01.internal]: FAILED! => {"changed": false, "msg": "AnsibleUndefinedVariable: 'mautic_mailer_port' is undefined"}
# group_vars/marketing.yml (vault-encrypted file committed decrypted)
mautic_db_password: "${k.c('password', r.password(18, '!#%*_.~'))}"
mautic_mailer_user: apikey
mautic_mailer_password: "${k.c('sendgrid-api-key', sendgridKey(r))}"
mautic_secret_key: "${k.c('app-secret-key', r.hex(64))}"
mautic_api_basic_auth: "${k.c('basic-auth', basic30('api-sync', r.password(16, '_.~')))}"`);
    },
  },
  {
    id: 'configs/django-settings',
    make: (r) => {
      const k = new Plant30();
      return k.done(`DisallowedHost at /api/leads/ — Invalid HTTP_HOST header: '10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:8000'.
Settings (DEBUG = True):
SECRET_KEY = '${k.c('django-secret-key', 'django-insecure-' + r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}'
EMAIL_HOST = 'smtp.sendgrid.net'
EMAIL_HOST_USER = 'apikey'
EMAIL_HOST_PASSWORD = '${k.c('sendgrid-api-key', sendgridKey(r))}'
MAILCHIMP_API_KEY = '${k.c('mailchimp-api-key', mailchimpKey(r))}'
OUTREACH_CLIENT_SECRET = '${k.c('outreach-client-secret', opaque30(r, 43))}'`);
    },
  },
];
