import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-coverage';
import { balticIdValid, cnpjValid, cnpValid, cnRicValid, czRcValid, egnValid, einValid, hkidValid, ilIdValid, kennitalaValid, oibValid, rutValid, tcknValid, twIdValid } from '../../../src/scan/id-checksums-world';
import { clabeValid } from '../../../src/scan/detectors/bank-accounts-world';
import { ss58Valid, stellarValid } from '../../../src/scan/detectors/wallets-world';
import { bech32Address, clabe, cnpj, ein, vatDe, hetu, polkadot, rut, solana, ssnBare, stellar, tckn, tezos, visa } from './generators-pf13';
import { rng, type Rng } from './sample-rng';


/** Each class: a value generator and the contexts (CRM/KYC/HR JSON, CSV, form, XML, SQL, key=value) it is planted in. */
const CASES: Record<string, { value: (r: Rng) => string; contexts: ((v: string) => string)[] }> = {
  'SSN without dashes in database errors and statements': {
    value: ssnBare,
    contexts: [
      (v) => `ERROR:  duplicate key value violates unique constraint "employees_tax_id_key"\nDETAIL:  Key (tax_id)=(${v}) already exists.`,
      (v) => `DETAIL: Key (email, ssn)=(ann@corp.io, ${v}) already exists.`,
      (v) => `SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${v}' for key 'users.ssn'`,
      (v) => `Cannot insert duplicate key row in object 'dbo.Employees' with unique index 'IX_Employees_SSN'. The duplicate key value is (${v}).`,
      (v) => `INSERT INTO employees (id, full_name, national_id, dept) VALUES (7, 'Ann Lee', '${v}', 'HR');`,
      (v) => `hr export\nemployee_id,full_name,ssn,department\n1042,Ann Lee,${v},Finance`,
      (v) => `{"fields":[{"name":"ssn","value":"${v}"}]}`,
      (v) => `<saml:Attribute Name="http://schemas.example.com/claims/ssn"><saml:AttributeValue>${v}</saml:AttributeValue></saml:Attribute>`,
    ],
  },
  'Finnish henkilötunnus in SAML attributes': {
    value: hetu,
    contexts: [
      (v) => `<saml:Attribute Name="urn:oid:1.2.246.21" FriendlyName="nationalIdentificationNumber"><saml:AttributeValue xsi:type="xs:string">${v}</saml:AttributeValue></saml:Attribute>`,
      (v) => `<saml2:Attribute Name="urn:oid:1.2.246.21"><saml2:AttributeValue>${v}</saml2:AttributeValue></saml2:Attribute>`,
      (v) => `<Attribute Name="personalIdentityCode"><AttributeValue>${v}</AttributeValue></Attribute>`,
      (v) => `{"user":{"personalIdentityCode":"${v}"}}`,
    ],
  },
  'US EIN under employer and tax keys': {
    value: ein,
    contexts: [
      (v) => `vendor onboarding {"employerIdentificationNumber":"${v}","legalName":"Acme LLC"}`,
      (v) => `w9 received fein=${v} entity=llc`,
      (v) => `<Vendor><TaxId>${v}</TaxId></Vendor>`,
      (v) => `Violation of UNIQUE KEY constraint 'UQ_Vendors_TaxId'. Cannot insert duplicate key in object 'dbo.Vendors'. The duplicate key value is (${v}).`,
    ],
  },
  'Brazilian CNPJ, Chilean RUT, Turkish TCKN under their keys': {
    value: (r) => r.pick([cnpj, rut, tckn])(r),
    contexts: [
      (v) => `{"customer":{"taxId":"${v}","country":"BR"}}`,
      (v) => `kyc documento=${v} status=pending`,
      (v) => `merchant,tax_id,city\nAcme,"${v}",Santiago`,
    ],
  },
  'VAT numbers under VAT keys (checksums of DE, FR, IT, NL, AT, BE, PL, ES, GB, SE, DK, FI, CH)': {
    value: (r) => r.pick([vatDe(r), 'FR40303265045', 'IT00743110157', 'NL004495445B01', 'ATU13585627', 'BE0428759497', 'PL5260250274', 'ESB58378431', 'GB980780684', 'SE556036079301', 'DK13585628', 'FI20774740', 'CHE-116.281.710 MWST']),
    contexts: [
      (v) => `{"billing":{"vat_number":"${v}","country":"EU"}}`,
      (v) => `invoice created ust_idnr="${v}" total=119.00`,
      (v) => `<cac:PartyTaxScheme><VATNumber>${v}</VATNumber></cac:PartyTaxScheme>`,
      (v) => `company,vat_number,city\nAcme GmbH,${v},Berlin`,
    ],
  },
  'dates of birth under keys in more languages and layouts': {
    value: (r) => r.pick([`${r.int(1950, 2004)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`, `${String(r.int(1, 28)).padStart(2, '0')}.${String(r.int(1, 12)).padStart(2, '0')}.${r.int(1950, 2004)}`, `March ${r.int(1, 28)}, ${r.int(1950, 2004)}`]),
    contexts: [
      (v) => `{"cliente":{"data_de_nascimento":"${v}"}}`,
      (v) => `asiakas syntymaaika=${v.includes(' ') ? `"${v}"` : v} tila=ok`,
      (v) => `<fodselsdato>${v}</fodselsdato>`,
      (v) => `{"klient":{"data_urodzenia":"${v}","miasto":"Kraków"}}`,
    ],
  },
  'passport and licence numbers under keys in more languages': {
    value: (r) => r.pick([`C${r.str('CFGHJKLMNPRTVWXYZ', 3)}${r.str('0123456789', 5)}`, `${r.int(10, 99)}AB${r.str('0123456789', 5)}`, `X${r.str('0123456789', 12)}`]),
    contexts: [
      (v) => `Ausweisprüfung {"reisepassnummer":"${v}"}`,
      (v) => `controle paspoortnummer=${v} resultaat=afgewezen`,
      (v) => `<fuhrerscheinnummer>${v}</fuhrerscheinnummer>`,
      (v) => `INSERT INTO drivers (id, name, passport_number) VALUES (3, 'Ann', '${v}');`,
    ],
  },
  'cards under card keys in form bodies (spaces encoded as +)': {
    value: (r) => visa(r).replace(/(\d{4})(?=\d)/g, '$1+'),
    contexts: [(v) => `POST /pay body: amount=1200&pan=${v}&exp=12%2F29`, (v) => `card_number=${v}&cvc=123`, (v) => `ccnum=${v}&name=Ann+Lee`],
  },
  'cards in SQL columns': {
    value: visa,
    contexts: [(v) => `INSERT INTO cards (id, card_number) VALUES (1, '${v}');`],
  },
  'Mexican CLABE': {
    value: clabe,
    contexts: [(v) => `spei transfer failed {"clabe":"${v}","monto":1500}`, (v) => `SPEI orden enviada cuenta destino ${v} banco 012`, (v) => `beneficiario clabe=${v}`],
  },
  'bank details of Canada, India and Brazil': {
    value: (r) => String(r.int(1000000, 99999999)),
    contexts: [
      (v) => `{"transit_number":"12345","institution_number":"003","account_number":"${v}"}`,
      (v) => `payout ifsc_code=HDFC0001234 bank_account_no=${v}`,
      (v) => `pix fallback agencia=1234 conta=${v}-7 banco=341`,
      (v) => `bsb_number=062000 acc_no=${v}`,
    ],
  },
  'wallet addresses with checksums': {
    value: (r) => r.pick([() => bech32Address(r, 'cosmos', 32), () => bech32Address(r, 'addr', 92), () => tezos(r), () => polkadot(r), () => stellar(r)])(),
    contexts: [(v) => `{"wallet":{"address":"${v}"}}`, (v) => `withdrawal requested to_address=${v} amount=12.5`],
  },
  'phones in national layouts under phone keys and columns': {
    value: (r) => r.pick([`8 (9${r.int(10, 99)}) ${r.int(100, 999)}-${r.int(10, 99)}-${r.int(10, 99)}`, `090-${r.int(1000, 9999)}-${r.int(1000, 9999)}`, `+55 11 9${r.int(1000, 9999)}-${r.int(1000, 9999)}`, `07${r.int(100, 999)} ${r.int(100000, 999999)}`]),
    contexts: [
      (v) => `{"kontakt":{"telefon":"${v}"}}`,
      (v) => `customer_id,name,cell\n42,Ann Lee,${v}`,
      (v) => `INSERT INTO contacts (id, name, phone) VALUES (12, 'Ann Lee', '${v}');`,
      (v) => `<saml:Attribute Name="urn:oid:2.5.4.20"><saml:AttributeValue>${v}</saml:AttributeValue></saml:Attribute>`,
    ],
  },
  'street addresses in form-encoded bodies': {
    value: (r) => r.pick([`${r.int(1, 9999)}+Maple+Avenue`, `Hauptstra%C3%9Fe+${r.int(1, 200)}`, `${r.int(1, 300)}+High+Street`]),
    contexts: [
      (v) => `POST /checkout body: email=ann%40corp.io&address=${v}&city=Boston`,
      (v) => `shipping[address][line1]=${v}&shipping[address][city]=Springfield`,
      (v) => `shipping%5Baddress%5D%5Bline1%5D=${v}&currency=eur`,
    ],
  },
  'Solana addresses on a line that names Solana': {
    value: solana,
    contexts: [(v) => `{"chain":"solana","to":"${v}"}`, (v) => `solana withdrawal to_address=${v} amount=1.5`],
  },
};

describe('blind set 13 classes: personal and financial values in CRM, KYC, HR, payment payloads and error logs', () => {
  it.each(Object.keys(CASES))('%s: every planted value is fully covered', (name) => {
    const c = CASES[name]!;
    const r = rng(name.length * 7 + 13);
    for (let i = 0; i < 4; i++) {
      for (const ctx of c.contexts) {
        const v = c.value(r);
        const text = ctx(v);
        expect(covered(text, v), `${v} in ${text}`).toBe(true);
      }
    }
  });
});

/** Look-alikes that hold no personal or financial value. */
const NEGATIVES = [
  'ERROR: duplicate key value violates unique constraint "orders_pkey" DETAIL: Key (order_id)=(123456789) already exists.',
  "SQLSTATE[23000]: 1062 Duplicate entry '20240312101' for key 'orders.tracking_code'",
  "Cannot insert duplicate key row in object 'dbo.Orders' with unique index 'IX_Orders_Number'. The duplicate key value is (784512369).",
  '<saml:Attribute Name="urn:oid:2.5.4.42" FriendlyName="givenName"><saml:AttributeValue>Ann</saml:AttributeValue></saml:Attribute>',
  '<saml:Attribute Name="urn:oid:1.2.246.21" FriendlyName="nationalIdentificationNumber"></saml:Attribute> schema urn:oid:1.2.246.21',
  'oid 1.2.840.113549 attribute OID=2.5.4.3 "oid":"1.3.6.1.4.1.311"',
  "INSERT INTO orders (id, order_number, tracking) VALUES (1, '123456789', '1Z999AA10123456784');",
  'sku,order_number,invoice_id,tracking_number\nA-100,123456789,INV-2024-000123,9400111899223856925041',
  '{"tax_id":"txr_1MzQeP2eZvKYlo2C","tax":"19.99","license":"MIT","dl":"1","pan":"enabled","card":"visa","passport":"verified"}',
  '{"document_number":"INV-2024-000123","id_number":"482193756","order_number":"5544307468","version":"1.2.246.21"}',
  'tin=0 ein=1 card_brand=visa card_last4=4242 phone_verified=true dob_verified_at=2024-03-01T10:00:00Z',
  '{"status":"in_transit","transit_days":"3","tracking_number":"1Z999AA10123456784","branch":"2045","account":"prod"}',
  'git checkout release branch 1234; account=enterprise plan=pro build 20240312',
  'deploy sha=3f5a9c2e1b7d4a6f8e0c9b2a1d3e5f7a9c1b3d5e version 2.14.3 trace_id=4bf92f3577b34da6a3ce929d0e0e4736',
  'wallet service healthy; checked 12 addresses; last block 18734512 at 2026-03-01T10:00:00Z',
  'spei batch 20240312 processed 1200 orders; cuenta de resultados ok',
  'GET /search?q=123+Main+St&page=2 address=hello+world&ip_address=203.0.113.9+x',
  '{"phone":"2024-03-01","mobile":"v2.14.3","cell":"A1","tel":"00000000","celltype":"12345678"}',
  '{"vat_rate":"19","vat":"DE","vat_number":"DE136695977","vat_amount":"19.00","iva":"21%"}',
];

describe('blind set 13 look-alikes', () => {
  it.each(NEGATIVES)('flags nothing in: %s', (text) => {
    expect(leaks(text).map((f) => `${f.detector}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});

describe('checksums of the new national ids, bank and wallet formats', () => {
  it('accepts published examples and rejects them with one digit changed', () => {
    const ok: [(v: string) => boolean, string, string][] = [
      [cnpjValid, '11.222.333/0001-81', '11.222.333/0001-82'],
      [rutValid, '12.345.678-5', '12.345.678-6'],
      [tcknValid, '10000000146', '10000000147'],
      [oibValid, '69435151530', '69435151531'],
      [cnRicValid, '11010519491231002X', '110105194912310021'],
      [hkidValid, 'A123456(3)', 'A123456(4)'],
      [twIdValid, 'A123456789', 'A123456788'],
      [ilIdValid, '000000018', '000000019'],
      [balticIdValid, '37605030299', '37605030298'],
      [kennitalaValid, '120174-3399', '120174-3389'],
      [cnpValid, '1800101221144', '1800101221145'],
      [egnValid, '7523169263', '7523169264'],
      [czRcValid, '7103192745', '7103192746'],
      [einValid, '12-3456789', '00-3456789'],
    ];
    for (const [valid, good, bad] of ok) {
      expect(valid(good), good).toBe(true);
      expect(valid(bad), bad).toBe(false);
    }
  });

  it('checks generated CLABEs, Stellar and SS58 addresses and rejects a changed character', () => {
    const r = rng(1313);
    for (let i = 0; i < 20; i++) {
      const c = clabe(r);
      expect(clabeValid(c)).toBe(true);
      expect(clabeValid(c.slice(0, 17) + ((Number(c[17]) + 1) % 10))).toBe(false);
      const s = stellar(r);
      expect(stellarValid(s)).toBe(true);
      expect(stellarValid(s.slice(0, 10) + (s[10] === 'A' ? 'B' : 'A') + s.slice(11))).toBe(false);
      const d = polkadot(r);
      expect(ss58Valid(d)).toBe(true);
      expect(ss58Valid(d.slice(0, 10) + (d[10] === 'a' ? 'b' : 'a') + d.slice(11))).toBe(false);
    }
  });
});
