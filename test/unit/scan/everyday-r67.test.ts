import { describe, expect, it } from 'vitest';
import { einValid } from '../../../src/scan/id-checksums-world';
import { vatValid } from '../../../src/scan/vat-numbers';
import { B62, DIG, HEX, LO, UP, aba, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';

/**
 * Round r67 (blind set 67: accounting, billing and subscription integrations): JWE tokens, Brex tokens, Plaid secrets
 * under environment keys, Bill.com session ids, remember-me tokens, secrets named by two words, token keys before a few
 * words, indented NACHA records, bank fields in table rows and CSV columns, full-account keys, typed routing ids, VAT
 * numbers under tax-identifier keys, EINs as exemption numbers, names under bank/payroll and first-and-last keys — in
 * contexts other than the set's; beside them the look-alikes that stay clean (ids, hashes, placeholders, words, versions).
 */
const { found, clean } = everydayProbe();
const b64url = (s: string): string => Buffer.from(s).toString('base64url');
const U = B62 + '_-';
const ein = (): string => {
  for (;;) {
    const v = `${['12', '27', '46', '83'][Number(str(DIG, 1)) % 4]}-${str(DIG, 7)}`;
    if (einValid(v)) return v;
  }
};
const vat = (): string => {
  for (;;) {
    const v = `FR${str(DIG, 2)}${1 + (Number(str(DIG, 1)) % 9)}${str(DIG, 8)}`;
    if (vatValid(v)) return v;
  }
};
const hexSecret = (n: number): string => `${str(DIG, 2)}${str('abcdef', 2)}${str(HEX, n - 4)}`;

describe('round r67: credentials of accounting and billing integrations', () => {
  it('finds a JWE compact token, not a JWS or a dotted id', () => {
    const jwe = `${b64url('{"alg":"RSA-OAEP","enc":"A128GCM"}')}.${str(U, 342)}.${str(U, 16)}.${str(U, 900)}.${str(U, 22)}`;
    expect(found(`auth0 callback: id_token ${jwe} could not be decrypted`, jwe)).toBe(true);
    const dir = `${b64url('{"enc":"A128CBC-HS256","alg":"dir"}')}..${str(U, 22)}.${str(U, 1200)}.${str(U, 22)}`;
    expect(found(`xero-node: set tokenSet ${dir}`, dir)).toBe(true);
    expect(clean(`trace: eyJ${str(LO, 12)}.${str(LO, 20)}.${str(LO, 16)}.${str(LO, 20)}.${str(LO, 16)} not json`)).toEqual([]);
  });

  it('finds a Brex token by its prefix, not a short or lowercase id', () => {
    const t = `bxt_${mix(40)}`;
    expect(found(`curl -H "Authorization: Bearer ${t}" https://platform.brexapis.com/v2/cards`, t)).toBe(true);
    expect(clean('migration bxt_cards_table_rename_20240101 applied')).toEqual([]);
  });

  it('finds a Plaid secret under an environment key, not a client id or a short hex', () => {
    const s = hexSecret(30);
    expect(found(`helm values: plaid_sandbox_secret: "${s}"`, s)).toBe(true);
    expect(found(`PLAID_SECRET_DEV=${s}`, s)).toBe(true);
    expect(clean(`PLAID_CLIENT_ID=${str(HEX, 24)}`)).toEqual([]);
    expect(clean('plaid secret rotation: 0000000000000000000000000000000 pending')).toEqual([]);
  });

  it('finds a Bill.com session id, not a plain session id', () => {
    const s = `!${mix(11)}!${mix(60)}`;
    expect(found(`bdc-client: retry with session_id: '${s}'`, s)).toBe(true);
    expect(clean('bdc-client: sessionId=!expired! user=7, re-login')).toEqual([]);
  });

  it('finds a remember-me token, not a flag', () => {
    const t = mix(40, '-_');
    expect(found(`users table dump: remember_token='${t}'`, t)).toBe(true);
    expect(found(`Cookie: remember-me=${t}`, t)).toBe(true);
    expect(clean('spring.security.rememberMe=true rememberMeKey=${REMEMBER_KEY}')).toEqual([]);
  });

  it('finds secrets named by two words and token keys before words, not prose', () => {
    const s = hexSecret(64);
    expect(found(`magento oauth: consumer secret ${s} refused`, s)).toBe(true);
    const t = mix(48, '-_');
    expect(found(`xero: refresh_token already used: ${t}`, t)).toBe(true);
    expect(clean('docs: the client secret is rotated every ninety days by the platform')).toEqual([]);
    expect(clean('refresh_token not found: please reconnect the organisation')).toEqual([]);
  });
});

describe('round r67: bank fields and people in accounting records', () => {
  it('finds an indented NACHA entry, not an indented number', () => {
    const acct = `${str(DIG, 10)}`.padEnd(17);
    const name = 'OSWIN ARKWRIGHT';
    const rec = `627${aba()}${acct}${str(DIG, 10)}${'VEND7731'.padEnd(15)}${name.padEnd(22)}  0${str(DIG, 15)}`;
    const text = `ACH debit rejected (R04):\n\t${rec}`;
    expect(found(text, acct.trim())).toBe(true);
    expect(found(text, name)).toBe(true);
    expect(clean(`  622 items processed in 1203 ms`)).toEqual([]);
  });

  it('finds bank fields in table rows and CSV columns, not counts or ids', () => {
    const r = aba();
    expect(found(`| employee.directDeposit.routingNumber | ${r} |`, r)).toBe(true);
    expect(found(`│ x │\n| sort_code | 20-00-00 |`, '20-00-00')).toBe(true);
    const acct = `${7}${str(DIG, 9)}`;
    expect(found(`PayeeId,PayeeRoutingNumber,PayeeAccountNumber,Memo\nP-19,${r},${acct},June`, acct)).toBe(true);
    expect(clean('| accountNumber | 0 |')).toEqual([]);
    expect(clean('| routing_number | 123456789 |')).toEqual([]);
  });

  it('finds full account numbers and typed routing ids', () => {
    const acct = `${4}${str(DIG, 11)}`;
    expect(found(`mx sync: full_account_number=${acct} status=ok`, acct)).toBe(true);
    const r = aba();
    expect(found(`[{"id": "${r}", "type": "ROUTING_NUMBER"}]`, r)).toBe(true);
    expect(clean('[{"id": "123456789", "type": "ROUTING_NUMBER"}]')).toEqual([]);
  });

  it('finds VAT numbers under tax-identifier keys and EINs as exemption numbers, not ids', () => {
    const v = vat();
    expect(found(`stripe tax: customer.tax_identifier => ${v}`, v)).toBe(true);
    const e = ein();
    expect(found(`<exemptionNumber>x</exemptionNumber>\nexemption_no: "${e}"`, e)).toBe(true);
    expect(clean('tax_identifier: FR00000000000')).toEqual([]);
    expect(clean('exemptionNumber="00-0000000"')).toEqual([]);
  });

  it('finds names under bank and payroll keys and first-and-last keys, not companies or words', () => {
    const p = person();
    expect(found(`{"formattedName": "${p}", "id": 7}`, p)).toBe(true);
    expect(found(`payee nameOnAccount=${p}`, p)).toBe(true);
    expect(found(`Contact.FirstName + LastName: ${p}`, p)).toBe(true);
    expect(clean('contractor="Acme Consulting Group"')).toEqual([]);
    expect(clean('contractor: not assigned')).toEqual([]);
    expect(clean(`first name / last name | ${UP[0]}${LO.slice(0, 0)} |`)).toEqual([]);
  });
});
