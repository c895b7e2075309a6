import { describe, expect, it } from 'vitest';
import { DIG, HEX, LO, person, str } from '../../helpers/everyday-kit';
import { everydayProbe } from '../../helpers/everyday-kit';

/**
 * The lead's fixes after blind set 56 (web frameworks' logs) at first sight: names under any
 * person-role key ending in `name`, mail address display names, a name and a NINO as cells of a
 * row with a mailbox, EF Core parameters filling a name column, routing numbers under their label
 * in forms the older rules do not read, Private Packagist tokens — in contexts other than the
 * set's, values drawn at test time; beside each, the look-alikes that stay clean.
 */
const { found, clean, by } = everydayProbe();

/** Nine digits with a valid ABA checksum and a prefix outside the Fed's ranges (13–20, 33–60…). */
function abaOddPrefix(): string {
  for (;;) {
    const d = `${40 + Number(str(DIG, 1))}${str(DIG, 6)}`;
    const w = [3, 7, 1];
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(d[i]) * w[i % 3]!;
    const v = d + String((10 - (sum % 10)) % 10);
    if (!/^(\d)\1+$/.test(v)) return v;
  }
}

describe('after blind set 56: role name keys, mail fields, rows, EF Core, routing labels, Packagist', () => {
  it('finds a name under any person-role key ending in name, in any key style and separator', () => {
    const forms = [
      (n: string) => `panic: payout failed: &payouts.Transfer{Amount:1200, PayeeName:"${n}", Currency:"EUR"}`,
      (n: string) => `stripe.error.InvalidRequestError: {"billing_details[name]": "${n}", "type": "card"}`,
      (n: string) => `ValidationError: {'account_holder_name': '${n}', 'iban': '[FILTERED]'}`,
      (n: string) => `  Transfer Update (0.9ms)  UPDATE "transfers" SET "beneficiary_name" = $1  [["beneficiary_name", "${n}"], ["id", 42]]`,
      (n: string) => `<BeneficiaryName>${n}</BeneficiaryName>`,
      (n: string) => `level=warn msg="kyc mismatch" cardHolderName="${n}" result=review`,
      (n: string) => `'remitter_name' => '${n}',`,
      (n: string) => `policy.holder = "${n}"`,
    ];
    for (const f of forms) {
      const n = person();
      expect(found(f(n), n), f('X')).toBe(true);
    }
  });

  it('leaves names of products, services, plans, banks and companies under such keys', () => {
    expect(clean('{"product_name": "Gold Plan", "service_name": "Payments Api", "display_name": "Summer Sale"}')).toEqual([]);
    expect(clean('{"card_name": "Visa Platinum", "account_name": "Operating Account", "customer_name": "Acme Corp"}')).toEqual([]);
    expect(clean('&Config{BucketName:"Herald Exports", QueueName:"Dead Letters"}')).toEqual([]);
    expect(clean('[["name", "Release Train"], ["holder", "Github Actions"]]')).toEqual([]);
    expect(clean("{'payee_name': 'Jane Doe', 'doc': 'example'}")).toEqual([]);
  });

  it('finds the display name of a mail address field whatever the mailbox, not a team or a role', () => {
    const n = person();
    const text = `postfix/smtp[2211]: to=${n} <${str(LO, 9)}${str(DIG, 2)}@web.de>, relay=mx.web.de, status=bounced`;
    expect(found(text, n)).toBe(true);
    expect(by(`{"to": "${n} <${str(LO, 6)}@icloud.com>"}`, 'person-name-mail-address-field') || found(`{"to": "${n} <${str(LO, 6)}@icloud.com>"}`, n)).toBe(true);
    expect(clean('to="Support Team <support@acme.io>" from: Billing Dept <billing@acme.io>')).toEqual([]);
    expect(clean('From: Jane Doe <jane@example.com>')).toEqual([]);
  });

  it('finds a name cell before its mailbox and a NINO cell in that row, not product rows', () => {
    const n = person();
    const nino = `JH${str(DIG, 6)}C`;
    const row = `2026-05-01 WARN import: skipped row "7713|${n}|${str(LO, 7)}@gmail.com|${nino}|M"`;
    expect(found(row, n)).toBe(true);
    expect(found(row, nino)).toBe(true);
    expect(clean('id,name,email\n7,Payments Api,alerts@acme.io')).toEqual([]);
    expect(clean('sku;vendor;title\n7;AB123456C;sales@acme.io;widget')).toEqual([]);
  });

  it('finds an EF Core parameter that fills a name column, not one that fills a product column', () => {
    const n = person();
    const text = `info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n      Executed DbCommand (4ms) [Parameters=[@__id_0='17', @p0='${n}' (Size = 200)], CommandType='Text', CommandTimeout='30']\n      UPDATE [Policies] SET [PolicyHolderName] = @p0 WHERE [Id] = @__id_0;`;
    expect(found(text, n)).toBe(true);
    expect(clean(`Executed DbCommand (3ms) [Parameters=[@p0='Payments Api' (Size = 4000), @p1='Gold Plan'], CommandType='Text']\n      INSERT INTO [Products] ([Name], [Title]) VALUES (@p0, @p1);`)).toEqual([]);
  });

  it('finds a routing number of any prefix under its label in binds, padded tables and branch codes', () => {
    for (const f of [
      (v: string) => `  Payout Load (0.4ms)  SELECT 1 WHERE "routing_number" = $1  [["routing_number", "${v}"]]`,
      (v: string) => `ACH_ROUTING                     ${v}`,
      (v: string) => `{"bank":{"branch_code":"${v}","account_type":"savings"}}`,
    ]) {
      const v = abaOddPrefix();
      expect(found(f(v), v), f('X')).toBe(true);
    }
    expect(clean('{"branch_code":"000000000"}')).toEqual([]);
    expect(clean('routing_table_version     123456789')).toEqual([]);
  });

  it('finds Private Packagist tokens, not placeholders', () => {
    const t = `packagist_out_${str(HEX, 68)}`;
    expect(found(`COMPOSER_AUTH='{"http-basic":{"repo.packagist.com":{"username":"token","password":"${t}"}}}'`, t)).toBe(true);
    expect(clean('token packagist_out_<your-token-here>')).toEqual([]);
    expect(clean(`token packagist_out_${'0'.repeat(68)}`)).toEqual([]);
  });
});
