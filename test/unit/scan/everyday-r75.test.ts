import { describe, expect, it } from 'vitest';
import { DIG, aba, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r75 (blind set 75: hostile bodies and every encoding): secrets, names and bank numbers in HTML key/value
 * cells and form fields, quoted header-less bank rows, harvester-proof e-mail addresses, shell `'"'"'` quoting, CSV
 * doubled quotes, SSM SecureString values, `AUTH` commands, multipart name fields, mixed-separator cards, prose CVCs,
 * compound SSN keys, underscored names under name keys and SCIM/OData filters — in contexts other than the set's;
 * beside them the look-alikes that stay clean. (The decoded views are tested in test/unit/ingest/.)
 */
const { found, clean } = everydayProbe();

/** A Luhn-valid Mastercard number. */
function mastercard(): string {
  const body = `5${randomInt(5) + 1}${str(DIG, 13)}`;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let d = Number(body[14 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

describe('round r75: keys in markup and rows', () => {
  it('finds a secret, a name and bank numbers in HTML cells, not harmless settings', () => {
    const a = mix(36);
    expect(found(`<table><tr><th>API_TOKEN</th><td><code>${a}</code></td></tr></table>`, a)).toBe(true);
    const n = person();
    expect(found(`<dl><dt>Cardholder</dt><dd>${n}</dd><dt>Status</dt><dd>declined</dd></dl>`, n)).toBe(true);
    const r = aba();
    expect(found(`<tr><td>ABA routing</td><td>${r}</td></tr>`, r)).toBe(true);
    const acct = str(DIG, 10);
    expect(found(`<tr><td>Account number</td><td>${acct}</td></tr>`, acct)).toBe(true);
    expect(clean('<table><tr><td>LOG_LEVEL</td><td>debug</td></tr><tr><td>cache_key</td><td>user:profile:v2:8812</td></tr></table>')).toEqual([]);
    expect(clean('<tr><td>password</td><td>********</td></tr><tr><td>Token</td><td>[REDACTED]</td></tr>')).toEqual([]);
    expect(clean('<dl><dt>Product name</dt><dd>Northwind Espresso</dd><dt>Account type</dt><dd>123456789</dd></dl>')).toEqual([]);
  });

  it('finds the fields of a quoted bank row, not a row without a valid routing number', () => {
    const n = person();
    const r = aba();
    const a = str(DIG, 11);
    const row = `vendor_payouts.csv line 7:\n"${n}","${r}","${a}","88.10","CCD"`;
    expect(found(row, n) && found(row, r) && found(row, a)).toBe(true);
    expect(clean('orders.csv line 7:\n"Espresso Beans","123456789","4400012","88.10","SHIP"')).toEqual([]);
    expect(clean(`export:\n"Status Report","${'1'.repeat(9)}","20260101","1.00","OK"`)).toEqual([]);
  });

  it('finds a harvester-proof e-mail address, not prose with "at"', () => {
    const e = `${given().toLowerCase()}.${family().toLowerCase()} [at] fastmail [dot] com`;
    expect(found(`Please write to ${e} before Friday.`, e)).toBe(true);
    const f = `${given().toLowerCase()}${randomInt(99)}(at)example.org`;
    expect(found(`contact: ${f}`, f)).toBe(true);
    expect(clean('meet me at the office at noon, dot the i and cross the t')).toEqual([]);
  });
});

describe('round r75: quoting that hid a secret', () => {
  it("finds a secret in a shell value with '\\'' quoting, not a harmless one", () => {
    const a = `${mix(7)}'\\''${mix(7)}`;
    expect(found(`+ PGPASSWORD='${a}' psql -h db -U app`, a)).toBe(true);
    expect(clean(`+ MESSAGE='it'"'"'s done' ./notify.sh`)).toEqual([]);
  });

  it('finds a password with doubled quotes in a CSV cell under its column, not a note', () => {
    const a = `${mix(8)}""${mix(8)}`;
    expect(found(`import failed\nemail,password,role\n"ops@example.org","${a}","admin"`, a)).toBe(true);
    expect(clean('import failed\nemail,note,role\n"ops@example.org","said ""hello"" twice","admin"')).toEqual([]);
  });

  it('finds an SSM SecureString value, not a String parameter', () => {
    const a = `${mix(20)}#`;
    expect(found(`resource "aws_ssm_parameter" "api" {\n  name = "/stage/api/key"\n  type = "SecureString"\n  value = "${a}"\n}`, a)).toBe(true);
    expect(clean('resource "aws_ssm_parameter" "region" {\n  name = "/stage/region"\n  type = "String"\n  value = "eu-central-1"\n}')).toEqual([]);
  });

  it('finds a password in an AUTH command, not AUTH PLAIN or an error word', () => {
    const a = mix(20);
    expect(found(`smtp debug: >>> AUTH ${a}\r\n<<< 235 ok`, a)).toBe(true);
    expect(clean('smtp: AUTH FAILED for mailbox\n>>> AUTH LOGIN\r\n')).toEqual([]);
  });

  it('finds a secret or CVC in an HTML form field, not a CSRF token or a quantity', () => {
    const a = mix(40);
    expect(found(`<input type="hidden" name="api_key" value="${a}">`, a)).toBe(true);
    const c = String(100 + randomInt(899));
    expect(found(`<input name="cvv2" value="${c}" autocomplete="off">`, c)).toBe(true);
    expect(clean(`<input type="hidden" name="csrf_token" value="${mix(40)}"><input name="qty" value="120">`)).toEqual([]);
  });

  it('finds a name in a multipart part named for it, not a product title', () => {
    const n = person();
    expect(found(`--XyZ\r\nContent-Disposition: form-data; name="full_name"\r\n\r\n${n}\r\n--XyZ--`, n)).toBe(true);
    expect(clean('--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nQuarterly Report\r\n--XyZ--')).toEqual([]);
  });
});

describe('round r75: plain-but-hostile spellings', () => {
  it('finds a card with mixed separators and a CVC in prose, not a version or a quantity', () => {
    const c = mastercard();
    const typed = `${c.slice(0, 4)}.${c.slice(4, 8)} ${c.slice(8, 12)}-${c.slice(12)}`;
    expect(found(`ticket: card ${typed} keeps failing`, typed)).toBe(true);
    const v = String(100 + randomInt(899));
    expect(found(`caller said the cvc is ${v} and expiry 08/29`, v)).toBe(true);
    expect(clean('build 2026.1201 1530-0001 done, cvv is required on the form')).toEqual([]);
  });

  it('finds an SSN under a compound key, not a number under another key', () => {
    expect(found('hr sync: ssn_last_verified=2026 ssn_on_record=287654320', '287654320')).toBe(true);
    expect(clean('hr sync: ssn_count=123456789 ssn_hash=987654321')).toEqual([]);
  });

  it('finds an underscored name under a name key, not a plan or a handle', () => {
    const n = `${given().toLowerCase()}_${family().toLowerCase()}`;
    expect(found(`statsd tags: patient_name:${n},ward:3`, n)).toBe(true);
    expect(clean('tags: plan_name:gold_annual, service_name:billing_api, customer=enterprise_plan')).toEqual([]);
  });

  it('finds a name in a SCIM or OData filter, not a status', () => {
    const f = family();
    expect(found(`GET /odata/People?$filter=LastName eq '${f}'&$top=5`, f)).toBe(true);
    expect(clean('GET /scim/v2/Users?filter=active eq "true" and userType eq "Employee"')).toEqual([]);
  });
});
