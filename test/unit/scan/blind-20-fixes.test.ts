import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { B62, B64, DIG, rng, UPPER } from './sample-rng';
import { card } from './generators-pf10';
import { aba } from './generators-pf11';
import { cpfOf as cpf } from './personal-samples';
import { password } from './generators-cred16';

/**
 * Round fix20 (blind set 20, data platforms and pipelines, measured at first sight, now tuning
 * material): each class in several contexts, a value counting only when fully covered, and the
 * look-alikes beside it that must stay clean.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const seed = Number(process.env['FIX20_SEED'] ?? 20);
const r = rng(seed);
const pw = (): string => password(r, 16).replace(/["'\\^\s#=%&<>@|:]/g, 'x');

describe('round fix20: credentials in data-platform configuration', () => {
  it('finds passwords in Hadoop-style XML properties, not empty, referenced or public settings', () => {
    const p = pw();
    for (const t of [
      `<property><name>javax.jdo.option.ConnectionPassword</name><value>${p}</value></property>`,
      `<property>\n  <name>fs.s3a.secret.key</name>\n  <value>${p}</value>\n</property>`,
      `<property><name>hive.server2.keystore.password</name><description>keystore</description><value>${p}</value></property>`,
    ])
      expect(found(t, p), t).toBe(true);
    for (const t of [
      '<property><name>javax.jdo.option.ConnectionPassword</name><value>${env:HIVE_DB_PASSWORD}</value></property>',
      '<property><name>javax.jdo.option.ConnectionUserName</name><value>hive_metastore</value></property>',
      '<property><name>hadoop.security.credential.provider.path</name><value>jceks://hdfs/user/hive/hive.jceks</value></property>',
      '<property><name>fs.s3a.secret.key</name><value></value></property>',
    ])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds Azure storage keys in Spark and core-site settings, whatever the separator', () => {
    const key = r.str(B64, 86) + '==';
    for (const t of [
      `spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net -> ${key}`,
      `--conf spark.hadoop.fs.azure.account.key.acmelake.blob.core.windows.net=${key}`,
      `<name>fs.azure.account.key.acmelake.dfs.core.windows.net</name>\n<value>${key}</value>`,
    ])
      expect(found(t, key), t).toBe(true);
    expect(leaks('spark.hadoop.fs.azure.account.key.acmelake.dfs.core.windows.net -> *********(redacted)')).toEqual([]);
  });

  it('finds Schema Registry user info and CLI box secrets, not the box headers or masked rows', () => {
    const info = `${r.str(UPPER + DIG, 16)}:${r.str(B64, 64)}`;
    for (const t of [`value.converter.schema.registry.basic.auth.user.info=${info}`, `{"basic.auth.user.info": "${info}"}`, `schema.registry.basic.auth.user.info: ${info}`])
      expect(found(t, info), t).toBe(true);
    expect(leaks('basic.auth.user.info=${file:/opt/secrets/sr.properties:user.info}')).toEqual([]);
    const secret = r.str(B62, 64);
    const box = `+------------+----+\n| API Key    | ${r.str(UPPER + DIG, 16)} |\n| API Secret | ${secret} |\n+------------+----+`;
    expect(found(box, secret)).toBe(true);
    for (const t of ['| Key        | Value            |\n| Secret     | ******************** |', '| Token      | <hidden>         |', '| Secret Name | prod-db-creds |', '| API Key    | (none)           |'])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds secrets in a Meltano config listing by setting or variable name', () => {
    const p = pw();
    for (const t of [
      `password [env: TAP_POSTGRES_PASSWORD] current value: '${p}' (from the TAP_POSTGRES_PASSWORD variable in \`.env\`)`,
      `client_secret [env: TAP_SALESFORCE_CLIENT_SECRET] current value: '${p}' (from \`meltano.yml\`)`,
    ])
      expect(found(t, p), t).toBe(true);
    expect(leaks("host [env: TAP_POSTGRES_HOST] current value: 'replica.db.internal' (from `meltano.yml`)\nuser [env: TAP_POSTGRES_USER] current value: 'meltano'")).toEqual([]);
    expect(leaks("password [env: TAP_POSTGRES_PASSWORD] current value: '$TAP_POSTGRES_PASSWORD' (from `meltano.yml`)")).toEqual([]);
  });

  it('reads double-underscore section names (Airflow) and fernet keys as secret keys', () => {
    const key = r.str(B62 + '_-', 43) + '=';
    for (const t of [`AIRFLOW__CORE__FERNET_KEY=${key}`, `fernet_key = ${key}`, `export AIRFLOW__WEBSERVER__SECRET_KEY=${key}`]) expect(found(t, key), t).toBe(true);
    expect(leaks('AIRFLOW__CORE__SQL_ALCHEMY_CONN_CMD=cat /run/secrets/sql_alchemy_conn AIRFLOW__CORE__CACHE_KEY=dag_bag_v2')).toEqual([]);
  });

  it('covers a long quoted secret whole (a base64 PKCS#8 key in a connector config)', () => {
    const key = r.str(B64, 1620);
    const t = `connector config: {"name":"sf-sink","snowflake.private.key":"${key}","snowflake.user.name":"KAFKA"}`;
    expect(found(t, key)).toBe(true);
  });
});

describe('round fix20: values identified by their place in a record', () => {
  it('finds the security code between a card and its expiry, in either order, in tuples, CSV and pipe rows', () => {
    const c = card(r, '5', 16);
    const cvc = String(r.int(100, 999));
    for (const t of [
      `DETAIL:  Failing row contains (830887, null, ${c}, ${cvc}, 12/29, 865.15, approved).`,
      `| Rafaela Moretti | ${c} | 13/27 | ${cvc} |`,
      `${c},11/2028,${cvc},EUR`,
    ])
      expect(found(t, cvc), t).toBe(true);
    // No card (Luhn fails), or no expiry beside it: a number after a number is no security code.
    const bad = c.slice(0, 15) + String((Number(c[15]) + 1) % 10);
    for (const t of [`Failing row contains (830887, ${bad}, ${cvc}, 12/29)`, `Failing row contains (830887, ${c}, ${cvc}, 865.15, approved)`]) expect(leaks(t).some((f) => t.slice(f.start, f.end) === cvc), t).toBe(false);
  });

  it('finds a routing and account number before the account type, not numbers before other words', () => {
    const routing = aba(r);
    const account = r.str(DIG, 12);
    for (const t of [
      `DETAIL:  Failing row contains (89422, Hollis Creek Farms, ${routing}, ${account}, checking, -303.00, 2026-11-30).`,
      `payee,"${account}","${routing}","savings"`,
      `89422\tHollis Creek Farms\t${routing}\t${account}\tCHECKING`,
    ]) {
      expect(found(t, routing), t).toBe(true);
      expect(found(t, account), t).toBe(true);
    }
    // 123456789 fails the ABA checksum: not a routing number.
    for (const t of ['Failing row contains (89422, 123456789, 607849504309, checking)', 'job 4471, 123456789, checking connectivity again in 5s'])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds a birth date in a DataFrame print under its column, aligned or in the last column', () => {
    const t = [
      '   customer_id         full_name         dob',
      '0        15345  Keiko Fairweather  1988-03-28',
      '1        21714  Tobias Brannigan         NaN',
    ].join('\n');
    expect(found(t, '1988-03-28')).toBe(true);
    const wide = '   id   name               email            dob\n0  17   Ana Lopez    ana.lopez77@example.net    1990-07-14';
    expect(found(wide, '1990-07-14')).toBe(true);
    // A date under another column (a signup date) stays clean, and so does a date in prose under a header mentioning dob.
    const other = '   customer_id   signup_date   dob_verified\n0        15345    2019-04-02           True';
    expect(leaks(other)).toEqual([]);
    expect(leaks('checked dob rules for 3 tables\nbackfill done on 2024-02-11')).toEqual([]);
  });

  it('reads a ClickHouse parse-error dump by column name, and redacts the value where the message quotes it again', () => {
    const id = cpf(r);
    const t = `Code: 27. DB::ParsingException: Cannot parse input: expected ',' before: 'ana@fastmail.com,${id},BR\\n': (at row 2985)\n: Row 4538:\nColumn 0,   name: user_id, type: UInt64, parsed text: "47499"\nColumn 1,   name: email,   type: String, parsed text: "ana@fastmail.com"\nColumn 2,   name: cpf,     type: String, parsed text: "${id}"`;
    expect(found(t, id)).toBe(true);
    expect(leaks('Column 0,   name: event_id, type: UInt64, parsed text: "47499"\nColumn 1,   name: amount, type: Decimal(10, 2), parsed text: "4111111111"')).toEqual([]);
  });
});

describe('round fix20: not leaks', () => {
  it('a negative number under a token key (Cassandra ring positions) is no secret', () => {
    expect(leaks('Writing large partition ks.events (669.7MiB) to sstable /var/lib/cassandra/data/ks/nb-8249-big-Data.db token=-8734033626805530922')).toEqual([]);
    expect(leaks('token: -4611686018427387904')).toEqual([]);
  });

  it('the field after a masked password is not the password', () => {
    expect(leaks('Connection: conn_id=warehouse_pg conn_type=postgres host=pg-prod.internal login=etl_loader password=*** port=5432 extra={"sslmode": "require"}')).toEqual([]);
    expect(leaks('login=etl password=******** schema=analytics_v2')).toEqual([]);
  });

  it('an echo is only a whole word: a value inside a longer id is not redacted', () => {
    const key = r.str(B62, 40);
    const t = `api_key=${key}\ncache entry x${key}y evicted`;
    const spans = leaks(t).map((f) => t.slice(f.start, f.end));
    expect(spans).toEqual([key]);
  });

  it('echoes are looked for near the value only (ECHO_REACH), and each once', () => {
    const id = cpf(r);
    const near = `Column 2,   name: cpf,     type: String, parsed text: "${id}"\nretrying row with ${id} ok`;
    expect(leaks(near).filter((f) => near.slice(f.start, f.end) === id)).toHaveLength(2);
    const far = `Column 2,   name: cpf,     type: String, parsed text: "${id}"\n${'x '.repeat(6000)}\nretrying row with ${id} ok`;
    expect(leaks(far).filter((f) => far.slice(f.start, f.end) === id)).toHaveLength(1);
  });
});
