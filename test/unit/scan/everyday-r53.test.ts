import { describe, expect, it } from 'vitest';
import { B62, DIG, LO, UP, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r53 (blind set 53: construction, facilities and property operations): `sort … acc …` bank
 * details and labelled UTRs, a person's latitude/longitude as separate fields or CSV columns,
 * name/value XML passwords, Vault KV v2 reads, VPN pre-shared keys, noted password labels, curl
 * key ids, concatenated Basic credentials, FIRSTNAME/LASTNAME XML, names under site roles, in prose
 * before a contact and on tax-form `Name:` lines, and product versions on an inventory line — in
 * contexts other than the set's (retail, delivery, payroll, SaaS, CI), values drawn at test time;
 * beside them the look-alikes that stay clean.
 */
const { found, clean, by } = everydayProbe();
const coord = (max: number): string => `${randomInt(max - 10) + 10}.${str(DIG, 6)}`;
const pw = (): string => `${mix(6)}${['#', '%', '~', '!'][randomInt(4)]}${str(B62, 7)}`;
const sortCode = (): string => `${randomInt(80) + 10}-${randomInt(80) + 10}-${randomInt(80) + 10}`;

describe('round r53: UK bank details and taxpayer references', () => {
  it('finds `sort … acc …` in a refund chat and a UTR in an accountant note, not a sort order or a short number', () => {
    const [sc, acc] = [sortCode(), `${randomInt(9) + 1}${str(DIG, 7)}`];
    const chat = `agent: refund will go to sort ${sc} acc ${acc}, allow 2 working days`;
    expect(found(chat, sc)).toBe(true);
    expect(found(chat, acc)).toBe(true);
    const utr = `${randomInt(9) + 1}${str(DIG, 9)}`;
    expect(found(`Client onboarding: self assessment, UTR ${utr}, agent ref A${str(DIG, 5)}`, utr)).toBe(true);
    expect(clean(`report: sort ${sc} results by date, acc total 12`)).toEqual([]);
    expect(clean('sort 11-11-11 acc 11111111')).toEqual([]);
    expect(clean(`UTR ${str(DIG, 5)} sent`)).toEqual([]);
  });
});

describe('round r53: coordinates of people', () => {
  it("finds a courier's lat/lng fields beside a phone key, not a store's or a vehicle's", () => {
    const [lat, lon] = [coord(59), coord(120)];
    const json = `{"order":"${str(DIG, 8)}","courier":{"id":${str(DIG, 5)},"phone":"+1 312 ${str(DIG, 3)} ${str(DIG, 4)}"},"position":{"latitude":${lat},"longitude":-${lon}}}`;
    expect(found(json, lat)).toBe(true);
    expect(found(json, `-${lon}`)).toBe(true);
    expect(clean(`{"store":"Riverside","hours":"9-5","lat":${lat},"lng":-${lon}}`)).toEqual([]);
    expect(clean(`{"vehicle":"van-${str(DIG, 2)}","lat":${lat},"lng":-${lon},"speed":41}`)).toEqual([]);
    expect(clean(`{"station":"KSFO","lat":${lat},"lon":-${lon},"temp_c":14}`)).toEqual([]);
  });

  it('finds home lat/lon columns in a member export with e-mail, not a sensor list', () => {
    const [lat, lon] = [coord(59), coord(120)];
    const csv = `member_id,email,home_lat,home_lon\n${str(DIG, 6)},${str(LO, 6)}@mailbox.org,${lat},-${lon}\n`;
    expect(found(csv, `${lat},-${lon}`)).toBe(true);
    expect(clean(`sensor,owner_email,lat,lon\nT-${str(DIG, 3)},ops@plant-monitor.io,${lat},-${lon}\n`)).toEqual([]);
  });
});

describe('round r53: passwords and keys in configuration and commands', () => {
  it('finds a password in a name/value XML property, not a placeholder or a policy name', () => {
    const p = pw();
    expect(found(`<config><entry n="ldap.bind.password" v="${p}"/></config>`, p)).toBe(true);
    expect(clean('<config><entry n="ldap.bind.password" v="${LDAP_PASSWORD}"/></config>')).toEqual([]);
    expect(clean('<p n="passwordPolicy" v="strict-12"/>')).toEqual([]);
  });

  it('finds every secret of a Vault KV v2 read in a CI log, not a GraphQL data.data', () => {
    const [a, b] = [mix(18), mix(24)];
    const out = `+ vault kv get -format=json kv/ci/deploy\n{\n  "data": {\n    "data": {\n      "registry_pull": "${a}",\n      "signing_seed": "${b}"\n    },\n    "metadata": {"version": 7}\n  }\n}`;
    expect(found(out, a)).toBe(true);
    expect(found(out, b)).toBe(true);
    expect(clean(`{"data":{"data":{"build":"b${str(DIG, 3)}x${str(DIG, 4)}"}}}`)).toEqual([]);
  });

  it('finds a WireGuard or IPsec pre-shared key, not a flag or a variable', () => {
    const k = pw();
    expect(found(`[Peer]\nPreSharedKey = ${k}\nAllowedIPs = 10.9.0.0/24`, k)).toBe(true);
    expect(clean('psk_enabled = true\nvpn_psk = ${VPN_PSK}')).toEqual([]);
  });

  it('finds a password whose label has a note in parentheses, not a rule', () => {
    const p = pw();
    expect(found(`Shift handover: kiosk password (rotated monthly): ${p} - do not share`, p)).toBe(true);
    expect(clean('password (min 12 chars): required')).toEqual([]);
  });

  it('finds the key id of `curl -u id:secret`, not variables or admin:admin', () => {
    const id = `${str(UP, 4)}${str(LO, 4)}${str(DIG, 3)}${str(B62, 9)}`;
    expect(found(`curl -u ${id}:${str(B62, 40)} https://api.ticketing.example/v2/tickets`, id)).toBe(true);
    expect(clean('curl -u "$KEY_ID:$KEY_SECRET" https://api.ticketing.example/v2/tickets')).toEqual([]);
  });

  it('finds a Basic credential concatenated in code, not one built at run time or without a colon', () => {
    const b = Buffer.from(`svc${str(DIG, 3)}:${mix(20)}`).toString('base64');
    expect(found(`headers['Authorization'] = "Basic " + "${b}";`, b)).toBe(true);
    expect(clean(`headers['Authorization'] = 'Basic ' + btoa(user + ':' + pass);`)).toEqual([]);
    expect(clean(`const h = 'Basic ' + '${Buffer.from(`token${str(DIG, 6)}`).toString('base64')}';`)).toEqual([]);
  });
});

describe("round r53: people's names", () => {
  it('finds FIRSTNAME/LASTNAME XML across lines, not test users', () => {
    const [g, f] = [given(), family()];
    expect(found(`<ROW>\n  <FIRSTNAME>${g}</FIRSTNAME>\n  <LASTNAME>${f}</LASTNAME>\n</ROW>`, f)).toBe(true);
    expect(clean('<ROW>\n  <FIRSTNAME>Test</FIRSTNAME>\n  <LASTNAME>User</LASTNAME>\n</ROW>')).toEqual([]);
  });

  it('finds names under assignee and driver keys, not teams (a bare display key names products as often: not read)', () => {
    const [a, c] = [person(), person()];
    expect(found(`{"key":"HR-${str(DIG, 3)}","assignee":"${a}","status":"open"}`, a)).toBe(true);
    expect(clean("UPDATE products SET display_name='Winter Jacket' WHERE id=4;")).toEqual([]);
    expect(found(`{"route":${str(DIG, 4)},"driver":{"id":${str(DIG, 4)},"name":"${c}"}}`, c)).toBe(true);
    expect(clean('{"key":"HR-101","assignee":"Facilities Team","status":"open"}')).toEqual([]);
    expect(clean('technician=Unassigned; display="Main Lobby"')).toEqual([]);
  });

  it('finds a name in prose before a phone or birth date and on a W-4 Name line, not a company', () => {
    const [a, b, c] = [person(), person(), person()];
    expect(found(`Ticket: emergency contact ${a} (617) ${str(DIG, 3)}-${str(DIG, 4)} notified`.replace('emergency', 'Emergency'), a)).toBe(true);
    expect(found(`payroll: new hire ${b} (dob 1990-0${randomInt(9) + 1}-1${randomInt(9)}) missing I-9`, b)).toBe(true);
    expect(found(`W-4 parsed:\n Name: ${c}\n SSN: 5${str(DIG, 2)}-${randomInt(80) + 10}-${randomInt(8000) + 1000}\n`, c)).toBe(true);
    expect(clean('Ticket: contact Support Team, phone 800-555-0100')).toEqual([]);
    expect(by('W-9 parsed:\n Name: Acme Supply LLC\n EIN: 12-3456789\n', 'person-name-label-in-tax-form')).toBe(false);
    expect(clean(`profile:\n Name: ${person()}\n Role: admin\n`)).toEqual([]);
  });

  it('finds a foreman column in a crew export', () => {
    const p = person();
    expect(found(`foreman,email,hours\n"${p}",${str(LO, 5)}@crewmail.net,8.5\n`, p)).toBe(true);
  });
});

describe('round r53: product versions', () => {
  it('leaves four-part versions on an inventory line alone, not an address after `from`', () => {
    const v = (): string => `${randomInt(5) + 3}.${randomInt(15)}.${randomInt(4)}.${randomInt(150) + 10}`;
    expect(clean(`Controller ${v()}  module modbus-io ${v()}  java 1.8.0_${randomInt(200) + 200}`)).toEqual([]);
    const ip = `${randomInt(50) + 60}.${randomInt(200) + 20}.${randomInt(200) + 20}.${randomInt(200) + 20}`;
    expect(by(`login from ${ip} java 1.8.0_${randomInt(200) + 200}`, 'ipv4-address')).toBe(true);
  });
});
