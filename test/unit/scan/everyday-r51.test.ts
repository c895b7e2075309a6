import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, str, everydayProbe, family, given, mix, person } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r51 (blind set 51: automotive retail and mobility): latitude and longitude under their own
 * keys, in lat/lng CSV columns and as a trip endpoint pair; loan and lease account numbers; key/value
 * authorization keys; hex keys sent as a WS-Security user name; abbreviated password, birth-date and
 * licence XML elements; licences in an SQL INSERT and after `DL`; names after role labels, in SQL
 * UPDATE name columns and in attributed `<name>` elements; passwords in prose; SID session ids —
 * in contexts other than the set's (food delivery, gyms, utilities, HR, field service, banking),
 * values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();
const lat = (): string => `${randomInt(50) + 10}.${str(DIG, 6)}`;
const lon = (): string => `-${randomInt(100) + 10}.${str(DIG, 6)}`;
const dlNo = (): string => `${str(UP, 1)}${str(DIG, 3)}-${str(DIG, 4)}-${str(DIG, 4)}`;

describe('round r51: positions of people', () => {
  it("finds a courier's and a customer's position under lat/lng keys (JSON, Python, logfmt)", () => {
    const [a, b] = [lat(), lon()];
    const json = `{"order":"D-${str(DIG, 6)}","courier":{"lat":${a},"lng":${b}},"eta_min":12}`;
    expect(found(json, a)).toBe(true);
    expect(found(json, b)).toBe(true);
    const py = `KeyError: 'zone' in {'latitude': ${a}, 'longitude': ${b}, 'customer_email': 'x@example.org'}`;
    expect(found(py, a)).toBe(true);
    expect(found(py, b)).toBe(true);
    expect(found(`level=info msg="check-in" member=${str(DIG, 6)} lat=${a} lon=${b}`, b)).toBe(true);
  });

  it('leaves coarse values, a lone axis, stores and stations, and machine telemetry without a person clean', () => {
    expect(clean(`{"lat":${randomInt(50) + 10}.${str(DIG, 3)},"lng":-${randomInt(100) + 10}.${str(DIG, 3)}}`)).toEqual([]);
    expect(clean(`{"lat":${lat()},"accuracy_m":12}`)).toEqual([]);
    expect(clean(`{"store_id":"S-${str(DIG, 4)}","name":"Main St store","lat":${lat()},"lng":${lon()}}`)).toEqual([]);
    expect(clean(`{"stop_id":"${str(DIG, 5)}","stop_name":"Elm & 3rd","stop_lat":${lat()},"stop_lon":${lon()}}`)).toEqual([]);
    expect(clean(`{"pumpId":"${str(DIG, 8)}","gps":{"lat":${lat()},"lng":${lon()}},"engineHours":${randomInt(9000)},"fuelLevel":0.4}`)).toEqual([]);
  });

  it('finds home coordinates in a member CSV, and a trip start/end pair', () => {
    const [a, b] = [lat(), lon()];
    const csv = `member_id,email,home_lat,home_lng\n${str(DIG, 6)},m${str(DIG, 3)}@example.org,${a},${b}\n`;
    expect(found(csv, `${a},${b}`)).toBe(true);
    const trip = `delivery=${str(HEX, 8)} origin=(${a},${b}) destination=(${lat()},${lon()}) courier=${str(DIG, 4)}`;
    expect(found(trip, `${a},${b}`)).toBe(true);
    expect(clean(`bucket,lat,lon,count\nb1,${lat()},${lon()},${randomInt(99)}\n`)).toEqual([]);
    expect(clean(`range=(0.125000,0.500000) step=(1.00000,2.00000)`)).toEqual([]);
  });
});

describe('round r51: accounts, licences and keys', () => {
  it('finds loan and lease account numbers under their labels and CSV columns', () => {
    const n = `${randomInt(9) + 1}${str(DIG, 11)}`;
    expect(found(`Mortgage statement ready. Loan account: ${n}\nPayment due 2025-05-01`, n)).toBe(true);
    expect(found(`{"leaseAccountNo":"${n}","status":"active"}`, n)).toBe(true);
    expect(found(`id,loan_account,amount\n7,${n},230.00\n`, n)).toBe(true);
    expect(clean('Loan account: 000000000000\nloan_account_count: 42')).toEqual([]);
  });

  it('finds an OCPP-style key/value authorization key, a hex WS-Security user name, <Pwd> and <BirthDt>', () => {
    const k = `${str(HEX, 20)}${randomInt(9) + 1}${str(HEX, 19)}`;
    expect(found(`[2,"${str(HEX, 8)}","ChangeConfiguration",{"key":"AuthorizationKey","value":"${k}"}]`, k)).toBe(true);
    const u = `${str(HEX, 30)}${randomInt(9) + 1}a${str(HEX, 10)}`;
    expect(found(`<wsse:UsernameToken><wsse:Username>${u}</wsse:Username></wsse:UsernameToken>`, u)).toBe(true);
    const pw = mix(14, '#%');
    expect(found(`<Credentials><UserId>gym_sync</UserId><Pwd>${pw}</Pwd></Credentials>`, pw)).toBe(true);
    const dob = `19${randomInt(40) + 50}-0${randomInt(9) + 1}-1${randomInt(9)}`;
    expect(found(`<Cdtr><PrvtId><DtAndPlcOfBirth><BirthDt>${dob}</BirthDt></DtAndPlcOfBirth></PrvtId></Cdtr>`, dob)).toBe(true);
    expect(clean('<wsse:Username>integration_user</wsse:Username><Pwd>********</Pwd>')).toEqual([]);
    expect(clean('{"key":"HeartbeatInterval","value":"300"}')).toEqual([]);
  });

  it("finds driver's licences in an HR INSERT, in <LicensePermitNumber> and after DL beside a birth date", () => {
    const d = dlNo();
    expect(found(`INSERT INTO technicians (tech_id, dl_number, region) VALUES (12, '${d}', 'north');`, d)).toBe(true);
    const e = dlNo();
    expect(found(`<Technician><LicensePermitNumber>${e}</LicensePermitNumber></Technician>`, e)).toBe(true);
    const f = dlNo();
    expect(found(`New hire paperwork: DOB 04/11/1990, DL ${f}, badge pending`, f)).toBe(true);
    expect(clean(`Flight DL ${randomInt(8000) + 1000} departs 10:05, gate B7; DOB check at the desk`)).toEqual([]);
  });
});

describe('round r51: names and passwords', () => {
  it('finds names after lessee and keeper labels, in an UPDATE and in an attributed <name>', () => {
    const p = person();
    expect(found(`Equipment lease #${str(DIG, 6)}\nLessee: ${p}\nTerm: 24 months`, p)).toBe(true);
    const q = `${given().toUpperCase()} ${family().toUpperCase()}`;
    expect(found(`Registered keeper: ${q}\nVRM on file`, q)).toBe(true);
    const s = person();
    expect(found(`UPDATE gym_members SET plan='annual', owner_name='${s}' WHERE id=${str(DIG, 5)};`, s)).toBe(true);
    const t = person();
    expect(found(`<member><name type="full">${t}</name><phone>(415) 555-${str(DIG, 4)}</phone></member>`, t)).toBe(true);
    expect(clean('Lessee: Acme Logistics Group\n<name type="full">Main Office</name><phone>(415) 555-0100</phone>')).toEqual([]);
    expect(clean("UPDATE products SET display_name='Winter Jacket' WHERE id=4;")).toEqual([]);
  });

  it('finds a password written out in a message, not the word in prose', () => {
    const pw = `${str(UP, 2)}${str(LO, 5)}#${str(DIG, 3)}`;
    expect(found(`Hi support, my password (${pw}) no longer works on the app`, pw)).toBe(true);
    expect(clean('Please reset your password using the link we sent. The password policy requires 12 characters.')).toEqual([]);
  });

  it('finds a session id in a URL query, not a Twilio account sid', () => {
    const sid = `${str(UP, 3)}${str(LO, 5)}${str(DIG, 3)}${str(B62, 9)}`;
    expect(found(`GET https://portal.example.com/statement.jsp?user=7&sid=${sid}&page=2`, sid)).toBe(true);
    expect(clean(`GET /calls?sid=CA${str(HEX, 32)} 200`)).toEqual([]);
  });
});
