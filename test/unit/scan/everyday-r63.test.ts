import { describe, expect, it } from 'vitest';
import { B62, DIG, aba, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r63 (blind set 63: data pipelines, warehouses and change data capture): Vietnamese-lettered names in rejected
 * rows, under customer/client keys and as JSON `\uXXXX` escapes; a name cell before a routing number and an account;
 * UK sort codes with accounts and spaced NINOs as quoted cells, and the name beside them; Spanish DNIs and birth dates
 * as cells of a row with a mailbox; birth dates in warehouses' date-parse errors; secrets of spark-defaults.conf lines,
 * Flink's configuration log and ARM/Data Factory SecureStrings; Flink's hyphenated Schema Registry user-info — in
 * contexts other than the set's (payroll, clinics, CRM exports, ETL on other engines), values drawn at test time;
 * beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();
const pw = (): string => `${mix(6)}${['#', '%', '~', '!'][randomInt(4)]}${str(B62, 9)}`;
const viet = (): string => `${['Trương', 'Đặng', 'Phạm', 'Nguyễn'][randomInt(4)]} ${['Văn', 'Thị'][randomInt(2)]} ${['Thảo', 'Hương', 'Phượng', 'Dũng'][randomInt(4)]}`;
const nino = (): string => `${['AB', 'CE', 'JK', 'PR'][randomInt(4)]} ${str(DIG, 2)} ${str(DIG, 2)} ${str(DIG, 2)} ${['A', 'B', 'C', 'D'][randomInt(4)]}`;
const dni = (): string => {
  const n = `${1 + randomInt(9)}${str(DIG, 7)}`;
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23]!;
};

describe('round r63: names', () => {
  it('finds a Vietnamese-lettered name in a rejected row beside a card, an IBAN or a phone', () => {
    const [a, b, c] = [viet(), viet(), viet()];
    expect(found(`COPY error near line 12: 55|${a}|5500 0000 0000 0004|VND`, a)).toBe(true);
    expect(found(`skipped row ["${b}", "FR76${str(DIG, 23)}", "active"]`, b)).toBe(true);
    expect(found(`constraint violation on (9912, ${c}, +84 91 ${str(DIG, 3)} ${str(DIG, 4)})`, c)).toBe(true);
    expect(clean(`COPY error near line 12: 55|Phở Hương Quán|5500 0000 0000 0004|VND`).some((f) => f.includes('Phở'))).toBe(false);
    expect(clean('route (12, Thành Phố Hồ Chí Minh, +84 28 3822 9999)').some((f) => f.includes('Thành'))).toBe(false);
  });

  it('finds a Vietnamese-lettered name under a client or customer key and as JSON escapes; not a shop or an ASCII word', () => {
    const n = viet();
    expect(found(`{"booking":${str(DIG, 6)},"client":"${n}","slot":"09:30"}`, n)).toBe(true);
    expect(found(`{"before":null,"after":{"id":7,"full_name":"Ph\\u1ea1m Th\\u1ecb H\\u01b0\\u01a1ng","plan":"pro"}}`, 'Ph\\u1ea1m Th\\u1ecb H\\u01b0\\u01a1ng')).toBe(true);
    expect(clean('{"customer_segment":"Đồ Gia Dụng Store","tier":"b2b"}')).toEqual([]);
    expect(clean('{"display_name":"Caf\\u00e9 Ph\\u1edf Store","tier":"b2b"}')).toEqual([]);
  });

  it('finds a name cell before an ABA-valid routing number and an account; not a product before a nine-digit SKU', () => {
    const p = person();
    expect(found(`payout dedupe hit: [7, ${p}, ${aba()}, ${str('123456789', 1)}${str(DIG, 8)}, checking]`, p)).toBe(true);
    expect(clean(`inventory row [7,Blue Widget,123456789,${str(DIG, 6)},checking stock]`).some((f) => f.includes('Blue'))).toBe(false);
  });
});

describe('round r63: UK, Spanish and US identifiers in rows', () => {
  it('finds a sort code with its account and a spaced NINO as quoted cells, with the name beside them', () => {
    const p = person();
    const n = nino();
    const sc = `${10 + randomInt(89)}-${str(DIG, 2)}-${str(DIG, 2)}`;
    const acct = `${1 + randomInt(9)}${str(DIG, 7)}`;
    const line = `payroll upsert failed: ('${p}', '${n}', '${sc}', '${acct}')`;
    expect(found(line, p)).toBe(true);
    expect(found(line, n)).toBe(true);
    expect(found(line, sc)).toBe(true);
    expect(found(line, acct)).toBe(true);
    expect(clean(`build matrix: ['2024-05-01', '20240501', 'linux']`)).toEqual([]);
    expect(clean(`partition ('01-05-24', '20240501', 'daily')`)).toEqual([]);
    expect(clean(`ids: ('QQ 12 34 56 A', 'ZZ 00 00 00 A')`)).toEqual([]);
  });

  it('finds a DNI and a birth date as cells of a row with a mailbox; not event dates or ids without a mailbox', () => {
    const p = person();
    const d = dni();
    const mail = `m${str(DIG, 4)}@correo.es`;
    expect(found(`bad csv line: ${p};${mail};${d};ES`, d)).toBe(true);
    const dob = `19${50 + randomInt(40)}-0${1 + randomInt(9)}-1${randomInt(9)}`;
    expect(found(`rejected: 81|${p}|${mail}|${dob}|premium`, dob)).toBe(true);
    expect(clean(`rejected: 81|order-7|${str(DIG, 8)}Z|2001-05-03|premium`)).toEqual([]);
    expect(clean(`audit: 81|ops@company.io|created 2004-02-01|2004-02-02|ok`)).toEqual([]);
  });

  it("finds a birth year's date in a date-parse error, not a recent or impossible date", () => {
    const d = `1${randomInt(9) + 1}/0${1 + randomInt(9)}/19${60 + randomInt(30)}`;
    expect(found(`psql:load.sql:14: ERROR:  date/time field value out of range: "${d}"`, d)).toBe(true);
    expect(found(`Job failed: Invalid date: '${d}' in column 3`, d)).toBe(true);
    expect(clean(`Date '2024-13-40' is not recognized`)).toEqual([]);
    expect(clean(`ERROR: invalid input syntax for type date: "2025-02-30"`)).toEqual([]);
  });
});

describe('round r63: pipeline secrets', () => {
  it('finds a password in a space-separated spark-defaults line; not a reference, a setting or a mask', () => {
    const p = pw();
    expect(found(`--- conf dump ---\nspark.hadoop.fs.azure.account.oauth2.client.secret\t${p}\nspark.sql.shuffle.partitions 200`, p)).toBe(true);
    expect(clean('--- conf dump ---\nspark.ssl.keyPassword    ${env:SSL_KEY_PASSWORD}\nspark.ssl.enabled true')).toEqual([]);
    expect(clean('--- conf dump ---\nspark.ssl.trustStorePassword   *********(redacted)')).toEqual([]);
    expect(clean('--- conf dump ---\nspark.authenticate.secret.file  /etc/spark/secret')).toEqual([]);
  });

  it("finds a secret in Flink's configuration log, not a masked one or a plain setting", () => {
    const s = `${str(B62, 28)}${str(DIG, 2)}`;
    expect(found(`GlobalConfiguration [] - Loading configuration property: security.ssl.rest.keystore-password, ${s}`, s)).toBe(true);
    expect(clean('GlobalConfiguration [] - Loading configuration property: s3.secret-key, ******')).toEqual([]);
    expect(clean('GlobalConfiguration [] - Loading configuration property: taskmanager.numberOfTaskSlots, 4')).toEqual([]);
  });

  it('finds an inline SecureString value, not a Key Vault reference or a masked export', () => {
    const p = pw();
    expect(found(`"adminPassword": { "type": "SecureString", "value": "${p}" }`, p)).toBe(true);
    expect(found(`"password": {\n  "value": "${p}",\n  "type": "SecureString"\n}`, p)).toBe(true);
    expect(clean('"password": {\n  "type": "SecureString",\n  "value": "**********"\n}')).toEqual([]);
    expect(clean('"password": { "type": "AzureKeyVaultSecret", "secretName": "sql-pw" }')).toEqual([]);
  });

  it("finds a Schema Registry user-info in a Flink table option with hyphens", () => {
    const s = `${str(B62, 40)}+${str(B62, 20)}`;
    expect(found(`'key.avro-confluent.basic-auth.user-info'='${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}:${s}'`, s)).toBe(true);
    expect(clean(`'key.avro-confluent.basic-auth.credentials-source'='USER_INFO'`)).toEqual([]);
  });
});
