import type { Rng9 } from './blind-set-9-rng';
import type { NegTemplate24 } from './blind-set-24-types';
import { fmtDate, npi, recentDate } from './blind-set-24-values';

/** Negatives from healthcare integrations: control and claim ids, codes, NPIs, OIDs, dates of service; nothing about a person. */

const ts = (r: Rng9) => `${fmtDate(recentDate(r), 'ymd')}${r.int(10, 23)}${r.int(10, 59)}${r.int(10, 59)}`;
const ORG = ['RIVERSIDE FAMILY MEDICINE', 'NORTHGATE ORTHOPEDICS', 'BAYVIEW IMAGING CENTER', 'ST MARYS MEDICAL CENTER'];

export const NEG_HEALTH_TEMPLATES: NegTemplate24[] = [
  {
    source: 'neg-hl7',
    name: 'ack-ae',
    make: (r) =>
      `mllp-listener: sent ACK^A01 with MSA-1=AE for inbound control id ${r.digits(14)}\nMSH|^~\\&|HUB|RCV|EPIC|STMARYS|${ts(r)}||ACK^A01^ACK|${r.digits(10)}|P|2.5.1\rMSA|AE|${r.digits(14)}\rERR|^^^207&Application internal error&HL70357|PV1^1^3|E`,
  },
  {
    source: 'neg-hl7',
    name: 'msh-oid-parse',
    make: (r) =>
      `HL7 parse error: MSH-9 "ZZZ^Z01" is not a supported message type (sending facility ${'2.16.840.1.113883.3.' + r.int(100, 9999) + '.' + r.int(1, 99)}^ISO, receiving ${'2.16.840.1.113883.19.' + r.int(1, 9)}^ISO)\nMSH|^~\\&|LAB^${'2.16.840.1.113883.3.' + r.int(100, 999)}^ISO|CORE|||${ts(r)}||ZZZ^Z01|${r.hex(16).toUpperCase()}|P|2.5.1`,
  },
  {
    source: 'neg-hl7',
    name: 'mirth-stats',
    make: (r) =>
      `Mirth Connect 4.4.2 channel statistics (server 10.30.${r.int(0, 255)}.${r.int(2, 250)}): channel ${r.uuid()} "ADT_Inbound" received=${r.int(1000, 90000)} filtered=${r.int(0, 500)} queued=${r.int(100, 9000)} errored=${r.int(1, 90)} -- queue above threshold for ${r.int(5, 60)} minutes`,
  },
  {
    source: 'neg-hl7',
    name: 'rhapsody-hash',
    make: (r) =>
      `Rhapsody route "ORU_Dedup" dropped duplicate: message id ${r.digits(9)} sha256=${r.hex(64)} first seen ${fmtDate(recentDate(r), 'iso')}T0${r.int(0, 9)}:${r.int(10, 59)}:00Z on input comm point 1${r.int(10, 99)} (10.2.${r.int(0, 255)}.14:${r.int(6600, 6700)})`,
  },
  {
    source: 'neg-hl7',
    name: 'obx-escaped-text',
    make: (r) =>
      `Iguana filter warning: OBX-5 contains escape sequences, normalised before delivery\nOBX|${r.int(1, 9)}|TX|${r.pick(['11502-2', '18842-5', '34109-9'])}^${r.pick(['Laboratory report', 'Discharge summary', 'Note'])}^LN||Specimen received\\.br\\Hemolysis index \\T\\ lipemia noted\\.br\\See comment \\F\\ recollect||||||F|||${ts(r)}`,
  },
  {
    source: 'neg-fhir',
    name: 'practitioner-npi',
    make: (r) =>
      JSON.stringify({
        level: 'error',
        msg: 'POST /Practitioner -> 422',
        outcome: {
          resourceType: 'OperationOutcome',
          issue: [
            {
              severity: 'error',
              code: 'invalid',
              diagnostics: `Practitioner.identifier[0]: NPI ${npi(r)} already assigned to Practitioner/${r.int(1000, 99999)}`,
              expression: ['Practitioner.identifier[0].value'],
            },
          ],
        },
        organization: { identifier: { system: 'http://hl7.org/fhir/sid/us-npi', value: npi(r) }, name: r.pick(ORG) },
      }),
  },
  {
    source: 'neg-fhir',
    name: 'capability-fetch',
    make: (r) =>
      `fhir-client WARN GET https://fhir.${r.pick(['nwmc', 'baycare', 'ridgeview'])}.org/r4/metadata -> 503 (attempt ${r.int(2, 6)}); fhirVersion=4.0.1 software=${r.pick(['HAPI FHIR Server 7.4.0', 'Epic 2024 Feb', 'Cerner Millennium R4'])} client_id=${r.uuid()} trace=${r.hex(32)}`,
  },
  {
    source: 'neg-fhir',
    name: 'observation-loinc',
    make: (r) =>
      JSON.stringify({
        resourceType: 'OperationOutcome',
        issue: [
          {
            severity: 'error',
            code: 'code-invalid',
            diagnostics: `Observation.code: LOINC ${r.pick(['2345-7', '718-7', '4548-4', '2160-0'])} unit ${r.pick(['mg/dL', 'g/dL', '%'])} does not match valueQuantity unit`,
            location: ['Observation.valueQuantity'],
          },
        ],
        meta: { source: `#${r.hex(16)}`, subject: 'Patient/example', effective: fmtDate(recentDate(r), 'iso') },
      }),
  },
  {
    source: 'neg-fhir',
    name: 'test-patient-example-org',
    make: (r) =>
      JSON.stringify({
        level: 'info',
        msg: 'synthetic monitor: created and deleted test patient',
        resource: {
          resourceType: 'Patient',
          id: `synthetic-${r.int(1, 99)}`,
          identifier: [{ system: 'https://example.org/fhir/test-ids', value: `TEST-${r.int(1, 9)}` }],
          name: [{ family: 'Test', given: ['Synthetic'] }],
          telecom: [
            { system: 'email', value: 'synthetic.patient@example.org' },
            { system: 'phone', value: `(206) 555-01${r.int(10, 99)}` },
          ],
        },
        latencyMs: r.int(40, 900),
      }),
  },
  {
    source: 'neg-x12',
    name: '999-ik3',
    make: (r) =>
      `edi-ack: 999 rejected transaction set ${r.digits(4)} in group ${r.int(1, 9999)}\nISA*00*          *00*          *ZZ*AVAILITY       *ZZ*SUBMITTER${r.digits(4)}  *${fmtDate(recentDate(r), 'ymd').slice(2)}*1200*^*00501*${r.digits(9)}*0*P*:~GS*FA*AVAILITY*SUBMITTER*${fmtDate(recentDate(r), 'ymd')}*1200*${r.int(1, 9999)}*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HC*${r.int(1, 9999)}*005010X222A1~AK2*837*${r.digits(4)}~IK3*NM1*${r.int(10, 90)}*2010*8~IK4*9*67*7*${r.digits(2)}~IK5*R*5~AK9*R*1*1*0~SE*8*0001~`,
  },
  {
    source: 'neg-x12',
    name: '277ca-status',
    make: (r) =>
      `claim-status: 277CA for batch ${r.digits(6)}: claim ${r.digits(10)} STC*A7:${r.pick(['21', '33', '562'])}*${fmtDate(recentDate(r), 'ymd')}*U*${r.int(100, 900)}.00~ REF*1K*${r.digits(14)}~ DTP*472*RD8*${fmtDate(recentDate(r), 'ymd')}-${fmtDate(recentDate(r), 'ymd')}~ billing provider NM1*85*2*${r.pick(ORG)}*****XX*${npi(r)}~`,
  },
  {
    source: 'neg-x12',
    name: '835-clp-svc',
    make: (r) =>
      `era-ingest WARN CAS adjustment does not balance for claim ${r.digits(9)}: CLP*${r.digits(9)}*1*${r.int(200, 900)}.00*${r.int(50, 190)}.00*${r.int(10, 40)}.00*12*${r.digits(14)}*11*1~CAS*CO*45*${r.int(10, 90)}.00~SVC*HC:${r.pick(['99213', '99214', '93000', '80053'])}*${r.int(100, 300)}.00*${r.int(40, 99)}.00**1~DTM*472*${fmtDate(recentDate(r), 'ymd')}~`,
  },
  {
    source: 'neg-clinical',
    name: 'scrubber-codes',
    make: (r) =>
      `claim-scrubber: edit NCCI-PTP fired on claim ${r.pick(['CLM', 'ENC'])}-${r.digits(9)}: CPT ${r.pick(['99214', '36415', '85025'])} with modifier ${r.pick(['25', '59', 'XU'])} bundles into ${r.pick(['80053', '99213'])}; ICD-10 ${r.pick(['E11.9', 'I10', 'J06.9', 'Z00.00'])}; NDC ${r.digits(5)}-${r.digits(4)}-${r.digits(2)}; date of service ${fmtDate(recentDate(r), 'us')}`,
  },
  {
    source: 'neg-clinical',
    name: 'ncpdp-bin-pcn',
    make: (r) =>
      `pharmacy-switch: reject 41 (Submit Bill To Other Processor) for BIN ${r.pick(['610014', '004336', '610502', '003858'])} PCN ${r.pick(['ADV', 'MEDDADV', 'A4'])} group ${r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 4)}${r.digits(3)}; NDC ${r.digits(11)} qty ${r.int(10, 90)} days ${r.int(7, 90)}; pharmacy NPI ${npi(r)}`,
  },
  {
    source: 'neg-clinical',
    name: 'dicom-anonymized',
    make: (r) =>
      `dicom-anonymizer: profile "Basic Application Confidentiality" applied before cloud upload\n(0008,0018) UI [1.2.826.0.1.3680043.8.498.${r.digits(20)}]\n(0010,0010) PN [ANONYMIZED]\n(0010,0020) LO [ANONYMIZED]\n(0020,000d) UI [2.25.${r.digits(30)}]\n(0012,0062) CS [YES]  # PatientIdentityRemoved`,
  },
  {
    source: 'neg-clinical',
    name: 'lab-compendium',
    make: (r) =>
      `lab-compendium sync: ${r.int(2, 40)} orderables changed; e.g. test ${r.digits(6)} "Comprehensive metabolic panel" LOINC 24323-8 CPT 80053 specimen "Serum, SST" stability ${r.int(2, 7)} days; test ${r.digits(6)} "CBC w/ diff" LOINC 57021-8 CPT 85025`,
  },
  {
    source: 'neg-clinical',
    name: 'epic-rate-limit',
    make: (r) =>
      `epic-client WARN 429 Too Many Requests from https://fhir.epic.${r.pick(['ridgeview', 'stlukes'])}.org/interconnect-prd-oauth/api/FHIR/R4/Appointment?date=ge${fmtDate(recentDate(r), 'iso')} (Retry-After: ${r.int(5, 120)}) request-id=${r.uuid()} Epic-Client-ID=${r.uuid()}`,
  },
  {
    source: 'neg-clinical',
    name: 'masked-ssn-member',
    make: (r) =>
      `eligibility: subscriber match used fallback (masked values only): ssn=***-**-${r.digits(4)} memberId=XXXXXX${r.digits(4)} payer=${r.pick(['AETNA', 'CIGNA', 'HUMANA'])} result=MATCH_PARTIAL confidence=0.${r.int(50, 89)}`,
  },
  {
    source: 'neg-clinical',
    name: 'schedule-dos',
    make: (r) =>
      `scheduling-sync ERROR slot conflict: provider NPI ${npi(r)} location ${r.digits(5)} department ${r.digits(9)} appointment ${r.digits(8)} on ${fmtDate(recentDate(r), 'iso')} ${r.int(8, 16)}:${r.pick(['00', '15', '30', '45'])} (visit type ${r.int(1000, 9999)}) overlaps block ${r.digits(6)}`,
  },
  {
    source: 'neg-clinical',
    name: 'cda-template-oids',
    make: (r) =>
      `CDA validation: document ${r.uuid()} failed Schematron: templateId 2.16.840.1.113883.10.20.22.1.2 (extension 2015-08-01) requires section 2.16.840.1.113883.10.20.22.2.${r.int(1, 60)}; custodian OID 1.3.6.1.4.1.${r.int(10000, 60000)}.${r.int(1, 9)}`,
  },
];
