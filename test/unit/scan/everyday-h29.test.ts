import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { randomInt } from '../../helpers/seeded-random';
import { abaAnyPrefix } from './generators-h28';
import { gdsDate, passport29, person29, pnrName, redress29 } from './generators-h29';
import { DIG, rng, UPPER } from './sample-rng';

/**
 * Round h29 (blind set 29: consumer mobile apps and travel bookings), travel and personal data: passenger names,
 * APIS elements, redress numbers and identity documents as GDS, NDC and OTA write them, and the records of crash
 * reporters, payout logs and support messages; each class in three contexts, values drawn from the seeded stream
 * (HERALD_TEST_SEED explores others). Beside them, the look-alikes that must stay clean: record locators, fare
 * basis codes, flight numbers, company letterheads, device push tokens. (Credentials: everyday-h29-keys.test.ts.)
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(randomInt(1, 2 ** 31));

describe('round h29: passenger names in PNR name elements', () => {
  it('finds SURNAME/GIVEN with its title in an Amadeus display, a Sabre display in JSON and an NM entry', () => {
    const a = pnrName(r);
    const amadeus = `gds-proxy: RT response\nRP/PAR1A0980/PAR1A0980            AA/SU  14NOV26/0933Z   ${r.str(UPPER, 6)}\n  1.${a} MRS   2.ABBOTT/LEE MR\n  3  AF1780 Y 17DEC 3 CDGLHR HK2`;
    expect(found(amadeus, a), amadeus).toBe(true);
    expect(found(amadeus, 'ABBOTT/LEE')).toBe(true);
    const b = pnrName(r);
    const sabre = `{"pnr":"${r.str(UPPER, 6)}","display":" 1.1${b} MS  2.1${pnrName(r)} MSTR","status":"HK"}`;
    expect(found(sabre, b), sabre).toBe(true);
    const c = `${pnrName(r)} ${r.pick(['JOSE', 'ANNA'])}`;
    const entry = `terminal: >NM1${c} MR\n>RFAGENT`;
    expect(found(entry, c), entry).toBe(true);
    // And leaves record locators, fare basis codes, flight numbers, city pairs and office ids alone.
    expect(leaks(`gds: RP/YYZ1S2100/SIN1S2100  AA/SU  26NOV26/0218Z  ${r.str(UPPER, 3)}${r.int(1, 9)}${r.str(UPPER, 2)}`)).toEqual([]);
    expect(leaks(`fares: BA0117 JFK/LHR fare basis YLOWUS booking class Y, MS ${r.int(10, 90)} seats, ${r.int(10, 900)} ms`)).toEqual([]);
    expect(leaks('routing: LHR/JFK MS 3 DR/SFO MR 7 (connection table)')).toEqual([]);
    expect(leaks('docs: set the READ/WRITE MS flag and the AND/OR MR option in the rule editor')).toEqual([]);
    expect(leaks(`pnr ${r.str(UPPER, 6)} queued to office PAR1A0980 category 7 MR/MS counts updated`)).toEqual([]);
  });
});

describe('round h29: APIS data in SSR DOCS, DOCO and DOCA elements', () => {
  it('finds the document number, birth date and names of SSR DOCS in the slash form, the Amadeus dash entry and Sabre 3DOCS', () => {
    const pp = passport29(r);
    const dob = gdsDate(r, 50, 99);
    const name = pnrName(r);
    const slash = `  5 SSR DOCS LH HK1 P/IRL/${pp}/IRL/${dob}/F/${gdsDate(r, 28, 35)}/${name}/P1`;
    for (const v of [pp, dob, name]) expect(found(slash, v), slash).toBe(true);
    const pp2 = passport29(r);
    const dash = `{"entry":"SRDOCS YY HK1-P-GBR-${pp2}-GBR-${gdsDate(r, 60, 99)}-M-${gdsDate(r, 28, 35)}-${name.replace('/', '-')}/P1"}`;
    expect(found(dash, pp2), dash).toBe(true);
    const pp3 = passport29(r);
    const sabre = `sabre-cli> 3DOCS/P/US/${pp3}/US/${gdsDate(r, 60, 99)}/M/${gdsDate(r, 28, 35)}/${name}`;
    expect(found(sabre, pp3), sabre).toBe(true);
  });

  it('finds redress and known-traveller numbers in DOCO elements and the residence in DOCA', () => {
    const red = redress29(r);
    expect(found(`  6 SSR DOCO UA HK1 //R/${red}///US/P1`, red)).toBe(true);
    const ktn = `${r.str(UPPER, 2)}${r.str(DIG, 7)}`;
    expect(found(`{"ssr":"SSR DOCO DL HK1 //K/${ktn}///US"}`, ktn)).toBe(true);
    const street = `${r.int(10, 9999)} MAPLE AVE/DENVER/CO/80${r.str(DIG, 3)}`;
    expect(found(`apis: SSR DOCA AA HK1 R/US/${street}/P1`, street)).toBe(true);
    // And leaves empty and masked elements alone.
    expect(leaks('  5 SSR DOCS BA HK1 P/GBR/////F//ABBOTT/LEE/P1 (docs pending)')).toEqual([]);
    expect(leaks(`  5 SSR DOCS BA HK1 P/GBR/XXXXXXXXX/GBR/${gdsDate(r, 60, 99)}/F/01JAN30/ABBOTT/LEE/P1`).some((f) => f.detector === 'apis-docs-passenger-data')).toBe(false);
    expect(leaks('  6 SSR DOCO UA HK1 //R////US/P1')).toEqual([]);
  });
});

describe('round h29: redress numbers, NDC and OTA identity documents, passports in MRZ results', () => {
  it('finds redress numbers under their key in JSON, a form body and XML', () => {
    const a = redress29(r);
    expect(found(`secure-flight: {"knownTravelerNumber":null,"redressNumber":"${a}"}`, a)).toBe(true);
    const b = redress29(r);
    expect(found(`POST /traveler/profile redress_number=${b}&ktn=`, b)).toBe(true);
    const c = redress29(r);
    expect(found(`<Traveler><RedressNumber>${c}</RedressNumber></Traveler>`, c)).toBe(true);
  });

  it('finds IdentityDocID in NDC XML and JSON, and DocID in an OTA Document element', () => {
    const a = passport29(r);
    expect(found(`<IdentityDoc><IdentityDocID>${a}</IdentityDocID><IdentityDocTypeCode>PT</IdentityDocTypeCode></IdentityDoc>`, a)).toBe(true);
    const b = passport29(r);
    expect(found(`ndc-json: {"IdentityDoc":{"IdentityDocID":"${b}","IdentityDocTypeCode":"PT"}}`, b)).toBe(true);
    const c = passport29(r);
    expect(found(`<Document DocID="${c}" DocType="2" ExpireDate="2031-01-01"/>`, c)).toBe(true);
  });

  it('finds passport numbers under documentNumber in a passport record (Kotlin toString, JSON, YAML)', () => {
    const a = `${r.int(1, 9)}${r.str(DIG, 8)}`;
    const kt = `E/Checkin: PassportData(\n  nationality=DEU\n  documentNumber=${a}\n  birthDate=[FILTERED]\n)`;
    expect(found(kt, a), kt).toBe(true);
    const b = passport29(r);
    expect(found(`{"type":"passport","issuingCountry":"IRL","documentNumber":"${b}"}`, b)).toBe(true);
    const c = passport29(r);
    expect(found(`mrz:\n  document_type: P\n  nationality: NLD\n  document_number: ${c}\n`, c)).toBe(true);
    // And leaves document numbers of invoices, masked ids and type codes alone.
    expect(leaks(`erp: {"documentType":"invoice","documentNumber":"${r.int(1, 9)}${r.str(DIG, 9)}","total":120.5}`)).toEqual([]);
    expect(leaks('<IdentityDoc><IdentityDocID>XXXXX1234</IdentityDocID><IdentityDocTypeCode>PT</IdentityDocTypeCode></IdentityDoc>')).toEqual([]);
    expect(leaks('secure-flight: {"redressNumber":null,"redress_number":"0000000","note":"no redress requested"}')).toEqual([]);
  });
});

describe('round h29: card codes and holders in OTA messages and Swift dumps', () => {
  it('finds SeriesCode as an attribute, as a PlainText element and single-quoted', () => {
    const a = r.str(DIG, 3);
    expect(found(`<PaymentCard CardCode="VI" CardNumber="[MASKED]" SeriesCode="${a}" ExpireDate="1028"/>`, a)).toBe(true);
    const b = `${r.int(1, 9)}${r.str(DIG, 3)}`;
    expect(found(`<PaymentCard CardCode="AX"><SeriesCode><PlainText>${b}</PlainText></SeriesCode></PaymentCard>`, b)).toBe(true);
    const c = r.str(DIG, 3);
    expect(found(`ota debug: <PaymentCard SeriesCode='${c}' CardType='1'/>`, c)).toBe(true);
  });

  it("finds a card holder's name and code in Swift optionals, and the whole CardHolderName element", () => {
    const name = person29(r);
    const code = r.str(DIG, 3);
    const dump = `po paymentDetails\n▿ PaymentDetails\n  - cardholderName : Optional("${name}")\n  - cvc : Optional("${code}")`;
    expect(found(dump, name), dump).toBe(true);
    expect(found(dump, code), dump).toBe(true);
    const holder = `${person29(r)} &amp; Co`;
    expect(found(`<PaymentCard CardCode="MC"><CardHolderName>${holder}</CardHolderName></PaymentCard>`, holder)).toBe(true);
    // And leaves other codes and empty holders alone.
    expect(leaks('po response\n  - statusCode : Optional("404")\n  - code : Optional("200")\n  - countryCode : Optional("044")')).toEqual([]);
    expect(leaks('<PaymentCard CardCode="VI" SeriesCode="" ExpireDate="1028"><CardHolderName>Test Card</CardHolderName></PaymentCard>')).toEqual([]);
  });
});

describe('round h29: names, birth dates and addresses in records and messages', () => {
  it('finds a name under an indented name: in a metadata block with identifiers on other lines', () => {
    const name = person29(r);
    const bugsnag = `metaData.user:\n  birthDate: [FILTERED]\n  name: ${name}\n  email: [FILTERED]\nmetaData.device:\n  osVersion: 17.2`;
    expect(found(bugsnag, name), bugsnag).toBe(true);
    const yaml = `traveller:\n    name: ${name}\n    passportNumber: [FILTERED]`;
    expect(found(yaml, name), yaml).toBe(true);
    // And leaves service names and names without identifiers alone.
    expect(leaks('metadata:\n  name: checkout-service\n  namespace: prod')).toEqual([]);
    expect(leaks('agent:\n  name: Billing Assistant\n  email: [FILTERED]')).toEqual([]);
    expect(leaks('venue:\n  name: Grace Hopper\n  capacity: 200')).toEqual([]);
  });

  it('finds names in capitals beside bank numbers, and routing numbers under their key in multi-line records', () => {
    const name = `${r.pick(['AOIFE', 'TOMAS', 'KEMI'])} ${r.pick(['BRENNAN', 'OKAFOR', 'LINDQVIST'])}`;
    const entry = `  entry: routing=[FILTERED] account=[FILTERED] name="${name}" amount=${r.int(100, 9999)}`;
    expect(found(entry, name), entry).toBe(true);
    expect(found(`{"account_number":"[FILTERED]","individual_name":"${name}"}`, name)).toBe(true);
    const routing = abaAnyPrefix(r);
    const rec = `ACH payout failed: R03\n  account_holder=[FILTERED]\n  routing_number=${routing}\n  account_number=[FILTERED]`;
    expect(found(rec, routing), rec).toBe(true);
    // And leaves company names in capitals and routing numbers failing the check digit alone.
    expect(leaks('  entry: routing=[FILTERED] account=[FILTERED] name="ACME PAYROLL LLC" amount=10')).toEqual([]);
    expect(leaks('  company: name="WANDERLY TRAVEL" id=1 (no bank fields)')).toEqual([]);
    expect(leaks('payout:\n  routing_number=123456789\n  account_number=[FILTERED]')).toEqual([]);
  });

  it("finds born_on dates, guest columns, capitalised particles and addresses in customers' messages", () => {
    const dob = `19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`;
    expect(found(`duffel: {"passengers":[{"born_on":"${dob}","type":"adult"}]}`, dob)).toBe(true);
    const guest = person29(r);
    const csv = `conf,guest,card_number,amount\n${r.str(DIG, 9)},"${guest}",[FILTERED],120.00`;
    expect(found(csv, guest), csv).toBe(true);
    const holder = `${r.pick(['Priya', 'Jonas'])} Van der ${r.pick(['Berg', 'Meer'])}`;
    expect(found(`payout: account_holder=${holder}\n  account_number=${r.str(DIG, 10)}`, holder)).toBe(true);
    const addr = `${r.int(2, 299)} Rua das Flores, Apt ${r.int(1, 40)}, São Paulo - SP 01310-${r.str(DIG, 3)}`;
    expect(found(`ticket.description: "charged twice. I live at ${addr}. Call me."`, addr)).toBe(true);
    const pl = `${r.int(2, 99)} Ul. Mokotowska, Warszawa 00-${r.str(DIG, 3)}`;
    expect(found(`{"body":"Hi, my address is ${pl}, thanks"}`, pl)).toBe(true);
  });

  it('finds PAN, DNI and NI numbers under key spellings of app payloads and prose', () => {
    expect(found('payload={"panNumber":"SDIPQ3984Z","nationality":"IND"}', 'SDIPQ3984Z')).toBe(true);
    expect(found('profile=UserProfile(id=9, panNumber=PTVCA3957I, tier=gold)', 'PTVCA3957I')).toBe(true);
    expect(found('{"documentoIdentidad":"72953997K"}', '72953997K')).toBe(true);
    expect(found('"My NI number is TX377601C and I moved"', 'TX377601C')).toBe(true);
    // And leaves company letterheads, offices and push device tokens alone.
    expect(leaks(`Wanderly Travel Ltd, ${r.int(1, 99)} Canal Street, Manchester M1 3HE\nSupport: +44 161 555 0${r.str(DIG, 3)} (24/7)\nVAT reg. GB${r.str(DIG, 9)}`)).toEqual([]);
    expect(leaks('support: "I live at home with my parents, 2 kids" (ticket 88120)')).toEqual([]);
    expect(leaks(`[onesignal] subscription_id=${r.str('0123456789abcdef', 8)} token=${r.str('0123456789abcdef', 64)} invalid_identifier=true`)).toEqual([]);
  });
});
