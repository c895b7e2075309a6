import { ORGS, iso, ts14 } from './blind-set-87-kit';
import { luhnDigit } from './blind-set-87-money';
import type { Rng87 } from './blind-set-87-rng';
import type { NegSource87 } from './blind-set-87-types';

/** Blind set 87 negatives: healthcare and EDI look-alikes with nothing personal: NPIs, codes, control numbers, envelopes, acks, batch headers. */

const org = (r: Rng87) => r.pick(ORGS);
const time = (r: Rng87): number => 1711929600 + r.int(0, 90 * 86400);
const d8 = (t: number): string => ts14(t).slice(0, 8);

/** A Luhn-valid NPI (check over the 80840 prefix): a public provider id. */
export function npi(r: Rng87): string {
  const base = String(r.int(1, 2)) + r.digits(8);
  return base + luhnDigit('80840' + base);
}

const ICD = ['E11.9', 'I10', 'M54.50', 'J06.9', 'Z00.00', 'F41.1', 'K21.9', 'N39.0', 'R51.9', 'E78.5', 'Z23', 'S93.401A'];
const CPT = ['99213', '99214', '99203', '93000', '85025', '80053', '36415', '97110', '90471', '71046', 'G0439', 'J1885', 'A0428'];
const LOINC = [['2345-7', 'Glucose'], ['718-7', 'Hemoglobin'], ['4548-4', 'Hemoglobin A1c'], ['2093-3', 'Cholesterol'], ['33914-3', 'eGFR']] as const;

const hl7Ack = (r: Rng87): string => {
  const o = org(r);
  const t = time(r);
  const ctrl = r.num(r.int(8, 12));
  const sep = r.pick(['\r', '\n']);
  return [`${iso(t, true)} INFO  [hl7-bridge] ${r.pick(['AA', 'AE', 'AR'])} for control id ${ctrl} from ${o.short} (${r.int(200, 2000)} bytes, ${r.int(3, 90)} ms)`, [`MSH|^~\\&|HL7BRIDGE|${o.short}|EPIC|${o.short}|${ts14(t)}||ACK^A08^ACK|ACK${r.num(10)}|P|2.5.1`, `MSA|${r.pick(['AA', 'AE'])}|${ctrl}|${r.pick(['Message accepted', 'Unknown patient class', 'Required field missing: PV1-2'])}`, `ERR|^^^207&Application internal error&HL70357|PV1^1^2|E`].join(sep)].join('\n');
};

const hl7Mfn = (r: Rng87): string => {
  const o = org(r);
  const t = time(r);
  const locs = Array.from({ length: r.int(2, 5) }, (_, i) => `LOC|${o.short}^${r.pick(['4W', 'ED', 'ICU', 'ONC', '2N'])}^${r.int(100, 499)}^${o.short}||${r.pick(['N', 'C', 'D'])}|${o.name.toUpperCase()} ${r.pick(['NORTH TOWER', 'MAIN CAMPUS', 'OUTPATIENT CENTER'])}|${i + 1}`);
  return [`MSH|^~\\&|EPIC|${o.short}|HL7BRIDGE|${o.short}|${ts14(t)}||MFN^M05^MFN_M05|${r.num(10)}|P|2.5.1`, `MFI|LOC^Location Master File^HL70175||UPD|||NE`, ...locs.flatMap((l) => [`MFE|MUP|${r.num(6)}|${ts14(t)}|${r.num(5)}^${o.short}`, l])].join(r.pick(['\r', '\n']));
};

const mirthStats = (r: Rng87): string => {
  const t = time(r);
  const ch = r.pick(['ADT_Inbound_Epic', 'ORU_to_LIS', 'DFT_Billing_Out', 'HIE_Feed']);
  return `[${iso(t).replace('T', ' ').slice(0, 19)}] WARN  (com.mirth.connect.donkey.server.queue.DestinationQueue:${r.int(100, 400)}): Channel ${ch} (${r.uuid()}) destination ${r.int(1, 4)} queue depth ${r.int(500, 9000)} exceeds threshold 500\nReceived: ${r.int(1e4, 9e5)}  Filtered: ${r.int(0, 900)}  Sent: ${r.int(1e4, 9e5)}  Errored: ${r.int(1, 90)}\nLast error: java.net.SocketTimeoutException: Read timed out (host 10.${r.int(0, 40)}.${r.int(0, 255)}.${r.int(1, 254)}:${r.pick([6661, 2575])})\nServer ID ${r.uuid()} · Mirth Connect ${r.pick(['4.4.2', '4.5.0', '3.12.0'])}`;
};

const fhirNoPhi = (r: Rng87): string => {
  const o = org(r);
  const t = time(r);
  const res = r.pick([
    () => ({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'code-invalid', details: { text: `Unknown code 'http://loinc.org#${r.pick(LOINC)[0]}x' in ValueSet` }, diagnostics: `HAPI-${r.int(100, 2500)}: Validation failed`, expression: ['Observation.code.coding[0]'] }] }),
    () => ({ resourceType: 'Organization', id: r.uuid(), meta: { versionId: String(r.int(1, 9)), lastUpdated: iso(t, true) }, identifier: [{ system: 'http://hl7.org/fhir/sid/us-npi', value: npi(r) }, { system: 'urn:oid:2.16.840.1.113883.4.4', value: o.ein.replace('-', '') }], name: o.name, telecom: [{ system: 'phone', value: o.phone, use: 'work' }], address: [{ line: [o.office.split(',')[0]], text: o.office }] }),
    () => ({ resourceType: 'Bundle', id: r.uuid(), type: 'searchset', total: 0, link: [{ relation: 'self', url: `https://fhir.${o.domain}/r4/Patient?identifier=urn:oid:1.2.840.114350|[REDACTED]&_count=50` }], meta: { lastUpdated: iso(t, true) } }),
    () => ({ resourceType: 'CapabilityStatement', status: 'active', date: iso(t).slice(0, 10), kind: 'instance', software: { name: r.pick(['HAPI FHIR Server', 'Epic', 'Smile CDR']), version: `${r.int(5, 8)}.${r.int(0, 9)}.${r.int(0, 9)}` }, fhirVersion: '4.0.1', rest: [{ mode: 'server', security: { service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' }] }], extension: [{ url: 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris', extension: [{ url: 'token', valueUri: `https://auth.${o.domain}/oauth2/token` }] }] } }] }),
    () => ({ resourceType: 'ChargeItem', id: r.uuid(), status: 'billable', code: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: r.pick(CPT) }] }, subject: { reference: `Patient/${r.int(100000, 9999999)}` }, occurrenceDateTime: iso(t - 86400 * r.int(1, 30)).slice(0, 10), performingOrganization: { identifier: { value: npi(r) } }, priceOverride: { value: r.int(40, 2000), currency: 'USD' }, reason: [{ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: r.pick(ICD) }] }] }),
  ])();
  return `${iso(t, true)} fhir-client response ${r.pick([200, 400, 404, 422])} (${r.int(30, 900)} ms)\n${JSON.stringify(res, null, r.pick([0, 2]))}`;
};

const codes = (r: Rng87): string => {
  const t = time(r);
  const rows = Array.from({ length: r.int(4, 9) }, () => `${r.upperAlnum(10)},${d8(t - 86400 * r.int(1, 60))},${r.pick(CPT)},${r.pick(ICD)},${r.int(1, 4)},${r.int(40, 3000)}.${r.digits(2)},${npi(r)},${r.pick(['60054', '87726', '00621', '62308'])},${r.pick(['CO-45', 'PR-1', 'CO-97', 'OA-23', ''])}`);
  return [`claim_control_number,date_of_service,cpt_hcpcs,icd10,units,billed,rendering_npi,payer_id,carc`, ...rows, `# ${rows.length} rows, NDC ${r.num(5)}-${r.digits(4)}-${r.digits(2)} excluded (J-code crosswalk), SNOMED ${r.pick(['38341003', '44054006', '195967001'])}, LOINC ${r.pick(LOINC).join(' ')}`].join('\n');
};

const npiList = (r: Rng87): string => {
  const o = org(r);
  return [`NPPES sync ${iso(time(r)).slice(0, 10)}: ${r.int(3, 8)} organization records updated for ${o.name} (EIN ${o.ein})`, ...Array.from({ length: r.int(3, 6) }, () => `  NPI ${npi(r)}  type 2  taxonomy ${r.pick(['282N00000X', '261QM1300X', '207Q00000X', '332B00000X'])}  ${o.name.toUpperCase()} ${r.pick(['PHARMACY', 'LAB SERVICES', 'URGENT CARE', 'DME'])}  ${o.office}`)].join('\n');
};

const x12Ack = (r: Rng87): string => {
  const t = time(r);
  const o = org(r);
  const ctrl = String(r.int(1, 999999999)).padStart(9, '0');
  const sep = r.pick(['~', '~\n']);
  const segs = r.chance(0.5)
    ? [`ISA*00*          *00*          *ZZ*${r.pick(['AVAILITY', 'CHCPAYERS', 'WAYSTAR']).padEnd(15)}*ZZ*${(o.short + r.digits(4)).padEnd(15)}*${d8(t).slice(2)}*${ts14(t).slice(8, 12)}*^*00501*${ctrl}*0*P*:`, `GS*FA*${r.pick(['AVAILITY', 'CHCPAYERS'])}*${o.short}*${d8(t)}*${ts14(t).slice(8, 12)}*${r.int(1, 99999)}*X*005010X231A1`, 'ST*999*0001*005010X231A1', `AK1*HC*${r.int(1, 99999)}*005010X222A1`, `AK2*837*${String(r.int(1, 9999)).padStart(4, '0')}*005010X222A1`, `IK3*${r.pick(['NM1', 'CLM', 'DMG', 'N4'])}*${r.int(5, 40)}*${r.pick(['2010BA', '2300', '2010AA'])}*8`, `IK4*${r.int(1, 9)}*${r.int(60, 1100)}*7*${r.pick(['ZZ', 'XX', '99'])}`, 'IK5*R*5', 'AK9*R*1*1*0', 'SE*8*0001', `GE*1*${r.int(1, 99999)}`, `IEA*1*${ctrl}`]
    : [`ISA*00*          *00*          *ZZ*${(o.short + r.digits(4)).padEnd(15)}*ZZ*${'CHCPAYERS'.padEnd(15)}*${d8(t).slice(2)}*${ts14(t).slice(8, 12)}*^*00501*${ctrl}*0*P*:`, `TA1*${ctrl}*${d8(t).slice(2)}*${ts14(t).slice(8, 12)}*R*${r.pick(['006', '022', '024'])}`, `IEA*0*${ctrl}`];
  return `${iso(t, true)} edi-gateway received ${segs[1]!.startsWith('TA1') ? 'TA1' : '999'} for interchange ${ctrl}\n${segs.join(sep)}~`;
};

const remitSummary = (r: Rng87): string => {
  const t = time(r);
  const o = org(r);
  const total = `${r.int(200, 90000)}.${r.digits(2)}`;
  return [`BPR*I*${total}*C*CHK************${d8(t)}`, `TRN*1*${r.num(10)}*1${r.num(9)}`, `REF*EV*${o.short}${r.num(6)}`, `DTM*405*${d8(t)}`, `N1*PR*${r.pick(['AETNA', 'CIGNA', 'HUMANA'])}`, `N3*PO BOX ${r.int(1000, 99999)}`, `N4*${r.pick(['HARTFORD*CT*061560001', 'LOUISVILLE*KY*402012134'])}`, `PER*BL*PROVIDER SERVICES*TE*${r.pick(['8006242583', '8884782341'])}*UR*WWW.AVAILITY.COM`, `N1*PE*${o.name.toUpperCase()}*XX*${npi(r)}`, `REF*TJ*${o.ein.replace('-', '')}`, `PLB*${npi(r)}*${d8(t).slice(0, 4)}1231*WO:${r.upperAlnum(12)}*-${r.int(10, 900)}.00`].join('~\n') + '~';
};

const nachaHeader = (r: Rng87): string => {
  const o = org(r);
  const t = time(r);
  const ymd = iso(t).slice(2, 10).replace(/-/g, '');
  const odfi = `0${r.pick(['21000021', '71000013', '26009593', '11000015'])}`;
  const coId = `1${o.ein.replace('-', '')}`;
  const name = o.name.toUpperCase().replace(/[^A-Z0-9 ]/g, '');
  return [`ACH file ${r.pick(['PAYROLL', 'VENDOR'])}_${ymd}.ach accepted by ODFI: ${r.int(1, 4)} batches, ${r.int(20, 900)} entries, total credits $${r.int(1e4, 9e6).toLocaleString('en-US')}.${r.digits(2)}`, `101 ${odfi}${coId.padStart(10)}${ymd}${ts14(t).slice(8, 12)}A094101${'JPMORGAN CHASE BANK'.padEnd(23)}${name.slice(0, 23).padEnd(23)}        `, `5220${name.slice(0, 16).padEnd(16)}${''.padEnd(20)}${coId}PPDPAYROLL   ${ymd}${ymd}   1${odfi.slice(1, 9)}0000001`, `8220${String(r.int(20, 900)).padStart(6, '0')}${r.digits(10)}${'0'.padStart(12, '0')}${String(r.int(1e6, 9e8)).padStart(12, '0')}${coId}${''.padEnd(25)}${odfi.slice(1, 9)}0000001`, `9000001${String(r.int(2, 40)).padStart(6, '0')}${String(r.int(20, 900)).padStart(8, '0')}${r.digits(10)}${'0'.padStart(12, '0')}${String(r.int(1e6, 9e8)).padStart(12, '0')}${''.padEnd(39)}`, '9'.repeat(94)].join('\n');
};

export const NEG_HEALTH: readonly NegSource87[] = [
  { name: 'neg-hl7-ack', formats: [hl7Ack, hl7Mfn] },
  { name: 'neg-mirth', formats: [mirthStats] },
  { name: 'neg-fhir', formats: [fhirNoPhi, fhirNoPhi] },
  { name: 'neg-codes', formats: [codes, npiList] },
  { name: 'neg-x12', formats: [x12Ack, remitSummary] },
  { name: 'neg-nacha', formats: [nachaHeader] },
];
