import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-coverage';
import { abaNumber, accountNumber, ibanOf, luhnCard } from '../../helpers/financial-values';
import { bsn, codiceFiscale, cpf, sin, steuerId } from '../../helpers/national-id-values';
import { fodselsnummer, hetuCode, nhsNumber, peselNumber, zaIdNumber } from '../../helpers/national-id-values-2';

/**
 * Round pf18 (before sealed blind set 18: debugging and inspection artifacts that end up in alerts:
 * database console output, REPL and debugger reprs, HAR files, packet dumps). Values are drawn per
 * run with valid checksums; each class has look-alikes that must stay unflagged.
 */
const int = (lo: number, hi: number): number => randomInt(lo, hi + 1);
const ssn = (): string => `${int(100, 665)}-${int(10, 99)}-${int(1000, 9999)}`;
const dob = (): string => `${int(1950, 2000)}-0${int(1, 9)}-${int(10, 28)}`;
const sortCode = (): string => `${int(10, 99)}-${int(10, 99)}-${int(10, 99)}`;

/** Asserts that every value is fully covered by leak findings in its text. */
function expectCovered(cases: readonly (readonly [string, ...string[]])[]): void {
  for (const [text, ...values] of cases) for (const v of values) expect(covered(text, v), `${v} in ${text}`).toBe(true);
}

/** Asserts that no leak finding is reported on any of the texts. */
function expectClean(texts: readonly string[]): void {
  for (const t of texts) expect(leaks(t).map((f) => `${f.detector}: ${t.slice(f.start, f.end)}`), t).toEqual([]);
}

describe('round pf18: database console tables read as records', () => {
  it('finds ids, dates of birth and bank details in psql aligned tables under their column names', () => {
    const [pesel, nhs, sc, acc, d] = [peselNumber(int), nhsNumber(int), sortCode(), accountNumber(8), dob()];
    expectCovered([
      [`  id | name     | pesel\n----+----------+-------------\n  7 | Jan Nowak | ${pesel}\n(1 row)`, pesel],
      [`  nhs_number | birth_date\n------------+------------\n ${nhs} | ${d}\n(1 row)`, nhs, d],
      [`      sort_code | account_number\n     -----------+----------------\n      ${sc}  | ${acc}\n(1 row)`, sc, acc],
    ]);
  });

  it('finds them in psql expanded records (both borders), MySQL boxes and markdown tables', () => {
    const [visa, cvv, hetu, steuer, fnr, aba, acct] = [luhnCard('4'), String(int(100, 999)), hetuCode(int), steuerId(), fodselsnummer(int), abaNumber(), accountNumber(10)];
    const [bs, sn, cf, za, c] = [bsn(), sin(), codiceFiscale(), zaIdNumber(int), cpf()];
    expectCovered([
      [`-[ RECORD 1 ]----+------------------\nid               | 5\ncard_number      | ${visa}\ncvv              | ${cvv}\nhetu             | ${hetu}`, visa, cvv, hetu],
      [`+-[ RECORD 1 ]---+-------------+\n| id             | 5           |\n| steuer_id      | ${steuer} |\n+----------------+-------------+`, steuer],
      [`+----+-------------+-----------+------------+\n| id | fnr         | routing   | account    |\n+----+-------------+-----------+------------+\n|  1 | ${fnr} | ${aba} | ${acct} |\n+----+-------------+-----------+------------+\n1 row in set (0.00 sec)`, fnr, aba, acct],
      [`| Field | Value |\n|-------|-------|\n| bsn | ${bs} |\n| sin | ${sn} |`, bs, sn],
      [`| id | codice_fiscale | national_id | cpf |\n| --- | --- | --- | --- |\n| 1 | ${cf} | ${za} | ${c} |`, cf, za, c],
    ]);
  });

  it('leaves tables of order numbers, timestamps, ids, masked and documentation values alone', () => {
    expectClean([
      `  id | order_no         | created_at | amount\n----+------------------+------------+--------\n  1 | 1234567812345678 | 2024-03-07 | 12.50\n  2 | 4111111111111111 | 2024-03-08 | 9.99\n(2 rows)`,
      `+----+------------+---------------------+\n| id | build      | started_at          |\n+----+------------+---------------------+\n|  1 | 4821337712 | 2024-03-07 10:22:11 |\n+----+------------+---------------------+\n1 row in set (0.00 sec)`,
      `-[ RECORD 1 ]---+---------------------\npid             | 48213\nusename         | app\nclient_port     | 54321\nbackend_start   | 2024-03-07 10:22:11`,
      `  phone           | email\n-----------------+-------------------\n +1 202-555-0143 | jane@example.com\n(1 row)`,
      `| Variable_name | Value |\n|---|---|\n| port | 3306 |\n| version | 8.0.36 |\n| server_id | 1234567890 |`,
      `  card_last4 | masked_card       | email\n-------------+-------------------+-----------\n 1234        | ************1234  | j***@x.com\n(1 row)`,
      `  id | created_at | expires_at | incident_date\n----+------------+------------+--------------\n  5 | 1984-03-07 | 2029-03-07 | 2024-01-01\n(1 row)`,
      `  trace_id                         | span_id          | duration_ms\n----------------------------------+------------------+------------\n 4bf92f3577b34da6a3ce929d0e0e4736 | 00f067aa0ba902b7 | 1733391122\n(1 row)`,
      `-[ RECORD 1 ]-+-----\ntracking_number | 1Z999AA10123456784\ninvoice_no      | 202403070001\nversion         | 10.2.3.4`,
    ]);
  });
});

describe('round pf18: dates of birth as REPLs, debuggers and drivers print them', () => {
  it('finds wrapped dates under birth keys, whole', () => {
    const y = int(1950, 2000);
    const [m, d] = [int(1, 12), int(1, 28)];
    const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    expectCovered([
      [`vars: {'ssn': '${ssn()}', 'dob': datetime.date(${y}, ${m}, ${d})}`, `datetime.date(${y}, ${m}, ${d})`],
      [`User(name='Jane', birth_date=datetime.datetime(${y}, ${m}, ${d}, 0, 0))`, `datetime.datetime(${y}, ${m}, ${d}, 0, 0)`],
      [`{ _id: ObjectId("6571a2b3c4d5e6f708192a3b"), dob: ISODate("${iso}T00:00:00Z") }`, `ISODate("${iso}T00:00:00Z")`],
      [`{"birthDate": {"$date": "${iso}T00:00:00.000Z"}}`, `{"$date": "${iso}T00:00:00.000Z"}`],
      [`#<User id: 9, date_of_birth: Wed, 07 Mar ${y}>`, `Wed, 07 Mar ${y}`],
      [`customer.birth_date = Date.new(${y}, ${m}, ${d})`, `Date.new(${y}, ${m}, ${d})`],
      [`Person[name=Jane, dob=LocalDate.of(${y}, ${m}, ${d})]`, `LocalDate.of(${y}, ${m}, ${d})`],
      [`birthdate: Timestamp('${iso} 00:00:00')`, `Timestamp('${iso} 00:00:00')`],
      [`:dob => #<Date: ${iso} ((2445767j,0s,0n),+0s,2299161j)>`, `#<Date: ${iso} ((2445767j,0s,0n),+0s,2299161j)>`],
      [`main.User{Name:Jane DOB:time.Date(${y}, time.March, ${d}, 0, 0, 0, 0, time.UTC)}`, `time.Date(${y}, time.March, ${d}, 0, 0, 0, 0, time.UTC)`],
      [`{"dateOfBirth": "/Date(${Date.UTC(y, m - 1, d)})/"}`, `/Date(${Date.UTC(y, m - 1, d)})/`],
    ]);
  });

  it('leaves wrapped dates under other keys, and impossible ones, alone', () => {
    expectClean([
      'created_at: datetime.date(1984, 3, 7)',
      '{ expiresAt: ISODate("1984-03-07T00:00:00Z"), updatedAt: ISODate("2024-03-07T00:00:00Z") }',
      'dob: datetime.date(2031, 3, 7)',
      'dob: datetime.date(1984, 13, 40)',
      'incident_date = Date.new(2024, 1, 1)',
      '{"createdAt": "/Date(447120000000)/", "Expiry": time.Date(1984, time.March, 7, 0, 0, 0, 0, time.UTC)}',
    ]);
  });
});

describe('round pf18: parameter lists (HAR, Postman) named field by field', () => {
  it('finds values beside their names, on one line and over two', () => {
    const [s, pesel, sc, acc, aba, acct, d] = [ssn().replace(/-/g, ''), peselNumber(int), sortCode(), String(int(10000000, 99999999)), abaNumber(), accountNumber(10), dob()];
    const phone = `030 ${int(1000000, 9999999)}`;
    const pretty = (name: string, value: string): string => `            {\n              "name": "${name}",\n              "value": "${value}"\n            }`;
    expectCovered([
      [`"params": [\n${pretty('ssn', s)},\n${pretty('pesel', pesel)},\n${pretty('dob', d)},\n${pretty('phone', phone)}\n          ]`, s, pesel, d, phone],
      [`"params": [\n${pretty('sort_code', sc)},\n${pretty('account_number', acc)}\n]`, sc, acc],
      [`"params":[{"name":"routing_number","value":"${aba}"},{"name":"account_number","value":"${acct}"}]`, aba, acct],
      [`"params":[{"name":"sort_code","value":"${sc}"},{"name":"account_number","value":"${acc}"}]`, sc, acc],
      [`"urlencoded": [{"key": "sort_code", "value": "${sc}"}]`, sc],
    ]);
  });

  it('leaves headers, env entries and other parameters alone', () => {
    expectClean([
      `"headers": [\n  {\n    "name": "X-Request-Id",\n    "value": "4bf92f3577b34da6a3ce929d0e0e4736"\n  },\n  {\n    "name": "Content-Length",\n    "value": "1733391122"\n  }\n]`,
      `"env": [{"name": "PORT", "value": "8080"}, {"name": "BUILD_NUMBER", "value": "482133771"}, {"name": "STARTED_AT", "value": "2024-03-07"}]`,
      `"params": [{"name": "order_id", "value": "1234567812345678"}, {"name": "created_at", "value": "1984-03-07"}]`,
      `"params": [{"name": "email", "value": "noreply@shop.io"}, {"name": "phone", "value": "+1 202-555-0143"}]`,
    ]);
  });
});

describe('round pf18: packet dumps (tcpdump -A) print unprintable bytes as dots before a value', () => {
  it('finds e-mail addresses, phones and cards right after a run of dots', () => {
    const email = `anna.k${int(10, 99)}@firma.de`;
    const phone = `+4915${int(100000000, 999999999)}`;
    const visa = luhnCard('4');
    expectCovered([
      [`0x0050:  ....${email}..${phone}....`, email, phone],
      [`E..<..@.@..........P..${email}`, email],
      [`..........${visa}..12/29..`, visa],
    ]);
  });

  it('does not take a dot-led or dotted look-alike for one', () => {
    expectClean([
      'a...b.@host.local',
      '..user..name@corp',
      'version 1.2..4111111111111112 build',
      'E..4.F@.@.......4000 0034 1c46',
      '..noreply@shop.io..',
    ]);
  });
});

describe('round pf18: REPL, debugger and inspection dumps already covered stay covered', () => {
  it('finds values in Go, Java, Ruby, Elixir, Erlang, mongosh, logcat, environ and ps output', () => {
    const [s, visa, iban, d] = [ssn(), luhnCard('4'), ibanOf('DE', false), dob()];
    const email = `jane.doe${int(10, 99)}@corp-mail.de`;
    const phone = `+447${int(100000000, 999999999)}`;
    expectCovered([
      [`{Name:Jane Phone:${phone} IBAN:${iban} SSN:${s}}`, phone, iban, s],
      [`Customer{ssn=${s}, cardNumber=${visa}, dateOfBirth=${d}}`, s, visa, d],
      [`#<Customer id: 5, iban: "${iban}", birth_date: "${d}">`, iban, d],
      [`%User{email: "${email}", ssn: "${s}", birth_date: ~D[${d}]}`, email, s, d],
      [`#{ssn => <<"${s}">>, email => <<"${email}">>}`, s, email],
      [`D/ProfileVM: Profile(email=${email}, phone=${phone})`, email, phone],
      [`PATH=/usr/bin\u0000ADMIN_EMAIL=${email}\u0000ADMIN_SSN=${s}\u0000`, email, s],
      [`HOME=/root^@USER_EMAIL=${email}^@CARD=${visa}^@`, email, visa],
      [`root  1234  0.0  0.1 node seed.js --email ${email} --phone ${phone} --iban ${iban}`, email, phone, iban],
    ]);
  });
});
