import type { PositiveMaker } from './blind-set-3-types';

/**
 * Blind set 3, credential cases in language runtime output: Go/Rust/Ruby/PHP/.NET/Java/Python/Node
 * logs, panics and stack traces, logfmt and syslog.
 */
export const CRED_LANG: Record<string, PositiveMaker> = {
  'go-panic-stripe': (v) => {
    const k = v.stripe();
    return {
      text: `panic: stripe: invalid request with key "${k}": status 500\n\ngoroutine 17 [running]:\nmain.(*Billing).Charge(0xc0001a2000, {0x10f3a40, 0xc000012345})\n\t/app/billing/charge.go:88 +0x1f4`,
      values: [k],
    };
  },
  'go-log-fmt-struct-aws': (v) => {
    const id = v.awsKeyId(),
      s = v.awsSecret();
    return { text: `2026/11/03 14:02:11 config loaded: &{Region:eu-west-1 AccessKeyID:${id} SecretAccessKey:${s} Bucket:invoices-prod}`, values: [id, s] };
  },
  'go-zap-json-github': (v) => {
    const t = v.github('ghs');
    return {
      text: `{"level":"error","ts":1762178531.112,"caller":"sync/clone.go:54","msg":"git clone failed","url":"https://x-access-token:${t}@github.com/acme/payments.git","error":"exit status 128"}`,
      values: [t],
    };
  },
  'rust-panic-unwrap-db': (v) => {
    const p = v.password('!-_.');
    return {
      text: `thread 'main' panicked at src/db.rs:41:10:\ncalled \`Result::unwrap()\` on an \`Err\` value: Error { kind: Connect, cause: "connection refused", url: "postgres://ledger:${p}@db-primary.internal:5432/ledger" }\nnote: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace`,
      values: [p],
    };
  },
  'rust-tracing-openai': (v) => {
    const k = v.openai();
    return { text: `2026-11-03T14:05:09.331Z DEBUG reqwest::connect: starting new connection headers={"authorization": "Bearer ${k}", "content-type": "application/json"}`, values: [k] };
  },
  'ruby-rails-params': (v) => {
    const p = v.password();
    return {
      text: `Started POST "/users/sign_in" for 10.2.3.4 at 2026-11-03 14:07:12 +0000\nProcessing by Devise::SessionsController#create as HTML\n  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"login"=>"ops", "password"=>"${p}"}, "commit"=>"Log in"}`,
      values: [p],
    };
  },
  'ruby-exception-twilio': (v) => {
    const sid = v.twilioSid(),
      tok = v.hex(32);
    return {
      text: `Twilio::REST::RestError ([HTTP 401] 20003 : Unable to create record) account_sid=${sid} auth_token=${tok}\n/usr/local/bundle/gems/twilio-ruby-7.3.0/lib/twilio-ruby/framework/rest/version.rb:123:in \`create'`,
      values: [tok],
    };
  },
  'ruby-sidekiq-redis-url': (v) => {
    const p = v.password('!-_');
    return {
      text: `2026-11-03T14:09:00.120Z pid=7 tid=2l0 INFO: Booting Sidekiq 7.2.4 with Sidekiq::RedisConnection::RedisClientAdapter options {:url=>"redis://:${p}@cache.prod.internal:6379/0"}`,
      values: [p],
    };
  },
  'php-fatal-pdo': (v) => {
    const p = v.password('!#%*');
    return {
      text: `PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'10.0.4.12' (using password: YES) in /var/www/app/db.php:12\nStack trace:\n#0 /var/www/app/db.php(12): PDO->__construct('mysql:host=db;dbname=shop', 'shop', '${p}')\n#1 {main}`,
      values: [p],
    };
  },
  'php-laravel-env-dump': (v) => {
    const k = v.b62(32),
      mk = v.mailchimp();
    return {
      text: `[2026-11-03 14:11:02] production.ERROR: Mailchimp sync failed {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 401))","config":{"MAILCHIMP_API_KEY":"${mk}","APP_KEY":"base64:${Buffer.from(k).toString('base64')}"}}`,
      values: [mk, `base64:${Buffer.from(k).toString('base64')}`],
    };
  },
  'dotnet-exception-connstring': (v) => {
    const p = v.password('!#;&');
    return {
      text: `System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'svc_orders'.\n   at System.Data.SqlClient.SqlInternalConnectionTds..ctor(...)\nConnectionString: Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=svc_orders;Password="${p}";Encrypt=True;`,
      values: [p],
    };
  },
  'dotnet-ilogger-azure-storage': (v) => {
    const k = v.azureStorageKey();
    return {
      text: `fail: Microsoft.Azure.Storage[0]\n      Blob upload failed for DefaultEndpointsProtocol=https;AccountName=acmeinvoices;AccountKey=${k};EndpointSuffix=core.windows.net`,
      values: [k],
    };
  },
  'dotnet-json-azure-ad': (v) => {
    const s = v.azureClientSecret();
    return {
      text: `{"Timestamp":"2026-11-03T14:13:44.0912Z","Level":"Error","MessageTemplate":"Token acquisition failed for {ClientId}","Properties":{"ClientId":"${v.r.uuid()}","ClientSecret":"${s}","TenantId":"${v.r.uuid()}"}}`,
      values: [s],
    };
  },
  'java-stacktrace-jdbc': (v) => {
    const p = v.password('!-_.~');
    return {
      text: `org.postgresql.util.PSQLException: FATAL: password authentication failed for user "billing"\n\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)\nCaused by: jdbc:postgresql://pg.prod:5432/billing?user=billing&password=${p}&sslmode=require`,
      values: [p],
    };
  },
  'java-spring-properties-dump': (v) => {
    const p = v.password(),
      s = v.sendgrid();
    return { text: `2026-11-03 14:15:02.118  INFO 1 --- [main] o.s.b.c.c.ConfigDataEnvironment : spring.datasource.password=${p}, spring.sendgrid.api-key=${s}`, values: [p, s] };
  },
  'java-log4j-kafka-jaas': (v) => {
    const p = v.password();
    return {
      text: `[2026-11-03 14:16:10,551] ERROR [Producer clientId=orders-1] Connection to node -1 (broker-1.kafka:9093) failed authentication due to: Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512 (sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="orders" password="${p}";)`,
      values: [p],
    };
  },
  'python-traceback-requests': (v) => {
    const k = v.anthropic();
    return {
      text: `Traceback (most recent call last):\n  File "/srv/app/llm.py", line 44, in summarize\n    r = requests.post(URL, headers={'x-api-key': '${k}', 'anthropic-version': '2023-06-01'}, json=body)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.anthropic.com', port=443): Max retries exceeded`,
      values: [k],
    };
  },
  'python-logging-dict-repr': (v) => {
    const p = v.password('!#%&'),
      u = v.dockerHub();
    return {
      text: `ERROR:deploy.registry:login failed: {'registry': 'https://index.docker.io/v1/', 'username': 'acmebuild', 'password': '${u}', 'email': None} / fallback {'password': "${p}"}`,
      values: [u, p],
    };
  },
  'python-celery-broker-url': (v) => {
    const p = v.password('-_');
    return {
      text: `[2026-11-03 14:18:00,004: ERROR/MainProcess] consumer: Cannot connect to amqp://worker:${p}@rabbitmq.prod:5672//: [Errno 111] Connection refused.\nTrying again in 4.00 seconds... (2/100)`,
      values: [p],
    };
  },
  'python-django-settings-debug': (v) => {
    const k = v.r.str('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50);
    return { text: `DisallowedHost at /admin\nSettings:\nSECRET_KEY = '${k}'\nALLOWED_HOSTS = ['api.acme.io']`, values: [k] };
  },
  'node-axios-error-config': (v) => {
    const t = v.hubspot();
    return {
      text: `AxiosError: Request failed with status code 429\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12) {\n  code: 'ERR_BAD_REQUEST',\n  config: {\n    headers: Object [AxiosHeaders] {\n      Accept: 'application/json',\n      Authorization: 'Bearer ${t}'\n    },\n    url: 'https://api.hubapi.com/crm/v3/objects/contacts'`,
      values: [t],
    };
  },
  'node-pino-mongo-uri': (v) => {
    const p = v.password('!-_');
    return {
      text: `{"level":50,"time":1762179000123,"pid":1,"hostname":"api-7d9f","err":{"type":"MongoServerSelectionError","message":"connection timed out"},"uri":"mongodb+srv://api:${p}@cluster0.ab1cd.mongodb.net/prod?retryWrites=true","msg":"db down"}`,
      values: [p],
    };
  },
  'node-unhandled-rejection-sentry': (v) => {
    const t = v.sentryUser();
    return { text: `(node:1) UnhandledPromiseRejectionWarning: Error: sentry-cli exited with 1: error: API request failed\n  caused by: [401] Invalid token (SENTRY_AUTH_TOKEN=${t})`, values: [t] };
  },
  'logfmt-datadog': (v) => {
    const k = v.hex(32),
      a = v.hex(40);
    return { text: `time=2026-11-03T14:20:00Z level=warn component=forwarder msg="dropping payload" dd_api_key=${k} dd_app_key=${a} retries=3`, values: [k, a] };
  },
  'logfmt-quoted-vault': (v) => {
    const t = v.vault();
    return { text: `ts=2026-11-03T14:21:10.004Z caller=auth.go:77 level=error msg="vault lookup-self failed" token="${t}" err="permission denied"`, values: [t] };
  },
  'syslog-5424-sd-param': (v) => {
    const t = v.okta();
    return { text: `<134>1 2026-11-03T14:22:01.003Z idp-sync-2 oktasync 4411 SYNC [auth@32473 scheme="SSWS" apiToken="${t}" org="acme"] users sync failed: 401`, values: [t] };
  },
  'syslog-3164-sshpass': (v) => {
    const p = v.password('!#%.');
    return { text: `Nov  3 14:23:05 bastion-1 cron[2210]: (deploy) CMD (sshpass -p '${p}' rsync -a /srv/backup/ backup@10.8.0.4:/vol/)`, values: [p] };
  },
  'go-grpc-metadata': (v) => {
    const t = v.jwt({ scope: 'payments:write' });
    return {
      text: `ERROR grpc: server failed to handle stream: rpc error: code = Unauthenticated desc = token expired; metadata=map[:authority:[payments:443] authorization:[Bearer ${t}] content-type:[application/grpc] user-agent:[grpc-go/1.64.0]]`,
      values: [t],
    };
  },
  'ruby-faraday-logger-shopify': (v) => {
    const t = v.shopify('shpat');
    return {
      text: `I, [2026-11-03T14:24:31.553 #1]  INFO -- request: GET https://acme-store.myshopify.com/admin/api/2024-10/orders.json\nI, [2026-11-03T14:24:31.553 #1]  INFO -- request: X-Shopify-Access-Token: "${t}"\nUser-Agent: "Faraday v2.12.0"`,
      values: [t],
    };
  },
  'php-monolog-square': (v) => {
    const t = v.square();
    return {
      text: `[2026-11-03T14:25:00.000000+00:00] payments.ERROR: Square API error {"status":401,"request":{"headers":{"Square-Version":["2024-10-17"],"Authorization":["Bearer ${t}"]}}} []`,
      values: [t],
    };
  },
  'java-logback-mdc-snowflake': (v) => {
    const p = v.password('!-_.');
    return {
      text: `14:26:44.201 [pool-3-thread-1] ERROR n.s.client.jdbc.SnowflakeConnectionV1 - connect failed url=jdbc:snowflake://ab12345.eu-central-1.snowflakecomputing.com/?user=ETL_SVC&password=${p}&warehouse=ETL_WH`,
      values: [p],
    };
  },
};
