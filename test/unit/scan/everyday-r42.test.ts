import { describe, expect, it } from 'vitest';
import { DIG, HEX, LO, str, UP, everydayProbe, mix, given, family, person, aba } from '../../helpers/everyday-kit';
import { ibanMod97 } from '../../../src/scan/validators';

import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r42 (blind set 42: logistics, manufacturing and the ERP back office): ERP, carrier and EDI
 * credentials (Infor ION API files, Layer7/FedEx keys, USPS Web Tools user ids, client-credentials
 * grants, X12 ISA and EDIFACT UNB passwords, `curl -u "user:pass phrase"`), ACH and routing-line bank
 * details, and people in split CSV name columns, SAP fields, X12 N1/N3, EDIFACT NAD/CTA/COM, cXML,
 * connection calls, on-call values, contact labels, payment chats, HR tickets and request headers — in
 * contexts other than the set's, values drawn at test time; beside them the look-alikes that stay clean.
 */
const { leaks, found, clean, by } = everydayProbe();

const iban = (): string => {
  const bban = str(DIG, 18);
  return `DE${String(98 - ibanMod97(`DE00${bban}`)).padStart(2, '0')}${bban}`;
};
const l7 = (): string => `l7xx${str('abcdef', 1)}${str(DIG, 1)}${str(HEX, 30)}`;

describe('round r42: ERP, carrier and EDI credentials', () => {
  it('finds Infor ION API client and service-account secrets (one line, pretty-printed, in a log)', () => {
    const cs = mix(86, '_-');
    const sask = mix(86, '_-');
    const one = `{"ti":"ACME_TST","cn":"Bridge","dt":"12","ci":"ACME_TST~${mix(43, '_-')}","cs":"${cs}","iu":"https://mingle-ionapi.eu1.inforcloudsuite.com","saak":"ACME_TST#${mix(80)}","sask":"${sask}"}`;
    expect(found(one, cs), one).toBe(true);
    expect(found(one, sask), one).toBe(true);
    const pretty = `{\n  "ti": "ACME_PRD",\n  "ci": "ACME_PRD~${mix(43)}",\n  "cs": "${cs}",\n  "iu": "https://mingle-ionapi.inforcloudsuite.com"\n}`;
    expect(found(pretty, cs), pretty).toBe(true);
    const log = `2026-01-04 WARN m3-sync: loaded credentials file {"saak":"ACME_PRD#${mix(60)}","sask":"${sask}"} from /etc/m3/ProdSync.ionapi`;
    expect(found(log, sask), log).toBe(true);
  });
  it('leaves "cs" keys of other JSON and placeholder ION API files alone', () => {
    expect(clean(`{"cs":"${mix(40)}","lang":"en","theme":"dark"}`)).toEqual([]);
    expect(clean('{"ti":"ACME","ci":"ACME~clientid","cs":"<client secret>","iu":"https://mingle-ionapi.inforcloudsuite.com"}')).toEqual([]);
    expect(clean(`{"ti":"ACME","ci":"ACME~x","cs":"${'x'.repeat(40)}"}`)).toEqual([]);
  });

  it('finds Layer7 (FedEx) API keys in env files, headers and JSON', () => {
    for (const t of [`FEDEX_API_KEY=${l7()}`, `-H "X-Api-Key: ${l7()}"`, `{"client_id":"${l7()}","grant_type":"client_credentials"}`]) {
      const v = /l7xx[0-9a-f]{32}/.exec(t)![0];
      expect(found(t, v), t).toBe(true);
    }
  });
  it('leaves l7xx runs of one digit and other lengths alone', () => {
    expect(clean(`FEDEX_API_KEY=l7xx${'0'.repeat(32)}`)).toEqual([]);
    expect(clean(`key=l7xx${str(HEX, 20)}`)).toEqual([]);
  });

  it('finds USPS Web Tools user ids in XML, percent-encoded and plus-encoded requests', () => {
    const id = `${str(DIG, 3)}${str(UP, 5)}${str(DIG, 4)}`;
    for (const t of [
      `<RateV4Request USERID="${id}"><Revision>2</Revision></RateV4Request>`,
      `GET /ShippingAPI.dll?API=Verify&XML=%3CAddressValidateRequest%20USERID%3D%22${id}%22%3E HTTP/1.1`,
      `GET /ShippingAPI.dll?API=TrackV2&XML=<TrackFieldRequest+USERID="${id}">`,
    ]) expect(found(t, id), t).toBe(true);
  });
  it('leaves placeholder USPS user ids and other USERID attributes alone', () => {
    expect(clean('<TrackRequest USERID="XXXXXXXXXXXX">')).toEqual([]);
    expect(clean('<TrackRequest USERID="YOURUSERID1">')).toEqual([]);
    expect(clean(`<row USERID="${str(DIG, 6)}" name="x"/>`)).toEqual([]);
  });

  it('finds the client id and secret of a client-credentials grant (JSON, form body, escaped JSON)', () => {
    const id = mix(32);
    const secret = `${str(UP, 6)}${str(LO, 10)}`;
    for (const t of [
      `{"grant_type":"client_credentials","client_id":"${id}","client_secret":"${secret}","scope":"tracking"}`,
      `POST /oauth2/v3/token body=grant_type=client_credentials&client_id=${id}&client_secret=${secret}`,
      `msg="{\\"grant_type\\":\\"client_credentials\\",\\"client_id\\":\\"${id}\\",\\"client_secret\\":\\"${secret}\\"}"`,
    ]) {
      expect(found(t, id), t).toBe(true);
      expect(found(t, secret), t).toBe(true);
    }
  });
  it('leaves client ids alone beside masked or templated secrets, UUID ids and other grants', () => {
    const id = mix(32);
    expect(clean(`{"grant_type":"client_credentials","client_id":"${id}","client_secret":"********"}`)).toEqual([]);
    expect(clean(`{"grant_type":"client_credentials","client_id":"${id}","client_secret":"\${CLIENT_SECRET}"}`)).toEqual([]);
    expect(clean(`{"grant_type":"client_credentials","client_id":"0f8fad5b-d9cb-469f-a165-70867728950e","client_secret":"{{ secret }}"}`)).toEqual([]);
    expect(clean(`{"grant_type":"authorization_code","client_id":"${id}","redirect_uri":"https://app.acme.io/cb"}`)).toEqual([]);
  });

  it('finds X12 ISA04 security passwords (star, pipe separators, a document in a log line)', () => {
    const p = `${str(UP, 4)}${str(DIG, 3)}!${str(DIG, 1)}`;
    for (const t of [
      `ISA*00*          *01*${p}*ZZ*SENDER         *ZZ*RECEIVER       *260101*0930*U*00401*000000001*0*P*>~`,
      `ISA|00|          |01|${p}|ZZ|SENDER         |12|5551234567     |260101|0930|U|00401|000000001|0|T|>`,
      `as2 inbound 2026-01-01 payload="ISA*03*${mix(10)}*01*${p}*ZZ*ACME           *ZZ*BUYER          *260101*0930*U*00401*000000001*0*P*:~GS*PO"`,
    ]) expect(found(t, p), t).toBe(true);
  });
  it('leaves ISA headers without a password alone', () => {
    expect(clean('ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *260101*0930*U*00401*000000001*0*P*>~')).toEqual([]);
    expect(clean('ISA*00*          *01*0000000000*ZZ*SENDER         *ZZ*RECEIVER       *260101*0930*U*00401*000000001*0*P*>~')).toEqual([]);
  });

  it('finds EDIFACT UNB recipient passwords (with and without a qualifier, UNOA and UNOC)', () => {
    const p = `${str(UP, 3)}${str(LO, 3)}${str(DIG, 3)}`;
    for (const t of [
      `UNB+UNOC:3+4000001000002:14+5000001000009:14+260101:0930+000123+${p}:AA++INVOIC'`,
      `UNB+UNOA:2+SENDERID:ZZ+RECEIVERID:ZZ+260101:1200+CTL42+${p}'`,
      `edi-gw: outbound interchange UNB+UNOB:1+ACME:ZZ+BUYER:ZZ+260101:0800+77+${p}:BB+ORDERS' sent over AS2`,
    ]) expect(found(t, p), t).toBe(true);
  });
  it('leaves UNB segments without a password, or with a numeric reference, alone', () => {
    expect(clean("UNB+UNOC:3+4000001000002:14+5000001000009:14+260101:0930+000123++INVOIC'")).toEqual([]);
    expect(clean("UNB+UNOC:3+4000001000002:14+5000001000009:14+260101:0930+000123+4711:AA++INVOIC'")).toEqual([]);
    expect(clean("UNB+UNOC:3+4000001000002:14+5000001000009:14+260101:0930+000123+ORDERS'")).toEqual([]);
  });

  it('finds a curl password with spaces when the whole user:password pair is quoted', () => {
    const p = `north crate rolls ${str(DIG, 2)}?`;
    for (const t of [`curl -s -u "ops.user:${p}" https://erp.acme.io/api`, `curl --user '${given().toLowerCase()}:${p}' -X GET https://erp.acme.io`, `curl -X POST https://erp.acme.io/odata \\\n  -u "svc_mes:${p}" -d @job.json`]) {
      expect(found(t, p), t).toBe(true);
    }
    expect(clean('curl -u "$ERP_USER:$ERP_PASS" https://erp.acme.io/api')).toEqual([]);
  });
});

describe('round r42: Basic authorization with a UTF-8 user name', () => {
  it('finds Basic credentials whose user name has letters beyond ASCII (PowerShell, curl, a header dump)', () => {
    for (const user of ['LUCÍA', 'søren.kjær', 'Zoë']) {
      const b64 = Buffer.from(`${user}:${mix(20)}`, 'utf8').toString('base64');
      for (const t of [`-Headers @{ Authorization = "Basic ${b64}" }`, `curl -H 'Authorization: Basic ${b64}' https://erp.acme.io`, `request headers: {"authorization":"Basic ${b64}"}`]) {
        expect(found(t, b64), t).toBe(true);
      }
    }
  });
  it('leaves UTF-8 Basic pairs with a placeholder or masked password alone', () => {
    for (const pass of ['password', '********']) {
      const b64 = Buffer.from(`LUCÍA:${pass}`, 'utf8').toString('base64');
      expect(by(`Authorization: Basic ${b64}`, 'http-basic-auth')).toBe(false);
    }
  });
});

describe('round r42: bank details in ACH pairs and under routing lines', () => {
  it('finds the routing number of an ACH routing/account pair', () => {
    for (const f of [(r: string) => `fallback: ACH ${r}/${str(DIG, 10)}`, (r: string) => `payout method=ACH:${r}:${str(DIG, 9)}`, (r: string) => `refund via (ACH) ${r}/${str(DIG, 8)} pending`]) {
      const r = aba();
      const t = f(r);
      expect(found(t, r), t).toBe(true);
    }
  });
  it('leaves ACH pairs with an invalid routing number alone', () => {
    expect(leaks('batch ACH 123456789/55512345 settled').some((f) => f.detector === 'aba-routing-in-ach-pair')).toBe(false);
  });
  it('finds an account number on the line under a routing number', () => {
    for (const lead of ['Routing (ABA): ', 'ABA routing number: ', 'routing: ']) {
      const acct = str(DIG, 11);
      const t = `please pay to:\n  ${lead}${aba()}\n  Account: ${acct}\nthanks`;
      expect(found(t, acct), t).toBe(true);
    }
  });
  it('leaves account lines under an invalid routing number or no routing number alone', () => {
    // Round r42's own detector for this (`bank-account-under-routing-line`) went when round r41 widened
    // `bank-account-beside-routing` to a routing line up to three lines above: the same finding, one detector.
    expect(leaks('Routing: 123456789\nAccount: 55512345678')).toEqual([]);
    expect(leaks('Order: 123456789\nAccount: 55512345678')).toEqual([]);
  });
});

describe('round r42: names in ERP, EDI and procurement records', () => {
  it('finds given and family names in split CSV name columns (comma, semicolon, quoted)', () => {
    const g = given();
    const f = family();
    for (const t of [
      `driver_id,first_name,last_name,email\n${str(DIG, 6)},${g},${f},${str(LO, 7)}@fleet-acme.io`,
      `Vorname;last_name;phone\n${g};${f};+49 151 ${str(DIG, 8)}`,
      `"id","first_name","last_name","employee_no"\n"${str(DIG, 4)}","${g}","${f}","${str(DIG, 7)}"`,
    ]) {
      expect(found(t, g), t).toBe(true);
      expect(found(t, f), t).toBe(true);
    }
  });
  it('leaves split name columns of placeholder rows and rows without an identifier alone', () => {
    expect(clean('first_name,last_name,role\nTest,User,admin')).toEqual([]);
    expect(clean('first_name,last_name,team\nBarnaby,Drummond,night shift')).toEqual([]);
    expect(by('first_name,last_name,email\nBarnaby,Drummond,bdrummond@example.com', 'person-name-split-csv-column')).toBe(false);
  });

  it('finds names under SAP field names (NAME1, KOINH, NAME_FIRST)', () => {
    for (const f of [(n: string) => `E1LFA1M  LIFNR=000${str(DIG, 7)} NAME1=${n} ORT01=Hamburg`, (n: string) => `E1LFBKM  BANKS=DE BANKL=${str(DIG, 8)} KOINH=${n}`, (n: string) => `BAPIADDR: NAME_FIRST: Oswin NAME_LAST: Drummond | NAME1="${n}"`]) {
      const n = person();
      const t = f(n);
      expect(found(t, n), t).toBe(true);
    }
    expect(clean('E1LFA1M  LIFNR=0000012345 NAME1=Harbor Freight Logistics ORT01=Bremen')).toEqual([]);
  });

  it('finds names in X12 N1 and the N3 street under them', () => {
    const n = person();
    const t1 = `N1*PE*${n}~`;
    expect(found(t1, n), t1).toBe(true);
    const n2 = person();
    const t2 = `ST*850*0001~\nN1*ST*${n2}*92*A17~\nN3*${randomInt(900) + 10} Mill Lane~\nN4*York**YO1 7HH~`;
    expect(found(t2, n2), t2).toBe(true);
    expect(found(t2, /N3\*([^~]+)~/.exec(t2)![1]!), t2).toBe(true);
    const t3 = `translator: segment N1*BT*${n}~ rejected`;
    expect(found(t3, n), t3).toBe(true);
    const co = 'N1*ST*Blue Ridge Freight*92*0042~\nN3*100 Dock Road~';
    expect(by(co, 'x12-n1-party-name') || by(co, 'x12-n3-street-line'), co).toBe(false);
  });

  it('finds names in EDIFACT NAD and CTA segments and numbers in COM segments', () => {
    const n = person();
    const phone = `0044${str(DIG, 10)}`;
    const t = `NAD+DP+++${n}+12 Quay Street+Cork'CTA+IC+:${n}'COM+${phone}:TE'`;
    expect(found(t, n), t).toBe(true);
    expect(found(t, phone), t).toBe(true);
    const t2 = `NAD+BY+5412345000013::9++${n}'`;
    expect(found(t2, n), t2).toBe(true);
    const t3 = `edi: CTA+OC+D17:${n}'COM+${phone}:FX'`;
    expect(found(t3, n), t3).toBe(true);
    expect(clean("NAD+SU+5412345000013::9++Harbour Cold Storage'COM+1234:TE'")).toEqual([]);
  });

  it('finds names in cXML Name and DeliverTo elements', () => {
    for (const f of [(n: string) => `<ShipTo><Address><Name xml:lang="en">${n}</Name></Address></ShipTo>`, (n: string) => `<Name xml:lang="de-DE">${n}</Name>`, (n: string) => `<PostalAddress><DeliverTo>${n}</DeliverTo><Street>1 Main</Street></PostalAddress>`]) {
      const n = person();
      const t = f(n);
      expect(found(t, n), t).toBe(true);
    }
    expect(clean('<Name xml:lang="en">Acme Supply Distribution</Name>')).toEqual([]);
  });

  it('finds a person passed as the user of a connection call', () => {
    for (const f of [(n: string) => `conn = Connection(ashost="s4.acme.io", user="${n}", passwd=secret)`, (n: string) => `pymssql.connect(server="db", username='${n}', port=1433)`, (n: string) => `  File "x.py", in connect(user_name="${n}")`]) {
      const n = person();
      const t = f(n);
      expect(found(t, n), t).toBe(true);
    }
    expect(clean('Connection(ashost="s4", user="RFC_USER", passwd=x)')).toEqual([]);
  });

  it('finds a name with a phone in one quoted on-call or contact value', () => {
    for (const f of [(n: string) => `  on_call: "${n} +48 757 346 749"`, (n: string) => `{"emergency_contact":"${n}, (312) 555-0142"}`, (n: string) => `dispatcher='${n} 07700 900123'`]) {
      const n = person();
      const t = f(n);
      expect(found(t, n), t).toBe(true);
    }
    expect(clean('  on_call: "Night Desk +1 312 555 0100"')).toEqual([]);
  });

  it('finds a name after a Contact: label before their phone or mailbox', () => {
    for (const f of [(n: string) => `Contact: ${n}, 07429 064131`, (n: string) => `Contact person: ${n} +33 6 53 71 80 28`, (n: string) => `Contact: ${n} <ops${str(DIG, 2)}@carrier-acme.io>`]) {
      const n = person();
      const t = f(n);
      expect(found(t, n), t).toBe(true);
    }
    expect(by('Contact: Support Team, 0800 123 456', 'person-name-contact-label-phone')).toBe(false);
  });

  it('finds the payee before an IBAN, the subject of an HR ticket and an X-Requested-By person', () => {
    const n1 = person();
    const t1 = `can you push the refund to ${n1}, IBAN ${iban()} today`;
    expect(found(t1, n1), t1).toBe(true);
    const n2 = person();
    const t2 = `beneficiary: ${n2} IBAN ${iban()}`;
    expect(found(t2, n2), t2).toBe(true);
    const n3 = person();
    const t3 = `[HR-7] New driver onboarding: ${n3}\nDOB on file`;
    expect(found(t3, n3), t3).toBe(true);
    const n4 = person();
    const t4 = `Termination: ${n4} (effective 2026-02-01)`;
    expect(found(t4, n4), t4).toBe(true);
    const n5 = person();
    const t5 = `GET /api HTTP/1.1\nX-Requested-By: ${n5}\nAccept: */*`;
    expect(found(t5, n5), t5).toBe(true);
    expect(clean('GET /ambari HTTP/1.1\nX-Requested-By: ambari\nAccept: */*')).toEqual([]);
    expect(clean('New hire: Onboarding Checklist\n')).toEqual([]);
  });

  it('finds a home address under a home or residence key, any street name, with a postcode', () => {
    for (const a of [`${randomInt(300) + 1} Kingsway, Leeds LS9 ${randomInt(9) + 1}RH`, `${randomInt(900) + 10} Broadway, Albany, NY 12207`, `${randomInt(90) + 1} Dorpsweg, 1490 KR Venlo`]) {
      for (const t of [`    home: "${a}"`, `{"home_address":"${a}"}`, `residence='${a}'`]) expect(found(t, a), t).toBe(true);
    }
    expect(by('home: "/var/lib/app"', 'street-address-under-home-key')).toBe(false);
    expect(by('home: "3 Kingsway"', 'street-address-under-home-key')).toBe(false);
  });

  it('finds a parenthesized name at the end of a line that holds their own mailbox', () => {
    const g = given();
    const f = family();
    for (const t of [
      `sap-router: 203.0.113.9 -> s4p:3200 user=${g[0]!.toLowerCase()}${f.toLowerCase()}@acme-logistics.io terminal=LT-1 (${g} ${f})`,
      `login ok email=${g.toLowerCase()}.${f.toLowerCase()}@acme-logistics.io (${g} ${f})`,
      `vpn user: ${f.toLowerCase()}.${g.toLowerCase()}7@acme-logistics.io from 198.51.100.7 (${g} ${f})`,
    ]) expect(found(t, `${g} ${f}`), t).toBe(true);
    expect(by(`user=ops@acme-logistics.io (${g} ${f})`, 'person-name-parens-after-mailbox')).toBe(false);
  });
});
