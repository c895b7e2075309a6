import { describe, expect, it } from 'vitest';
import { einValid } from '../../../src/scan/id-checksums-world';
import { ninoValid } from '../../../src/scan/id-checksums-more';
import { DIG, HEX, LO, UP, str, mix, everydayProbe, given, family, person } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r52 (blind set 52: life sciences and research): the same leak classes in contexts other
 * than the set's — retail, logistics, HR, SaaS and hosting logs — values drawn at test time; beside
 * each the look-alikes that must stay clean.
 */
const { found, clean } = everydayProbe();
const ein = (): string => {
  for (;;) {
    const v = `${10 + randomInt(78)}-${str(DIG, 7)}`;
    if (einValid(v)) return v;
  }
};
const nino = (): string => {
  for (;;) {
    const v = `${str('ABCEGHJKLMNPRSTWXYZ', 2)}${str(DIG, 6)}D`;
    if (ninoValid(v)) return v;
  }
};

describe('round r52: names in session logs, comments and tables', () => {
  it('finds a name in an SSH/VPN session line and a comment owner, not a team or a service user', () => {
    const p = person();
    expect(found(`sshd: user ${p} logged in from 203.0.113.${randomInt(200) + 2}`, p)).toBe(true);
    const q = person();
    expect(found(`# price feed importer, maintainer ${q}\nimport csv\n`, q)).toBe(true);
    expect(clean('sshd: user Deploy Bot connected from 10.0.0.4')).toEqual([]);
    expect(clean('# owner Platform Team\nreplicas: 3\n')).toEqual([]);
  });

  it('finds names in XML role elements, a whoami table and a form bracket key', () => {
    const p = person();
    expect(found(`<Shipment><Consignment/><Signatory>${p}</Signatory></Shipment>`, p)).toBe(true);
    const q = person();
    expect(found(`| Name  | ${q} |\n| Email | ${str(LO, 6)}@example.com |`, q)).toBe(true);
    const [g, f] = [given(), family()];
    expect(found(`POST /v1/customers customer[name]=${g}+${f}&customer[email]=x%40y.z`, `${g}+${f}`)).toBe(true);
    expect(clean('<DisplayName>Main Warehouse</DisplayName>')).toEqual([]);
    expect(clean('| Name  | Production Cluster |\n| Region | eu-west-1 |')).toEqual([]);
  });

  it('finds an inverted name among JSON authors, and a role label beside a birth date', () => {
    const [g, f] = [given(), family()];
    expect(found(`{"title":"Annual report","authors":[{"name":"${f}, ${g}","email":"x@example.org"}]}`, `${f}, ${g}`)).toBe(true);
    const p = person();
    expect(found(`Hotel booking\nGuardian: ${p}  DOB 1971-04-0${randomInt(9) + 1}\n`, p)).toBe(true);
    expect(clean('{"name":"Paris, France","population":2100000}')).toEqual([]);
    expect(clean('Name: Cold Storage\nZone: B4\n')).toEqual([]);
  });

  it('finds names, birth dates and record numbers in INSERT rows and CSV columns', () => {
    const [g, f] = [given().toUpperCase(), family().toUpperCase()];
    const sql = `INSERT INTO member (ID, FULL_NAME, BIRTH_DATE) VALUES\n  (${randomInt(9999)}, '${f}, ${g}', TO_DATE('1984-02-1${randomInt(9)}','YYYY-MM-DD'));`;
    expect(found(sql, `${f}, ${g}`)).toBe(true);
    const last = family();
    expect(found(`id,email,plan,last_name\n${str(DIG, 5)},${str(LO, 5)}@example.net,gold,${last}\n`, last)).toBe(true);
    expect(clean(`INSERT INTO product (id, name, sku) VALUES (1, 'Garden Hose', 'GH-${str(DIG, 6)}');`)).toEqual([]);
    expect(clean('id,sku,colour,last_name\n1,AB-1,red,Unknown\n')).toEqual([]);
  });
});

describe('round r52: positions, health and national ids', () => {
  it("finds a courier app's position object, not a vehicle's", () => {
    const lat = `${randomInt(40) + 10}.${str(DIG, 6)}`;
    const lon = `-${randomInt(100) + 10}.${str(DIG, 6)}`;
    expect(found(`{"customer":"c-1","position":{"lat":${lat},"lng":${lon}}}`, lon)).toBe(true);
    expect(clean(`{"vehicleId":"${str(DIG, 12)}","position":{"lat":${lat},"lng":${lon}},"odometer":120}`)).toEqual([]);
  });

  it('finds an MRN under its key, a DDMONYYYY birth date, a NINO after a worded label and a name before an NHS number', () => {
    const mrn = `${str(UP, 2)}${str(DIG, 8)}`;
    expect(found(`GET /orders?patient_ref=1 mrn: ${mrn} -> 200`, mrn)).toBe(true);
    const dob = `1${randomInt(9)}JUL19${randomInt(40) + 50}`;
    expect(found(`loyalty signup DOB ${dob} channel=web`, dob)).toBe(true);
    const ni = nino();
    expect(found(`HR: NI number from the P45: ${ni}`, ni)).toBe(true);
    const p = person();
    expect(found(`dentist reminder for ${p} (NHS number 943 476 5919) sent`, p)).toBe(true);
    expect(clean('mrn: 0000000 placeholder')).toEqual([]);
    expect(clean('DOB format DDMMMYYYY expected')).toEqual([]);
  });

  it('finds a patient address in an HL7 PID-11 and a patient name in a file header', () => {
    const addr = `${randomInt(900) + 10} High Street^^Bristol^^BS1 4DJ`;
    expect(found(`PID|1||${str(DIG, 8)}^^^MRN||ROE^ANN||19700101|F|||${addr}||0117${str(DIG, 7)}`, addr)).toBe(true);
    const p = person();
    expect(found(`##fileformat=VCFv4.2\n##PatientName=${p}\n##source=caller`, p)).toBe(true);
    expect(clean('##fileformat=VCFv4.2\n##SubjectName=SAMPLE_01\n')).toEqual([]);
  });
});

describe('round r52: secrets and money', () => {
  it('finds a salt in PHP config, not the salt of a stored hash', () => {
    const s = mix(24);
    expect(found(`$config['cookie_salt'] = 'x';\n$session_salt = '${s}';`, s)).toBe(true);
    expect(clean(`{"algorithm":"pbkdf2-sha256","hashIterations":27500,"salt":"${mix(24)}"}`)).toEqual([]);
  });

  it('finds a long session id in a login response, not a UUID', () => {
    const sid = str(HEX, 64).toUpperCase() + str(HEX, 32);
    expect(found(`POST /api/login -> {"ok":true,"sessionId":"${sid}"}`, sid)).toBe(true);
    expect(clean(`{"sessionId":"${crypto.randomUUID()}","page":"/cart"}`)).toEqual([]);
  });

  it('finds a key handed to a client with its URL and a token as a SOAP login parameter', () => {
    const k = str(HEX, 32);
    expect(found(`api = WarehouseApi("https://wms.example.com", api_key="${k}")`, k)).toBe(true);
    const t = str(HEX, 40).toUpperCase();
    expect(found(`<Request><Operation>Auth.Logon</Operation><Token>${t}</Token></Request>`, t)).toBe(true);
    expect(clean('client = Cache(redis_url, key="user-profile-cache-v2")')).toEqual([]);
  });

  it('finds a remit-to account and a labelled EIN, not an order number or an invalid EIN', () => {
    const acct = `${randomInt(8) + 1}${str(DIG, 9)}`;
    expect(found(`AP note: please credit the refund to account ${acct} today`, acct)).toBe(true);
    const e = ein();
    expect(found(`W-9 received, EIN on form: ${e}`, e)).toBe(true);
    expect(clean('shipped to account holder, order 1234567 ok')).toEqual([]);
    expect(clean('EIN: 00-0000000')).toEqual([]);
  });
});
