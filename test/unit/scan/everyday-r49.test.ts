import { describe, expect, it } from 'vitest';
import { DIG, HEX, LO, str, everydayProbe, mix, person, given, family } from '../../helpers/everyday-kit';

/**
 * Round r49 (blind set 49: online communities, dating and social apps, trust and safety): Branch,
 * Matrix, Braintree and MessageBird keys, NINO CSV columns, coordinates under short keys and as
 * lat/lng fields, birth dates in SQL INSERTs, names in form fields, chat profiles and split name
 * fields, and trust-and-safety role mailboxes — in contexts other than the set's, values drawn at
 * test time; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();

const nino = (): string => `${['AB', 'CE', 'JK', 'PR', 'WX'][Number(str(DIG, 1)) % 5]}${str(DIG, 6)}${'ABCD'[Number(str(DIG, 1)) % 4]}`;
const coord = (int: string): string => `${int}.${str(DIG, 6)}`;

describe('round r49: community and dating credentials', () => {
  it('finds them in other tools and layouts', () => {
    const branch = `secret_live_${mix(32)}`;
    expect(found(`{"branch_key":"key_live_${mix(32)}","branch_secret":"${branch}"}`, branch)).toBe(true);
    const syt = `syt_${str(LO, 6)}_${mix(20)}_${mix(6)}`;
    expect(found(`export HS_TOKEN=1\n$ curl 'https://matrix.org/_matrix/client/v3/sync?access_token=${syt}'`, syt)).toBe(true);
    const bt = str(HEX, 32);
    expect(found(`braintree.Configuration.configure(braintree.Environment.Production, "${str(LO, 16)}", "${str(LO, 16)}", "${bt}")`, bt)).toBe(true);
    const mb = mix(25);
    expect(found(`client = messagebird.Client('${mb}')`, mb)).toBe(true);
  });

  it('leaves the look-alikes alone', () => {
    expect(clean('branch docs: secret keys start with secret_live_ followed by 32 characters')).toEqual([]);
    expect(clean('see https://spec.matrix.org for syt_ token layout')).toEqual([]);
    expect(clean('gateway = new BraintreeGateway(Environment.SANDBOX, merchantId, publicKey, privateKey);')).toEqual([]);
    expect(clean("const messagebird = require('messagebird')(process.env.MESSAGEBIRD_KEY);")).toEqual([]);
  });
});

describe('round r49: personal data in community and dating tools', () => {
  it('finds NINOs, coordinates, birth dates and names in other layouts', () => {
    const ni = nino();
    expect(found(`employee;ni_number;tax_code\n${person()};${ni};1257L\n`, ni)).toBe(true);
    const loc = `${coord('51')},-${coord('0')}`;
    expect(found(`courier_ping rider=8812 last_seen="${loc}" battery=41`, loc)).toBe(true);
    const dob = `19${str('6789', 1)}${str(DIG, 1)}-0${str('123456789', 1)}-2${str('12345678', 1)}`;
    expect(found(`INSERT INTO riders (id, name, birth_date)\nVALUES (12, 'x', '${dob}');`, dob)).toBe(true);
    const holder = `${given()}+${family()}`;
    expect(found(`GET /pay?amount=20&holder_name=${holder}&currency=EUR`, holder)).toBe(true);
    const nick = person();
    expect(found(`{"nickname":"${nick}","phone":"+447700900${str(DIG, 3)}"}`, nick)).toBe(true);
    const first = given();
    const last = family();
    expect(found(`{"firstName":"${first}","lastName":"${last}","age":31}`, first)).toBe(true);
    expect(found(`<firstName>${first}</firstName><lastName>${last}</lastName>`, last)).toBe(true);
  });

  it('leaves the look-alikes alone', () => {
    expect(clean('Questions? Write to safety@sparkd.app or moderation@sparkd.app.')).toEqual([]);
    expect(clean('loc=12.5,3.25 zoom=4')).toEqual([]);
    expect(clean('{"store":"Flagship","lat":40.712776,"lng":-74.005974}')).toEqual([]);
    expect(clean('billing_name=Premium+Plan&qty=1')).toEqual([]);
    expect(clean('{"nickname":"Dark Knight"}')).toEqual([]);
    expect(clean("INSERT INTO releases (id, released_on) VALUES (3, '2021-04-12');")).toEqual([]);
    expect(clean('payee,reference,amount\nAcme Ltd,AB123456C,10.00')).toEqual([]);
  });
});
