import { pct30, Plant30, type Template30 } from './blind-set-30-case';
import { alnum30, hubspotPat, intercomToken, klaviyoKey, mailchimpKey, mandrillKey, sendgridKey, sfConsumerKey, sfConsumerSecret, sfSecurityToken } from './blind-set-30-tokens';
import { awsKeyId, awsSecret } from './blind-set-30-keys';

/** The marketing stack's own configuration: env files, compose, Helm, Spring, Airflow, TOML, CI logs, SQL grants. */
export const OPS30: Template30[] = [
  {
    id: 'ops/marketing-dotenv',
    make: (r) => {
      const k = new Plant30();
      return k.done(`# .env.production — attached to incident ${r.pick(['INC-', 'SEC-'])}${r.num(4)} by mistake
NODE_ENV=production
HUBSPOT_ACCESS_TOKEN=${k.c('hubspot-private-app-token', hubspotPat(r))}
SENDGRID_API_KEY=${k.c('sendgrid-api-key', sendgridKey(r))}
SEGMENT_WRITE_KEY=${k.c('segment-write-key', r.b62(32))}
BRAZE_API_KEY=${k.c('braze-rest-api-key', r.uuid())}
BRAZE_REST_ENDPOINT=https://rest.iad-0${r.int(1, 8)}.braze.com
ITERABLE_API_KEY="${k.c('iterable-api-key', r.hex(32))}"
MAILCHIMP_API_KEY=${k.c('mailchimp-api-key', mailchimpKey(r))}
KLAVIYO_PRIVATE_KEY=${k.c('klaviyo-private-key', klaviyoKey(r))}
INTERCOM_ACCESS_TOKEN=${k.c('intercom-access-token', intercomToken(r))}
DATABASE_URL=postgres://mkt_app:${k.c('password', r.password(18, '_.~'))}@mkt-db.internal:5432/marketing
FEATURE_FLAGS=lead_scoring_v2,consent_banner`);
    },
  },
  {
    id: 'ops/mautic-compose',
    make: (r) => {
      const k = new Plant30();
      const db = r.password(18, '_.~');
      return k.done(`$ docker compose config
services:
  mautic:
    image: mautic/mautic:5-apache
    environment:
      MAUTIC_DB_HOST: mautic-db
      MAUTIC_DB_USER: mautic
      MAUTIC_DB_PASSWORD: ${k.c('password', db)}
      MAUTIC_MAILER_DSN: ses+smtp://${awsKeyId(r)}:${k.c('aws-secret-access-key', pct30(awsSecret(r)))}@default?region=eu-west-1
  mautic-db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: ${k.c('password', r.password(20, '_.~'))}
      MYSQL_PASSWORD: ${db}`);
    },
  },
  {
    id: 'ops/helm-values',
    make: (r) => {
      const k = new Plant30();
      const rp = r.password(22, '_.~');
      return k.done(`Error: UPGRADE FAILED: values don't meet the specifications of the schema(s) in the following chart(s):
audience-sync:
- replicaCount: Invalid type. Expected: integer, given: string
USER-SUPPLIED VALUES:
secrets:
  iterableApiKey: ${k.c('iterable-api-key', r.hex(32))}
  sendgridApiKey: ${k.c('sendgrid-api-key', sendgridKey(r))}
  segmentWriteKey: ${k.c('segment-write-key', r.b62(32))}
  klaviyoPrivateKey: "${k.c('klaviyo-private-key', klaviyoKey(r))}"
redis:
  url: redis://:${k.c('password', rp)}@audience-sync-redis-master:6379/0
replicaCount: "${r.int(2, 6)}"`);
    },
  },
  {
    id: 'ops/spring-salesforce-properties',
    make: (r) => {
      const k = new Plant30();
      return k.done(`***************************
APPLICATION FAILED TO START
***************************
Description: Failed to bind properties under 'salesforce' to com.brightpath.crm.SalesforceProperties
Origin: class path resource [application-prod.properties]
salesforce.login-url=https://login.salesforce.com
salesforce.client-id=${sfConsumerKey(r)}
salesforce.client-secret=${k.c('salesforce-consumer-secret', sfConsumerSecret(r))}
salesforce.username=integration@${r.pick(['brightpath.io', 'kestrel-foods.co.uk'])}
salesforce.password=${k.c('password', r.password(15, '!#%*_.~@$'))}
salesforce.security-token=${k.c('salesforce-security-token', sfSecurityToken(r))}
salesforce.api-version=6O.0
Reason: failed to convert java.lang.String to double (caused by java.lang.NumberFormatException: For input string: "6O.0")`);
    },
  },
  {
    id: 'ops/airflow-connections',
    make: (r) => {
      const k = new Plant30();
      const pw = r.password(16, '#%@$!*');
      return k.done(`[${r.iso()}] {base.py:84} INFO - Using connection ID 'crm_warehouse' for task execution.
[${r.iso()}] {connection.py:280} DEBUG - conn uri: postgresql://etl_marketing:${k.c('password', pct30(pw))}@warehouse.internal:5432/crm
[${r.iso()}] {connection.py:280} DEBUG - conn 'marketo_api' extra: {"munchkin_id": "${r.digits(3)}-${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3)}-${r.digits(3)}", "client_id": "${r.uuid()}", "client_secret": "${k.c('marketo-client-secret', alnum30(r, 32))}"}
[${r.iso()}] {taskinstance.py:2731} ERROR - Task failed with exception
psycopg2.OperationalError: connection to server at "warehouse.internal" (10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}), port 5432 failed: FATAL:  password authentication failed for user "etl_marketing"`);
    },
  },
  {
    id: 'ops/worker-toml',
    make: (r) => {
      const k = new Plant30();
      return k.done(`Error: invalid config /etc/campaign-worker/config.toml: TOML parse error at line 14, column 1: duplicate key \`server_token\`
[mailchimp]
api_key = "${k.c('mailchimp-api-key', mailchimpKey(r))}"
audience_id = "${r.hex(10)}"

[mandrill]
key = "${k.c('mandrill-api-key', mandrillKey(r))}"
subaccount = "transactional-eu"

[postmark]
server_token = "${k.c('postmark-server-token', r.uuid())}"
server_token = "${k.c('postmark-server-token', r.uuid())}"

[sendgrid]
api_key = "${k.c('sendgrid-api-key', sendgridKey(r))}"

[twilio]
account_sid = "AC${r.hex(32)}"
auth_token = "${k.c('twilio-auth-token', r.hex(32))}"`);
    },
  },
  {
    id: 'ops/ci-set-x',
    make: (r) => {
      const k = new Plant30();
      const tok = hubspotPat(r);
      return k.done(`Run ./scripts/seed-hubspot-properties.sh
+ HUBSPOT_TOKEN=${k.c('hubspot-private-app-token', tok)}
+ curl -sf -X POST https://api.hubapi.com/crm/v3/properties/contacts -H 'Authorization: Bearer ${tok}' -H 'Content-Type: application/json' --data @properties/consent_source.json
curl: (22) The requested URL returned error: 409
+ sendgrid_key=${k.c('sendgrid-api-key', sendgridKey(r))}
+ echo 'seeding finished with errors'
Error: Process completed with exit code 22.`);
    },
  },
  {
    id: 'ops/warehouse-grants-sql',
    make: (r) => {
      const k = new Plant30();
      return k.done(`-- query history (role SYSADMIN), statement failed: SQL compilation error: Object 'RAW.MARKETING' does not exist
CREATE USER IF NOT EXISTS HIGHTOUCH_SVC PASSWORD = '${k.c('password', r.password(20, '!#%*_.~@$'))}' DEFAULT_ROLE = REVERSE_ETL;
CREATE STAGE RAW.MARKETING.BRAZE_CURRENTS URL = 's3://brightpath-braze-currents/' CREDENTIALS = (AWS_KEY_ID = '${awsKeyId(r)}' AWS_SECRET_KEY = '${k.c('aws-secret-access-key', awsSecret(r))}');
GRANT USAGE ON STAGE RAW.MARKETING.BRAZE_CURRENTS TO ROLE REVERSE_ETL;`);
    },
  },
];
