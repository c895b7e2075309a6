import type { Positive4 } from './blind-set-4-types';

/** Credentials as language runtimes print them: tracebacks, exceptions, panics, reprs and loggers. */
export const CRED_RUNTIME: Record<string, Positive4> = {
  pythonTracebackLocals: (g) => {
    const tok = g.t.hubspot();
    const text = [
      'Traceback (most recent call last):',
      '  File "/app/sync/hubspot.py", line 88, in push_contacts',
      '    resp = session.post(url, headers={"Authorization": f"Bearer {token}"}, json=batch)',
      '  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status',
      '    raise HTTPError(http_error_msg, response=self)',
      'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.hubapi.com/crm/v3/objects/contacts/batch/create',
      `Local variables in push_contacts: portal_id=2431887 batch_size=100 token='${tok}'`,
    ].join('\n');
    return { text, values: [tok] };
  },
  botocoreDebugDict: (g) => {
    const k = g.t.aws(true);
    const text = `2026-12-03 22:14:07,311 botocore.credentials [DEBUG] Retrieved credentials: {'access_key': '${k.id}', 'secret_key': '${k.secret}', 'token': '${k.session}', 'expiry_time': '2026-12-03T23:14:07Z'}`;
    return { text, values: [k.id, k.secret, k.session] };
  },
  springJdbcFailure: (g) => {
    const pw = g.humanPassword();
    const text = [
      '2026-12-03 21:40:12.881 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed',
      `org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'dataSource': Cannot connect to jdbc:sqlserver://sql-prod-02.database.windows.net:1433;databaseName=ledger;user=ledger_app;password=${pw};encrypt=true`,
      '\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1806)',
      '\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:576)',
      "Caused by: com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'ledger_app'.",
    ].join('\n');
    return { text, values: [pw] };
  },
  goPanicStructDump: (g) => {
    const sk = g.t.stripe();
    const wh = g.t.stripeWhsec();
    const text = [
      'panic: billing: charge failed: card_declined',
      '',
      'goroutine 1 [running]:',
      'main.(*Billing).Charge(0xc000186000, {0x1a2b3c0, 0xc0000a4000})',
      '\t/src/billing/charge.go:71 +0x2f1',
      `cfg=&{SecretKey:${sk} WebhookSecret:${wh} Timeout:30s Retries:3}`,
      'exit status 2',
    ].join('\n');
    return { text, values: [sk, wh] };
  },
  railsParamsTwilio: (g) => {
    const sid = g.t.twilioSid();
    const tok = g.t.hex(32);
    const text = [
      'Started POST "/api/v1/integrations/sms" for 10.20.3.14 at 2026-12-03 21:02:44 +0000',
      'Processing by Api::V1::IntegrationsController#create as JSON',
      `  Parameters: {"integration"=>{"provider"=>"twilio", "account_sid"=>"${sid}", "auth_token"=>"${tok}"}}`,
      'Completed 201 Created in 48ms (Views: 0.4ms | ActiveRecord: 6.1ms)',
    ].join('\n');
    return { text, values: [tok] };
  },
  axiosErrorHeaders: (g) => {
    const api = g.t.hex(32);
    const app = g.t.hex(40);
    const text = [
      'AxiosError: Request failed with status code 403',
      '    at settle (/srv/app/node_modules/axios/dist/node/axios.cjs:2019:12)',
      '    at IncomingMessage.handleStreamEnd (/srv/app/node_modules/axios/dist/node/axios.cjs:3135:11) {',
      "  code: 'ERR_BAD_REQUEST',",
      '  config: {',
      '    headers: Object [AxiosHeaders] {',
      "      Accept: 'application/json, text/plain, */*',",
      "      'Content-Type': 'application/json',",
      `      'DD-API-KEY': '${api}',`,
      `      'DD-APPLICATION-KEY': '${app}',`,
      "      'User-Agent': 'axios/1.7.9'",
      '    },',
      "    method: 'post',",
      "    url: 'https://api.datadoghq.eu/api/v2/series',",
    ].join('\n');
    return { text, values: [api, app] };
  },
  kafkaConsumerConfig: (g) => {
    const secret = g.opaque(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
    const user = g.opaque(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
    const text = [
      '[2026-12-03 20:11:09,402] INFO ConsumerConfig values: ',
      '\tauto.offset.reset = earliest',
      '\tbootstrap.servers = [pkc-41wq6.eu-west-2.aws.confluent.cloud:9092]',
      `\tsasl.jaas.config = org.apache.kafka.common.security.plain.PlainLoginModule required username="${user}" password="${secret}";`,
      '\tsasl.mechanism = PLAIN',
      '\tsecurity.protocol = SASL_SSL',
      ' (org.apache.kafka.clients.consumer.ConsumerConfig)',
    ].join('\n');
    return { text, values: [secret] };
  },
  logfmtVaultLogin: (g) => {
    const tok = g.t.vault();
    const text = `time=2026-12-03T19:22:01Z level=error msg="vault renew failed" addr=https://vault.internal:8200 role=payments token=${tok} err="permission denied"`;
    return { text, values: [tok] };
  },
  zapTelegramUrl: (g) => {
    const tok = g.t.telegram();
    const text = `{"level":"warn","ts":1764791234.512,"caller":"notify/telegram.go:44","msg":"send failed","url":"https://api.telegram.org/bot${tok}/sendMessage","status":401,"chat_id":-1001882734}`;
    return { text, values: [tok] };
  },
  dotnetQuotedPassword: (g) => {
    const pw = g.awkwardPassword();
    const text = [
      'Unhandled exception. System.InvalidOperationException: An exception has been raised that is likely due to a transient failure.',
      ` ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed. ConnectionString: Server=tcp:acme-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_api;Password='${pw}';Encrypt=True;TrustServerCertificate=False`,
      '   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)',
    ].join('\n');
    return { text, values: [pw] };
  },
  celeryBanner: (g) => {
    const pw = g.strongPassword(24);
    const text = [
      ' -------------- celery@worker-7f9c v5.4.0 (opalescent)',
      '--- ***** ----- ',
      '-- ******* ---- Linux-6.1.0-28-amd64-x86_64-with-glibc2.36 2026-12-03 18:00:01',
      '- *** --- * --- ',
      '- ** ---------- [config]',
      '- ** ---------- .> app:         tasks:0x7f3a2c1d9e50',
      `- ** ---------- .> transport:   amqps://orders:${pw}@b-1a2b3c4d-5e6f.mq.eu-west-1.amazonaws.com:5671//`,
      '- ** ---------- .> results:     disabled://',
    ].join('\n');
    return { text, values: [pw] };
  },
  pythonEnvironRepr: (g) => {
    const key = g.t.openai();
    const text = `DEBUG:app.settings:environment at startup: environ({'PATH': '/usr/local/bin:/usr/bin:/bin', 'HOSTNAME': 'worker-5c8d', 'LANG': 'C.UTF-8', 'OPENAI_API_KEY': '${key}', 'PYTHONUNBUFFERED': '1'})`;
    return { text, values: [key] };
  },
  nodeInspectKnex: (g) => {
    const pw = g.humanPassword();
    const text = [
      'knex:client acquired connection from pool: __knexUid1 +0ms',
      "knex config: { client: 'pg',",
      `  connection: { host: 'db.prod.internal', port: 5432, user: 'reporting', password: '${pw}', database: 'analytics' },`,
      '  pool: { min: 2, max: 10 } }',
    ].join('\n');
    return { text, values: [pw] };
  },
  elixirEctoError: (g) => {
    const pw = g.strongPassword(18);
    const text = [
      '** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2971ms.',
      `    repo config: [hostname: "pg.internal", username: "shop", password: "${pw}", database: "shop_prod", pool_size: 10]`,
      '    (db_connection 2.7.0) lib/db_connection.ex:1000: DBConnection.transaction/3',
    ].join('\n');
    return { text, values: [pw] };
  },
  rustDebugPanic: (g) => {
    const key = g.t.linear();
    const text = [
      "thread 'main' panicked at src/main.rs:42:10:",
      `called \`Result::unwrap()\` on an \`Err\` value: Unauthorized(Config { api_key: "${key}", endpoint: "https://api.linear.app/graphql", team: "OPS" })`,
      'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace',
    ].join('\n');
    return { text, values: [key] };
  },
  pythonSquareClient: (g) => {
    const tok = g.t.square();
    const text = ['>>> from square.client import Client', `>>> client = Client(access_token="${tok}", environment="production")`, '>>> client.locations.list_locations().is_success()', 'True'].join(
      '\n',
    );
    return { text, values: [tok] };
  },
  rubyBraintreeConfig: (g) => {
    const tok = g.t.braintree();
    const text = ['I, [2026-12-03T17:55:41.118203 #1]  INFO -- : Booting payments worker', `D, [2026-12-03T17:55:41.118977 #1] DEBUG -- : Braintree::Gateway.new(access_token: "${tok}")`].join('\n');
    return { text, values: [tok] };
  },
  javaToStringAtlassian: (g) => {
    const tok = g.t.atlassian();
    const text = `2026-12-03 17:01:22,004 WARN  [jira-sync-3] c.a.s.JiraClient - retrying after 429: JiraCredentials[email=svc-jira@northwind-logistics.com, apiToken=${tok}, site=northwind.atlassian.net]`;
    return { text, values: [tok] };
  },
};
