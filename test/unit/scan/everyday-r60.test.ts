import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, aba, everydayProbe, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r60 (blind set 60: CRM, marketing and support sync logs): Close and Mandrill keys, vendor-named keys,
 * webhook signing keys under qualified keys and in prose, passwords in comma-separated property dumps, birth
 * dates, bank numbers and national ids in sync diffs and hashed custom fields, compound streets and street lines
 * with a postcode after the city, names in transcript labels, `SuppliedName`, validation failures and merge
 * fields; and the narrow fixes (day-first dates beside an SSN, `basic_auth_pass=`, Freshdesk `-u KEY:X` of
 * letters only, impossible `+1` numbers and documentation personas stay clean) — in contexts other than the
 * set's (retail, travel, HR, healthcare, CI), values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();
const dob = (): string => `${1950 + randomInt(50)}-0${1 + randomInt(9)}-${10 + randomInt(18)}`;
/** A Dutch BSN that passes the eleven test. */
const bsn = (): string => {
  for (;;) {
    const d = `${1 + randomInt(9)}${str(DIG, 8)}`;
    const s = [...d].reduce((a, c, i) => a + Number(c) * (i < 8 ? 9 - i : -1), 0);
    if (s % 11 === 0) return d;
  }
};

describe('round r60: credentials', () => {
  it('finds a Close API key anywhere and a Mandrill key of letters under a key label; not a short or repeated look-alike', () => {
    const k = `api_${mix(22)}.${mix(22)}`;
    expect(found(`close client init failed (token ${k})`, k)).toBe(true);
    const md = `md-${str(UP, 8)}${str(LO, 8)}${str(UP + LO, 6)}`;
    expect(found(`notifier: {"api_key": "${md}", "from": "noreply"}`, md)).toBe(true);
    expect(clean('docs: api_key format is api_<22 chars>.<22 chars>')).toEqual([]);
    expect(clean('key=md-aaaaaaaaaaaaaaaaaaaaaa')).toEqual([]);
  });

  it('finds vendor-named keys of CRM and marketing platforms; not references or placeholders', () => {
    const [a, b] = [str(HEX, 32), mix(40)];
    expect(found(`[export]\nklaviyo_key=${a}\n`, a)).toBe(true);
    expect(found(`ONESIGNAL_REST_API_KEY: "${b}"`, b)).toBe(true);
    expect(clean('iterable_key = ${ITERABLE_KEY}')).toEqual([]);
    expect(clean('braze_api_key: your-braze-api-key-here')).toEqual([]);
    expect(clean('segment_write_key=<redacted>')).toEqual([]);
  });

  it('finds webhook signing keys under qualified keys and after a signature check; not ids or short words', () => {
    const [h, b64] = [str(HEX, 64), `${mix(40)}Ab=`];
    expect(found(`webhook.signature_key_primary: ${h}`, h)).toBe(true);
    expect(found(`X-Shop-Signing-Secret-Active=${b64}`, b64)).toBe(true);
    const h2 = str(HEX, 40);
    expect(found(`HMAC signature computed with key ${h2} did not match`, h2)).toBe(true);
    expect(clean('signature_key_id=sk_2024_rotation')).toEqual([]);
    expect(clean('payload signed with key id 7 (kid=prod-2026)')).toEqual([]);
  });

  it('finds a password with spaces or `;` in a comma-separated property dump and `basic_auth_pass=`; not masked values', () => {
    const p = `${['Harbor', 'Juniper'][randomInt(2)]} ${str(LO, 5)} ${str(DIG, 3)};`;
    expect(found(`Resolved config {datasource.primary.password=${p}, datasource.primary.url=jdbc:postgresql://db/app}`, p)).toBe(true);
    const q = `${mix(6)};${str(B62, 5)}&${str(DIG, 2)}`;
    expect(found(`proxy upstream: basic_auth_pass=${q}`, q)).toBe(true);
    expect(clean('Resolved config {datasource.primary.password=******, datasource.primary.url=jdbc:postgresql://db/app}')).toEqual([]);
    expect(clean('Resolved config {datasource.primary.password=${DB_PASSWORD}, datasource.primary.pool=10}')).toEqual([]);
  });

  it('finds a Freshdesk key of letters only as the curl user before `:X`; not a word run', () => {
    const k = `${str(UP, 4)}${str(LO, 4)}${str(UP + LO, 12)}`;
    expect(found(`+ curl -s -u ${k}:X https://shop.freshdesk.com/api/v2/contacts`, k)).toBe(true);
    expect(clean('+ curl -s -u aaaaaaaaaaaaaaaaaaaaaaaa:X https://shop.freshdesk.com/api/v2/contacts')).toEqual([]);
  });
});

describe('round r60: personal values in sync diffs', () => {
  it('finds a birth date after a diff arrow, in a field-diff record and in a property error; not other dates', () => {
    const [a, b, c] = [dob(), dob(), dob()];
    expect(found(`member merge: birthDate: "" => ${a}`, a)).toBe(true);
    expect(found(`[{"attribute":"date_of_birth","previous":null,"after":"${b}"}]`, b)).toBe(true);
    expect(found(`upsert failed: Column 'dob' value ${c} out of range`, c)).toBe(true);
    const d = dob();
    expect(found(`{"field":"dob","before":"${d}","after":"1901-01-01"}`, d)).toBe(true);
    expect(clean('  renewal_date: 2024-01-01 -> 2026-01-01')).toEqual([]);
    expect(clean('[{"attribute":"signup_date","old":null,"new":"2019-04-03"}]')).toEqual([]);
    expect(clean('Column \'created_at\' value 1999-04-03 out of range')).toEqual([]);
  });

  it('finds routing numbers and bank accounts after a diff arrow; not ledger or user account ids', () => {
    const [r, acct] = [aba(), `${1 + randomInt(9)}${str(DIG, 9)}`];
    expect(found(`payee change: routing_number: null -> ${r}`, r)).toBe(true);
    expect(found(`payee change: bank_account_number: 1111 -> ${acct}`, acct)).toBe(true);
    expect(clean(`ledger: account_id: 4410 -> ${str(DIG, 8)}`)).toEqual([]);
    expect(clean('payee change: routing_number: null -> 123456789')).toEqual([]);
  });

  it('finds national ids as new values and under hashed custom-field keys; not numbers failing their checksum', () => {
    const id = bsn();
    expect(found(`[{"field":"bsn","old":null,"new":"${id}"}]`, id)).toBe(true);
    const nino = `${['CE', 'JK', 'PR'][randomInt(3)]} ${str(DIG, 2)} ${str(DIG, 2)} ${str(DIG, 2)} ${['A', 'B', 'C', 'D'][randomInt(4)]}`;
    expect(found(`pipedrive added.person {"name":"x","${str(HEX, 40)}":"${nino}"}`, nino)).toBe(true);
    expect(clean(`pipedrive added.person {"${str(HEX, 40)}":"123456780"}`).filter((f) => f.includes('123456780'))).toEqual([]);
    expect(clean(`pipedrive added.person {"${str(HEX, 40)}":"ENTERPRISE-TIER"}`)).toEqual([]);
  });

  it('finds addresses in property pairs, compound streets and street lines with a postcode after the city; not counts', () => {
    const n = 2 + randomInt(900);
    expect(found(`{"propertyName":"street","propertyValue":"${n} Elm Hollow"}`, `${n} Elm Hollow`)).toBe(true);
    expect(found(`delivery to ${n} Nørrebrogade failed`.replace('Nørrebrogade', 'Lindenallee'), `${n} Lindenallee`)).toBe(true);
    expect(found(`pickup point: ${n} Via Nazionale, Roma 00184`, `${n} Via Nazionale, Roma 00184`)).toBe(true);
    expect(found(`ship to ${n} Elm Street, Bristol BS1 4DJ today`, `${n} Elm Street, Bristol BS1 4DJ`)).toBe(true);
    expect(clean('{"propertyName":"lifecyclestage","propertyValue":"customer"}')).toEqual([]);
    expect(clean('loaded 40 Strassenkarten and 12 Plattformen')).toEqual([]);
  });
});

describe('round r60: names', () => {
  it('finds names in transcript labels, under SuppliedName, after a failed validation and in merge fields; not roles or teams', () => {
    const [a, b, c, g] = [person(), person(), person(), given()];
    expect(found(`[caller ${a}] I need to change my booking`, a)).toBe(true);
    expect(found(`<SuppliedName>${b}</SuppliedName>`.replace('<SuppliedName>', 'SuppliedName: ').replace('</SuppliedName>', ''), b)).toBe(true);
    expect(found(`policy number failed validation for ${c}.`, c)).toBe(true);
    expect(found(`list event data[merges][LNAME]=x&data[merges][FNAME]=${g}&type=profile`, g)).toBe(true);
    expect(clean('[customer Support Team] ticket closed')).toEqual([]);
    expect(clean('payment rejected for Account Holder')).toEqual([]);
    expect(clean('{"merge_fields":{"FNAME":"Subscriber"}}')).toEqual([]);
  });

  it('leaves documentation personas and impossible +1 numbers alone, not real ones', () => {
    expect(clean('example request: {"name":"Jane Doe","email":"jane.doe@example.com"}')).toEqual([]);
    expect(clean('sandbox: phone "+1 (212) 010-4477" is not dialable')).toEqual([]);
    const p = person();
    expect(found(`{"name":"${p}","email":"${p.split(' ')[0]!.toLowerCase()}@mailbox.org"}`, p)).toBe(true);
  });
});
