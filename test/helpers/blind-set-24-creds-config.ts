import type { PosTemplate24 } from './blind-set-24-types';
import { awsKeyId, awsSecret, azureSasSig, azureStorageKey, githubToken, googleApiKey, oktaToken, pemKey, sendgridKey, slackToken, slackWebhook, stripeKey, whsec } from './blind-set-24-values';

/** Config and environment dumps of the services around regulated integrations: databases, queues, cloud storage, CI, notifications. */

const b64 = (s: string) => Buffer.from(s).toString('base64');

export const CREDS_CONFIG_TEMPLATES: PosTemplate24[] = [
  {
    source: 'config',
    name: 'k8s-secret-yaml',
    make: (r, b) => {
      const db = b64(r.password(18));
      const api = b64(r.b62(32));
      const sftp = b64(r.password(14));
      return `helm upgrade failed: Secret "interface-engine" is invalid: metadata.annotations: Too long (debug output follows)
apiVersion: v1
kind: Secret
metadata: {name: interface-engine, namespace: hl7}
type: Opaque
data:
  DB_PASSWORD: ${b.c('password', db)}
  CLEARINGHOUSE_API_KEY: ${b.c('api-key', api)}
  SFTP_PASSWORD: ${b.c('sftp-password', sftp)}
  SFTP_HOST: ${b64('mft.claims-partner.com')}`;
    },
  },
  {
    source: 'config',
    name: 'compose-env',
    make: (r, b) => {
      const pg = r.password(20);
      const redis = r.urlPassword(24);
      const rabbit = r.password(16);
      return `docker compose up: service "eligibility-worker" exited with code 1 (ECONNREFUSED)
environment:
  - POSTGRES_PASSWORD=${b.c('db-password', pg)}
  - REDIS_URL=redis://:${b.c('password', redis)}@redis.internal:6379/0
  - RABBITMQ_DEFAULT_USER=elig
  - RABBITMQ_DEFAULT_PASS=${b.c('password', rabbit)}
  - DD_SITE=datadoghq.com`;
    },
  },
  {
    source: 'config',
    name: 'appsettings-json',
    make: (r, b) => {
      const pw = r.password(18).replace(/[;=]/g, '_');
      const sg = sendgridKey(r);
      const tw = r.hex(32);
      return `Unhandled exception. System.InvalidOperationException: Unable to resolve service for type 'IReminderSender'
Configuration snapshot (appsettings.Production.json):
{
  "ConnectionStrings": { "Scheduling": "Server=sql-sched-01;Database=Appointments;User Id=sched_app;Password=${b.c('db-password', pw)};TrustServerCertificate=True" },
  "SendGrid": { "ApiKey": "${b.c('sendgrid-key', sg)}", "From": "noreply@${r.pick(['clinicmail', 'carenotify'])}.com" },
  "Twilio": { "AccountSid": "AC${r.hex(32)}", "AuthToken": "${b.c('twilio-auth-token', tw)}" }
}`;
    },
  },
  {
    source: 'cloud',
    name: 'boto-credentials-dump',
    make: (r, b) => {
      const id = awsKeyId(r);
      const secret = awsSecret(r);
      const dd = r.hex(32);
      return `botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the PutObject operation: Access Denied (bucket phi-edi-archive-prd)
[debug] resolved credentials from environment:
  AWS_ACCESS_KEY_ID=${b.c('aws-key-id', id)}
  AWS_SECRET_ACCESS_KEY=${b.c('aws-secret-key', secret)}
  AWS_REGION=us-east-2
  DD_API_KEY=${b.c('datadog-api-key', dd)}`;
    },
  },
  {
    source: 'cloud',
    name: 'azure-blob-dicom',
    make: (r, b) => {
      const key = azureStorageKey(r);
      const sig = azureSasSig(r);
      const acct = `dicomarchive${r.digits(3)}`;
      return `Azure.RequestFailedException: This request is not authorized to perform this operation. Status: 403 (AuthorizationPermissionMismatch)
 storage: DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${b.c('azure-storage-key', key)};EndpointSuffix=core.windows.net
 upload url: https://${acct}.blob.core.windows.net/studies/${r.uuid()}.dcm?sv=2022-11-02&ss=b&srt=o&sp=rwc&se=2026-12-31T00:00:00Z&spr=https&sig=${b.c('azure-sas-sig', sig)}`;
    },
  },
  {
    source: 'cloud',
    name: 'gcp-healthcare-sa',
    make: (r, b) => {
      const key = pemKey(r, 'PRIVATE KEY', '\\n');
      const api = googleApiKey(r);
      return `google.auth.exceptions.RefreshError: ('invalid_grant: Invalid JWT Signature.', {'error': 'invalid_grant'}) while calling healthcare.googleapis.com/v1/projects/${r.pick(['hc-prod', 'phi-lake'])}-${r.digits(4)}/locations/us-central1/datasets/fhir/fhirStores/ehr
GOOGLE_APPLICATION_CREDENTIALS_JSON={"type":"service_account","project_id":"hc-prod","private_key_id":"${r.hex(40)}","private_key":"${b.c('private-key', key)}\\n","client_email":"fhir-sync@hc-prod.iam.gserviceaccount.com"}
MAPS_API_KEY=${b.c('google-api-key', api)}`;
    },
  },
  {
    source: 'config',
    name: 'github-actions-log',
    make: (r, b) => {
      const gh = githubToken(r);
      const npm = `npm_${r.b62(36)}`;
      const hook = slackWebhook(r);
      return `Run ./scripts/deploy-mirth-channels.sh
  env:
    GH_TOKEN: ${b.c('github-token', gh)}
    NPM_TOKEN: ${b.c('npm-token', npm)}
    SLACK_DEPLOY_WEBHOOK: ${b.c('slack-webhook', hook)}
Error: mirth-cli exited 1: Unable to connect to https://mirth-prd.internal:8443 (PKIX path building failed)`;
    },
  },
  {
    source: 'config',
    name: 'okta-scim-student',
    make: (r, b) => {
      const tok = oktaToken(r);
      return `scim-provisioner ERROR GET https://${r.pick(['stateu', 'lakewoodsd', 'healthsys'])}.okta.com/api/v1/users?filter=status+eq+"ACTIVE" -> 401 {"errorCode":"E0000011","errorSummary":"Invalid token provided"}
  Authorization: SSWS ${b.c('okta-api-token', tok)}`;
    },
  },
  {
    source: 'config',
    name: 'reminder-notify-config',
    make: (r, b) => {
      const slack = slackToken(r);
      const tw = r.hex(32);
      return `appointment-reminders: config validation failed: "twilio.messagingServiceSid" is required
notify:
  slack: { bot_token: "${b.c('slack-token', slack)}", channel: "#clinic-ops" }
  twilio: { account_sid: "AC${r.hex(32)}", auth_token: "${b.c('twilio-auth-token', tw)}" }`;
    },
  },
  {
    source: 'config',
    name: 'billing-stripe-env',
    make: (r, b) => {
      const sk = stripeKey(r);
      const wh = whsec(r);
      return `billing-api boot: Stripe webhook endpoint check failed (No signatures found matching the expected signature for payload)
STRIPE_SECRET_KEY=${b.c('stripe-key', sk)}
STRIPE_WEBHOOK_SECRET=${b.c('webhook-signing-secret', wh)}
STRIPE_PUBLISHABLE_KEY=pk_live_${r.b62(24)}`;
    },
  },
  {
    source: 'config',
    name: 'mongo-redis-uris',
    make: (r, b) => {
      const m = r.urlPassword(20);
      const q = r.urlPassword(18);
      return `MongoServerSelectionError: connection <monitor> to 10.1.${r.int(0, 255)}.${r.int(2, 250)}:27017 closed
  at Timeout._onTimeout (/app/node_modules/mongodb/lib/sdam/topology.js:285:38)
config: { mongoUri: 'mongodb+srv://roster_sync:${b.c('db-password', m)}@sis-cluster0.${r.hex(5)}.mongodb.net/rostering?retryWrites=true', amqp: 'amqps://oneroster:${b.c('password', q)}@queue.internal:5671/' }`;
    },
  },
];
