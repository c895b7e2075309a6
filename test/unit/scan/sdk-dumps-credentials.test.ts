import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-checks';
import { an, CRED16_TOKENS, hex, password, url, uuid } from './generators-cred16';
import { B62, B64, rng } from './sample-rng';

/**
 * The credential round for blind set 16 (issue 13): what SDKs, HTTP clients, ORMs, job systems and
 * shells print when an integration fails. Set 15's remaining misses as classes (PowerShell named
 * parameters, option-wrapped fields in Rust/Scala/Java debug output), then breadth from the libraries'
 * own output formats: AxiosError and got/undici dumps, requests/http.client/botocore debug lines,
 * Celery/RQ/Sidekiq/Resque job arguments, Faraday/Net::HTTP, OkHttp, Spring WebClient/RestTemplate,
 * JDBC URLs, Hibernate bound parameters, SQL INSERT values, Go httputil/%+v, .NET/Serilog, Monolog,
 * Rails params, Kafka Connect/Debezium, Airflow, dbt, TF_LOG, Kubernetes Secrets (base64 PEM keys),
 * GitHub Actions, Sentry, OpenTelemetry header attributes, Postman/Insomnia, Erlang crash reports,
 * and providers' published token formats. Values are drawn per run (CRED16_SEED=<n> repeats one);
 * every class has look-alikes that must stay unflagged.
 */
const SEED = Number(process.env['CRED16_SEED'] ?? Date.now() % 1_000_000_007);
const r = rng(SEED);
const at = `(seed ${SEED})`;
const b64 = (n: number): string => r.str(B64, n - 1) + r.str('0123456789', 1);
const awsId = (): string => `AKIA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;

/** [name, text, value]: the value must be covered whole by leak findings. */
type Case = [string, string, string];
const expectCovered = (cases: Case[]): void => {
  for (const [name, text, value] of cases) expect(covered(text, value), `${name}: ${text} ${at}`).toBe(true);
};
const expectClean = (texts: string[]): void => {
  for (const text of texts) expect(leaks(text), `${text} ${at}`).toEqual([]);
};

describe("blind set 15's remaining credential misses, as classes", () => {
  it('finds secrets given to PowerShell named parameters', () => {
    const s = b64(40);
    const k = b64(86) + '==';
    const n = `oy2${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 42)}7`;
    const p = password(r, 16);
    expectCovered([
      ['Set-AWSCredential', `PS /home/runner> Set-AWSCredential -AccessKey ${awsId()} -SecretKey ${s} -StoreAs ci-deploy`, s],
      ['New-AzStorageContext', `PS C:\\> New-AzStorageContext -StorageAccountName stprod -StorageAccountKey ${k}`, k],
      // A base64 key may start with `/` (seed 431839089 drew one): key material, not a path.
      ['key starting with /', `PS C:\\> New-AzStorageContext -StorageAccountName stprod -StorageAccountKey /${k.slice(1)}`, `/${k.slice(1)}`],
      ['Publish-Module', `PS C:\\> Publish-Module -Name Acme.Tools -NuGetApiKey ${n} -Repository PSGallery`, n],
      ['quoted -Password', `PS C:\\> Connect-Acme -Username ops -Password '${p}' -Server api.acme.io`, p],
    ]);
    expectClean([
      'PS C:\\> Get-AzKeyVaultSecret -VaultName kv-prod -Name DbPassword -AsPlainText',
      'PS C:\\> Set-AWSCredential -ProfileName ci-deploy -AccessKey $env:AWS_ACCESS_KEY_ID -SecretKey $env:AWS_SECRET_ACCESS_KEY',
      'openssl req -new -key server.key -out server.csr -subj "/CN=acme"',
      'gpg --batch --passphrase-file /run/secrets/gpg -d backup.tar.gpg',
      'PS C:\\> Import-PfxCertificate -CertStoreLocation Cert:\\LocalMachine\\My -FilePath C:\\certs\\app.pfx -Password $pfxPassword',
      'PS /home/runner> Set-AcmeConfig -PrivateKey /home/runner/.config/acme/keys/prod-signing-key.pem',
      'PS> New-AzVM -Name vm1 -SshKeyName deploy -PublicKey "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"',
      'PS> Set-AzKeyVaultSecret -VaultName kv-prod -Name DbPassword -SecretValue $secure',
      'Start-Process az -ArgumentList "login" -SecretKey ./secrets/key.txt',
      'tool -N "" -C ci -t ed25519 -PrivateKey /home/ci/.ssh/id_ed25519',
    ]);
  });

  it('finds secrets inside option values of Rust, Scala and Java debug output', () => {
    const p = password(r, 18);
    const t = url(r, 40);
    const q = an(r, 24);
    expectCovered([
      ['sqlx PgConnectOptions', `opts = PgConnectOptions { host: "pg-ledger.internal", port: 5432, socket: None, username: "ledger_rw", password: Some("${p}"), database: Some("ledger"), ssl_mode: Require }`, p],
      ['Rust credentials', `Credentials { access_key_id: "${awsId()}", session_token: Some("${t}"), expiry: None }`, t],
      ['Java Optional', `DbSettings[user=app, password=Optional[${q}], host=pg]`, q],
      ['Scala Some', `Config(host=db, user=app, password=Some(${q}))`, q],
    ]);
    expectClean([
      'opts = PgConnectOptions { host: "pg", password: None, database: Some("ledger") }',
      'Config { api_key: Some("[REDACTED]"), token: Some(Secret([REDACTED alloc::string::String])) }',
      'DbConfig(user=Some(app), password=Some(${DB_PASSWORD}))',
    ]);
  });
});

describe('HTTP client and SDK dumps', () => {
  it('finds credentials in header maps printed as JSON arrays, Java form maps and OTel attributes', () => {
    const k = an(r, 32);
    const s = url(r, 40);
    const h = hex(r, 32);
    expectCovered([
      ['Guzzle/Monolog headers', `[2026-09-30T10:00:00+00:00] app.ERROR: Guzzle request failed {"request":{"headers":{"Authorization":["Bearer ${url(r, 64)}"],"X-Api-Key":["${k}"]}}} []`, k],
      ['RestTemplate form map', `o.s.web.client.RestTemplate : Writing [{client_id=[acme], client_secret=[${s}], grant_type=[client_credentials]}] as "application/x-www-form-urlencoded"`, s],
      ['OTel attributes', `{"attributes":{"http.request.method":"POST","http.request.header.x-api-key":["${k}"]}}`, k],
      ['OTel Collector debug exporter', `Attributes:\n     -> http.request.method: Str(POST)\n     -> http.request.header.x-api-key: Slice(["${k}"])`, k],
      ['OTel Collector Str', `     -> db.password: Str(${s})`, s],
      ['TF_LOG header attribute', `2026-09-30T10:00:00.000Z [DEBUG] provider: Request: http.request.header.dd-api-key=${h} http.url=https://api.datadoghq.com`, h],
    ]);
    expectClean([
      '{"headers":{"X-Request-Id":["0f8fad5b-d9cb-469f-a165-70867728950e"],"Idempotency-Key":["b1946ac92492d2347c6235b4d2611184"],"X-Next-Token":["c2VjcmV0cGFnZTI="]}}',
      '{"attributes":{"http.request.header.x-api-key":["[REDACTED]"],"http.request.header.authorization":["****"]}}',
      '{sort_key=[created_at], page_token=[CAEQAhoCCAE], client_id=[acme-web-portal-prod]}',
      // Algolia's search-only key is sent to browsers by design (public, not a leak).
      `{"algolia":{"appId":"ABCD1234EF","searchOnlyApiKey":"${hex(r, 32)}"}}`,
      '     -> http.request.method: Str(POST)\n     -> http.request.header.x-api-key: Slice(["[REDACTED]"])',
    ]);
  });

  it('finds credentials in AxiosError, requests, botocore, OkHttp, Faraday, Go and .NET dumps', () => {
    const p = password(r, 16);
    const t = url(r, 64);
    const k = an(r, 32);
    const sec = b64(40);
    const basic = Buffer.from(`ops:${password(r, 12)}`).toString('base64');
    expectCovered([
      ['AxiosError config.auth', `  config: {\n    auth: { username: 'svc-sync', password: '${p}' },\n    headers: Object [AxiosHeaders] { Authorization: 'Bearer ${t}' }`, p],
      ['AxiosError headers', `    headers: Object [AxiosHeaders] { 'x-api-key': '${k}', 'Content-Type': 'application/json' },`, k],
      ['http.client send', `send: b'POST /v1/token HTTP/1.1\\r\\nHost: api.acme.io\\r\\nAuthorization: Bearer ${t}\\r\\nContent-Length: 52\\r\\n\\r\\n'`, t],
      ['botocore credentials', `2026-09-30 10:00:00,123 botocore.credentials [DEBUG] Found credentials in environment variables. access_key=${awsId()} secret_key=${sec}`, sec],
      ['OkHttp body', `--> POST https://api.acme.io/v1/login\nContent-Type: application/json; charset=utf-8\n{"username":"ops","password":"${p}","otp":"123456"}\n--> END POST (61-byte body)`, p],
      ['Net::HTTP debug', `<- "POST /oauth/token HTTP/1.1\\r\\nUser-Agent: Ruby\\r\\nHost: api.acme.io\\r\\nAuthorization: Basic ${basic}\\r\\n\\r\\n"`, basic],
      ['Go %+v', `&{Host:db.internal Port:5432 User:app Password:${p} Database:app}`, p],
      ['Go http.Request', `&http.Request{Method:"POST", Header:http.Header{"Authorization":[]string{"Bearer ${t}"}, "X-Api-Key":[]string{"${k}"}}}`, k],
      ['Serilog', `{"@t":"2026-09-30T10:00:00Z","@mt":"Calling {Endpoint} with {@Options}","Options":{"ApiKey":"${k}","ClientSecret":"${url(r, 40)}"}}`, k],
      ['iOS exception reason', `*** Terminating app due to uncaught exception 'NSInternalInconsistencyException', reason: 'Invalid API key ${k} for host api.acme.io'`, k],
      ['Spring WebClient', `o.s.w.r.f.client.ExchangeFunctions : [1c2d] HTTP POST https://api.acme.io/v1/token, headers=[Authorization:"Bearer ${t}", Content-Type:"application/json"]`, t],
    ]);
  });

  it('does not count a Basic header whose password the client masked', () => {
    expectClean([`headers: {"Authorization":"Basic ${Buffer.from('ops:********').toString('base64')}"}`]);
  });
});

describe('ORMs, SQL and connection strings', () => {
  it('finds a secret in an SQL INSERT under a secret column, and Hibernate parameters bound to one', () => {
    const s = an(r, 40);
    const w = `whsec_${an(r, 32)}`;
    const c = url(r, 40);
    const a = url(r, 48);
    expectCovered([
      ['INSERT values', `INSERT INTO api_keys (name, secret, created_at) VALUES ('ci', '${s}', now())`, s],
      ['INSERT second secret', `INSERT INTO integrations (id, provider, api_secret, webhook_secret) VALUES (7, 'stripe', '${s}', '${w}');`, w],
      [
        'Hibernate 5 binder',
        `Hibernate: insert into oauth_clients (client_id, client_secret, redirect_uri, id) values (?, ?, ?, ?)\n2026-09-30 TRACE o.h.t.d.s.BasicBinder - binding parameter [1] as [VARCHAR] - [acme-portal]\n2026-09-30 TRACE o.h.t.d.s.BasicBinder - binding parameter [2] as [VARCHAR] - [${c}]\n2026-09-30 TRACE o.h.t.d.s.BasicBinder - binding parameter [3] as [VARCHAR] - [https://portal.acme.io/cb]`,
        c,
      ],
      [
        'Hibernate 6 update',
        `2026-09-30 DEBUG 1 --- [main] org.hibernate.SQL : update api_credentials set access_token=?, refresh_token=?, expires_at=? where id=?\n2026-09-30 TRACE 1 --- [main] org.hibernate.orm.jdbc.bind : binding parameter (1:VARCHAR) <- [${a}]\n2026-09-30 TRACE 1 --- [main] org.hibernate.orm.jdbc.bind : binding parameter (3:TIMESTAMP) <- [2026-09-30T13:00:00Z]`,
        a,
      ],
      [
        'JdbcTemplate',
        `o.s.jdbc.core.JdbcTemplate : Executing prepared SQL statement [insert into api_keys (name, secret, created_at) values (?, ?, ?)]\no.s.jdbc.core.StatementCreatorUtils : Setting SQL statement parameter value: column index 1, parameter value [ci], value class [java.lang.String], SQL type unknown\no.s.jdbc.core.StatementCreatorUtils : Setting SQL statement parameter value: column index 2, parameter value [${s}], value class [java.lang.String], SQL type unknown`,
        s,
      ],
      ['MyBatis', `c.a.m.ApiKeyMapper.insert : ==>  Preparing: insert into api_keys (name, secret, owner) values (?, ?, ?)\nc.a.m.ApiKeyMapper.insert : ==> Parameters: ci-deploy(String), ${s}(String), ops(String)`, s],
    ]);
    expectClean([
      '==>  Preparing: insert into audit (actor, action, detail) values (?, ?, ?)\n==> Parameters: ops(String), rotate-key(String), rotated the api key for acme(String)',
      'Executing prepared SQL statement [select * from users where email = ?]\nSetting SQL statement parameter value: column index 1, parameter value [ops@acme.io], value class [java.lang.String]',
      "INSERT INTO sessions (id, user_id, token_hash, created_at) VALUES ('8f14e45fceea167a5a36dedd4bea2543', 42, 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', now())",
      "INSERT INTO audit (actor, action, detail) VALUES ('ops', 'rotate', 'api_key rotated for acme-sync')",
      "INSERT INTO users (email, name, password) VALUES ('ops@acme.io', 'Ops Bot', NULL)",
      `Hibernate: insert into idempotency (key, response) values (?, ?)\nbinding parameter [1] as [VARCHAR] - [${uuid(r)}]`,
      `Hibernate: insert into accounts (name, api_token) values (?, ?)\nbinding parameter [1] as [VARCHAR] - [Acme Corporation Ltd]`,
      'Hibernate: insert into users (email, password) values (?, ?)\nbinding parameter [1] as [VARCHAR] - [ops@acme.io]\nbinding parameter [2] as [VARCHAR] - [$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy]',
      "insert into users (email, password_reset_sent_at) values ('ops@acme.io', '2026-05-01 12:00:00')",
    ]);
  });

  it('finds passwords in JDBC URLs, ADO.NET strings, Debezium and Kafka configs', () => {
    const p = password(r, 16);
    const q = an(r, 16);
    expectCovered([
      ['JDBC Oracle thin', `jdbc:oracle:thin:scott/${q}@//db.internal:1521/ORCLPDB1`, q],
      ['JDBC DB2', `jdbc:db2://db2.internal:50000/BLUDB:user=db2inst1;password=${p};sslConnection=true;`, p],
      ['JDBC Snowflake', `jdbc:snowflake://xy12345.snowflakecomputing.com/?user=ETL&password=${q}&warehouse=WH`, q],
      ['JDBC Redshift', `jdbc:redshift://rs.internal:5439/dev;UID=etl;PWD=${p};ssl=true`, p],
      ['SqlClient', `Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'app'. ConnectionString: Server=tcp:sql.internal,1433;Initial Catalog=app;User ID=app;Password=${p};Encrypt=True;`, p],
      ['Debezium', `{"name":"pg-source","config":{"connector.class":"io.debezium.connector.postgresql.PostgresConnector","database.password":"${p}","database.user":"debezium"}}`, p],
      ['Airflow URI', `AIRFLOW_CONN_SNOWFLAKE_DEFAULT='snowflake://etl:${q}@acme/db/schema?account=xy12345'`, q],
    ]);
    expectClean(['sasl.jaas.config = [hidden]\n\tssl.keystore.password = [hidden]\n\tssl.truststore.password = null']);
  });
});

describe('jobs, frameworks, CI and exports', () => {
  it('finds secrets in job arguments, framework dumps, CI logs and API client exports', () => {
    const p = password(r, 16);
    const k = an(r, 32);
    const h = hex(r, 32);
    expectCovered([
      ['Celery kwargs', `[2026-09-30 10:00:00,000: INFO/MainProcess] Task mail.tasks.send_digest[${uuid(r)}] received args=('ops@acme.io',) kwargs={'smtp_password': '${p}', 'smtp_host': 'smtp.acme.io'}`, p],
      ['RQ job', `12:00:00 default: crm.jobs.push_contact(42, api_key='${h}') (${uuid(r)})`, h],
      ['Sidekiq args', `WARN: Job raised exception class=HubspotSyncJob jid=b4a1c0de args=[{"portal_id"=>42, "access_token"=>"${k}"}]`, k],
      ['Rails params', `  Parameters: {"account"=>{"name"=>"acme", "api_key"=>"${h}"}}`, h],
      ['Rails form body', `Started POST "/session" body=user%5Bemail%5D=ops%40acme.io&user%5Bpassword%5D=${encodeURIComponent(p)}&commit=Sign+in`, encodeURIComponent(p)],
      ['PHP form body', `user[email]=ops%40acme.io&user[password]=${encodeURIComponent(p)}&remember=1`, encodeURIComponent(p)],
      ['Laravel context', `[2026-09-30 10:00:00] production.ERROR: Stripe call failed {"context":{"password":"${p}"}}`, p],
      ['Erlang proplist', `** (exit) an exception was raised: [{username,<<"app">>},{password,<<"${p}">>},{host,"pg"}]`, p],
      ['add-mask', `::add-mask::${k}`, k],
      ['Django debug page', `<tr>\n  <td>api_key</td>\n  <td class="code"><pre>&#x27;${k}&#x27;</pre></td>\n</tr>`, k],
      ['Postman apikey', `{"auth":{"type":"apikey","apikey":[{"key":"value","value":"${k}","type":"string"},{"key":"key","value":"X-API-Key","type":"string"}]}}`, k],
      ['Insomnia basic', `"authentication": {"type": "basic", "username": "ops", "password": "${p}", "disabled": false}`, p],
    ]);
    expectClean([
      '  Parameters: {"user"=>{"email"=>"ops@acme.io", "password"=>"[FILTERED]"}, "api_key"=>"[FILTERED]"}',
      'GET /search?filter[status]=active&page[size]=50&sort[created_at]=desc&fields[token_count]=1',
      '  env:\n    API_KEY: ***\n    NPM_TOKEN: ***',
      '{"auth":{"type":"apikey","apikey":[{"key":"value","value":"{{apiKey}}","type":"string"}]}}',
      '{"type":"request","auth":{"client_token":"hmac-sha256:5e2b3c4d5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e","accessor":"hmac-sha256:0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"}}',
      '{"request":{"data":{"password":"[Filtered]","api_key":"[Filtered]"},"cookies":"[Filtered]"}}',
      'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  62313365396662343061393464336163383764373764613633653634306231386433626436623361',
      'db_password: !secret mariadb_password',
    ]);
  });

  it('finds the same forms JSON-escaped inside a log message', () => {
    const p = password(r, 16);
    const h = hex(r, 32);
    expectCovered([
      ['escaped Some', `{"level":"error","msg":"pool timed out: PgConnectOptions { host: \\"pg\\", password: Some(\\"${p}\\"), database: Some(\\"app\\") }"}`, p],
      ['escaped Erlang', `{"log":"** (exit) [{username,<<\\"app\\">>},{password,<<\\"${p}\\">>}]\\n","stream":"stderr"}`, p],
      ['escaped argv', `{"args":"[\\"--api-key\\", \\"${h}\\"]"}`, h],
    ]);
  });

  it('finds secrets after their flag in printed argument lists', () => {
    const p = password(r, 16);
    const h = hex(r, 32);
    const u = an(r, 16);
    expectCovered([
      ['CalledProcessError', `subprocess.CalledProcessError: Command '['pg_dump', '-h', 'pg', '-U', 'app', '--password', '${p}']' returned non-zero exit status 1.`, p],
      ['Sentry sys.argv', `{"extra":{"sys.argv":["manage.py","sync_crm","--api-key","${h}","--verbose"]}}`, h],
      ['curl -u in argv', `Command '['curl', '-u', 'ops:${u}', 'https://api.acme.io']' returned non-zero exit status 22.`, u],
      ['container args', `args: ["--listen", ":8080", "--api-token", "${h}"]`, h],
    ]);
    expectClean([
      "Command '['git', 'clone', '--depth', '1', 'https://github.com/acme/app']' returned non-zero exit status 128.",
      'args: ["--key-file", "/etc/tls/tls.key", "--token-ttl", "3600", "--auth-mode", "oidc"]',
      '"Cmd": ["--api-key", "$(API_KEY)", "--password", "${DB_PASSWORD}"]',
      "args=['--token-file', '/var/run/secrets/token', '--password-stdin', 'true']",
      '::add-mask::$TOKEN',
      '<tr>\n  <td>request_id</td>\n  <td class="code"><pre>&#x27;8f14e45fceea167a5a36dedd4bea2543&#x27;</pre></td>\n</tr>',
      '{password,<<"********">>} {token,<<"expired">>}',
    ]);
  });

  it('finds base64-encoded private keys in Kubernetes Secrets and kubeconfig, not certificates', () => {
    const body = Array.from({ length: 8 }, () => r.str(B62 + '+/', 64)).join('\n');
    const key = Buffer.from(`-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`).toString('base64');
    const cert = Buffer.from(`-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`).toString('base64');
    expectCovered([
      ['tls.key', `kind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${cert}\n  tls.key: ${key}`, key],
      ['client-key-data', `users:\n- name: ci\n  user:\n    client-key-data: ${key}`, key],
    ]);
    expectClean([`clusters:\n- cluster:\n    certificate-authority-data: ${cert}\n    server: https://10.0.0.1:6443`]);
  });
});

describe('published vendor token formats (prefixed-tokens-16.ts)', () => {
  const contexts = (t: string): string[] => [
    `{"level":"error","msg":"request rejected","value":"${t}"}`,
    `Error: Unauthorized (401): invalid credentials ${t}`,
    `export ACME_CREDENTIAL=${t}`,
    `  File "/app/client.py", line 12, in __init__\n    self.session = Session("${t}")`,
  ];
  it.each(Object.keys(CRED16_TOKENS))('%s', (id) => {
    const t = CRED16_TOKENS[id]!(r);
    for (const text of contexts(t)) expect(covered(text, t), `${text} ${at}`).toBe(true);
  });
  it('leaves look-alikes of those prefixes alone', () => {
    expectClean([
      'see RFC-7231 and rfc-3339 timestamps; fc-0000000000000000000000000000000000 is padding',
      'GOCSPX-<your-client-secret> goes in client_secret.json',
      'nuget push Acme.1.2.3.nupkg -Source https://api.nuget.org/v3/index.json -ApiKey $NUGET_KEY',
      'ciocia-bakery-order-confirmation-template-v2',
      'SCW_DEFAULT_REGION=fr-par SCW_DEFAULT_ZONE=fr-par-1',
      'pa-south-1 pa-restricted pa-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `azure devops run 1234 AZDO-${'a'.repeat(20)}`,
    ]);
  });
});
