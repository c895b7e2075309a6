import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { aba30, adsCustomerId, bsn30, card30, fullName, ssn30, steuerId30 } from './generators-c30';
import { DIG, HEX, rng } from './sample-rng';

/**
 * Round c30 (blind set 30: marketing, CRM and customer-data platforms), personal and financial data: names in
 * lead payloads and CRM text, ACH pairs, unhashed Conversions API user data, typed documents, addresses; and
 * the look-alikes (Google Ads customer ids, Graph API ids, hashed user data) that must stay clean.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(3031);

describe('round c30: names in lead payloads', () => {
  it('finds names in lead forms\' name/value pairs (Meta, TikTok, Postman-style key/value)', () => {
    let n = fullName(r);
    expect(found(`{"id":"72423","field_data":[{"name":"full_name","values":["${n}"]},{"name":"city","values":["Madrid"]}]}`, n)).toBe(true);
    n = fullName(r);
    expect(found(`"fields":[{"field_name":"name","field_value":"${n}"},{"field_name":"city","field_value":"Raleigh"}]`, n)).toBe(true);
    n = fullName(r);
    expect(found(`typeform answers: [{"key":"your_name","value":"${n}"},{"key":"company","value":"Acme"}]`, n)).toBe(true);
  });

  it('finds names with inner capitals (MacDonald, McKenzie, DeSilva) under name keys and in person objects', () => {
    expect(found('{"name":"Avery MacDonald","email":"avery.m@videotron.ca"}', 'Avery MacDonald')).toBe(true);
    expect(found('customer_name=Ewan McKenzie email=ewan@example-mail.co.uk', 'Ewan McKenzie')).toBe(true);
    expect(found(`{"ticket":{"requester":{"name":"Tahlia McKenzie","email":"t${r.str(DIG, 3)}@videotron.ca"}}}`, 'Tahlia McKenzie')).toBe(true);
    expect(found(`{"author":{"type":"user","id":"${r.str(HEX, 24)}","name":"Marcus DeSilva","email":"u@mail.example.net"}}`, 'Marcus DeSilva')).toBe(true);
    expect(found(`{"contact":{"id":88,"name":"Geneviève MacDonald","phone":"+44 7700 900${r.str(DIG, 3)}"}}`, 'Geneviève MacDonald')).toBe(true);
  });

  it('finds names under role-suffixed keys, as account holders in prose, signing quoted replies and in CRM notes', () => {
    let n = fullName(r);
    expect(found(`fields:\n  authorized_signer: ${n}\n  bank_routing_number: ${aba30(r)}\n  bank_account_number: ${r.str(DIG, 10)}`, n)).toBe(true);
    n = fullName(r);
    expect(found(`{"primary_account_holder":"${n}","iban":"DE89 3704 0044 0532 0130 00"}`, n)).toBe(true);
    n = fullName(r);
    expect(found(`please refund to my account: DE40 8709 2147 4029 5620 85 (account holder ${n}). Thank you!`, n)).toBe(true);
    n = fullName(r);
    expect(found(`Inbound reply:\n> Please use ${card30(r)} instead, same expiry.\n> ${n}\nrouted to: billing queue`, n)).toBe(true);
    n = fullName(r);
    expect(found(`HubSpot note: "Spoke to ${n} today, charge the renewal to card ${card30(r)}, exp 09/28."`, n)).toBe(true);
    n = fullName(r);
    expect(found(`a rep pasted a customer's SSN into the notes for ${n} (${ssn30(r)}), please scrub`, n)).toBe(true);
  });

  it('finds the first row\'s name of a table whose id column holds letters and digits', () => {
    const n = fullName(r);
    expect(found(`full_name\tnationality\tpassport_no\tticket\n${n}\tDE\tH9YFPH552\tSpeaker\nRohan Patel\tIN\tK7500609\tAttendee`, n)).toBe(true);
  });

  it('leaves greetings, products and staff lines alone', () => {
    expect(leaks('{"field_data":[{"name":"company_name","values":["Acme Holdings"]},{"name":"full_name","values":["Test User"]}]}')).toEqual([]);
    expect(leaks('> Best Regards\n> Customer Support\nsee ticket 4411')).toEqual([]);
    expect(leaks('{"requester":{"name":"Billing Team","email":"billing@example.com"}}')).toEqual([]);
  });
});

describe('round c30: bank, card and id data in billing and lead records', () => {
  it('finds the account of an ACH routing:account pair', () => {
    const a = `${r.int(1, 9)}${r.str(DIG, 9)}`;
    expect(found(`account_number,payment_method_type,payment_method_detail\nA35799756,ACH,${aba30(r)}:${a},114.03`, a)).toBe(true);
    const b = `${r.int(1, 9)}${r.str(DIG, 11)}`;
    expect(found(`payment method: ach ${aba30(r)}:${b} (checking)`, b)).toBe(true);
    const c = `${r.int(1, 9)}${r.str(DIG, 8)}`;
    expect(found(`{"type":"bank_account","ach":"${aba30(r)}/${c}"}`, c)).toBe(true);
  });

  it('leaves digit pairs whose first half is no routing number, and timestamps, alone', () => {
    expect(leaks(`ACH batch 123456789:${r.str(DIG, 9)} settled`)).toEqual([]);
    expect(leaks('bank sync at 12:30:45, job 4411')).toEqual([]);
  });

  it('finds cards under a bare number key of a billing-info object, and bank accounts under qualified conta keys', () => {
    const c = card30(r);
    expect(found(`{"first_name":"Dustin","number":"${c}","month":10,"year":2026}`, c)).toBe(true);
    const acc = `${r.str(DIG, 8)}-${r.int(0, 9)}`;
    expect(found(`{"Agencia__c":"2894","Conta_Reembolso__c":"${acc}"}`, acc)).toBe(true);
    const acc2 = `${r.str(DIG, 6)}-${r.int(0, 9)}`;
    expect(found(`agencia=0001 conta_destino=${acc2}`, acc2)).toBe(true);
    expect(leaks(`{"number":"${r.str(DIG, 16)}","status":"shipped","carrier":"ups"}`)).toEqual([]);
  });

  it('finds unhashed phones, names and birth dates in Conversions API user_data, not the SHA-256 digests', () => {
    const ph = `91${r.int(6, 9)}${r.str(DIG, 9)}`;
    expect(found(`request={"data":[{"user_data":{"em":["a@b.example"],"ph":["${ph}"],"fbp":"fb.1.1"}}]}`, ph)).toBe(true);
    expect(found('{"user_data":{"fn":["lucia"],"ln":["muñoz"],"db":["19880214"]}}', '19880214')).toBe(true);
    expect(found('{"user_data":{"fn":["priyanka"],"ct":["pune"]}}', 'priyanka')).toBe(true);
    expect(leaks(`{"user_data":{"ph":["${r.str(HEX, 64)}"],"fn":["${r.str(HEX, 64)}"],"db":["${r.str(HEX, 64)}"]}}`)).toEqual([]);
  });

  it('finds documents typed by a sibling field, national ids under documento by the record\'s country, bare SSNs after the word', () => {
    const dl = `K${r.str(DIG, 3)}-${r.str(DIG, 3)}-${r.str(DIG, 2)}-${r.str(DIG, 3)}`;
    expect(found(`{"idType":"drivers_license","idState":"IL","idNumber":"${dl}"}`, dl)).toBe(true);
    expect(found('{"document_type":"passport","document_number":"WDL9YPB4KPHF"}', 'WDL9YPB4KPHF')).toBe(true);
    const b = bsn30(r);
    expect(found(`payload={"documento":"${b}","importe":2700}\nreason: field "documento" failed validation for country NL`, b)).toBe(true);
    const s = steuerId30(r);
    expect(found(`{"documento":"${s}","country":"DE"}`, s)).toBe(true);
    const ssn = ssn30(r);
    expect(found(`pasted a customer's SSN into the notes (${ssn}), please scrub`, ssn)).toBe(true);
    expect(leaks(`{"idType":"loyalty_card","idNumber":"${r.str(DIG, 10)}"}`)).toEqual([]);
  });

  it('finds street lines under address-line keys and addresses after "my address" ending in a postal code', () => {
    expect(found('{"billing_address":{"line1":"1-4-16 Nishi-Shinjuku, Shinjuku-ku","city":"Tokyo"}}', '1-4-16 Nishi-Shinjuku, Shinjuku-ku')).toBe(true);
    expect(found('{"street1":"Unit 13/40 Bourke Street","city":"Melbourne","postal_code":"3000"}', 'Unit 13/40 Bourke Street')).toBe(true);
    expect(found('please send it to my home address, 2304 Avenue du Parc, Vancouver BC V4T 2H2, I work remotely', '2304 Avenue du Parc, Vancouver BC V4T 2H2')).toBe(true);
    expect(found('My address: Unit 23/64 Bourke Street, Paddington QLD 4004.', 'Unit 23/64 Bourke Street, Paddington QLD 4004')).toBe(true);
    expect(found('new address is Kungsvägen 56, 716 68 Göteborg', 'Kungsvägen 56, 716 68 Göteborg')).toBe(true);
    expect(leaks('{"line1":"[redacted]","city":"Tokyo"}')).toEqual([]);
  });
});

describe('round c30: look-alikes of ad platforms', () => {
  it('reads Google Ads customer ids as ids, not phones', () => {
    const ids = [adsCustomerId(r), adsCustomerId(r), adsCustomerId(r)].map((x) => x.replace(/^1/, '5'));
    expect(leaks(`customer_id,campaign_id,impressions,cost_micros\n${ids[0]},${r.str(DIG, 11)},1081,1744694\n${ids[1]},${r.str(DIG, 11)},2108,9170814`)).toEqual([]);
    expect(leaks(`alert: cost_micros for ${ids[2]} up 261% week over week`)).toEqual([]);
    expect(leaks(`GoogleAdsClient: login-customer-id: ${ids[0]}, customers/${r.str(DIG, 10)}/googleAds:search failed`)).toEqual([]);
  });

  it('still finds phones beside a customer id in a CRM record', () => {
    expect(found(`{"customer_id": 88213, "phone": "415-867-5309"}`, '415-867-5309')).toBe(true);
  });

  it('reads Graph API object ids in request paths as public', () => {
    expect(leaks(`POST https://graph.facebook.com/v19.0/381722758284150/events?access_token=<ACCESS_TOKEN>`)).toEqual([]);
  });
});
