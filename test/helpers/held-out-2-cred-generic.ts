import { ALPHA, type Rng } from './held-out-2-rng';
import type { PosTemplate } from './held-out-2-types';
import { password, passphrase, pemBody, pemLabel, tok } from './held-out-2-values';

const user = (r: Rng) => r.pick(['app', 'svc_orders', 'billing_rw', 'admin', 'etl-runner', 'reporting']);
const b64 = (s: string) => Buffer.from(s).toString('base64');

/** Credential positives of generic shapes: URLs, connection strings, config lines, headers, keys. */
export const GENERIC_CREDENTIALS: readonly PosTemplate[] = [
  [
    'postgres-url-password',
    (r) => {
      const p = password(r, { urlSafe: true });
      return {
        text: `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-main.internal" failed (url: postgresql+psycopg2://${user(r)}:${p}@pg-main.internal:5432/orders)`,
        values: [p],
      };
    },
  ],
  [
    'mysql-url-env',
    (r) => {
      const p = password(r, { urlSafe: true });
      return { text: `DATABASE_URL=mysql://${user(r)}:${p}@mysql-primary.db.svc.cluster.local:3306/shop?charset=utf8mb4`, values: [p] };
    },
  ],
  [
    'mongodb-srv-url',
    (r) => {
      const p = password(r, { urlSafe: true });
      return {
        text: `MongoServerError: bad auth : Authentication failed. uri=mongodb+srv://${user(r)}:${p}@cluster0.${r.str(ALPHA.lower + ALPHA.digits, 5)}.mongodb.net/prod?retryWrites=true&w=majority`,
        values: [p],
      };
    },
  ],
  [
    'redis-url-no-user',
    (r) => {
      const p = r.b62(32);
      return {
        text: `[ioredis] Unhandled error event: ReplyError: WRONGPASS invalid username-password pair (REDIS_URL=rediss://:${p}@cache-prod.abc123.ng.0001.euw1.cache.amazonaws.com:6379/0)`,
        values: [p],
      };
    },
  ],
  [
    'amqp-url',
    (r) => {
      const p = password(r, { urlSafe: true });
      return {
        text: `pika.exceptions.ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED' broker=amqps://${user(r)}:${p}@rabbit.brightpath.internal:5671/%2Fprod`,
        values: [p],
      };
    },
  ],
  [
    'jdbc-sqlserver-password',
    (r) => {
      const p = password(r);
      return {
        text: `com.microsoft.sqlserver.jdbc.SQLServerException: Login failed for user 'sa'. url=jdbc:sqlserver://sql01.corp.local:1433;databaseName=Billing;user=sa;password=${p};encrypt=true`,
        values: [p],
      };
    },
  ],
  [
    'jdbc-postgres-query-password',
    (r) => {
      const p = password(r, { urlSafe: true });
      return { text: `spring.datasource.url=jdbc:postgresql://pg.internal:5432/app?user=${user(r)}&password=${p}&sslmode=require`, values: [p] };
    },
  ],
  [
    'adonet-quoted-password',
    (r) => {
      const p = password(r, { unsafe: true }).replace(/'/g, '');
      return {
        text: `System.Data.SqlClient.SqlException (0x80131904): Login failed. ConnectionString="Server=tcp:bp-sql.database.windows.net,1433;Initial Catalog=orders;User ID=${user(r)};Password='${p}';Encrypt=True;"`,
        values: [p],
      };
    },
  ],
  [
    'adonet-plain-password',
    (r) => {
      const p = password(r).replace(/[;'"]/g, 'x');
      return { text: `"ConnectionStrings": { "Default": "Host=pg;Database=crm;Username=${user(r)};Pwd=${p};Pooling=true" }`, values: [p] };
    },
  ],
  [
    'basic-auth-header',
    (r) => {
      const v = b64(`${user(r)}:${password(r)}`);
      return { text: `> GET /api/v1/export HTTP/1.1\n> Authorization: Basic ${v}\n< HTTP/1.1 401 Unauthorized`, values: [v] };
    },
  ],
  [
    'basic-auth-url-http',
    (r) => {
      const p = password(r, { urlSafe: true });
      return { text: `Get "http://${user(r)}:${p}@registry.internal:5000/v2/": dial tcp 10.0.3.14:5000: connect: connection refused`, values: [p] };
    },
  ],
  [
    'curl-user-password',
    (r) => {
      const p = password(r).replace(/'/g, '');
      return { text: `$ curl -fsS -u ${user(r)}:'${p}' -X POST https://jenkins.brightpath.internal/job/deploy/build`, values: [p] };
    },
  ],
  [
    'curl-bearer-header',
    (r) => {
      const k = r.b62(52);
      return { text: `curl -H "Authorization: Bearer ${k}" -H 'Accept: application/json' https://api.pagerduty.com/incidents`, values: [k] };
    },
  ],
  [
    'form-body-password',
    (r) => {
      const p = password(r, { urlSafe: true });
      return { text: `POST /login 302 body=username=m.keller&password=${p}&remember_me=on&csrf=${r.hex(32)}`, values: [p] };
    },
  ],
  [
    'form-body-password-encoded',
    (r) => {
      const raw = password(r, { unsafe: true });
      const p = encodeURIComponent(raw);
      return { text: `WARN request failed body="email=ops-bot%40brightpath-hq.io&passwd=${p}&submit=Sign+in"`, values: [p] };
    },
  ],
  [
    'query-string-password',
    (r) => {
      const p = password(r, { urlSafe: true });
      return { text: `GET /cgi-bin/api?action=login&user=admin&pass=${p}&fmt=json HTTP/1.0" 200 512`, values: [p] };
    },
  ],
  [
    'query-string-api-key',
    (r) => {
      const k = r.b62(32);
      return { text: `fetch failed: https://api.openweathermap.org/data/2.5/weather?q=Berlin&appid=${k}&units=metric (429)`, values: [k] };
    },
  ],
  [
    'json-password-spaces',
    (r) => {
      const p = password(r, { unsafe: true }).replace(/"/g, '');
      return { text: `{"event":"user.create.failed","payload":{"username":"jkowalski","password":"${p}","role":"editor"}}`, values: [p] };
    },
  ],
  [
    'json-passphrase',
    (r) => {
      const p = passphrase(r);
      return { text: `ValidationError: {"field":"passphrase","value":"${p}","reason":"key already in use"}`, values: [p] };
    },
  ],
  [
    'env-suffix-pass',
    (r) => {
      const p = password(r);
      return { text: `SMTP_PASS=${p}`, values: [p] };
    },
  ],
  [
    'env-suffix-pwd',
    (r) => {
      const p = password(r);
      return { text: `ORACLE_PWD=${p}`, values: [p] };
    },
  ],
  [
    'env-suffix-auth-login',
    (r) => {
      const a = r.b62(40);
      const b = r.hex(40);
      return { text: `BROKER_AUTH=${a} SONAR_LOGIN=${b}`, values: [a, b] };
    },
  ],
  [
    'env-suffix-key',
    (r) => {
      const k = r.b62(36);
      return { text: `  ALGOLIA_ADMIN_KEY: "${k}"`, values: [k] };
    },
  ],
  [
    'properties-dotted',
    (r) => {
      const p = password(r);
      return { text: `spring.mail.username=alerts\nspring.mail.password=${p}`, values: [p] };
    },
  ],
  [
    'properties-sonar-login',
    (r) => {
      const k = 'squ_' + r.hex(40);
      return { text: `sonar.host.url=https://sonar.brightpath.internal\nsonar.login=${k}`, values: [k] };
    },
  ],
  [
    'yaml-nested-password',
    (r) => {
      const p = password(r);
      return { text: `database:\n  host: pg-main\n  user: ${user(r)}\n  password: "${p}"\n  pool: 20`, values: [p] };
    },
  ],
  [
    'toml-secret',
    (r) => {
      const s = r.b62(44);
      return { text: `[server]\nport = 8080\nsession_secret = '${s}'`, values: [s] };
    },
  ],
  [
    'camel-db-password',
    (r) => {
      const p = password(r);
      return { text: `config loaded: { dbHost: 'pg', dbUser: 'app', dbPassword: '${p}', dbName: 'orders' }`, values: [p] };
    },
  ],
  [
    'operator-walrus',
    (r) => {
      const s = r.b62(32);
      return { text: `main.go:41: clientSecret := "${s}"`, values: [s] };
    },
  ],
  [
    'operator-fat-arrow',
    (r) => {
      const p = password(r).replace(/'/g, '');
      return { text: `'password' => '${p}', 'host' => 'db1'`, values: [p] };
    },
  ],
  [
    'k8s-secret-yaml',
    (r) => {
      const p = b64(password(r));
      const k = b64(tok.stripeSecret(r));
      return { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-env\ntype: Opaque\ndata:\n  DB_PASSWORD: ${p}\n  STRIPE_KEY: ${k}`, values: [p, k] };
    },
  ],
  [
    'docker-login-password',
    (r) => {
      const p = password(r).replace(/'/g, '');
      return { text: `+ docker login -u deploy-bot -p '${p}' registry.brightpath.io\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.`, values: [p] };
    },
  ],
  [
    'docker-config-auth',
    (r) => {
      const v = b64(`deploy-bot:${password(r)}`);
      return { text: `{"auths":{"registry.brightpath.io":{"auth":"${v}"}}}`, values: [v] };
    },
  ],
  [
    'python-trace-headers',
    (r) => {
      const k = r.b62(40);
      return {
        text: `Traceback (most recent call last):\n  File "/app/client.py", line 88, in fetch\n    resp = session.get(url, headers={"X-Auth-Token": "${k}"})\nurllib3.exceptions.MaxRetryError: HTTPSConnectionPool(host='api.fleetbase.net', port=443)`,
        values: [k],
      };
    },
  ],
  [
    'node-axios-config',
    (r) => {
      const k = r.str(ALPHA.b64url, 48);
      return {
        text: `AxiosError: Request failed with status code 401\n  config: {\n    headers: AxiosHeaders { Accept: 'application/json', 'x-access-token': '${k}' },\n    method: 'get', url: 'https://api.partner.io/v3/items' }`,
        values: [k],
      };
    },
  ],
  [
    'pem-multiline',
    (r) => {
      const kind = r.pick(['RSA', 'EC', 'OPENSSH', 'PKCS8'] as const);
      const lines = pemBody(r, kind);
      return { text: `deploy key written to log by mistake:\n-----BEGIN ${pemLabel[kind]}-----\n${lines.join('\n')}\n-----END ${pemLabel[kind]}-----`, values: lines };
    },
  ],
  [
    'pem-escaped-env',
    (r) => {
      const lines = pemBody(r, 'RSA');
      return { text: `JWT_PRIVATE_KEY="-----BEGIN RSA PRIVATE KEY-----\\n${lines.join('\\n')}\\n-----END RSA PRIVATE KEY-----"`, values: lines };
    },
  ],
];
