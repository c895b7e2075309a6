import { describe, expect, it } from 'vitest';
import { DIG, HEX, LO, everydayProbe, family, given, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r78 (blind set 78: personal and financial data inside the objects of SaaS and payment APIs in integration error
 * logs): a business's phone, address and postcode in its own record are public (a CRM account, a store location, a
 * company profile), a person's beside a company name are not; templates of placeholders, sandbox bank numbers and
 * integration keys are no leak; a name split into first and last members is found where the log writes it whole;
 * names and street lines under bracketed form keys, Basic-auth users printed in plain, national ids under nin and
 * tax identifier keys, romaji chōme and Australian unit addresses, Brazilian mobiles, DocuSign sender-provided numbers —
 * in contexts other than the set's, each beside a look-alike that stays clean.
 */
const { found, clean } = everydayProbe();
const hexMix = (n: number): string => `${str('abcdef', 2)}${str(DIG, 2)}${str(HEX, n - 4)}`;
const uuid = (): string => `${hexMix(8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;
const ukMobile = (): string => `+44 7${str(DIG, 3)} ${str(DIG, 6)}`;

/** A Canadian SIN (Luhn, first digit 1-7), spaced 3-3-3. */
function sin(): string {
  const d = [1 + randomInt(7), ...Array.from({ length: 7 }, () => randomInt(10))];
  const sum = d.reduce((a, x, i) => a + (i % 2 === 1 ? (x * 2 > 9 ? x * 2 - 9 : x * 2) : x), 0);
  const s = `${d.join('')}${(10 - (sum % 10)) % 10}`;
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

describe('round r78: business records, templates and sandbox values', () => {
  it("reports a company's phone and address in its own record as public, a person's beside a company name as a leak", () => {
    const co = `${family()} Logistics ${['GmbH', 'Ltd', 'Inc.', 'B.V.'][randomInt(4)]}`;
    expect(clean(`crm.sync ok {"object":"organization","company_name":"${co}","office_street":"${randomInt(90) + 10} Harbour Road, Leith EH6 6LX","main_phone":"+44 131 496 ${str(DIG, 4)}","vat":"GB${str(DIG, 9)}"}`)).toEqual([]);
    expect(clean(`store-locator: merchant_name="${co}" street="${randomInt(90) + 10} Harbour Road" phone="+44 131 496 ${str(DIG, 4)}" hours=9-17 contact=info@${str(LO, 6)}.example`)).toEqual([]);
    const p = ukMobile();
    expect(found(`crm.sync {"first_name":"${given()}","last_name":"${family()}","company":"${co}","mobile":"${p}"}`, p)).toBe(true);
    const q = ukMobile();
    expect(found(`lead {"company":"${co}","contact":{"full_name":"${person()}","phone":"${q}"}}`, q)).toBe(true);
  });

  it("reports a location's phone under a business name key as public, a recipient's address under legal_name as a leak", () => {
    expect(clean(`pos.sync location {"object":"location","business_name":"${family()} Bakery","phone_number":"+44 20 7946 ${str(DIG, 4)}","timezone":"Europe/London"}`)).toEqual([]);
    const a = `${randomInt(200) + 2} Harbour Road, Cork T12 X2Y9`;
    expect(found(`payout {"recipient":{"legal_name":"${person()}","address":"${a}"},"amount":1200}`, a)).toBe(true);
  });

  it('drops placeholder templates, sandbox bank numbers and DocuSign integration keys, not real secrets beside them', () => {
    expect(clean(`helpdesk.auth template credentials="{user_email}/token:{helpdesk_token}" retries=3`)).toEqual([]);
    expect(clean(`# ACH test: account 1111222233331111 routing 011401533 (Plaid sandbox, user_good)`)).toEqual([]);
    expect(clean(`esign.connect ok integrator_key=${uuid()} envelope=${uuid()}`)).toEqual([]);
    const s = hexMix(32);
    expect(found(`helpdesk.auth template="{user_email}/token:{helpdesk_token}" api_token=${s} retries=3`, s)).toBe(true);
  });
});

describe('round r78: names split into first and last members, written whole elsewhere', () => {
  it('finds the whole name on another line of the log, not an unrelated name-like phrase', () => {
    const g = given();
    const f = family();
    const text = `crm.push failed: duplicate contact "${g} ${f}" (status 409)\n  payload: {"givenName":"${g}","familyName":"${f}","email":"${g.toLowerCase()}${randomInt(99)}@posteo.de"}`;
    expect(found(text, `${g} ${f}`)).toBe(true);
    expect(clean(`crm.push ok: segment "Spring Campaign" synced, 42 contacts (status 200)`)).toEqual([]);
  });
});

describe('round r78: form keys, Basic-auth users, national ids, addresses and phones', () => {
  it('finds a name and a street line under bracketed form keys, not a product name or a city', () => {
    const n = person();
    expect(found(`stripe-go: POST /v1/payment_methods params=map[billing_details[name]:[${n}] type:[card]]`, n)).toBe(true);
    const st = `${randomInt(300) + 2} Quarry Street`;
    expect(found(`form: shipping[address][line1]=${st}&shipping[address][city]=Bath`, st)).toBe(true);
    expect(clean(`params=map[line_items[0][price_data][product_data][name]:[Gift Card] mode:[payment]]`)).toEqual([]);
  });

  it('finds an API key that is a Basic auth user, not a hex id with no Basic header decoding to it', () => {
    const k = hexMix(40);
    expect(found(`hr-sync: 401 on /v1/employees/directory using Basic ${Buffer.from(`${k}:x`).toString('base64')} (key=${k})`, k)).toBe(true);
    expect(clean(`hr-sync: 200 on /v1/employees/directory using Basic auth (commit ${hexMix(40)})`)).toEqual([]);
  });

  it('finds a national id under nin and TaxIdentifier keys, not a number that passes no checksum', () => {
    const s = sin();
    expect(found(`hris.export {"id":${randomInt(900)},"nin":"${s}","province":"BC"}`, s)).toBe(true);
    const t = sin();
    expect(found(`Vendor{DisplayName=?, TaxIdentifier=${t}, Vendor1099=false}`, t)).toBe(true);
    expect(clean(`hris.export {"id":${randomInt(900)},"nin":"000 000 000","province":"BC"}`)).toEqual([]);
  });

  it('finds romaji chome and Australian unit addresses, not version ranges or unit counts', () => {
    const jp = `${randomInt(5) + 1}-${randomInt(20) + 1}-${randomInt(15) + 1} Kamimeguro`;
    expect(found(`crm {"street":"${jp}","ward":"Meguro-ku"}`, jp)).toBe(true);
    const au = `Unit ${randomInt(30) + 1}/${randomInt(200) + 2} Glebe Point Rd`;
    expect(found(`delivery address: ${au}, Glebe NSW 2037`, au)).toBe(true);
    expect(clean(`release notes: 1-2-3 Rollout finished; unit 4/5 of the test plan passed`)).toEqual([]);
  });

  it('finds a Brazilian mobile and a DocuSign sender-provided number, not a page range or a template number', () => {
    const br = `(${randomInt(80) + 11}) 9${str(DIG, 4)}-${str(DIG, 4)}`;
    expect(found(`pedido {"cliente":{"telefone":"${br}"}}`, br)).toBe(true);
    const ph = ukMobile();
    expect(found(`envelope create: {"signers":[{"phoneAuthentication":{"senderProvidedNumbers":["${ph}"]}}]}`, ph)).toBe(true);
    expect(clean(`docs: see pages (12) 91234 of the manual`)).toEqual([]);
  });
});
