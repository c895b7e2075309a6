import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, str, everydayProbe, given, family, person } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r50 (blind set 50: clinics, pharmacies, labs, telehealth and wearables): X12 NM1 names and
 * REF tax ids, names in URL queries, `<First>`/`<Last>` XML, hyphenated and XML first/last-name keys,
 * YAML payee lists, lat/lon keys and latlng arrays, SSO codes, webhook verification codes, Agora
 * tokens, keystore passwords under env names and Authorize.Net keys under `transaction-key` — in
 * contexts other than the set's, values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();
const coord = (): string => `${randomInt(50) + 10}.${str(DIG, 6)}`;

describe('round r50: claims and e-prescribing', () => {
  it('finds a dependent name in a 270 inquiry and a payee tax id in an 835, not a provider NM1', () => {
    const last = family().toUpperCase();
    const first = given().toUpperCase();
    const text = `ISA*00*...~\nNM1*03*1*${last}*${first}~\nDMG*D8*19800101~`;
    expect(found(text, last)).toBe(true);
    expect(found(text, first)).toBe(true);
    expect(found('N1*PE*NORTHSIDE LAB*XX*1234567893~\nREF*TJ*521234567~', '521234567')).toBe(true);
    expect(clean('NM1*82*1*RENDERING*PROVIDER~\nREF*EI*001234567~')).toEqual([]);
  });

  it('finds first and last names in a FHIR search URL and in <FirstName>/<LastName> XML', () => {
    const [g, f] = [given(), family()];
    const url = `INFO GET /fhir/Patient?family=${f}&given=${g}&_count=10 -> 200`;
    expect(found(url, g)).toBe(true);
    expect(found(url, f)).toBe(true);
    const xml = `<Person><FirstName>${g}</FirstName><MiddleName>A</MiddleName><LastName>${f}</LastName></Person>`;
    expect(found(xml, g)).toBe(true);
    expect(found(xml, f)).toBe(true);
    expect(clean(`GET /api/search?last_name=${f}&page=2 -> 200`)).toEqual([]);
  });

  it('finds names in <Given>/<Family> elements and hyphenated JSON keys', () => {
    const [g, f] = [given(), family()];
    expect(found(`<Name><Given>${g}</Given><Family>${f}</Family></Name>`, `${g}`)).toBe(true);
    const json = `{"given-name":"${g}","family-name":"${f}","plan":"gold"}`;
    expect(found(json, g)).toBe(true);
    expect(found(json, f)).toBe(true);
  });

  it('finds a payee in a YAML list beside bank fields, not a job list', () => {
    const p = person();
    expect(found(`vendors:\n  - name: ${p}\n    routing_number: "021000021"\n    account_number: "${str(DIG, 10)}"\n`, p)).toBe(true);
    expect(clean(`steps:\n  - name: Build Image\n    run: make image\n  - name: Run Tests\n    run: make test\n`)).toEqual([]);
  });
});

describe('round r50: coordinates', () => {
  it('finds a latlng array', () => {
    const [a, b] = [coord(), coord()];
    expect(found(`{"lat_lng": [${a}, -${b}], "kind":"walk"}`, `-${b}`)).toBe(true);
    expect(clean(`{"lat":0.0000,"lon":0.0000}`)).toEqual([]);
    expect(clean(`{"store":"downtown office","lat":${a},"lng":-${b}}`)).toEqual([]);
  });
});

describe('round r50: integration secrets', () => {
  it('finds an SSO code, a webhook verification code and an Agora token', () => {
    const code = `${str(B62, 60)}%3D`;
    expect(found(`redirect https://eprescribe.example.com/Sso.aspx?SingleSignOnCode=${code}&x=1`, code)).toBe(true);
    const vc = str(HEX, 64);
    expect(found(`{"verificationCode": "${vc}"}`, vc)).toBe(true);
    const tok = `007${str(HEX, 32)}IA${str(B62, 140)}`;
    expect(found(`const rtcToken = "${tok}";`, tok)).toBe(true);
    expect(clean(`verification_code: ${'0'.repeat(64)}`)).toEqual([]);
  });

  it('finds a keystore password under an env name and a transaction key under a dashed key', () => {
    const pw = `${str(UP, 1)}${str(LO, 8)}${str(DIG, 2)}!`;
    expect(found(`export TRUSTSTORE_STOREPASS=${pw}\n`, pw)).toBe(true);
    const tk = `${str(UP, 6)}${str(DIG, 4)}${str(UP, 6)}`;
    expect(found(`gateway.transaction-key=${tk}\n`, tk)).toBe(true);
    expect(clean('KEYSTORE_STOREPASS=changeit\n')).toEqual([]);
  });
});
