import { randomUUID } from 'node:crypto';
import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { B62, b62, covered, leaks, pick, scanner } from '../../helpers/leak-checks';

/** Runs `check` `n` times: each run draws fresh values, in valid formats. */
const times = (n: number, check: () => void): void => {
  for (let i = 0; i < n; i++) check();
};
const HEX = '0123456789abcdef';
const hex = (n: number): string => pick(HEX, n - 1) + pick('123456789', 1);
/** A password as people pick them: letters, digits and a symbol (no quote, `@`, `/` or `:`). */
const pw = (n = 14): string => pick(B62, n - 3) + pick('0123456789', 1) + pick('!#^*+.%', 1) + pick('abcdefghijkmnpqrstuvwxyz', 1);
const appId = (): string => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9) + pick('0123456789', 1);
const idsOf = (t: string): string[] => scanner.scan(t).map((f) => f.detector);

describe('feature-flag and search providers: server keys (blind set 10)', () => {
  it('finds LaunchDarkly server SDK and mobile keys, not client-side ids', () => {
    times(10, () => {
      const k = `${['sdk', 'mob'][randomInt(0, 2)]!}-${randomUUID()}`;
      for (const t of [`level=error caller=flags.go:44 msg="LaunchDarkly client failed" sdkKey=${k} stream=https://stream.launchdarkly.com`, `LD_SDK_KEY=${k}`, `{"launchdarkly":{"mobileKey":"${k}"}}`]) expect(covered(t, k), t).toBe(true);
      expect(leaks(`ldclient.init({ clientSideID: "${hex(24)}" })`)).toEqual([]);
      expect(leaks(`build sdk-release-${hex(6)} finished; api-${randomUUID()} request id`)).toEqual([]);
    });
  });

  it('finds Flagsmith server-side keys beside their name, Unleash, Statsig, DevCycle, GrowthBook and App Search private keys', () => {
    times(10, () => {
      const f = `ser.${pick(B62, 21)}${pick('0123456789', 1)}`;
      for (const t of [`{"flagsmith":{"environment_key":"${f}"}}`, `FLAGSMITH_SERVER_KEY=${f}`, `flagsmith = Flagsmith(environment_key="${f}")`]) expect(covered(t, f), t).toBe(true);
      const u = `default:production.${hex(64)}`;
      for (const t of [`UNLEASH_API_TOKEN=${u}`, `Authorization: ${u}`, `unleash: {"token":"*:*.${hex(64)}"} and ${u}`]) expect(covered(t, u), t).toBe(true);
      const c = `xx${randomUUID()}`;
      expect(covered(`coveo: POST https://platform.cloud.coveo.com/rest/search/v2 401 apiKey=${c}`, c)).toBe(true);
      for (const k of [`secret-${b62(43)}`, `dvc_server_${randomUUID()}_${hex(12)}`, `secret_admin_${b62(32)}`, `private-${pick('abcdefghijklmnopqrstuvwxyz', 12)}${pick('0123456789', 12)}`]) {
        expect(covered(`config: key ${k} rejected (401)`, k), k).toBe(true);
      }
      expect(leaks(`statsig.initialize("client-${b62(43)}")`)).toEqual([]);
      expect(leaks(`elastic app search: search key search-${pick('abcdefghijklmnopqrstuvwxyz0123456789', 24)}`)).toEqual([]);
      expect(leaks(`flagsmith: environment id ${b62(22)} at parser.parseFlags (index.js:10)`)).toEqual([]);
    });
  });

  it('finds an Algolia key passed with its app id to a client constructor; a search-only one is public', () => {
    times(10, () => {
      const k = hex(32);
      const a = appId();
      for (const t of [`client: algoliasearch("${a}", "${k}") // admin key used by reindex job`, `$client = SearchClient::create('${a}', '${k}');`, `client := search.NewClient("${a}", "${k}")`]) expect(covered(t, k), t).toBe(true);
      expect(leaks(`const client = algoliasearch('${a}', '${k}'); // search-only key for the storefront`)).toEqual([]);
      expect(leaks(`algoliasearch("${a}", process.env.ALGOLIA_ADMIN_KEY)`)).toEqual([]);
    });
  });
});

describe('URLs, cookies and headers (blind set 10)', () => {
  it('covers the whole Teams incoming webhook URL', () => {
    times(5, () => {
      const url = `https://${['acme', 'tallgrass', 'contoso-2'][randomInt(0, 3)]!}.webhook.office.com/webhookb2/${randomUUID()}@${randomUUID()}/IncomingWebhook/${hex(32)}/${randomUUID()}/V2${b62(40)}`;
      for (const t of [`HttpRequestException: 400 posting to ${url}`, `TEAMS_WEBHOOK_URL="${url}"`, `{"webhook":"${url}","status":400}`]) expect(covered(t, url), t).toBe(true);
    });
  });

  it('covers the whole Power Automate / Logic Apps trigger URL (Teams Workflows)', () => {
    times(5, () => {
      const url = `https://prod-${randomInt(10, 99)}.westus.logic.azure.com:443/workflows/${hex(32)}/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${b62(43)}`;
      for (const t of [`teams notify failed: POST ${url} -> 400`, `TEAMS_WORKFLOW_URL="${url}"`, `{"url":"${url}"}`]) expect(covered(t, url), t).toBe(true);
    });
  });

  it('finds passwords in graph and document store URIs (+s, +ssc, +srv schemes; dots in the password)', () => {
    times(10, () => {
      const p = `${b62(6)}.${b62(9)}`;
      for (const t of [`unable to connect to neo4j+s://neo4j:${p}@7f3a91c2.databases.neo4j.io:7687`, `NEO4J_URI=bolt+ssc://admin:${p}@graph.internal:7687`, `uri: "mongodb+srv://app:${p}@cluster0.x1y2z.mongodb.net/db"`, `couchbases://svc:${p}@cb.internal`]) expect(covered(t, p), t).toBe(true);
    });
  });

  it('finds framework auth cookies by name (ASP.NET Core, .ASPXAUTH, Auth.js, Keycloak)', () => {
    times(10, () => {
      const v = `CfDJ8${pick(B62 + '-_', 180)}${pick('0123456789', 1)}`;
      for (const t of [`Cookie header: .AspNetCore.Cookies=${v}; theme=dark`, `.AspNetCore.Session=${v}`, `request cookies .AspNetCore.Identity.Application=${v}`]) expect(covered(t, v), t).toBe(true);
      const a = hex(96).toUpperCase();
      expect(covered(`forms auth failed: .ASPXAUTH=${a}`, a)).toBe(true);
      const n = `eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..${b62(22)}.${b62(60)}.${b62(22)}`;
      expect(covered(`set-cookie __Secure-next-auth.session-token=${n}; Path=/; HttpOnly`, n)).toBe(true);
      const rm = Buffer.from(`admin:${Date.now()}:${hex(32)}`).toString('base64');
      expect(covered(`spring security: remember-me=${rm} rejected`, rm)).toBe(true);
      const wp = `admin%7C${randomInt(1e9, 2e9)}%7C${b62(43)}%7C${hex(64)}`;
      expect(covered(`wp redirect loop wordpress_logged_in_${hex(32)}=${wp}`, wp)).toBe(true);
      expect(leaks('session expired for user 42, sess id rotated; .AspNetCore.Cookies was not authenticated')).toEqual([]);
      const kc = `${b62(40)}`;
      expect(covered(`KEYCLOAK_IDENTITY=${kc}; KEYCLOAK_SESSION=x`, kc)).toBe(true);
    });
  });

  it('finds a Keycloak client secret under a long Spring property key and vendor X-<Product>-Key headers', () => {
    times(10, () => {
      const s = b62(32);
      for (const t of [`spring.security.oauth2.client.registration.keycloak.client-secret=${s}`, `spring.security.oauth2.client.registration.corporate-identity-provider.client-secret: ${s}`, `keycloak.credentials.secret=${s}`]) expect(covered(t, s), t).toBe(true);
      const k = b62(28);
      for (const t of [`curl -H 'X-ClickHouse-User: default' -H 'X-ClickHouse-Key: ${k}' https://ch:8443/`, `headers={"X-ClickHouse-Key": "${k}"}`, `X-Auth-Key: ${k}`]) expect(covered(t, k), t).toBe(true);
      expect(leaks(`curl -H 'X-ClickHouse-User: default' -H 'X-Idempotency-Key: ${hex(32)}' -H 'X-Request-Key: ${b62(20)}'`)).toEqual([]);
    });
  });
});

describe('passwords on command lines and in files (blind set 10)', () => {
  it('finds passwords in client tools\' arguments', () => {
    times(10, () => {
      const p = pw();
      const forms = [
        `+ sqlplus -s ledger_ro/${p}@//ora-scan.corp.net:1521/LEDGERP @/jobs/x.sql`,
        `expdp system/${p}@ORCL schemas=HR directory=DATA_PUMP_DIR`,
        `+ /opt/mssql-tools18/bin/sqlcmd -S orders-sql,1433 -U sa -P '${p}' -C -Q "SELECT 1"`,
        `bcp dbo.orders out o.dat -S db -U etl -P ${p} -c`,
        `$ http -a ops-bot:'${p}' POST https://jenkins.example.net/job/x`,
        `xh --auth admin:${p} get https://api.internal/health`,
        `mongosh "mongodb://db:27017" -u admin -p '${p}' --authenticationDatabase admin`,
        `mongodump --uri=x --username etl --password ${p} --out /backup`,
        `cqlsh cass1 -u cassandra -p ${p}`,
        `smbclient //fs01/share -U svc_backup%${p} -c ls`,
        `ldapsearch -x -H ldaps://dc1 -D "cn=admin,dc=corp" -w '${p}' -b dc=corp`,
        `openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:${p}`,
        `keytool -importkeystore -srckeystore a.p12 -srcstorepass '${p}'`,
        `plink -ssh admin@host -pw ${p} uptime`,
        `xfreerdp /v:10.0.0.5 /u:admin /p:${p}`,
        `PsExec64.exe \\\\host -u corp\\admin -p ${p} cmd`,
        `rabbitmqctl add_user svc-orders '${p}'`,
        `htpasswd -b -c /etc/nginx/.htpasswd admin ${p}`,
        `net use \\\\fs01\\share /user:CORP\\svc ${p}`,
        `mc alias set minio https://minio:9000 minioadmin ${p}`,
        `7z x -p${p} backup.7z`,
        `zip -P ${p} out.zip a.txt`,
        `SQL> connect scott/${p}@orcl`,
        `# /etc/redis/redis.conf\nrequirepass ${p}\nmasterauth ${p}`,
        `redis-cli CONFIG SET requirepass "${p}"`,
      ];
      for (const t of forms) expect(covered(t, p), t).toBe(true);
    });
  });

  it('does not take prompts, references or files for command-line passwords', () => {
    for (const t of [
      'sqlcmd -S db -U sa -P $SA_PASSWORD -Q "select 1"',
      'sqlplus / as sysdba',
      'sqlplus -s /nolog @x.sql',
      'http -a ops-bot POST https://jenkins.example.net/job/x',
      'http -a user:$JENKINS_TOKEN GET https://x',
      'openssl rsa -in k.pem -passin env:KEY_PASS -out k2.pem',
      'openssl rsa -in k.pem -passin file:/run/secrets/pass',
      'ldapsearch -x -W -D cn=admin -b dc=corp',
      'mongosh --host db -u admin -p',
      'smbclient //fs01/share -U svc_backup -c ls',
      '7z a -p backup.7z /data',
      'mc alias set local http://localhost:9000 $MINIO_ROOT_USER $MINIO_ROOT_PASSWORD',
      'net use Z: \\\\fs01\\share /persistent:yes',
      'requirepass ""',
      'CONFIG SET requirepass $REDIS_PASSWORD',
    ])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds the password of a ~/.pgpass line after the file is named', () => {
    times(10, () => {
      const p = pw(12);
      for (const t of [`$ cat ~/.pgpass\npg-ledger-01.internal:5432:ledger:etl:${p}`, `PGPASSFILE=/etc/app/.pgpass\n# hostname:port:database:username:password\n*:*:*:replicator:${p}\n`, `Step 7/9 : RUN cat /root/.pgpass\n ---> Running\ndb.internal:6432:app:app_rw:${p}`]) expect(covered(t, p), t).toBe(true);
      expect(leaks('$ cat ~/.pgpass\n# hostname:port:database:username:password\n')).toEqual([]);
    });
  });

  it('finds the key of a Basic auth tuple with a dummy password, and a real password', () => {
    times(10, () => {
      const k = pick('abcdefghijklmnopqrstuvwxyz0123456789', 23) + pick('0123456789', 1);
      for (const t of [`requests auth=('${k}', 'X')`, `r = httpx.get(url, auth=("${k}", ""))`, `session.auth = HTTPBasicAuth('${k}', 'X')`, `axios.create({ auth: { username: '${k}', password: 'X' } })`]) expect(covered(t, k), t).toBe(true);
      const p = pw();
      for (const t of [`requests.get(url, auth=('admin', '${p}'))`, `aiohttp.BasicAuth("svc", "${p}")`, `auth=HTTPDigestAuth('ops', '${p}')`]) expect(covered(t, p), t).toBe(true);
      expect(leaks(`requests.get(url, auth=(user, os.environ["FRESHDESK_KEY"]))`)).toEqual([]);
      expect(leaks(`auth=('your_api_key_here', 'X')`)).toEqual([]);
    });
  });
});

describe('environment passwords before a shell command', () => {
  it('takes the word, not the command after it', () => {
    times(5, () => {
      const p = pw();
      for (const t of [`PGPASSWORD=${p} psql -h db -U etl -c 'select 1'`, `export MYSQL_PWD=${p}; mysql -h db -u etl`, `REDISCLI_AUTH=${p} redis-cli -h cache ping`]) expect(leaks(t), t).toEqual([p]);
      expect(leaks(`DB_PASSWORD=${p} correct horse`)).toEqual([`${p} correct horse`]);
    });
  });
});

describe('false alarms of blind set 10', () => {
  it('does not take the word 1Password or a URI field for a password', () => {
    expect(leaks('op run failed: could not resolve "op://Production/ledger-db/password": 1Password CLI not signed in')).toEqual([]);
    expect(leaks('vault read failed for "vault://kv/prod/api/token": 403 permission denied')).toEqual([]);
    expect(idsOf('password: "op://Production/ledger-db/password"').filter((d) => d === 'password-assignment')).toEqual([]);
  });

  it('does not take code (calls, subscripts) for a secret value', () => {
    for (const t of ['    token = resp.json()["access_token"]', "  secret = config['oauth']['client_secret']", 'password = vault.read("db").data', 'api_key = os.getenv("API_KEY")', "auth_token = request.headers['Authorization']"]) expect(leaks(t), t).toEqual([]);
    times(5, () => {
      const p = `Ab(${b62(8)})x`;
      expect(covered(`password = "${p}"`, p)).toBe(true);
    });
  });

  it('does not take anonymous feature-flag subject ids for secrets', () => {
    times(10, () => {
      for (const t of [`flag eval: key=checkout-v2 variation=1 user_key=anon-${hex(16)}`, `context_key=guest-${randomUUID()}`, `{"userKey":"anonymous-${hex(12)}"}`]) expect(leaks(t), t).toEqual([]);
      const s = b62(24);
      expect(covered(`user_key=${s}`, s)).toBe(true);
    });
  });
});
