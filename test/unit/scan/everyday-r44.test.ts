import { describe, expect, it } from 'vitest';
import { DIG, str, UP, everydayProbe, mix, given, family, aba } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r44 (blind set 44: insurance, real estate, property management and legal): physical access
 * codes, coordinates, SMTP app passwords, Erlang cookies, HMAC and jwt.sign secrets, PACER tokens,
 * SQL Server and settings-table passwords, refresh tokens, XML licences, NIEM ids, `aba`+`number`
 * pairs and party names — in contexts other than the set's, values drawn at test time; beside them
 * the look-alikes that stay clean.
 */
const { found, clean, by } = everydayProbe();

/** A code of `n` digits that is no run or sequence. */
const code = (n: number): string => `${1 + randomInt(4)}${6 + randomInt(4)}${str(DIG, n - 2)}`;

describe('round r44: physical access codes', () => {
  it('finds lockbox, keypad, alarm and building-entry codes in notes, texts and JSON', () => {
    const a = `${code(4)}#`;
    const t1 = `Showing feedback: SentriLock on the back door, CBS code ${a} — please re-lock.`;
    expect(found(t1, a), t1).toBe(true);
    const b = code(6);
    const t2 = `Vendor note: key safe by the meter, combination ${b}; alarm panel in the hall.`;
    expect(found(t2, b), t2).toBe(true);
    const c = `${code(4)}*`;
    const t3 = `Pet sitter: disarm at the keypad with PIN ${c} then feed the cat`;
    expect(found(t3, c), t3).toBe(true);
    const d = code(5);
    const t4 = `Building entry (Latch): ${d}\nParking: level 2`;
    expect(found(t4, d), t4).toBe(true);
    const e = `${str(UP, 2)}${code(4)}`;
    const t5 = `{"recipient":{"name":"Unit 4","accessCode":"${e}","authMethod":"code"}}`;
    expect(found(t5, e), t5).toBe(true);
    const f = code(6);
    const t6 = `POST /access_codes/update {"access_code_id":"ac_1","code":"${f}"}`;
    expect(found(t6, f), t6).toBe(true);
  });
  it('leaves error codes, years, sequences and placeholders alone', () => {
    expect(clean('CloudWatch alarm HighLatency fired, error code 5003 in us-east-1').filter((x) => x.startsWith('physical'))).toEqual([]);
    expect(clean('Lockbox installed 2024, code 1234 for the demo unit')).toEqual([]);
    expect(clean('keypad firmware 2.3; reset PIN 0000 to factory')).toEqual([]);
    expect(clean('{"accessCode":"required","authMethod":"sms"}')).toEqual([]);
    expect(by('door code: ####', 'physical-access-code')).toBe(false);
  });
});

describe('round r44: coordinates, mail app passwords, Erlang cookies, HMAC and JWT secrets', () => {
  it('finds coordinates under a location key', () => {
    const v = `${30 + randomInt(15)}.${str(DIG, 6)}, -${80 + randomInt(30)}.${str(DIG, 6)}`;
    const t = `{"driver":"d-19","lastLocation":"${v}","speed":0}`;
    expect(found(t, v), t).toBe(true);
    const t2 = `site.geo = ${v}`;
    expect(found(t2, v), t2).toBe(true);
  });
  it('leaves versions, amounts and out-of-range pairs alone', () => {
    expect(clean('location: 1.2345, 2.3456 (build numbers)').filter((x) => x.startsWith('geo'))).toEqual([]);
    expect(clean('geo=95.123456, 200.123456')).toEqual([]);
    expect(clean('Location: https://example.com/a?b=1')).toEqual([]);
  });
  it('finds 16-letter mail app passwords, grouped or not', () => {
    const v = `${str('abcdefgh', 4)} ${str('ijklmnop', 4)} ${str('qrstuvwx', 4)} ${str('abcdwxyz', 4)}`;
    const t = `MAIL_PASSWORD="${v}"`;
    expect(found(t, v), t).toBe(true);
    const w = v.replace(/ /g, '');
    const t2 = `smtp.pass: ${w}`;
    expect(found(t2, w), t2).toBe(true);
  });
  it('leaves words and empty mail passwords alone', () => {
    expect(clean('spring.mail.password=changemechangeme')).toEqual([]);
    expect(clean('smtp_password_field=passwordpassword')).toEqual([]);
  });
  it('finds Erlang cookies, HMAC keys in env files and literal jwt.sign secrets', () => {
    const cookie = str(UP, 20);
    const t = `docker run -e RABBITMQ_ERLANG_COOKIE='${cookie}' rabbitmq:3`;
    expect(found(t, cookie), t).toBe(true);
    const h = `${mix(43, '+/')}=`;
    const t2 = `export STRIPE_RELAY_HMAC_SECRET=${h}`;
    expect(found(t2, h), t2).toBe(true);
    const j = mix(32);
    const t3 = `token = jwt.encode({"sub": uid}, "${j}", algorithm="HS256")`;
    expect(found(t3, j), t3).toBe(true);
  });
  it('leaves cookie placeholders, HMAC algorithm names and env-loaded jwt secrets alone', () => {
    expect(clean('erlangCookie: ${RABBITMQ_COOKIE}')).toEqual([]);
    expect(clean('SIGNATURE_HMAC=sha256')).toEqual([]);
    expect(clean("jwt.sign(payload, process.env.JWT_SECRET, { algorithm: 'HS256' })")).toEqual([]);
    expect(clean("jwt.sign(payload, 'secret', { algorithm: 'HS256' })")).toEqual([]);
  });
});

describe('round r44: court, SQL Server and token-store secrets', () => {
  it('finds PACER tokens, linked-server and settings-table passwords, refresh tokens, XML licences', () => {
    const cso = mix(128);
    const t = `curl -b "NextGenCSO=${cso}" https://ecf.dcd.uscourts.gov/cgi-bin/iquery.pl`;
    expect(found(t, cso), t).toBe(true);
    const p = `${mix(10)}$`;
    const t2 = `EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname=N'ORA1', @useself=N'False', @rmtuser=N'rpt', @rmtpassword=N'${p}'`;
    expect(found(t2, p), t2).toBe(true);
    const q = `${mix(12)}!`;
    const t3 = `UPDATE [config] SET [Value] = N'${q}' WHERE [Key] = 'Smtp.ApiToken'`;
    expect(found(t3, q), t3).toBe(true);
    const r = mix(56, '-_');
    const t4 = `HGET oauth:42 → {"access":"short","refresh":"${r}","exp":1790000000}`;
    expect(found(t4, r), t4).toBe(true);
    const l = `${mix(64, '+/')}==`;
    const t5 = `<Credentials><Vendor>acme</Vendor><ProductLicense>${l}</ProductLicense></Credentials>`;
    expect(found(t5, l), t5).toBe(true);
  });
  it('leaves non-secret settings, short refresh flags and licence names alone', () => {
    expect(clean("UPDATE dbo.Settings SET Value = 'true' WHERE Name = 'RequirePassword'")).toEqual([]);
    expect(clean("UPDATE dbo.Settings SET Value = 'smtp.example.com' WHERE Name = 'SmtpHost'")).toEqual([]);
    expect(clean('{"refresh":"daily","interval":30}')).toEqual([]);
    expect(clean('<License>MIT</License><LicenseUrl>https://opensource.org/licenses/MIT</LicenseUrl>')).toEqual([]);
    expect(clean('@odata.nextLink=https://api.example.org/v2/Property?$skiptoken=eyJwYWdlIjozLCJzb3J0IjoiTW9kaWZpZWQifQ==&$top=100')).toEqual([]);
  });
});

describe('round r44: NIEM ids and bank numbers beside an aba key', () => {
  it('finds NIEM birth dates and licence ids, and an account number beside an aba key', () => {
    const dob = `19${50 + randomInt(40)}-0${1 + randomInt(9)}-1${randomInt(9)}`;
    const t = `<nc:Person>\n  <nc:PersonBirthDate>\n    <nc:Date>${dob}</nc:Date>\n  </nc:PersonBirthDate>\n</nc:Person>`;
    expect(found(t, dob), t).toBe(true);
    const dl = `${str(UP, 1)}${str(DIG, 8)}`;
    const t2 = `<j:DriverLicenseIdentification><nc:IdentificationID>${dl}</nc:IdentificationID></j:DriverLicenseIdentification>`;
    expect(found(t2, dl), t2).toBe(true);
    const acct = `${1 + randomInt(9)}${str(DIG, 10)}`;
    const t3 = `{"payout":{"number":"${acct}","aba":"${aba()}","type":"savings"}}`;
    expect(found(t3, acct), t3).toBe(true);
  });
  it('leaves numbers beside an invalid aba and NIEM document dates alone', () => {
    expect(clean('{"aba":"123456789","number":"55501234"}').filter((x) => x.startsWith('bank-number'))).toEqual([]);
    expect(by('<nc:DocumentFiledDate><nc:Date>2024-05-01</nc:Date></nc:DocumentFiledDate>', 'niem-birth-date')).toBe(false);
  });
});

describe('round r44: party names', () => {
  it('finds names under claim, loan and case party labels and beside a tenant contact', () => {
    const n = `${given()} ${str(UP, 1)}. ${family()}`;
    const t = `Loss run export — Named insured: ${n}  Carrier: Great Lakes`;
    expect(found(t, n), t).toBe(true);
    const m = `${given()}+${family()}`;
    const t2 = `POST /loan/apply co_borrower_name=${m}&income=5400`;
    expect(found(t2, m), t2).toBe(true);
    const d = `${given()} ${family()}`;
    const t3 = `Estate of decedent: ${d}, probate no. 24-PR-118`;
    expect(found(t3, d), t3).toBe(true);
    const o = `${given()} ${family()}`;
    const t4 = `Lease renewal — tenant: ${o} — text 614-882-${str(DIG, 4)} with questions`;
    expect(found(t4, o), t4).toBe(true);
    const w = `${given()} ${family()}`;
    const t6 = `Push sent: "Welcome back, ${w}! Your renewal quote is ready."`;
    expect(found(t6, w), t6).toBe(true);
    const g = `${given()} ${str(UP, 1)}. ${family()}`;
    const t5 = `Dear ${g},\nYour escrow analysis is attached.`;
    expect(found(t5, g), t5).toBe(true);
  });
  it('leaves companies, placeholders and tenants without contacts alone', () => {
    expect(clean('Claimant: Unknown Party  Status: open')).toEqual([]);
    expect(clean('tenant: Northwind Traders plan=enterprise seats=40')).toEqual([]);
    expect(clean('Named insured: Acme Holdings LLC, policy BOP-100')).toEqual([]);
    expect(clean('Plaintiff: John Doe, case pending')).toEqual([]);
    expect(clean('Welcome back, Team Lead! Dashboard loaded.')).toEqual([]);
  });
});
