import { abaValid, ibanMod97 } from '../../../src/scan/validators';
import { B62, DIG, HEX, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';

/**
 * Round r42 (blind set 42: logistics, manufacturing and the ERP back office): a sample for each of the
 * round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

/** Letters of both cases and digits, both present. */
const mix = (r: Rng, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, n - 3)}`;
const given = (r: Rng): string => r.pick(['Marisol', 'Benedikt', 'Aurelie', 'Casimir', 'Leontine', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Trevelyan', 'Ostrowski']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
/** An ABA routing number (drawn until its check digit holds). */
const aba = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 2)}${r.str(DIG, 7)}`;
    if (abaValid(v)) return v;
  }
};
/** A German IBAN with valid check digits. */
const iban = (r: Rng): string => {
  const bban = r.str(DIG, 18);
  return `DE${String(98 - ibanMod97(`DE00${bban}`)).padStart(2, '0')}${bban}`;
};

export const R42_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'infor-ionapi-secret': (r) => [`cat ProdSync.ionapi → {"ti":"ACME_PRD","cn":"Sync","ci":"ACME_PRD~${mix(r, 40)}","cs":"`, `${mix(r, 40)}${r.str(URLSAFE, 46)}`, '","iu":"https://mingle-ionapi.inforcloudsuite.com"}'],
  'layer7-api-key': (r) => ['rating call: X-Api-Key: ', `l7xx${r.str('abcdef', 1)}${r.str(DIG, 1)}${r.str(HEX, 30)}`, ' accountNumber=******'],
  'usps-webtools-userid': (r) => ['GET /ShippingAPI.dll?API=TrackV2&XML=<TrackRequest USERID="', `${r.str(DIG, 3)}${r.str(UPPER, 5)}${r.str(DIG, 4)}`, '"><TrackID ID="9400"/></TrackRequest>'],
  'oauth-client-id-beside-secret': (r) => ['token request: grant_type=client_credentials&client_id=', mix(r, 32), `&client_secret=${mix(r, 24)}`],
  'client-secret-in-credentials-grant': (r) => ['POST /oauth2/token {"grant_type":"client_credentials","client_id":"carrier-sync","client_secret":"', `${r.str(UPPER, 6)}${r.str(LOWER, 6)}${r.str(UPPER + LOWER, 6)}`, '"}'],
  'x12-isa-security-password': (r) => ['translator in: ISA*00*          *01*', `${r.str(UPPER, 4)}${r.str(DIG, 2)}${r.str(LOWER, 2)}`, '  *ZZ*ACMESUPPLY     *ZZ*BUYERCO        *260101*0930*U*00401*000000101*0*P*>~'],
  'edifact-unb-password': (r) => ["van out: UNB+UNOA:2+5012345678900:14+4012345000009:14+260101:1200+REF0042+", `${r.str(UPPER, 3)}${r.str(LOWER, 3)}${r.str(DIG, 3)}`, ":AA++ORDERS'"],
  'aba-routing-in-ach-pair': (r) => [`chargeback ${r.str(DIG, 4)}: retry via ACH `, aba(r), `/${r.str(DIG, 10)} tomorrow`],
  'person-name-split-csv-column': (r) => [`emp_no,first_name,last_name,work_email\n${r.str(DIG, 6)},`, given(r), `,${family(r).toLowerCase()}x,${r.str(LOWER, 6)}@acme-logistics.io`],
  'person-name-sap-field': (r) => [`BAPI_VENDOR_GETDETAIL: LIFNR=${r.str(DIG, 10)} NAME1=`, person(r), ' ORT01=Bremen LAND1=DE'],
  'x12-n1-party-name': (r) => ['ST*820*0001~BPR*C*150.00*C*ACH~N1*PE*', person(r), '~RMR*IV*INV-77~'],
  'x12-n3-street-line': (r) => [`N1*ST*${person(r)}~\nN3*`, `${r.int(10, 999)} Kingsway`, '~\nN4*Bristol**BS1 4XX*GB~'],
  'person-name-parens-after-mailbox': (r) => {
    const g = given(r);
    const f = family(r);
    return [`2026-01-03T10:00:00Z vpn: accepted user=${g[0]!.toLowerCase()}${f.toLowerCase()}@acme-logistics.io from 198.51.100.4 (`, `${g} ${f}`, ')'];
  },
  'edifact-party-name': (r) => ["ORDERS in: NAD+BY+5412345000013::9++", person(r), "+12 Quay Street+Cork'"],
  'edifact-com-phone': (r) => ["CTA+OC+:Orders desk'COM+", `0035387${r.str(DIG, 7)}`, ":TE'"],
  'person-name-cxml-name': (r) => ['cXML ShipTo: <Address><Name xml:lang="en-US">', person(r), '</Name></Address>'],
  'person-name-connection-user': (r) => ['psycopg2.OperationalError in connect(host="db.acme-logistics.io", user="', person(r), `", password="${mix(r, 12)}")`],
  'person-name-with-phone-in-value': (r) => ['dispatch.yaml: escalation_contact: "', person(r), ` +44 7700 9${r.str(DIG, 5)}"`],
  'person-name-contact-label-phone': (r) => ['Carrier claim #4411 Contact: ', person(r), `, +1 312 55${r.str(DIG, 1)} ${r.str(DIG, 4)}`],
  'person-name-before-iban': (r) => ['pls send the refund to ', person(r), `, IBAN ${iban(r)}`],
  'person-name-hr-ticket-subject': (r) => ['[HR-1234] Offboarding: ', person(r), '\nLast day 2026-01-31'],
  'street-address-under-home-key': (r) => ['fleet.yaml: driver:\n  home: "', `${r.int(1, 299)} Kingsway, Leeds LS9 ${r.int(1, 9)}RH`, '"'],
  'person-name-requested-by-header': (r) => ['> POST /api/orders HTTP/1.1\n> X-Requested-By: ', person(r), '\n> Accept: */*'],
};
