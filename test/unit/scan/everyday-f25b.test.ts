import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const GIVEN = ['Wilhelmina', 'Chidi', 'Ottavio', 'Saoirse', 'Björn', 'Ayumi', 'Leocadia'];
const FAMILY = ['Trevelyan', 'Eze', 'Castellano', 'Whitcombe', 'Lindqvist', 'Morimoto', 'Duarte'];
const pick = <T>(a: readonly T[]): T => a[randomInt(a.length)]!;
const given = (): string => pick(GIVEN);
const family = (): string => pick(FAMILY);
const person = (): string => `${given()} ${family()}`;
const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');
/** Digits that neither repeat one digit nor count (an account number's). */
const account = (n: number): string => `${randomInt(1, 10)}${digits(n - 3)}${randomInt(10, 100)}`;
const email = (): string => `u${digits(5)}@mailbox.org`;

/** A US ABA routing number with a valid check digit. */
function aba(): string {
  const first8 = String(randomInt(1, 13)).padStart(2, '0') + digits(6);
  const sum = [...first8].reduce((acc, ch, i) => acc + Number(ch) * [3, 7, 1][i % 3]!, 0);
  return first8 + String((10 - (sum % 10)) % 10);
}

/** A Mexican CLABE with its check digit. */
function clabe(): string {
  const body = `0${randomInt(10, 100)}${digits(14)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(body[i]) * [3, 7, 1][i % 3]!) % 10;
  return body + String((10 - (sum % 10)) % 10);
}

/** A UK National Insurance number with a valid prefix. */
const nino = (): string => `${pick(['AB', 'CE', 'JG', 'PR', 'SW'])}${digits(6)}${pick(['A', 'B', 'C', 'D'])}`;

/** True when the leak findings of `text` cover all of `value`. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).some((f) => isLeak(f) && f.start <= at && f.end >= at + value.length);
}
const leaks = (text: string, prefix: RegExp): string[] => scanner.scan(text).filter(isLeak).map((f) => `${f.detector}:${text.slice(f.start, f.end)}`).filter((l) => prefix.test(l));
const expectCovered = (cases: [string, string][]): void => {
  for (const [t, v] of cases) expect({ t, ok: covered(t, v) }).toEqual({ t, ok: true });
};

describe('round f25b: a name under a name key beside another identifier of the record', () => {
  it('finds it in JS objects, JSON, Python reprs, Ruby inspects, XML, Go and Java dumps', () => {
    for (let i = 0; i < 5; i++) {
      const n = person();
      expectCovered([
        [`StripeCardError params: { name: '${n}', email: '${email()}', phone: '+44 7700 9${digits(5)}' }`, n],
        [`request body: {"paymentMethod":{"type":"scheme","number":"4${digits(15)}","cardHolderName":"${n}"},"shopperEmail":"${email()}"}`, n],
        [`retry exhausted for Payout(recipient=Recipient(full_name='${n}', email='${email()}', bsb='0${digits(2)}-${digits(3)}'))`, n],
        [`#<Customer id: ${digits(5)}, :name=>"${n}", :email=>"${email()}">`, n],
        [`<Beneficiary><HolderName>${n}</HolderName><IBAN>DE${digits(20)}</IBAN></Beneficiary>`, n],
        [`request: &{ID:${digits(4)} Payer:{Name:${n} Email:${email()} DOB:1981-04-0${randomInt(1, 10)}}}`, n],
        [`PayeeDto{holderName=${n}, accountNumber=${account(9)}, currency=EUR}`, n],
      ]);
    }
  });

  it('no alarm on companies, products, queues or a name with no identifier in its record', () => {
    const names = (t: string): string[] => leaks(t, /^person-name/);
    expect(names(`{ name: 'Premium Plan', email: '${email()}' }`)).toEqual([]);
    expect(names(`<Merchant><Name>Acme Holdings</Name><IBAN>DE${digits(20)}</IBAN></Merchant>`)).toEqual([]);
    expect(names(`&{Queue:{Name:Invoice Retry Attempts:${randomInt(1, 9)}}}`)).toEqual([]);
    expect(names(`{"name":"${person()}","role":"reviewer","active":true}`)).toEqual([]);
    expect(names(`worker started name='Checkout Worker' pid=${digits(5)}`)).toEqual([]);
  });
});

describe('round f25b: names and ids in tables and SQL bindings', () => {
  it('finds a "Last, First" name in a CSV name column beside an e-mail or id', () => {
    for (let i = 0; i < 5; i++) {
      const a = `${family()}, ${given()}`;
      const b = person();
      expectCovered([
        [`first rows:\npayee,email,country,amount\n"${a}",${email()},DE,${randomInt(10, 999)}.00\n`, a],
        [`holder;iban;amount\n"${a}";DE${digits(20)};12.00\n`, a],
        [`id,customer_name,phone,plan\n${digits(4)},${b},+44 7700 9${digits(5)},pro\n`, b],
      ]);
    }
  });

  it('no alarm on a name column of products or a row without an identifier', () => {
    const names = (t: string): string[] => leaks(t, /^person-name/);
    expect(names(`name,sku,price\n"Widget, Large",SKU-${digits(4)},9.99\n`)).toEqual([]);
    expect(names(`payee,country,note\n"${family()}, ${given()}",DE,pending\n`)).toEqual([]);
  });

  it('finds ids, names and secrets in interpolated and listed SQL bindings', () => {
    for (let i = 0; i < 5; i++) {
      const n = person();
      const ni = nino();
      const token = `${digits(3)}${Array.from({ length: 37 }, () => pick([...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'])).join('')}`;
      const laravel = `production.ERROR: SQLSTATE[22001] (Connection: mysql, SQL: insert into \`customers\` (\`name\`, \`email\`, \`tax_id\`, \`api_token\`) values (${n}, ${email()}, ${ni}, ${token}))`;
      const sequelize = `SequelizeDatabaseError: Data truncated\n  sql: 'INSERT INTO \`payees\` (\`id\`,\`holder\`,\`national_id\`,\`secret_key\`) VALUES (DEFAULT,?,?,?);',\n  parameters: [ '${n}', '${ni}', '${token}' ],`;
      expectCovered([
        [laravel, n],
        [laravel, ni],
        [laravel, token],
        [sequelize, n],
        [sequelize, ni],
        [sequelize, token],
        [`INSERT INTO payees (holder, ssn) VALUES ('${n}', NULL)`, n],
      ]);
    }
  });

  it('no alarm on bindings of columns that name nothing personal', () => {
    const found = (t: string): string[] => leaks(t, /sql-binding|sql-column/);
    expect(found(`(SQL: insert into \`jobs\` (\`queue\`, \`payload\`, \`attempts\`) values (Default Queue, SendInvoice, 3))`)).toEqual([]);
    expect(found(`sql: 'INSERT INTO \`products\` (\`id\`,\`name\`,\`sku\`) VALUES (DEFAULT,?,?);',\n  parameters: [ 'Garden Hose', 'SKU-${digits(5)}' ],`)).toEqual([]);
  });

  it('finds My Number, CURP-like ids under a Postgres error STATEMENT', () => {
    const id = `${digits(4)} ${digits(4)} ${digits(4)}`;
    const t = `UTC [1] app@app ERROR:  duplicate key\nUTC [1] app@app STATEMENT:  INSERT INTO contacts (email, national_id) VALUES ($1, $2)\nUTC [1] app@app DETAIL:  parameters: $1 = '${email()}', $2 = '${id}'`;
    const found = scanner.scan(t).filter(isLeak).map((f) => f.detector);
    expect(found).toContain('email');
    // A random 12-digit group passes My Number's check one time in ten; the statement's column is what is tested.
    expect(found.filter((d) => d === 'personal-id-sql-parameter').length).toBeLessThanOrEqual(1);
  });
});

describe('round f25b: bank codes and accounts', () => {
  it('finds a sort code, BSB or routing number with its account in one cell', () => {
    for (let i = 0; i < 5; i++) {
      const sort = `${randomInt(10, 100)}-${randomInt(10, 100)}-${randomInt(10, 100)} / ${account(8)}`;
      const bsb = `${randomInt(100, 1000)}-${randomInt(100, 1000)} / ${account(9)}`;
      const us = `${aba()} / ${account(11)}`;
      const c = clabe();
      expectCovered([
        [`payee,email,bank,amount\n"${family()}, ${given()}",${email()},"${sort}",10.00\n`, sort],
        [`id;bank_details;amount\n${digits(4)};${bsb};10.00\n`, bsb],
        [`payout failed for bank account ${us} (returned R03)`, us],
        [`payee,email,bank,amount\n"${family()}, ${given()}",${email()},"${c}",10.00\n`, c],
      ]);
    }
  });

  it('finds a sort code or BSB under branch_code beside an account number', () => {
    for (let i = 0; i < 5; i++) {
      const gb = `${randomInt(10, 100)}${randomInt(10, 100)}${randomInt(10, 100)}`;
      const au = `${randomInt(100, 1000)}-${randomInt(100, 1000)}`;
      expectCovered([
        [`POST /customer_bank_accounts {"customer_bank_accounts":{"country_code":"GB","branch_code":"${gb}","account_number":"${account(8)}"}}`, gb],
        [`mandate: {"branch_code":"${au}","account_number":"${account(9)}"}`, au],
        [`BankAccount(branchCode=${gb}, accountNumber=${account(8)})`, gb],
      ]);
    }
  });

  it('no alarm on dates, versions, ratios and branch codes without an account', () => {
    const bank = (t: string): string[] => leaks(t, /^(?:bank|clabe)/);
    expect(bank(`bank,ratio,amount\nHSBC,12-05-26 / 20260512,10.00\n`)).toEqual([]);
    expect(bank(`{"branch_code":"${randomInt(100, 1000)}-${randomInt(100, 1000)}","city":"Leeds"}`)).toEqual([]);
    expect(bank(`build 111-111 / 22222222 done`)).toEqual([]);
    expect(bank(`payee_id,bank,amount\n${digits(4)},"${digits(18).replace(/.$/, 'x')}",1.00\n`)).toEqual([]);
  });
});

describe('round f25b: phones, licences and street lines in their own forms', () => {
  it('finds a phone national_number inside a phone object', () => {
    for (let i = 0; i < 5; i++) {
      const n = `${randomInt(2, 10)}${digits(9)}`;
      expectCovered([
        [`DEBUG order payload: {"payer":{"phone":{"phone_number":{"national_number":"${n}"}}}}`, n],
        [`PhoneNumber { countryCode: 44, nationalNumber: ${n} }`, n],
        [`payer.phone.phone_number.national_number=${n}`, n],
      ]);
    }
    expect(leaks(`{"invoice":{"national_number":"${digits(10)}"}}`, /phone/)).toEqual([]);
  });

  it("finds a driver's licence under a bare licence key beside a personal id", () => {
    for (let i = 0; i < 5; i++) {
      const ca = `${pick(['P', 'K', 'H'])}${randomInt(1, 10)}${digits(6)}`;
      const wa = `${pick(['S', 'R'])}${digits(3)}-${digits(4)}-${digits(4)}`;
      const uk = `${pick(['MORGA', 'SMITH', 'PATEL'])}${randomInt(1, 10)}${digits(5)}${pick(['JD', 'AB'])}9${pick(['KL', 'MX'])}`;
      expectCovered([
        [`verification failed for user [${email()}] passport [X${digits(8)}] licence [${ca}]`, ca],
        [`kyc: email=${email()} license=${wa}`, wa],
        [`KYC rejected ${email()}: licence: ${uk}`, uk],
      ]);
    }
    expect(leaks(`software license [P${digits(7)}] activated for build`, /licence/)).toEqual([]);
  });

  it('finds a street line in a form-encoded text and number-first Latin layouts', () => {
    for (let i = 0; i < 5; i++) {
      const n = randomInt(1, 9999);
      const form = `${n}+${pick(['Wexford', 'Ashby', 'Glenmore'])}+${pick(['Road', 'Lane', 'Drive'])}`;
      const fr = `${n}+Rue+des+${pick(['Tanneurs', 'Lilas'])}+Apt+${randomInt(1, 60)}`;
      const es = `${n} ${pick(['Calle', 'Via', 'Avenida'])} ${pick(['Garibaldi', 'Mayor', 'Cervantes'])}, Unit ${randomInt(1, 60)}`;
      const nl = `${n} ${pick(['Oranjestraat', 'Keizersgracht'])}`;
      expectCovered([
        [`send: b'to=Ann+%3Cann%40example.org%3E&text=Ship+to+${form}'`, form],
        [`body=Delivery+to+${fr}&status=queued`, fr],
        [`We will call to confirm delivery to ${es}.`, es],
        [`body: '{"email":"${email()}","billing":{"line1":"${nl}",}}'`, nl],
      ]);
    }
    expect(leaks(`text=Retry+in+5+Minutes+Road+closed`, /street/)).toEqual([]);
  });
});
