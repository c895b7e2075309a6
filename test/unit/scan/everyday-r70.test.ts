import { describe, expect, it } from 'vitest';
import { DIG, HEX, LO, UP, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r70 (blind set 70: payroll, benefits and tax filing): a person's pay under compensation keys and columns, the
 * fields of NACHA, BACS, CPA-005 and BECS records, contribution and EFW2 records, payroll and tax-filing secrets, names
 * under HR keys — in contexts other than the set's (HRIS exports, ATS offers, benefits brokers, other payroll vendors);
 * beside them the look-alikes that stay clean: order totals, invoice amounts, fees, payroll-run totals, ids, versions,
 * hashes and placeholders.
 */
const { found, clean } = everydayProbe();
const pay = (): string => `${40 + randomInt(150)}${str(DIG, 3)}.${str(DIG, 2)}`;
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-b${str(HEX, 3)}-${str(HEX, 12)}`;
const upperName = (): string => `${family().toUpperCase()} ${given().toUpperCase()}`;
/** A Luhn-valid SIN (first digit 1-7), spaced. */
const luhnSin = (): string => {
  for (;;) {
    const d = `${1 + randomInt(7)}${str(DIG, 8)}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let x = Number(d[i]) * (i % 2 === 1 ? 2 : 1);
      if (x > 9) x -= 9;
      sum += x;
    }
    if (sum % 10 === 0) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
};
const ssn = (): string => `${100 + randomInt(500)}${10 + randomInt(89)}${1000 + randomInt(8999)}`;

describe("round r70: a person's pay", () => {
  it('finds pay under compensation keys in JSON, kv, XML and hash forms, not an order total or a fee', () => {
    const a = pay();
    expect(found(`bamboohr sync: {"employeeId":"412","payRate":"${a}","payType":"Salary"}`, a)).toBe(true);
    expect(found(`workday import row 9: base_salary=${a} currency=EUR`, a)).toBe(true);
    expect(found(`<EmployeeComp><GrossPay>${a}</GrossPay></EmployeeComp>`, a)).toBe(true);
    expect(found(`hourly_rate: ${a.slice(0, 2)}.50 for contractor c_77`, `${a.slice(0, 2)}.50`)).toBe(true);
    expect(found(`Params: {"employee_id"=>"9", "rate"=>"${a}", "payment_unit"=>"Hour"}`, a)).toBe(true);
    expect(clean(`checkout: {"order_total":"${a}","shipping_fee":"4.99","currency":"USD"}`)).toEqual([]);
    expect(clean(`invoice INV-2231 amount=${a} due=2026-04-01`)).toEqual([]);
    expect(clean('pricing: {"salary_band":"L5","wage_type":"hourly"}')).toEqual([]);
    expect(clean('benchmark: salary=2026 rows=0')).toEqual([]);
  });

  it('finds pay after a pay word with its period and support amounts, not a payroll run total', () => {
    expect(found(`offer accepted by ${person()}: gross €54.000,00 p.a., start 2026-05-01`, '€54.000,00')).toBe(true);
    expect(found('wage order: current support $212.40 biweekly', '$212.40')).toBe(true);
    expect(clean('Payroll run PR-7 for Acme failed funding: 41 employees, gross $212,400.10, net $150,002.77')).toEqual([]);
  });

  it('finds a pay cell under a compensation column of a CSV or COPY, not an amount under a price column', () => {
    const a = pay();
    expect(found(`export preview:\nemployee_id,title,gross_pay,period\nE-88,Analyst,${a},2026-03`, a)).toBe(true);
    expect(found(`COPY pay_stub (worker_id, period, net_pay, bank_ref) FROM STDIN CSV;\nW-1,2026-03,${a},B-9`, a)).toBe(true);
    expect(clean(`orders.csv:\norder_id,sku,price,qty\nO-1,SKU-9,${a},2`)).toEqual([]);
  });

  it('finds a person under an employee column of a COPY, not a team or a company', () => {
    const p = person();
    expect(found(`COPY deductions (employee, plan, amount_pct) FROM STDIN CSV;\n"${p}",DENTAL,2`, p)).toBe(true);
    expect(clean('COPY deductions (employee, plan, amount_pct) FROM STDIN CSV;\n"Payroll Team",DENTAL,2')).toEqual([]);
  });
});

describe('round r70: payroll files', () => {
  it('finds the amount of a NACHA entry, not a prenote zero', () => {
    const amt = `000${1 + randomInt(8)}${str(DIG, 6)}`;
    const line = `627021000021${'55501234'.padEnd(17)}${amt}EMP${str(DIG, 5)}       ${upperName().padEnd(22).slice(0, 22)}0021000020000007`;
    expect(found(`ACH debit file:\n${line}`, amt)).toBe(true);
    const pre = `623021000021${'55501234'.padEnd(17)}0000000000EMP00001       ${upperName().padEnd(22).slice(0, 22)}0021000020000008`;
    expect(clean(`prenote:\n${pre}`).filter((c) => c.startsWith('nacha-entry-amount'))).toEqual([]);
  });

  it('finds the fields of a BACS Standard 18 record after a BACS line, and its payee', () => {
    const name = upperName().slice(0, 18).trimEnd();
    const num = `${str(DIG, 6)}${str(DIG, 8)}099${str(DIG, 6)}${str(DIG, 8)}    000000${1 + randomInt(8)}${str(DIG, 4)}`;
    const text = `Bacstel-IP validation report (Standard 18):\n${num}WIDGETS LTD       PAYROLL APR       ${name}`;
    expect(found(text, num)).toBe(true);
    expect(found(text, name)).toBe(true);
  });

  it('finds a CPA-005 credit record and its payee, and the fields of a BECS record', () => {
    const name = upperName();
    const fields = `0000${1 + randomInt(8)}${str(DIG, 5)}2614500${str(DIG, 8)}${str(DIG, 10)}`;
    const text = `cpa005 return file from the bank:\nD${str(DIG, 9)}${str(DIG, 4)}200${fields}                ${name}`;
    expect(found(text, fields)).toBe(true);
    expect(found(text, name)).toBe(true);
    const amount = `00000${1 + randomInt(8)}${str(DIG, 4)}`;
    const trace = `063-000${str(DIG, 9)}`;
    const aba = `1083-170${str(DIG, 9)} 53${amount}${upperName().padEnd(32).slice(0, 32)}WAGES APR 26      ${trace}WIDGETS PTY LTD 00000000`;
    expect(found(`de file:\n${aba}`, amount)).toBe(true);
    expect(found(`de file:\n${aba}`, trace)).toBe(true);
  });

  it('finds the SSN, names and amounts of a pipe contribution record and the names of an EFW2 RW record', () => {
    const s = ssn();
    const last = family().toUpperCase();
    const text = `FSA file rejected:\n${s}|${last}|${given().toUpperCase()}|EE|0000012345|ER|0000001000`;
    expect(found(text, s)).toBe(true);
    expect(found(text, last)).toBe(true);
    expect(found(text, '0000012345')).toBe(true);
    const first = given().toUpperCase();
    expect(found(`W-2 file check:\nRW${ssn()}${first.padEnd(15)}${'J'.padEnd(15)}${last.padEnd(20)}    `, first)).toBe(true);
    expect(clean('config: modes|EE|ER|NONE')).toEqual([]);
  });
});

describe('round r70: payroll and tax-filing secrets', () => {
  it('finds a Slack token in mrkdwn italics and a Modern Treasury key after its org id', () => {
    const t = `xoxb-${str(DIG, 12)}-${str(DIG, 13)}-${mix(24)}`;
    expect(found(`posted to #payroll by _${t}_`, t)).toBe(true);
    const k = `live-${mix(64)}`;
    expect(found(`http --auth ${uuid()}:${k} POST https://app.moderntreasury.com/api/expected_payments`, k)).toBe(true);
  });

  it('finds GovTalk, Vertex, CRA, Avalara and TaxJar secrets, not ids or placeholders', () => {
    const pw = `${mix(12)}!`;
    expect(found(`<IDAuthentication><Authentication><Method>clear</Method><Value>${pw}</Value></Authentication>`, pw)).toBe(true);
    expect(clean('<Authentication><Method>clear</Method><Value>********</Value></Authentication>')).toEqual([]);
    const tid = mix(14);
    expect(found(`vertex: {"trustedId": "${tid}", "companyCode": "US01"}`, tid)).toBe(true);
    const wac = `${str(UP, 2)}${str(DIG, 4)}`;
    expect(found(`T4 filing (IFT) failed: Web Access Code ${wac} locked`, wac)).toBe(true);
    const lic = `${str('0123456789ABCDEF', 7)}9C${str('0123456789ABCDEF', 7)}`;
    expect(found(`avatax.properties: avatax_license_key=${lic}`, lic)).toBe(true);
    const tj = `${str(HEX, 12)}7e${str(HEX, 18)}`;
    expect(found(`make deploy ARGS='--taxjar-token ${tj}'`, tj)).toBe(true);
    expect(clean('license key 0000000000000000 is the demo key')).toEqual([]);
  });

  it('finds stale and suffixed tokens, bare basic auth and Whoops env secrets, not dates or words', () => {
    const t = mix(40);
    expect(found(`gusto-sync: revoked access_token: ${t} (401)`, t)).toBe(true);
    expect(found(`export RIPPLING_API_TOKEN_2=${t}`, t)).toBe(true);
    const b = Buffer.from(`svc_${str(LO, 6)}:${mix(14)}`).toString('base64');
    expect(found(`partner gateway: ${b}`, b)).toBe(true);
    expect(clean('cached token (expired 2026-06-09T16:45:57.086Z): none')).toEqual([]);
    expect(clean('basic auth enabled for /admin')).toEqual([]);
    const sec = mix(40);
    expect(found(`Environment Variables\nADP_CLIENT_SECRET\t"${sec}"`, sec)).toBe(true);
  });

  it('finds a SIN after its label, an EIN in box b and a birth date in an Elixir struct', () => {
    const sin = luhnSin();
    expect(found(`ROE: SIN #${sin} rejected`, sin)).toBe(true);
    expect(clean('ROE: SIN #123 456 789 rejected')).toEqual([]);
    expect(found('W-2 preview box_b: 46-1234567 box_c: ACME', '46-1234567')).toBe(true);
    expect(found('%Employee{name: "x", dob: ~D[1984-02-29]}', '1984-02-29')).toBe(true);
  });
});

describe('round r70: names under HR keys', () => {
  it('finds names under ADP, IRS, HMRC and CRA keys, not placeholders', () => {
    const f = family();
    expect(found(`{ person: { legalName: { givenName: 'Oswin', familyName1: '${f}' } } }`, f)).toBe(true);
    expect(found(`<RecipientName><PersonNm>Isolde ${f}</PersonNm></RecipientName>`, `Isolde ${f}`)).toBe(true);
    expect(found(`<Name><Fore>Haldis</Fore><Sur>${f}</Sur></Name>`, f)).toBe(true);
    expect(found('<EMPE_NM><snm>L&#233;vesque</snm><gvn_nm>Barnaby</gvn_nm></EMPE_NM>', 'L&#233;vesque')).toBe(true);
    expect(clean('{ legalName: { givenName: \'string\', familyName1: \'null\' } }')).toEqual([]);
  });
});
