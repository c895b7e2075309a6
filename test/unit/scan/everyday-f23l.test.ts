import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { createPrefilter } from '../../../src/scan/prefilter';
import { rng } from './sample-rng';
import { aba23l, mixed23l, sin23l, ssn23l, visa23l, nachaEntry23l } from './generators-f23l';

const scanner = createScanner({ cleanTexts: false });
const r = rng(randomInt(1 << 30));
const GIVEN = ['Oluwaseun', 'Margit', 'Teodoro', 'Inès', 'Halvard', 'Yusuf', 'Brígida', 'Keanu', 'Siobhán'];
const FAMILY = ['Achterberg', 'Okonkwo', 'Villanueva', 'Lindahl', 'Faraday', 'Sørlie', 'Baptiste', 'Dubois'];
const pick = <T>(a: readonly T[]): T => a[randomInt(a.length)]!;
/** A random title-case person's name, sometimes with a family-name particle. */
const person = (): string => `${pick(GIVEN)} ${randomInt(4) === 0 ? 'van der ' : ''}${pick(FAMILY)}`;
const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');
const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[randomInt(16)]).join('');
const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
const b62 = (n: number): string => mixed23l(r, n);

/** True when the leak findings of `text` cover all of `value`. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).some((f) => isLeak(f) && f.start <= at && f.end >= at + value.length);
}
/** The leak findings of `text` as `detector:value`. */
const leaks = (text: string): string[] => scanner.scan(text).filter(isLeak).map((f) => `${f.detector}:${text.slice(f.start, f.end)}`);
const expectCovered = (cases: readonly (readonly [string, string])[]): void => {
  for (const [t, v] of cases) expect({ t, ok: covered(t, v) }).toEqual({ t, ok: true });
};
const expectNone = (texts: readonly string[], re: RegExp): void => {
  for (const t of texts) expect({ t, found: leaks(t).filter((l) => re.test(l)) }).toEqual({ t, found: [] });
};

describe('round f23l: person names bound beside an identifier', () => {
  it('finds a name bound in SQL beside an SSN, a card or an e-mail (Hibernate, Laravel, Rails, bind lists)', () => {
    for (let i = 0; i < 5; i++) {
      const n = person();
      const ssn = ssn23l(r);
      expectCovered([
        [`o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [${n}]\no.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${ssn}]`, n],
        [`o.h.t.d.s.BasicBinder : binding parameter [1] as [VARCHAR] - [user${digits(3)}@mailbox.org]\no.h.t.d.s.BasicBinder : binding parameter [2] as [NVARCHAR] - [${n}]`, n],
        [`SQLSTATE[22001]: String data, right truncated (SQL: insert into \`orders\` (\`customer_name\`, \`card_number\`) values ('${n}', '${visa23l(r)}'))`, n],
        [`ActiveRecord::NotNullViolation: PG::NotNullViolation  INSERT INTO "patients" ("full_name", "ssn") VALUES ($1, $2)  [["full_name", "${n}"], ["ssn", "${ssn}"]]`, n],
        [`Sequel::DatabaseError: insert failed  bind => ['${n}', 'pat${digits(2)}@example-mail.net', '${ssn}']`, n],
      ]);
    }
  });

  it('finds a birth date bound as a DATE parameter beside an SSN', () => {
    const dob = `19${randomInt(40, 99)}-0${randomInt(1, 10)}-2${randomInt(0, 9)}`;
    const t = `BasicBinder : binding parameter [1] as [VARCHAR] - [${ssn23l(r)}]\nBasicBinder : binding parameter [2] as [DATE] - [${dob}]`;
    expectCovered([[t, dob], [`BasicBinder : binding parameter [3] as [DATE] - [${dob}]\nBasicBinder : binding parameter [4] as [VARCHAR] - [${person()}]\nBasicBinder : binding parameter [5] as [VARCHAR] - [${ssn23l(r)}]`, dob]]);
  });

  it('finds a holder name beside a card number, a wallet address or an e-mail', () => {
    for (let i = 0; i < 5; i++) {
      const n = person();
      expectCovered([
        [`main.CRITICAL: authorize(): timeout {"additional_information":{"cc_number":"${visa23l(r)}","cc_owner":"${n}","cc_type":"VI"}}`, n],
        [`BitPayException: payout={"amount":75,"notificationEmail":"p${digits(4)}@yahoo.co.uk","label":"${n}","address":"0x${hex(40)}"}`, n],
        [`card declined: {"card_holder_name":"${n}","pan":"${visa23l(r)}"}`, n],
        [`Ticket create failed: {"comment":{"body":"Customer ${n} (+48 ${digits(3)} ${digits(3)} ${digits(3)}) called about order"}}`, n],
        [`note: patient ${n} <p${digits(3)}@mailbox.org> asked for a copy`, n],
      ]);
    }
  });

  it('no alarm on a name alone, on product and company names beside identifiers, or on names in unrelated binds', () => {
    const ssn = ssn23l(r);
    expectNone([
      `binding parameter [1] as [VARCHAR] - [${person()}]\nbinding parameter [2] as [BIGINT] - [${digits(6)}]`,
      `insert into products (name, sku) values ('Premium Monthly', '${digits(16)}')`,
      `insert into vendors (name, email) values ('Acme Holdings', 'ops@acme.io')`,
      `{"cc_owner":"Test Customer","cc_number":"4111111111111111"}`,
      `{"label":"Cold Storage","address":"0x${hex(40)}"}`,
      `Customer Success (+1 415 555 0100) replied`,
      `greeting: 'Hello World', '${ssn}'`,
      `{"label":"${person()}","color":"blue"}`,
    ], /person-name/);
  });
});

describe('round f23l: phone numbers as plain arguments', () => {
  it('finds a mobile number without + passed to an SMS call or in a recipient list', () => {
    for (let i = 0; i < 5; i++) {
      const nl = `316${digits(8)}`;
      const uk = `447${randomInt(1, 10)}${digits(8)}`;
      const de = `4915${randomInt(1, 8)}${digits(8)}`;
      expectCovered([
        [`MessageBird::Client.new(ENV["MB"]).message_create("Acme", "${nl}", "Uw pakket")`, nl],
        [`client.send_sms('ACME', '${uk}', 'Your code is ${digits(6)}')`, uk],
        [`$sms->send_sms("${de}", $text) failed`, de],
        [`POST /messages {"originator":"Acme","recipients":["${nl}","${uk}"]} -> 422`, uk],
        [`POST /messages {"originator":"Acme","recipients":["${nl}","${uk}"]} -> 422`, nl],
        [`sms.send(destinations=[${de}])`, de],
      ]);
    }
  });

  it('no alarm on order numbers, timestamps or short codes in the same places', () => {
    expectNone([
      // Not any 12 digits: about 1 random draw in 40 is a valid mobile number with its country code (52 1…, 91 9…, 62 8…), rightly a recipient.
      `message_create("Acme", "10${digits(10)}", "body")`,
      `{"recipients":[20241201120000, 4711]}`,
      `send_message(chat_id=${digits(12)}, text="hi")`,
      `{"recipients":["group-${digits(4)}"]}`,
    ], /sms-recipient/);
  });
});

describe('round f23l: national ids typed by a sibling field', () => {
  it('finds a SIN, SSN or NINO whose type is named beside it (ADP, idType, type/value)', () => {
    const sin = sin23l(r);
    const ssn = ssn23l(r);
    expectCovered([
      [`ADP worker import failed: {"person":{"governmentIDs":[{"idValue":"${sin}","nameCode":{"codeValue":"SIN"}}]}}`, sin],
      [`{"identifiers":[{"idType":"SSN","idNumber":"${ssn}"}]}`, ssn],
      [`{"documents":[{"value":"${sin.replace(/-/g, ' ')}","type":"SIN"}]}`, sin.replace(/-/g, ' ')],
      [`{"governmentIDs":[{"nameCode":{"codeValue":"SSN"},"idValue":"${ssn}"}]}`, ssn],
    ]);
  });

  it('no alarm when the sibling type names no id, or the value fails its check', () => {
    const bad = `${digits(3)}-${digits(3)}-${digits(3)}`.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    expectNone([
      `{"idValue":"${digits(9)}","nameCode":{"codeValue":"EMPLOYEE"}}`,
      `{"type":"order","value":"${digits(11)}"}`,
      `{"type":"mobile","value":"${digits(11)}"}`,
    ], /typed-sibling/);
    // A SIN with a wrong Luhn digit is no SIN (only one of the ten last digits passes).
    const found = leaks(`{"idValue":"${bad}","nameCode":{"codeValue":"SIN"}}`).filter((l) => /typed-sibling/.test(l));
    expect(found.length).toBeLessThanOrEqual(1);
  });
});

describe('round f23l: NACHA entry-detail records read by position', () => {
  it('finds the routing and account numbers of a 94-character type-6 record, and in a file with its headers', () => {
    for (let i = 0; i < 5; i++) {
      const routing = aba23l(r);
      const account = digits(randomInt(6, 17));
      const line = nachaEntry23l(r, routing, account);
      expect(line).toHaveLength(94);
      const logged = `ach-origination: bank rejected file ACME_PPD.txt (R03) offending record:\n${line}\n`;
      const file = `101 ${aba23l(r)} ${digits(9)}2612011200A094101FIRST BANK             ACME CORP\n5200ACME CORP                           ${digits(10)}PPDPAYROLL\n${line.slice(0, 90)}\n`;
      expectCovered([[logged, routing], [logged, account], [file, routing], [file, account]]);
    }
  });

  it('finds a record at the very start of a text and after a CRLF; the prefilter wakes no NACHA detector for 622 inside a line', () => {
    const routing = aba23l(r);
    const account = digits(10);
    const line = nachaEntry23l(r, routing, account);
    expectCovered([[line, routing], [line, account], [`rejected:\r\n${line}\r\n`, account]]);
    const prefilter = createPrefilter(DEFAULT_DETECTORS);
    const nacha = new Set(DEFAULT_DETECTORS.flatMap((d, i) => (d.id.startsWith('nacha-entry') ? [i] : [])));
    const woken = (text: string): boolean => prefilter.windows(text).some((w) => w.detectors.some((d) => nacha.has(d)));
    expect(woken(`trace_id=${digits(5)}622${digits(11)} span_id=627${digits(15)}\n x 638${digits(20)}`)).toBe(false);
    expect(woken(`header\n${line}`)).toBe(true);
    expect(woken(line)).toBe(true);
  });

  it('no alarm on lines that start with 6 and digits but are no entry record', () => {
    expectNone([
      `${'6'}22${digits(9)}${digits(8)} INFO worker started`,
      `627${digits(30)}`,
      `6321234567891234567890123456789 short line`,
    ], /nacha-entry/);
  });
});

describe('round f23l: provider credentials', () => {
  it('finds Amazon LWA tokens whole (plain, quoted, escaped, URL-encoded)', () => {
    const tail = `IwEBI${b62(200)}-_${b62(40)}`;
    expectCovered([
      [`refresh_token=Atzr|${tail}\n`, `Atzr|${tail}`],
      [`{"refresh_token":"Atzr|${tail}","client_id":"amzn1.application-oa2-client.${hex(32)}"}`, `Atzr|${tail}`],
      [`Authorization: Bearer Atza|${tail}`, `Atza|${tail}`],
      [`grant_type=refresh_token&refresh_token=Atzr%7C${tail}&client_id=x`, `Atzr%7C${tail}`],
    ]);
  });

  it('finds Marketo access tokens, MessageBird keys, Coinbase Commerce keys, PagerDuty keys', () => {
    const tok = `${uuid()}:${pick(['ab', 'sj', 'lon'])}`;
    const mb = b62(25);
    const cc = uuid();
    const pd = `${b62(7)}+${b62(10)}_1`;
    const rk = hex(32);
    expectCovered([
      [`WARN [marketo-sync] MarketoClient: falling back to cached token ${tok}`, tok],
      [`GET https://123-ABC-456.mktorest.com/rest/v1/leads.json?access_token=${tok}&filterType=email`, tok],
      [`{"access_token":"${tok}","token_type":"bearer","expires_in":3599,"scope":"api@acme.com"}`, tok],
      [`curl -H "Authorization: AccessKey ${mb}" https://rest.messagebird.com/balance`, mb],
      [`MessageBird::Client.new('${mb}').balance`, mb],
      [`curl https://api.commerce.coinbase.com/charges -H "X-CC-Api-Key: ${cc}"`, cc],
      [`headers={'X-CC-Api-Key': '${cc}', 'X-CC-Version': '2018-03-22'}`, cc],
      [`SignatureVerificationError (webhook shared secret ${cc})`, cc],
      [`session = pdpyras.APISession('${pd}')`, pd],
      [`events.enqueue routing_key=${rk} event_action=trigger`, rk],
      [`{"routing_key":"${rk}","event_action":"trigger","payload":{}}`, rk],
    ]);
  });

  it('finds HTTP Basic credentials whose user is an API key and whose password is x or empty', () => {
    const key = hex(40);
    for (const pw of ['x', 'X', '']) {
      const b = Buffer.from(`${key}:${pw}`).toString('base64');
      expectCovered([
        [`request.headers.authorization="Basic ${b}"`, b],
        [`curl -H 'Authorization: Basic ${b}' https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory`, b],
        [`Faraday request: {"Authorization"=>"Basic ${b}"}`, b],
      ]);
    }
  });

  it('no alarm on UUIDs, request ids and documentation values in the same places', () => {
    expectNone([
      `request ${uuid()}:ok finished`,
      `{"id":"${uuid()}","status":"ok"}`,
      `Authorization: AccessKey test_gshuPaZoeEG6ovbc8M79w0QyM`.replace(/./g, (c) => c) && `AccessKey aaaaaaaaaaaaaaaaaaaaaaaaa`,
      `X-Request-Id: ${uuid()}`,
      `{"routing_key":"orders.created","exchange":"events"}`,
      `Authorization: Basic ${Buffer.from('username:x').toString('base64')}`,
      `Atzr|xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ], /amazon-lwa|marketo|messagebird|coinbase|uuid-shared|pagerduty|http-basic/);
  });
});
