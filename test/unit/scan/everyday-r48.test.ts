import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, UP, str, everydayProbe, mix, person, given, family } from '../../helpers/everyday-kit';
import { luhnValid } from '../../../src/scan/validators';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r48 (blind set 48: hospitality and travel): EDIFACT PAXLST segments, GDS form-of-payment
 * cards, BACS lines, PANs in prose, loyalty and known-traveller numbers, licence objects, labelled
 * addresses, shared secrets, cards after an amount's
 * decimals, Spanish DNIs in rows with a country cell, ledger columns and OTA EchoTokens; names beside
 * `surname`, in XML name elements, on cards, under renter/passenger keys, SCIM, case notes and
 * chats — in contexts other than the set's, values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();

const card = (first: string, n: number): string => {
  for (;;) {
    const v = `${first}${str(DIG, n - first.length)}`;
    if (luhnValid(v)) return v;
  }
};
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = (): string => {
  const n = 10000000 + randomInt(89999999);
  return `${n}${DNI_LETTERS[n % 23]}`;
};

describe('round r48: travel identifiers and payment lines', () => {
  it('finds them in other tools and layouts', () => {
    const doc = `${str(UP, 2)}${str(DIG, 7)}`;
    expect(found(`UNB+UNOA:4+AFAPIS+CBSAAPIS+260101:0900+1'\nNAD+FL+++${family().toUpperCase()}:${given().toUpperCase()}'\nDOC+V:110:111+${doc}'\n`, doc)).toBe(true);
    const dob = `19${randomInt(10) + 60}0${randomInt(9) + 1}1${randomInt(9)}`;
    expect(found(`ATT+2++F'\nDTM+329:${dob}'\nNAT+2+CAN'`, dob)).toBe(true);
    const fp = card('5', 16);
    expect(found(`RP/PAR1A0980/\n  9 FP PAX CCCA${fp}/1128\n`, fp)).toBe(true);
    const bacs = `${10 + randomInt(89)}-${10 + randomInt(89)}-${10 + randomInt(89)} ${str(DIG, 8)}`;
    expect(found(`Please pay the deposit by Faster Payment to ${bacs} (ref HOLIDAY)`, bacs)).toBe(true);
    const pan = `${str(UP, 3)}C${str(UP, 1)}${str(DIG, 4)}${str(UP, 1)}`;
    expect(found(`Supplier says PAN of the company is ${pan} for TDS`, pan)).toBe(true);
    const ff = `${str(DIG, 10)}`;
    expect(found(`{"pax":"P1","frequent_flyer_number":"${ff}","tier":"elite"}`, ff)).toBe(true);
    const ktn = str(DIG, 9);
    expect(found(`traveler_profile known_traveler_number=${ktn} updated`, ktn)).toBe(true);
    const dl = `${str(UP, 1)}${str(DIG, 7)}`;
    expect(found(`{"customer":{"license": {"number": "${dl}", "expires": "2029-01-01"}}}`, dl)).toBe(true);
    const addr = `${10 + randomInt(900)} Rue des Lilas, ${10000 + randomInt(80000)} Lyon`;
    expect(found(`Please note the mailing address ${addr}. Thanks`, addr)).toBe(true);
    const ss = mix(16);
    expect(found(`Webhook shared secret (copied from the console): ${ss}`, ss)).toBe(true);
    const amex = card('37', 15);
    expect(found(`date,amount,card\n2026-01-02,88.10,${amex}\n`, amex)).toBe(true);
    const d = dni();
    expect(found(`id;nombre;pais;documento\n7;Lucía Ortega;ES;${d}\n`, d)).toBe(true);
    const sid = str(HEX, 32);
    expect(found(`curl -H 'Cookie: remember_me=${sid}' https://portal.example.org/`, sid)).toBe(true);
  });

  it('leaves the look-alikes clean', () => {
    expect(clean(`UNB+UNOA:4+AFAPIS+CBSAAPIS+260101:0900+1'\nDTM+189:2601010900'\nDOC+P+'`)).toEqual([]);
    expect(clean(`BACS run 2026-04-01 batch 12 of 30 processed in 00-00-12 seconds`)).toEqual([]);
    expect(clean(`GL_ACCOUNT,COST_CENTER,AMOUNT\n${600000 + randomInt(99999)},CC-01,10.00\n${600000 + randomInt(99999)},CC-02,12.50\n`)).toEqual([]);
    expect(clean(`<OTA_HotelRateAmountNotifRQ EchoToken="${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}" Version="1.0"/>`)).toEqual([]);
    expect(clean(`INFO charge ok token=tok_${str(B62, 24)} last4=4242 amount=12.00`)).toEqual([]);
    expect(clean(`member=consumer-1 joined group payments`)).toEqual([]);
    expect(clean(`the shared secret is stored in the vault: see runbook`)).toEqual([]);
  });
});

describe('round r48: names in booking systems', () => {
  it('finds them in other tools and layouts', () => {
    const g = given();
    const f = family();
    const xml = `<Traveler><PersonName><ns:GivenName>${g}</ns:GivenName><ns:Surname>${f}</ns:Surname></PersonName></Traveler>`;
    expect(found(xml, g) && found(xml, f)).toBe(true);
    const j = `{"lead":{"name":"${g}","last_name":"${f}"}}`;
    expect(found(j, g)).toBe(true);
    const holder = person().toUpperCase();
    expect(found(`{"payment":{"name_on_card":"${holder}","exp":"12/29"}}`, holder)).toBe(true);
    const pax = person();
    expect(found(`checkin ok passenger_name="${pax}" seat=3F bag=1 booking=ABC123`, pax)).toBe(true);
    const scim = person();
    expect(found(`PATCH /scim/v2/Users/1 {"name": {"formatted": "${scim}", "givenName": "x"}}`, scim)).toBe(true);
    const m = person();
    expect(found(`Note: Member ${m} (#MB${str(DIG, 9)}) called about missing miles`, m)).toBe(true);
    const c = person();
    expect(found(`[whatsapp] hey, it's ${c}. my card ending 4421 was charged twice`, c)).toBe(true);
    const feed = person().toUpperCase();
    expect(found(`R;${card('4', 16)};${feed};AIRLINE;300.00`, feed)).toBe(true);
    const nad = `${family().toUpperCase()}:${given().toUpperCase()}`;
    expect(found(`NAD+DDT+++${nad}+1 Main St'`, nad)).toBe(true);
  });

  it('leaves the look-alikes clean', () => {
    expect(clean(`{"product":{"name":"Deluxe","surname":""}}`)).toEqual([]);
    expect(clean(`<Room><GivenName>Standard</GivenName></Room>`)).toEqual([]);
    expect(clean(`[chat] hi, it's Monday again, so the report is late`)).toEqual([]);
    expect(clean(`INFO renter=null vehicle=ICAR status=returned`)).toEqual([]);
  });
});
