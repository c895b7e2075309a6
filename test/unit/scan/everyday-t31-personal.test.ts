import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round t31 (blind set 31: telecom, IoT and field operations), personal and financial data: IMSIs and
 * MSISDNs under their keys, people's names in SIP headers, PBX configs, subscriber, driver and payer
 * records (split first/last keys, upper case, CSV and BECS files, prose after a role), track data,
 * BECS accounts — in contexts other than the set's, values drawn at test time; beside them the
 * device ids (IMEI, ICCID, MAC, EUI) and look-alikes that stay clean.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const clean = (text: string) => leaks(text).map((f) => text.slice(f.start, f.end));

const DIG = '0123456789';
const str = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const digits = (n: number): string => String(randomInt(1, 10)) + str(DIG, n - 1);
const pick = <T>(xs: readonly T[]): T => xs[randomInt(xs.length)]!;
const GIVEN = ['Saoirse', 'Benedikt', 'Amara', 'Teodor', 'Lowri', 'Ishaan'] as const;
const FAMILY = ['Hollingworth', 'Vasquez', 'Adeyemi', 'Kristiansen', 'Merriweather', 'Quigley'] as const;
const person = (): string => `${pick(GIVEN)} ${pick(FAMILY)}`;
const upper = (): string => `${pick(FAMILY).toUpperCase()} ${pick(GIVEN).toUpperCase()}`;
/** A Luhn-valid 16-digit PAN. */
function pan(): string {
  const body = `5${randomInt(1, 6)}${str(DIG, 13)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

describe('round t31: subscriber identifiers', () => {
  it('finds IMSIs under their labels in RADIUS, HLR JSON and audit lines', () => {
    const [a, b, c] = [`2620${randomInt(1, 4)}${digits(10)}`, `20404${digits(10)}`, `50502${digits(10)}`];
    for (const [text, v] of [
      [`\t3GPP-IMSI = "${a}"\n\tFramed-IP-Address = 10.1.2.3`, a],
      [`{"msisdn":"+49151${digits(8)}","imsi":"${b}","mccmnc":"20404"}`, b],
      [`AUDIT simswap new_imsi=${c} new_iccid=8961${digits(15)}`, c],
    ] as const)
      expect(found(text, v), text).toBe(true);
  });

  it('finds mobile numbers without + under MSISDN, recipient and RADIUS keys and in SMS sends', () => {
    const [a, b, c, d] = [`447${randomInt(4, 10)}${str(DIG, 8)}`, `316${str(DIG, 8)}`, `614${str(DIG, 8)}`, `4915${randomInt(1, 8)}${str(DIG, 8)}`];
    const cases: [string, string][] = [
      [`\tCalling-Station-Id = "${c}"`, c],
      [`submit_sm id=${str('abcdef0123456789', 12)} src=INFO dst=${a} dcs=0`, a],
      [`[context] recipients = array (0 => '${b}')`, b],
      [`GET /cgi-bin/sendsms?username=app&to=${d}&text=Reading+due`, d],
      [`HLR request {"msisdn":"${d}","ported":false}`, d],
    ];
    for (const [text, v] of cases) expect(found(text, v), text).toBe(true);
  });

  it('leaves IMEIs, ICCIDs, SIP ports, timestamps and order numbers alone', () => {
    expect(clean(`modem: imei=35${digits(13)} iccid=8944${digits(15)} imsi=<unknown>`)).toEqual([]);
    expect(clean(`sip: to=${randomInt(1000, 9999)} dst_port=5060 ts=20250406180450 to=ORD-${digits(10)}`)).toEqual([]);
    expect(clean('{"imsi":"001010123456789","note":"test network MCC 001"}')).toEqual([]);
  });
});

describe("round t31: people's names in telecom, fleet and billing records", () => {
  it('finds SIP display names and FreeSWITCH caller-id names, not room and queue names', () => {
    const [a, b] = [person(), person()];
    const trace = `INVITE sip:+4420${digits(8)}@sbc SIP/2.0\nFrom: "${a}" <sip:+4477${digits(8)}@sbc>;tag=${str('abcdef0123456789', 8)}\nP-Asserted-Identity: "${a}" <tel:+4477${digits(8)}>`;
    expect(found(trace, a), trace).toBe(true);
    const fs = `<variable name="effective_caller_id_name" value="${b}"/>\n<variable name="effective_caller_id_number" value="1001"/>`;
    expect(found(fs, b), fs).toBe(true);
    const vm = `[default]\n${randomInt(100, 999)} => ${digits(4)},${a},${a.toLowerCase().replace(' ', '.')}@example.org`;
    expect(found(vm, a), vm).toBe(true);
    expect(clean(`From: "Reception Desk" <sip:100@pbx.local>;tag=1\nFrom: "Night Queue" <sip:200@pbx.local>`)).toEqual([]);
  });

  it('finds given and family names under split keys in JSON, title or upper case', () => {
    const [g, f] = [pick(GIVEN), pick(FAMILY)];
    const cases: [string, string[]][] = [
      [`200 {"users":[{"user":{"id":${digits(7)},"first_name":"${g}","last_name":"${f}","role":"driver"}}]}`, [g, f]],
      [`{"driver":{"firstNames":"${g.toUpperCase()}","lastName":"${f.toUpperCase()}","dateOfBirth":"1980-02-03"}}`, [g.toUpperCase(), f.toUpperCase()]],
      [`{"name":{"surname":"${f}","forename":"${g}"},"dob":"1991-04-05"}`, [g, f]],
    ];
    for (const [text, vs] of cases) for (const v of vs) expect(found(text, v), text).toBe(true);
    expect(clean(`{"first_name":"Test","last_name":"User","id":${digits(6)}}`)).toEqual([]);
    expect(clean(`{"first_name":"${g}","email_opt_in":true}`)).toEqual([]);
  });

  it('finds upper-case and title-case names under party keys, in CSV name columns and after a role', () => {
    const [a, b, c, d] = [upper(), person(), upper(), person()];
    const cases: [string, string][] = [
      [`{"data":{"caller_name":{"caller_name":"${a}"},"phone_number":"+1212${digits(7)}"}}`, a],
      [`AUDIT crm action=SIM_CHANGE subscriber="${b}" msisdn=+4477${digits(8)}`, b],
      [`{"bank_account":{"beneficiary_name":"${c}","account_number":"${digits(12)}"}}`, c],
      [`ACCOUNT NAME,SORT CODE,ACCOUNT NUMBER\n${c},${str(DIG, 2)}-${str(DIG, 2)}-${str(DIG, 2)},${digits(8)}`, c],
      [`Subject: DD return\n\nCustomer: ${d}, 4 Mill Lane\nsort code 20-00-00, account no. ${digits(8)}`, d],
      [`Name of debtor: ${b}\nIBAN: DE${str(DIG, 20)}`, b],
    ];
    for (const [text, v] of cases) expect(found(text, v), text).toBe(true);
    expect(clean(`Customer: Acme Holdings Ltd, account ${digits(8)} overdue`).filter((v) => /Acme/.test(v))).toEqual([]);
    expect(clean(`{"driverName":"UNASSIGNED","vehicle":"T-${digits(3)}"}`)).toEqual([]);
  });
});

describe('round t31: card track data and BECS direct-entry records', () => {
  it('finds ISO 7813 track 1 and track 2 data whole, with a Luhn-valid PAN', () => {
    const p = pan();
    const t1 = `${p}^${pick(FAMILY).toUpperCase()}/${pick(GIVEN).toUpperCase()}^${randomInt(27, 32)}${String(randomInt(1, 13)).padStart(2, '0')}101${str(DIG, 12)}`;
    const t2 = `${p}=${randomInt(27, 32)}${String(randomInt(1, 13)).padStart(2, '0')}101${str(DIG, 11)}`;
    for (const [text, v] of [
      [`mpos raw swipe: %B${t1}?;${t2}?`, t1],
      [`mpos raw swipe: %B${t1}?;${t2}?`, t2],
      [`{"track2":"${t2}","entry_mode":"swipe"}`, t2],
    ] as const)
      expect(found(text, v), text).toBe(true);
    // A PAN that fails the Luhn check before `=` is no card.
    const bad = p.slice(0, -1) + String((Number(p.slice(-1)) + 1) % 10);
    expect(leaks(`reader: ;${bad}=27121010000000000?`).some((f) => f.detector === 'card-track-data')).toBe(false);
  });

  it('finds account numbers and account titles of BECS detail records', () => {
    const [acct, title] = [digits(9), upper()];
    const rec = `0                 01CBA       ACME ENERGY               301500DIRECT DEB  250525\n1${str(DIG, 3)}-${str(DIG, 3)}${acct} 13${str(DIG, 10)}${title.padEnd(32)}INV-${digits(8)}     062-000 12345678ACME ENERGY     00000000`;
    expect(found(rec, acct), rec).toBe(true);
    expect(found(rec, title), rec).toBe(true);
  });
});

describe('round t31: device ids stay identifiers', () => {
  it('reports MACs of a device inventory table as public; a MAC alone still counts', () => {
    const mac = () => ['3C', ...Array.from({ length: 5 }, () => str('0123456789ABCDEF', 2))].join(':');
    const inv = `serial,model,imei,iccid,wlan_mac,firmware\nRUT-${digits(6)},RUT955,35${digits(13)},8944${digits(15)},${mac()},7.4.2`;
    expect(clean(inv)).toEqual([]);
    const m = mac();
    expect(found(`dhcp: device ${m} joined`, m)).toBe(true);
  });
});

describe("round t31: driver's licences, contact phones and utility accounts", () => {
  it('finds licence numbers after a state code and under a licence-number key beside a state', () => {
    const [a, b, c] = [`${pick(['B', 'D', 'Y'])}${str(DIG, 7)}`, digits(8), `${pick(['L', 'T'])}${str(DIG, 3)}-${str(DIG, 4)}-${str(DIG, 4)}`];
    const cases: [string, string][] = [
      [`driver ${person()} (CDL CA ${a}, DOB 02/21/1990) exceeded the limit`, a],
      [`roadside inspection: DL# TX ${b} expired`, b],
      [`{"data":[{"id":"${digits(8)}","licenseNumber":"${c}","licenseState":"IL"}]}`, c],
    ];
    for (const [text, v] of cases) expect(found(text, v), text).toBe(true);
    expect(clean(`release notes: license MIT 2024 and CDL CA 2024-01-05 update`)).toEqual([]);
    expect(clean(`{"licenseNumber":"${c}","plan":"enterprise"}`).includes(c)).toBe(false);
  });

  it('finds phones under contact keys and utility account numbers under their label', () => {
    const [p, q, acct, acct2] = [`${randomInt(6, 10)}${str(DIG, 9)}`, `+44 7${str(DIG, 3)} ${str(DIG, 6)}`, digits(10), digits(9)];
    for (const [text, v] of [
      [`razorpay {"customer":{"name":"[FILTERED]","contact":"${p}"}}`, p],
      [`crm upsert {'contact': '${q}', 'segment': 'b2c'}`, q],
      [`IVR_PAY: caller entered utility account ${acct} then #`, acct],
      [`refund queue: electricity account no. ${acct2} credit 40.00`, acct2],
    ] as const)
      expect(found(text, v), text).toBe(true);
    expect(clean('{"contact":"5551234567"} {"contact":"+1 212 555 0147"} utility account 0000000000')).toEqual([]);
  });
});

