import { asciiJson30, logPrefix30, Plant30, type Template30 } from './blind-set-30-case';
import { iban30, nationalId30 } from './blind-set-30-ids';
import { dob30, person30, type Country30 } from './blind-set-30-people';
import { basic30, pkcs8Body, rudderWriteKey, segmentPublicToken } from './blind-set-30-tokens';
import { censusToken, githubPat } from './blind-set-30-keys';

/** Segment, RudderStack, mParticle, Hightouch and Census: tracking calls, workspace tokens, warehouse sources, sync errors. */
export const CDP30: Template30[] = [
  {
    id: 'cdp/segment-http-identify',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r, r.pick(['US', 'GB', 'DE', 'FR', 'NL'] as Country30[]));
      const traits = { email: k.p('email', u.email), firstName: u.first, lastName: u.last, address: { city: u.city, postalCode: u.postcode, country: u.country }, birthday: k.p('date-of-birth', dob30(u, 'iso')) };
      return k.done(`+ curl -sS https://api.segment.io/v1/identify -u ${k.c('segment-write-key', r.b62(32))}: -H 'Content-Type: application/json' -d '${JSON.stringify({ userId: `usr_${r.b62(12)}`, traits })}'
{"success":false,"message":"invalid request: traits.birthday must be an ISO-8601 date-time","code":"invalid_request"}`);
    },
  },
  {
    id: 'cdp/segment-public-api',
    make: (r) => {
      const k = new Plant30();
      return k.done(`${logPrefix30(r)} segment-config-sync: PATCH https://api.segmentapis.com/destinations/${r.b62(22)} -> 403
Authorization: Bearer ${k.c('segment-public-api-token', segmentPublicToken(r))}
{"destination":{"enabled":true,"settings":{"apiKey":"${k.c('amplitude-api-key', r.hex(32))}","secretKey":"${k.c('amplitude-secret-key', r.hex(32))}","trackAllPages":false}}}
{"errors":[{"type":"forbidden","message":"token is missing the Workspace Owner role"}]}`);
    },
  },
  {
    id: 'cdp/rudder-config',
    make: (r) => {
      const k = new Plant30();
      return k.done(`# docker compose config (rudder-server)
services:
  rudder-server:
    image: rudderlabs/rudder-server:1.${r.int(10, 30)}.${r.int(0, 9)}
    environment:
      WORKSPACE_TOKEN: ${k.c('rudderstack-workspace-token', r.b62(27))}
      JOBS_DB_HOST: rudder-db
      JOBS_DB_USER: rudder
      JOBS_DB_PASSWORD: ${k.c('password', r.password(18, '_.~#%'))}
      RSERVER_BACKEND_CONFIG_CONFIG_FROM_FILE: "false"
  sdk-test:
    environment:
      RUDDER_WRITE_KEY: ${k.c('rudderstack-write-key', rudderWriteKey(r))}
      RUDDER_DATA_PLANE_URL: https://${r.pick(['brightpathxyz', 'northwindcdp'])}.dataplane.rudderstack.com`);
    },
  },
  {
    id: 'cdp/rudder-transform-error',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const ev = { type: 'identify', userId: `u-${r.num(8)}`, context: { traits: { email: k.p('email', u.email), phone: k.p('phone', u.phoneE164), plan: r.pick(['free', 'pro']) } }, messageId: r.uuid(), originalTimestamp: r.iso() };
      return k.done(`level=error ts=${r.iso()} component=processor msg="transformation failed" destination=HubSpot error="Contact property 'phone' has an invalid value"
request: POST /v1/batch authorization="Basic ${k.c('basic-auth', basic30(rudderWriteKey(r), ''))}"
event=${JSON.stringify(ev)}`);
    },
  },
  {
    id: 'cdp/mparticle-s2s',
    make: (r) => {
      const k = new Plant30();
      const u = person30(r);
      const key = `us${r.int(1, 2)}-${r.hex(32)}`;
      const secret = r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 64);
      const batch = { environment: 'production', user_identities: { customer_id: `C${r.num(9)}`, email: k.p('email', u.email), mobile_number: k.p('phone', u.phoneE164) }, user_attributes: { $FirstName: u.first, $LastName: u.last, $Zip: u.postcode }, events: [{ event_type: 'custom_event', data: { event_name: 'Trial Started', custom_event_type: 'other' } }] };
      return k.done(`mparticle s2s batch rejected: 400 {"errors":[{"code":"INVALID_USER_IDENTITY","message":"mobile_number is not a valid identity value"}]}
POST https://s2s.${key.slice(0, 3)}.mparticle.com/v2/events
Authorization: Basic ${k.c('basic-auth', basic30(key, secret))}
${JSON.stringify(batch)}
job env: MPARTICLE_API_KEY=${key} MPARTICLE_API_SECRET=${k.c('mparticle-api-secret', secret)}`);
    },
  },
  {
    id: 'cdp/hightouch-rejected-rows',
    make: (r) => {
      const k = new Plant30();
      const rows = [0, 1].map(() => {
        const c = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'BE', 'AT'] as const);
        const u = person30(r, c === 'BE' || c === 'AT' ? 'NL' : c);
        return `  row ${r.num(6)}: ${JSON.stringify({ primary_key: r.uuid(), billing_email: k.p('email', u.email), sepa_iban: k.f('iban', iban30(r, c)), mandate_ref: `MD-${r.num(8)}`, lifetime_value: r.int(0, 9000) })} -> ${r.pick(['INVALID_EMAIL_ADDRESS: Email: invalid email address', 'FIELD_CUSTOM_VALIDATION_EXCEPTION: IBAN country does not match billing country', 'DUPLICATE_VALUE: duplicate value found: External_Id__c'])}`;
      });
      return k.done(`Hightouch sync "Warehouse -> Salesforce Billing Accounts" (id ${r.num(6)}) run ${r.num(8)} finished with ${r.int(2, 400)} rejected rows
${rows.join('\n')}
retry via API: curl -X POST https://api.hightouch.com/api/v1/syncs/${r.num(6)}/trigger -H "Authorization: Bearer ${k.c('hightouch-api-key', r.uuid())}" -d '{"fullResync":false}'`);
    },
  },
  {
    id: 'cdp/hightouch-snowflake-source',
    make: (r) => {
      const k = new Plant30();
      return k.done(`Source test failed: "Snowflake (prod)" — JWT token is invalid. [${r.uuid()}]
source config dump:
  account: ${r.chars('abcdefghijklmnopqrstuvwxyz', 7)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 7)}
  user: HIGHTOUCH_SVC
  warehouse: REVERSE_ETL_WH
  password: ${k.c('password', r.password(20, '!#%*_.~$'))}
  private_key: |
    -----BEGIN PRIVATE KEY-----
    ${k.c('private-key', pkcs8Body(r, '\n    '))}
    -----END PRIVATE KEY-----`);
    },
  },
  {
    id: 'cdp/census-api-token',
    make: (r) => {
      const k = new Plant30();
      const pw = r.password(16, '!*_.~');
      return k.done(`census-cli sync trigger ${r.num(5)} --workspace brightpath
> POST https://app.getcensus.com/api/v1/syncs/${r.num(5)}/trigger
> Authorization: Bearer ${k.c('census-api-token', censusToken(r))}
< 422 {"status":"error","message":"Source connection failed: could not connect to server"}
source: postgres://census_ro:${k.c('password', pw)}@analytics-replica.${r.pick(['internal', 'db.brightpath.io'])}:5432/warehouse?sslmode=require`);
    },
  },
  {
    id: 'cdp/census-bigquery-sa',
    make: (r) => {
      const k = new Plant30();
      const proj = `${r.pick(['brightpath', 'northwind'])}-analytics-${r.num(6)}`;
      const sa = { type: 'service_account', project_id: proj, private_key_id: r.hex(40), private_key: `-----BEGIN PRIVATE KEY-----\n${pkcs8Body(r)}\n-----END PRIVATE KEY-----\n`, client_email: `census-sync@${proj}.iam.gserviceaccount.com`, client_id: r.num(21), token_uri: 'https://oauth2.googleapis.com/token' };
      const js = JSON.stringify(sa);
      const body = js.slice(js.indexOf('KEY-----\\n') + 10, js.indexOf('\\n-----END'));
      return k.done(`${logPrefix30(r)} census connection test: BigQuery 403 "Access Denied: Project ${proj}: User does not have bigquery.jobs.create permission"
credentials (from CENSUS_BQ_CREDENTIALS): ${js.replace(body, k.c('private-key', body))}`);
    },
  },
  {
    id: 'cdp/census-salesforce-cpf',
    make: (r) => {
      const k = new Plant30();
      const rows = [0, 1].map(() => {
        const u = person30(r, 'BR');
        const [kind, cpf] = nationalId30(r, 'BR', u);
        const conta = `${r.num(r.int(6, 9))}-${r.digits(1)}`;
        return asciiJson30(JSON.stringify({ CPF__c: k.p(kind, cpf), Agencia__c: r.digits(4), Conta_Reembolso__c: k.f('br-bank-account', conta), Cidade__c: u.city }));
      });
      return k.done(`[census] sync 'dw.clientes -> Salesforce Account' completed: ${r.int(3000, 90000)} records, ${r.int(2, 40)} rejected
rejected records (first 2):
${rows.map((x, i) => `  ${x} => ${i ? 'DUPLICATE_VALUE: CPF__c duplicado' : 'FIELD_CUSTOM_VALIDATION_EXCEPTION: CPF inválido para pessoa jurídica'}`).join('\n')}
re-run: census-cli sync trigger ${r.num(5)} --token ${k.c('census-api-token', censusToken(r))}`);
    },
  },
  {
    id: 'cdp/hightouch-git-sync',
    make: (r) => {
      const k = new Plant30();
      return k.done(`Hightouch Git sync failed: remote: Invalid username or token. Password authentication is not supported for Git operations.
fatal: Authentication failed for 'https://github.com/brightpath/hightouch-models.git/'
credentials in use: https://x-access-token:${k.c('github-token', githubPat(r))}@github.com/brightpath/hightouch-models.git
dbt profile (profiles.yml, target prod):
  type: snowflake
  account: ${r.chars('abcdefghijklmnopqrstuvwxyz', 7)}.eu-central-1
  user: DBT_HIGHTOUCH
  password: "${k.c('password', r.passphrase())}"
  role: TRANSFORMER`);
    },
  },
  {
    id: 'cdp/staging-insert-sql',
    make: (r) => {
      const k = new Plant30();
      const emails: string[] = [];
      const rows = [0, 1].map(() => {
        const c = r.pick(['DE', 'FR', 'NL', 'ES', 'IT', 'GB'] as Country30[]);
        const u = person30(r, c);
        emails.push(u.email);
        return `('${r.uuid()}', '${k.p('email', u.email)}', '${k.f('iban', iban30(r, c))}', '${c}')`;
      });
      return k.done(`ERROR:  duplicate key value violates unique constraint "crm_contacts_stage_email_key"
DETAIL:  Key (email)=(${emails[1]}) already exists.
STATEMENT:  INSERT INTO crm_contacts_stage (id, email, iban, country) VALUES
	${rows.join(',\n\t')}
	ON CONFLICT (id) DO NOTHING
psql: connection postgresql://reverse_etl:${k.c('password', r.password(16, '_.~'))}@stage-db.internal:5432/crm (from SYNC_DATABASE_URL)`);
    },
  },
];
