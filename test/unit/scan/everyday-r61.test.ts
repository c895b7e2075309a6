import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, mix, person, str, everydayProbe } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r61 (blind set 61: error trackers' events): repeated password form fields, session ids in
 * session dumps, Express signed cookies, names of payment parties before their IBAN, dollar-quoted SQL
 * names, ORM parameter comments — in contexts other than the set's (Django, Laravel, Go, Rails, .NET),
 * values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();
const pw = (): string => `${mix(5)}${['$', '&', '#', '!'][randomInt(4)]}${str(B62, 8)}`;

describe('round r61: credentials', () => {
  it('finds each member of a repeated password field, not other objects or masked members', () => {
    const p = pw();
    expect(found(`{"registration":{"email":"a@b.io","password":{"first":"${p}","second":"${p}"}}}`, p)).toBe(true);
    const q = pw();
    expect(found(`params: {"user"=>{"password"=>{"new"=>"${q}", "confirm"=>"${q}"}}}`, q)).toBe(true);
    const s = pw();
    expect(found(`form: {'plainPassword': {'first': '${s}', 'second': '${s}'}}`, s)).toBe(true);
    expect(clean('{"password":{"first":"********","second":"********"}}')).toEqual([]);
    expect(clean('{"name":{"first":"Ottoline","last":"Brannigan"},"bypass":{"first":"ignoreCache1"}}').some((f) => f.includes('ignoreCache'))).toBe(false);
    expect(clean('{"password_policy":{"first":"min_length_12"}}').some((f) => f.includes('min_length'))).toBe(false);
  });

  it('finds a session id in a dumped session and an Express signed cookie; not a trace id', () => {
    const sid = str(HEX, 32);
    expect(found(`Honeybadger session: {"session_id":"${sid}","_csrf_token":"x","flash":{}}`, sid)).toBe(true);
    const cookie = `s%3A${str(B62, 32)}.${str(B62, 43)}`;
    expect(found(`rollbar person cookie="connect.sid=${cookie}"`, cookie)).toBe(true);
    expect(found(`{"headers":{"x-session":"${cookie}"}}`, cookie)).toBe(true);
    expect(clean(`{"session_id":"${str(HEX, 32)}","trace_id":"${str(HEX, 32)}","duration_ms":12}`)).toEqual([]);
    expect(clean('s%3Afoo.bar is how express encodes a short cookie')).toEqual([]);
  });
});

describe('round r61: names', () => {
  it('finds a payment party before the IBAN; not a company or a role alone', () => {
    const a = person();
    expect(found(`SEPA DD return: debtor ${a} IBAN FR76 ${str(DIG, 4)} ${str(DIG, 4)} reason=MD06`, a)).toBe(true);
    const b = person();
    expect(found(`payout failed, beneficiary: "${b}", IBAN: NL${str(DIG, 2)}INGB${str(DIG, 10)}`, b)).toBe(true);
    expect(clean(`creditor Acme Supplies Ltd IBAN DE${str(DIG, 2)} ${str(DIG, 4)} ${str(DIG, 4)}`).some((f) => f.includes('Acme'))).toBe(false);
    expect(clean('creditor id DE98ZZZ09999999999 for the mandate')).toEqual([]);
  });

  it('finds a dollar-quoted name and an ORM parameter comment under a name column; not a table name', () => {
    const a = person();
    expect(found(`ERROR: UPDATE contacts SET full_name = $$${a}$$ WHERE id = ${str(DIG, 5)}`, a)).toBe(true);
    const b = person();
    expect(found(`Executed DbCommand: SELECT * FROM Users WHERE DisplayName = @p0 /* '${b}' */`, b)).toBe(true);
    expect(clean("SELECT * FROM pg_tables WHERE table_name = $$Order Items$$").some((f) => f.includes('Order'))).toBe(false);
    expect(clean(`SELECT 1 WHERE ProductName = @p0 /* "Summer Sale" */ AND Id > 0`).some((f) => f.includes('Summer'))).toBe(false);
  });
});
