import { asciiEsc, type Tpl63 } from './blind-set-63-values';

/** Managed and open-source ELT: Fivetran, Airbyte, Stitch, Meltano and Singer taps, reverse ETL (Hightouch, Census). */
export const ELT63: Tpl63[] = [
  {
    s: 'fivetran',
    t: 'api-create-connector',
    f: (g) => {
      const key = g.fivetranKey();
      const b = g.basic(key, g.r.b62(32));
      const pw = g.pw();
      return [
        `> POST https://api.fivetran.com/v1/connectors`,
        `> Authorization: Basic ${b}`,
        `> Content-Type: application/json`,
        `{"service":"postgres_rds","group_id":"${g.pick(['decent_dropsy', 'projected_sickle', 'warm_ambition'])}","config":{"host":"orders-db.${g.hex(12)}.${g.awsRegion()}.rds.amazonaws.com","port":5432,"database":"orders","user":"fivetran","password":"${pw}","update_method":"WAL","replication_slot":"fivetran_slot","publication_name":"fivetran_pub"}}`,
        `< HTTP/1.1 400 Bad Request`,
        `{"code":"InvalidInput","message":"Connection test failed: Could not connect to host"}`,
      ].join('\n');
    },
  },
  {
    s: 'fivetran',
    t: 'terraform-plan-config',
    f: (g) => {
      const sk = g.stripe(true);
      const hs = g.hubspot();
      return [
        `  # fivetran_connector.stripe will be updated in-place`,
        `  ~ resource "fivetran_connector" "stripe" {`,
        `        id       = "${g.pick(['sanity_urgent', 'hollow_gauze', 'luster_abound'])}"`,
        `      ~ config {`,
        `          ~ secret_key = "${sk}"`,
        `        }`,
        `    }`,
        `  # fivetran_connector.hubspot will be created`,
        `  + resource "fivetran_connector" "hubspot" {`,
        `      + config {`,
        `          + api_key = "${hs}"`,
        `        }`,
        `    }`,
      ].join('\n');
    },
  },
  {
    s: 'fivetran',
    t: 'facebook-ads-setup',
    f: (g) => {
      const tok = g.facebook();
      return [
        `${g.iso()} WARNING [facebook_ads] Setup test "Validate access token" failed`,
        `GET https://graph.facebook.com/v19.0/act_${g.r.digits(15)}/insights?fields=spend,impressions,clicks&access_token=${tok}&level=ad&time_increment=1`,
        `{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"A${g.r.b62(22)}"}}`,
      ].join('\n');
    },
  },
  {
    s: 'fivetran',
    t: 'webhook-secret',
    f: (g) => {
      const key = g.fivetranKey();
      const sec = g.fivetranSecret();
      const whs = g.secret('webhook_secret', 32);
      return [
        `$ curl -u ${key}:${sec} -X POST https://api.fivetran.com/v1/webhooks/account -H 'Content-Type: application/json' -d '{"url":"https://hooks.acme-data.io/fivetran","events":["sync_end","status"],"active":true,"secret":"${whs}"}'`,
        `{"code":"Success","data":{"id":"${g.pick(['program_quoth', 'recur_readily'])}","type":"account","url":"https://hooks.acme-data.io/fivetran","active":true}}`,
      ].join('\n');
    },
  },
  {
    s: 'airbyte',
    t: 'salesforce-source-config',
    f: (g) => {
      const cs = g.sfConsumerSecret();
      const rt = g.sfRefresh();
      return JSON.stringify(
        {
          sourceId: g.uuid(),
          name: 'Salesforce Prod',
          sourceType: 'salesforce',
          workspaceId: g.uuid(),
          configuration: { is_sandbox: false, auth_type: 'Client', client_id: `3MVG9${g.r.b62(80)}`, client_secret: cs, refresh_token: rt, start_date: '2021-01-01T00:00:00Z', force_use_bulk_api: true },
        },
        null,
        2,
      );
    },
  },
  {
    s: 'airbyte',
    t: 'worker-check-config',
    f: (g) => {
      const pw = g.pw();
      const ts = g.pyts().replace(',', ' ');
      return [
        `${ts} INFO i.a.w.p.KubeProcessFactory(create):100 - Attempting to start pod = source-postgres-check-${g.int(1000, 9999)}-0-${g.r.chars('abcdefghijklmnopqrstuvwxyz', 5)} for airbyte/source-postgres:3.${g.int(1, 6)}.${g.int(0, 20)}`,
        `${ts} DEBUG i.a.c.i.LineGobbler(voidCall):149 - config: {"host":"crm-replica.internal","port":5432,"database":"crm","username":"airbyte_ro","password":"${pw}","ssl_mode":{"mode":"require"},"replication_method":{"method":"CDC","replication_slot":"airbyte_slot","publication":"airbyte_pub"}}`,
        `${ts} ERROR i.a.w.g.DefaultCheckConnectionWorker(run):116 - Check connection job received output: io.airbyte.protocol.models.AirbyteConnectionStatus@${g.hex(8)}[status=FAILED,message=State code: 28P01; Message: FATAL: password authentication failed for user "airbyte_ro"]`,
      ].join('\n');
    },
  },
  {
    s: 'airbyte',
    t: 'hubspot-401-contact',
    f: (g) => {
      const tok = g.hubspot();
      const p = g.person();
      const email = g.email(p);
      const ph = g.phone();
      return [
        `${g.pyts()} source > Syncing stream: contacts`,
        `${g.pyts(1)} source > Request headers: {'User-Agent': 'python-requests/2.31.0', 'Authorization': 'Bearer ${tok}'}`,
        `${g.pyts(1)} source > Response: 207 partial: {"results":[{"id":"${g.int(100000, 9999999)}","properties":{"email":"${email}","firstname":"${p.first}","lastname":"${p.last}","full_name":"${g.name(p)}","phone":"${ph}","lifecyclestage":"customer"}}],"errors":[{"status":"error","category":"OBJECT_NOT_FOUND"}]}`,
        `${g.pyts(2)} source > Encountered an exception while reading stream contacts`,
      ].join('\n');
    },
  },
  {
    s: 'airbyte',
    t: 'stripe-source-config',
    f: (g) => {
      const sk = g.stripe();
      return [
        `$ abctl local credentials && curl -s localhost:8000/api/v1/sources/get -d '{"sourceId":"${g.uuid()}"}'`,
        `{"sourceDefinitionId":"e094cb9a-26de-4645-8761-65c0c425d1de","sourceId":"${g.uuid()}","workspaceId":"${g.uuid()}","connectionConfiguration":{"account_id":"acct_${g.r.b62(16)}","client_secret":"${sk}","start_date":"2023-01-01T00:00:00Z","lookback_window_days":0,"slice_range":365},"name":"Stripe","sourceName":"Stripe"}`,
      ].join('\n');
    },
  },
  {
    s: 'airbyte',
    t: 'shopify-credentials',
    f: (g) => {
      const tok = g.shopify();
      const p = g.person();
      return [
        `${g.pyts()} source > Read 250 records from orders stream`,
        `${g.pyts()} source > config: {'shop': 'acme-outdoor', 'credentials': {'auth_method': 'api_password', 'api_password': '${tok}'}, 'start_date': '2022-01-01'}`,
        `${g.pyts(1)} source > Failed to parse record: {'id': ${g.r.digits(13)}, 'email': '${g.email(p)}', 'billing_address': {'name': '${g.name(p)}', 'address1': '${g.street(g.address('US'))}', 'phone': '${g.phone('us', 'national')}'}, 'total_price': 'NaN'}`,
      ].join('\n');
    },
  },
  {
    s: 'airbyte',
    t: 'google-ads-config',
    f: (g) => {
      const dev = g.googleAdsDevToken();
      const cs = g.gocspx();
      const rt = g.googleRefresh();
      return [
        `connectionConfiguration:`,
        `  customer_id: "${g.r.digits(10)}"`,
        `  credentials:`,
        `    developer_token: ${dev}`,
        `    client_id: ${g.r.digits(12)}-${g.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com`,
        `    client_secret: ${cs}`,
        `    refresh_token: ${rt}`,
        `  start_date: "2023-06-01"`,
        `# octavia apply: ERROR 422 "The provided refresh_token was revoked"`,
      ].join('\n');
    },
  },
  {
    s: 'airbyte',
    t: 'zendesk-mailchimp-intercom',
    f: (g) => {
      const p = g.person();
      const email = g.email(p, 'acme-outdoor.com');
      const zd = g.zendesk();
      const mc = g.mailchimp();
      const ic = g.intercom();
      return JSON.stringify([
        { name: 'Zendesk Support', configuration: { subdomain: 'acmehelp', credentials: { credentials: 'api_token', email, api_token: zd } } },
        { name: 'Mailchimp', configuration: { credentials: { auth_type: 'apikey', apikey: mc } } },
        { name: 'Intercom', configuration: { access_token: ic, start_date: '2022-01-01T00:00:00Z' } },
      ]);
    },
  },
  {
    s: 'airbyte',
    t: 'jira-source-error',
    f: (g) => {
      const tok = g.atlassian();
      const p = g.person();
      const email = g.email(p, 'acme-data.io');
      const b = g.basic(email, tok);
      return [
        `${g.pyts()} source > Making request: GET https://acme.atlassian.net/rest/api/3/search?jql=updated%3E%3D%27${g.iso().slice(0, 10)}%27&maxResults=50`,
        `${g.pyts()} source > headers={'Accept': 'application/json', 'Authorization': 'Basic ${b}'}`,
        `${g.pyts(1)} source > 401 Client Error: Unauthorized for url`,
        `${g.pyts(1)} source > config: email=${email} domain=acme.atlassian.net api_token=${tok}`,
      ].join('\n');
    },
  },
  {
    s: 'singer',
    t: 'tap-postgres-records',
    f: (g) => {
      const lines: string[] = [`{"type": "SCHEMA", "stream": "public-customers", "schema": {"type": "object", "properties": {"id": {"type": ["integer"]}, "name": {"type": ["null", "string"]}, "email": {"type": ["null", "string"]}, "birth_date": {"type": ["null", "string"], "format": "date-time"}}}, "key_properties": ["id"]}`];
      for (let i = 0; i < 2; i++) {
        const p = g.person(g.pick(['de', 'fr', 'pl', 'se', 'vn', 'es'] as const));
        const nm = g.p('person_name', asciiEsc(p.full));
        lines.push(`{"type": "RECORD", "stream": "public-customers", "record": {"id": ${g.int(1000, 99999)}, "name": "${nm}", "email": "${g.email(p)}", "phone": "${g.phone(undefined, 'e164')}", "birth_date": "${g.dob()}T00:00:00+00:00"}, "version": ${g.ms()}, "time_extracted": "${g.iso()}"}`);
      }
      lines.push(`{"type": "STATE", "value": {"bookmarks": {"public-customers": {"last_replication_method": "INCREMENTAL", "replication_key": "updated_at", "replication_key_value": "${g.iso()}"}}}}`);
      lines.push(`target-snowflake | CRITICAL Primary key is set to mandatory but not defined in the [public-customers] stream`);
      return lines.join('\n');
    },
  },
  {
    s: 'meltano',
    t: 'config-list',
    f: (g) => {
      const tok = g.zendesk();
      const p = g.person();
      const email = g.email(p, 'acme-outdoor.com');
      return [
        `$ meltano config tap-zendesk list`,
        `${g.pyts()} [info     ] Environment 'prod' is active`,
        `email [env: TAP_ZENDESK_EMAIL] current value: '${email}' (from \`.env\`)`,
        `api_token [env: TAP_ZENDESK_API_TOKEN] current value: '${tok}' (from \`.env\`)`,
        `subdomain [env: TAP_ZENDESK_SUBDOMAIN] current value: 'acmehelp' (from \`meltano.yml\`)`,
        `start_date [env: TAP_ZENDESK_START_DATE] current value: '2022-01-01T00:00:00Z' (from \`meltano.yml\`)`,
      ].join('\n');
    },
  },
  {
    s: 'meltano',
    t: 'dotenv',
    f: (g) => {
      const gh = g.r.next() < 0.5 ? g.ghp() : g.githubPat();
      const pw = g.pw();
      const sk = g.stripe();
      return [
        `$ cat .env   # committed by mistake in ${g.hex(7)}`,
        `TAP_GITHUB_ACCESS_TOKEN=${gh}`,
        `TAP_GITHUB_REPOSITORIES='["acme/platform", "acme/web"]'`,
        `TARGET_SNOWFLAKE_ACCOUNT=${g.sfAccount()}`,
        `TARGET_SNOWFLAKE_USER=MELTANO`,
        `TARGET_SNOWFLAKE_PASSWORD=${pw}`,
        `TAP_STRIPE_CLIENT_SECRET=${sk}`,
        `MELTANO_SEND_ANONYMOUS_USAGE_STATS=false`,
      ].join('\n');
    },
  },
  {
    s: 'meltano',
    t: 'state-backend-uri',
    f: (g) => {
      const ak = g.awsId();
      const sk = g.awsSecretEnc();
      return [
        `${g.pyts()} [error    ] Failed to acquire lock for state ID 'prod:tap-postgres-to-target-snowflake'`,
        `botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the PutObject operation`,
        `state_backend.uri = s3://${ak}:${sk}@acme-meltano-state/prod`,
      ].join('\n');
    },
  },
  {
    s: 'stitch',
    t: 'import-api',
    f: (g) => {
      const tok = g.stitch();
      const p = g.person();
      return [
        `POST https://api.stitchdata.com/v2/import/batch`,
        `Authorization: Bearer ${tok}`,
        `Content-Type: application/json`,
        ``,
        `{"table_name":"refund_requests","schema":{"properties":{"id":{"type":"integer"}}},"messages":[{"action":"upsert","sequence":${g.ms()},"data":{"id":${g.int(1000, 99999)},"customer":"${g.name(p)}","email":"${g.email(p)}","iban":"${g.iban(undefined, true)}","amount":"${g.int(10, 999)}.00"}}],"key_names":["id"]}`,
        `HTTP/1.1 422 Unprocessable Entity`,
        `{"error":"Record 0 did not conform to schema: #: extraneous key [customer] is not permitted"}`,
      ].join('\n');
    },
  },
  {
    s: 'stitch',
    t: 'tap-salesforce-oauth',
    f: (g) => {
      const cs = g.sfConsumerSecret();
      const rt = g.sfRefresh();
      const at = g.sfAccess();
      return [
        `tap - INFO Attempting login via OAuth2`,
        `tap - DEBUG Starting new HTTPS connection (1): login.salesforce.com:443`,
        `tap - DEBUG send: POST /services/oauth2/token body=grant_type=refresh_token&client_id=3MVG9${g.r.b62(80)}&client_secret=${cs}&refresh_token=${rt}`,
        `tap - DEBUG https://login.salesforce.com:443 "POST /services/oauth2/token HTTP/1.1" 200 None`,
        `tap - DEBUG response: {"access_token":"${at}","signature":"${g.r.b64(32)}","scope":"refresh_token api","instance_url":"https://acme.my.salesforce.com","id":"https://login.salesforce.com/id/00D${g.r.b62(15)}/005${g.r.b62(15)}","token_type":"Bearer","issued_at":"${g.ms()}"}`,
        `tap - CRITICAL REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.`,
      ].join('\n');
    },
  },
  {
    s: 'stitch',
    t: 'tap-github-headers',
    f: (g) => {
      const tok = g.r.next() < 0.5 ? g.ghp() : g.ghp('gho');
      return [
        `tap - INFO Syncing stream: pull_requests`,
        `tap - DEBUG GET https://api.github.com/repos/acme/platform/pulls?state=all&per_page=100&page=${g.int(2, 40)} headers={'Authorization': 'token ${tok}', 'Accept': 'application/vnd.github.v3+json'}`,
        `tap - CRITICAL 403 Client Error: rate limit exceeded for url: https://api.github.com/repos/acme/platform/pulls`,
      ].join('\n');
    },
  },
  {
    s: 'stitch',
    t: 'tap-square-payments',
    f: (g) => {
      const tok = g.square();
      const p = g.person('us');
      return [
        `tap - DEBUG Using access_token=${tok} environment=production`,
        `tap - INFO Fetched payment ${g.r.b62(22)} {"buyer_email_address":"${g.email(p)}","billing_address":{"address_line_1":"${g.street(g.address('US'))}","first_name":"${p.first}","last_name":"${p.last}"},"card_details":{"card":{"card_brand":"VISA","last_4":"${g.r.digits(4)}"}},"customer_ip":"${g.ip()}"}`,
      ].join('\n');
    },
  },
  {
    s: 'retl',
    t: 'hightouch-rejected-rows',
    f: (g) => {
      const rows: string[] = [];
      for (let i = 0; i < 2; i++) {
        const p = g.person();
        rows.push(`  {"primary_key": "${g.int(100000, 999999)}", "fields": {"email": "${g.email(p)}", "firstname": "${p.first}", "lastname": "${p.last}", "name": "${g.name(p)}", "mobilephone": "${g.phone(undefined, 'intl')}"}, "error": "Property values were not valid: INVALID_EMAIL"}`);
      }
      return [`Hightouch sync ${g.int(100000, 999999)} (Snowflake → HubSpot contacts) finished with 2 rejected rows:`, ...rows].join('\n');
    },
  },
  {
    s: 'retl',
    t: 'census-zendesk-basic',
    f: (g) => {
      const b = g.basic(`data-ops@acme-outdoor.com/token`, g.r.b62(40));
      const c = g.person();
      return [
        `[census] destination=zendesk object=users operation=upsert`,
        `PUT https://acmehelp.zendesk.com/api/v2/users/create_or_update_many.json`,
        `Authorization: Basic ${b}`,
        `{"users":[{"external_id":"${g.int(100000, 999999)}","email":"${g.email(c)}","name":"${g.name(c)}","phone":"${g.phone()}"}]}`,
        `Response 429 Too Many Requests, Retry-After: ${g.int(10, 60)}`,
      ].join('\n');
    },
  },
  {
    s: 'retl',
    t: 'sf-bulk-results-csv',
    f: (g) => {
      const lines = [`"sf__Id","sf__Created","sf__Error","FirstName","LastName","Email","Phone","MailingStreet","Birthdate"`];
      for (let i = 0; i < 2; i++) {
        const p = g.person();
        lines.push(`"","false","DUPLICATES_DETECTED:Use one of these records?:--","${p.first}","${p.last}","${g.email(p)}","${g.phone(undefined, 'intl')}","${g.street(g.address())}","${g.dob()}"`);
      }
      return [`census: job ${g.uuid()} finished with failures; failed results:`, ...lines].join('\n');
    },
  },
  {
    s: 'retl',
    t: 'braze-payload',
    f: (g) => {
      const key = g.c('braze_rest_api_key', g.uuid());
      const p = g.person();
      return [
        `POST https://rest.fra-02.braze.eu/users/track`,
        `Authorization: Bearer ${key}`,
        `{"attributes":[{"external_id":"${g.int(100000, 999999)}","email":"${g.email(p)}","first_name":"${p.first}","last_name":"${p.last}","phone":"${g.phone(undefined, 'e164')}","dob":"${g.dob()}","home_city":"${g.address().city}"}]}`,
        `HTTP 401 {"message":"Invalid API Key"}`,
      ].join('\n');
    },
  },
];
