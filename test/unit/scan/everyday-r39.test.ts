import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, str, UP, everydayProbe } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r39 (blind set 39: data engineering and analytics): credentials as warehouses, lake engines, ELT tools,
 * orchestrators and notebooks take them (SQL credential clauses, Terraform and CLI secret values, Kafka JAAS and
 * Schema Registry users, API keys as basic-auth users, MinIO aliases, parameter files, ODBC braced values, vault
 * tables, pgpass entries on warehouse ports), and people in failed-row dumps (name cells of delimited rows beside
 * other personal values, US address lines with any street name, right-justified NACHA fields, device ids) — in
 * contexts other than the set's, values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();

/** Hex with a digit and a letter in it. */
const hex = (n: number): string => `${randomInt(10)}${'abcdef'[randomInt(6)]}${str(HEX, n - 2)}`;
/** Letters of both cases and digits. */
const mix = (n: number, extra = ''): string => `${str(UP, 1)}${str(LO, 1)}${str(DIG, 1)}${str(B62 + extra, n - 3)}`;
/** A password with a symbol. */
const pw = (n = 15): string => `${str(UP, 2)}${str(LO, 3)}${'!#%*?@^~'[randomInt(8)]}${str(DIG, 2)}${str(B62, n - 8)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (): string => `${GIVEN[randomInt(GIVEN.length)]!} ${FAMILY[randomInt(FAMILY.length)]!}`;
/** A Luhn-valid 16-digit Visa number. */
const card = (): string => {
  const d = [4, ...Array.from({ length: 14 }, () => randomInt(10))];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let x = d[14 - i]!;
    if (i % 2 === 0) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
    sum += x;
  }
  return [...d, (10 - (sum % 10)) % 10].join('');
};
/** An ABA routing number with a valid check digit. */
const aba = (): string => {
  const d = [0, ...Array.from({ length: 7 }, () => randomInt(10))];
  d[1] = 1 + randomInt(2);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return [...d, (10 - (s % 10)) % 10].join('');
};

describe('round r39: warehouse, lake and pipeline credentials', () => {
  it('finds key ids and secrets in SQL credential clauses (DuckDB CREATE SECRET over several lines, Redshift COPY)', () => {
    const id = hex(32);
    const secret = hex(64);
    const t1 = `-- lake.sql, run by the nightly notebook\nCREATE PERSISTENT SECRET gcs_lake (\n    TYPE GCS,\n    KEY_ID '${id}',\n    SECRET '${secret}'\n);`;
    expect(found(t1, id), t1).toBe(true);
    expect(found(t1, secret), t1).toBe(true);
    const aws = mix(40, '/+');
    const t2 = `psql:load.sql:12: ERROR: S3ServiceException:Access Denied\nCOPY staging.orders FROM 's3://bucket-x/orders/' ACCESS_KEY_ID 'AKIA${str(UP + DIG, 16)}' SECRET_ACCESS_KEY '${aws}' FORMAT AS PARQUET;`;
    expect(found(t2, aws), t2).toBe(true);
    expect(clean("CREATE SECRET s3_lake (TYPE S3, PROVIDER credential_chain, REGION 'eu-west-1');\nDROP SECRET s3_lake;")).toEqual([]);
    expect(clean("CREATE SECRET (TYPE S3, KEY_ID 'xxxxxxxxxxxxxxxx', SECRET '<your-secret-here>');")).toEqual([]);
  });

  it('finds Terraform and CLI secret values (databricks_secret string_value, --string-value, --secret-string)', () => {
    const v = mix(32);
    const t1 = `  + resource "databricks_secret" "warehouse" {\n      + key          = "loader-pw"\n      + string_value = "${v}"\n    }`;
    expect(found(t1, v), t1).toBe(true);
    const p = pw();
    const t2 = `+ databricks secrets put-secret etl pg-password --string-value "${p}"`;
    expect(found(t2, p), t2).toBe(true);
    const s = mix(28);
    const t3 = `aws secretsmanager put-secret-value --secret-id etl/loader --secret-string ${s}`;
    expect(found(t3, s), t3).toBe(true);
    expect(clean('  string_value = var.loader_password\n  string_value = "${var.loader_password}"\n  ~ string_value = (sensitive value)')).toEqual([]);
  });

  it('finds Confluent Cloud API keys as JAAS users, Schema Registry user info and URL users', () => {
    const key = `${str(UP, 4)}${str(DIG, 4)}${str(UP + DIG, 8)}`;
    const t1 = `KafkaClient {\n  org.apache.kafka.common.security.plain.PlainLoginModule required\n  username="${key}"\n  password="${mix(64, '+/')}";\n};`;
    expect(found(t1, key), t1).toBe(true);
    const key2 = `${str(DIG, 3)}${str(UP, 5)}${str(UP + DIG, 8)}`;
    const t2 = `schema.registry.basic.auth.user.info=${key2}:${mix(64, '+/')}`;
    expect(found(t2, key2), t2).toBe(true);
    const key3 = `${str(UP, 6)}${str(DIG, 2)}${str(UP + DIG, 8)}`;
    const t3 = `producer error: GET https://${key3}:${mix(40)}@psrc-x1y2z.us-east-2.aws.confluent.cloud/subjects failed`;
    expect(found(t3, key3), t3).toBe(true);
    expect(clean('PlainLoginModule required username="ALICE" password="${CONFLUENT_SECRET}";')).toEqual([]);
  });

  it('finds API keys given as the basic-auth user (`curl -u KEY:SECRET`) and MinIO alias access keys', () => {
    const k = hex(32);
    const t1 = `cron: curl -sS -u ${k}:${hex(32)} "https://analytics.acme-data.io/api/export?start=20260101T00"`;
    expect(found(t1, k), t1).toBe(true);
    const ak = `${str(LO, 5)}${str(DIG, 3)}${str(LO + DIG, 8)}`;
    const t2 = `$ mc alias set backup https://s3.storage.acme-data.io ${ak} ${mix(40)}\nAdded \`backup\` successfully.`;
    expect(found(t2, ak), t2).toBe(true);
    expect(clean('curl -u admin:${ADMIN_PASSWORD} https://grafana.internal/api/health')).toEqual([]);
    expect(clean('mc alias set local http://localhost:9000 $MINIO_ROOT_USER $MINIO_ROOT_PASSWORD')).toEqual([]);
  });

  it('finds passwords in Informatica parameter files, ODBC braced values, vault tables, pgpass entries on warehouse ports and quoted chat phrases', () => {
    const a = pw();
    const t1 = `[ETL.WF:wf_daily.ST:s_load]\n$$TGT_DB_PASSWORD=${a}\n$$TGT_DB_USER=loader`;
    expect(found(t1, a), t1).toBe(true);
    const b = `${pw(9)}; ${mix(8)}`;
    const t2 = `[Redshift_DSN]\nDriver=/opt/amazon/redshiftodbc/lib/64/libamazonredshiftodbc64.so\nUID=bi_reader\nPWD={${b}}\nPort=5439`;
    expect(found(t2, b), t2).toBe(true);
    // A template's slot is no password (pjsip.conf.j2, Helm, Go templates).
    expect(clean('[trunk-auth]\ntype=auth\nusername={{ trunk_username }}\npassword={{ vault_trunk_password }}')).toEqual([]);
    expect(clean('Driver=Snowflake;UID=loader;PWD={{ .Values.snowflake.password }};Warehouse=ETL')).toEqual([]);
    expect(clean('Driver=Snowflake;UID=loader;PWD={% raw %}{{ pw }}{% endraw %};Warehouse=ETL')).toEqual([]);
    const c = pw();
    const t3 = `Key                Value\n---                -----\nsnowflake_pass     ${c}\nowner              data-platform`;
    expect(found(t3, c), t3).toBe(true);
    const d = pw();
    const t4 = `cat /home/etl/.pgpass\n*:5439:analytics:etl_loader:${d}`;
    expect(found(t4, d), t4).toBe(true);
    const e = `${pw(12)} ${mix(6)}`;
    const t5 = `15:02 ops: rotated it, the warehouse password is now "${e}" — update the dbt profile`;
    expect(found(t5, e), t5).toBe(true);
    expect(clean('$$TGT_DB_PASSWORD=$PMPasswordVar\n$$RUN_DATE=2026-01-01\nPWD={}\nthe password is "changeme"')).toEqual([]);
  });
});

describe('round r39: people and accounts in failed-row dumps', () => {
  it('finds a name cell of a delimited row that also holds a card, an IBAN, a phone or a mailbox', () => {
    const n1 = person();
    const t1 = `rejected row 17 (bad amount): 88123|${n1}|${card()}|EUR|12,5.00`;
    expect(found(t1, n1), t1).toBe(true);
    const n2 = person();
    const t2 = `dq sample: ('${n2}', 'NL91ABNA0417164300'), ('N/A', 'NL91ABNA0417164300')`;
    expect(found(t2, n2), t2).toBe(true);
    const n3 = person();
    const t3 = `ValueError: could not convert string to float: "${n3},+1 415 555 0172,${randomInt(900) + 100}.5"`;
    expect(found(t3, n3), t3).toBe(true);
    expect(clean('status|Data Engineering|warehouse|ok|2026-05-01\n"New York","Los Angeles",4111')).toEqual([]);
  });

  it('finds US address lines whose street name has no English street type', () => {
    const a = `${randomInt(9000) + 100} Via Roma, Fresno, CA 9${str(DIG, 4)}`;
    const t1 = `bad record at offset 19: "${person()};${a};unknown"`;
    expect(found(t1, a), t1).toBe(true);
    const b = `${randomInt(9000) + 100} Chemin des Vignes, Burlington, VT 05401`;
    const t2 = `customer moved to ${b} last week`;
    expect(found(t2, b), t2).toBe(true);
    expect(clean('Deployed 3 Pods, Seattle, WA region; build 2026 done')).toEqual([]);
  });

  it('finds the account and the name of a NACHA entry whose account field is right-justified', () => {
    const acct = `${randomInt(9) + 1}${str(DIG, 9)}`;
    const rt = aba();
    const name = `${['ODALYS', 'BRANNOCK', 'TEODOR'][randomInt(3)]!} ${['MARSH-OKAFOR', 'LINDGREN', 'PAVONE'][randomInt(3)]!}`;
    const rec = `622${rt}${acct.padStart(17, ' ')}0000012500${str(DIG, 15)}${name}`;
    const t = `ACH file rejected by ODFI (NACHA format), line 3:\n${rec}   0\n`;
    expect(found(t, acct), t).toBe(true);
    expect(found(t, name), t).toBe(true);
  });

  it('finds device and advertising ids under their keys in a person\'s record, not in anonymous attribution traffic', () => {
    const u = `${str('0123456789ABCDEF', 8)}-${str('0123456789ABCDEF', 4)}-4${str('0123456789ABCDEF', 3)}-A${str('0123456789ABCDEF', 3)}-${str('0123456789ABCDEF', 12)}`;
    const t1 = `{"event":"chargeback_review","customer_name":"Odalys Brannock","idfa":"${u}","country":"US"}`;
    expect(found(t1, u), t1).toBe(true);
    const t2 = `{"event":"login","email":"o.brannock@post-box.de","device_id":"${u}"}`;
    expect(found(t2, u), t2).toBe(true);
    const t3 = `{"event":"install","idfa":"${u}","country":"US"}`;
    expect(found(t3, u), t3).toBe(false);
    expect(clean('{"device_id":"00000000-0000-0000-0000-000000000000","run_id":"5a1e2b3c-1d2e-4f50-8a9b-0c1d2e3f4a5b"}')).toEqual([]);
  });
});
