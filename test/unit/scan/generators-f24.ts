import type { Rng, Sample } from './sample-rng';
import { B62, DIG, UPPER } from './sample-rng';
import { aba } from './generators';
import { bsn } from './generators-r2p';

const FAMILY = ['NAKAMURA', 'OYELARAN', 'BERGSTROM', 'PADILLA', 'WOJCIK', 'FAIRWEATHER', 'QUISPE', 'MBEKI'];
const GIVEN = ['TOMASZ', 'ADAEZE', 'LISBETH', 'RAFAEL', 'HIROKO', 'GWENDOLYN', 'ANSELM', 'PRIYA'];

/** An HL7/DICOM person name `FAMILY^GIVEN`. */
export const xpn24 = (r: Rng): string => `${r.pick(FAMILY)}^${r.pick(GIVEN)}`;
/** A compact birth date `YYYYMMDD` of an adult. */
export const dob24 = (r: Rng): string => `${r.int(1935, 2004)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
/** A bare SSN (SSA rules: area 001-665, 667-899). */
export const ssn24 = (r: Rng): string => `${String(r.pick([r.int(1, 665), r.int(667, 899)])).padStart(3, '0')}${String(r.int(1, 99)).padStart(2, '0')}${String(r.int(1, 9999)).padStart(4, '0')}`;
/** A health plan member id: a letter, eight digits, two letters. */
export const member24 = (r: Rng): string => `${r.str(UPPER, 1)}${r.str(DIG, 8)}${r.str(UPPER, 2)}`;
const MBI_L = 'ACDEFGHJKMNPQRTUVWXY';
/** A Medicare MBI in the CMS layout. */
export const mbi24 = (r: Rng): string => `${r.int(1, 9)}${r.str(MBI_L, 1)}${r.str(MBI_L + DIG, 1)}${r.int(0, 9)}${r.str(MBI_L, 1)}${r.str(MBI_L + DIG, 1)}${r.int(0, 9)}${r.str(MBI_L, 2)}${r.str(DIG, 2)}`;
const pw24 = (r: Rng): string => `${r.str(B62, 12)}${r.int(10, 99)}`;
const PERSONS = ['Hiroko Nakamura', 'Rafael Padilla', 'Priya Mbeki', 'Anselm Wojcik'];

/** Samples of the detectors of round f24 (regulated-industry integrations), one realistic context each. */
export const F24_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'hl7-person-name': (r) => [`PID|1||${r.str(DIG, 7)}^^^GH^MR||`, xpn24(r), '^Q|||F'],
  'hl7-birth-date': (r) => [`PID|1||${r.str(DIG, 7)}^^^GH^MR||<masked>||`, dob24(r), '|M|||'],
  'hl7-typed-identifier': (r) => ['IN1|1|PLAN01|', member24(r), `^^^BCBS^MB|<masked>`],
  'hl7-pid-ssn': (r) => ['PID|1||123^^^A^MR||<masked>||||||||||||||', ssn24(r), '|'],
  'hl7-street-address': (r) => [`NK1|1|<masked>|SPO|`, `${r.int(10, 9999)} Juniper Way`, '^^Boise^ID^83702^USA^H'],
  'hl7-field-list-value': (r) => ['validator: (PID-3, PID-19): 4471^^^A^MR | ', ssn24(r), '\n'],
  'dicom-patient-name': (r) => ['(0010,0010) PN [', xpn24(r), ']   # PatientName'],
  'dicom-patient-id': (r) => ['(0010,0020) LO [', `PX${r.str(DIG, 8)}`, ']   # PatientID'],
  'dicom-birth-date': (r) => ['(0010,0030) DA [', dob24(r), ']   # PatientBirthDate'],
  'ncpdp-cardholder-id': (r) => [`B1 request D0B1${r.str(DIG, 8)}<FS>AM04<FS>C2`, member24(r), '<FS>C1GRP1<FS>'],
  'ncpdp-birth-date': (r) => [`B1 request<FS>AM01<FS>C4`, dob24(r), '<FS>C52<FS>'],
  'cda-ssn-id': (r) => ['<id root="2.16.840.1.113883.4.1" extension="', ssn24(r), '"/>'],
  'cda-birth-time': (r) => ['<patient><birthTime value="', dob24(r), '"/></patient>'],
  'birth-date-query-bind': (r) => ["select * from person where birth_date = ? -- binding parameter [1] as [DATE] - [", `${r.int(1940, 2000)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, ']'],
  'x12-member-id': (r) => [`HL*3*2*22*0~NM1*IL*1*${r.pick(FAMILY)}*${r.pick(GIVEN)}****MI*`, member24(r), '~'],
  'x12-birth-date': (r) => ['~DMG*D8*', dob24(r), '*F~'],
  'x12-ssn-reference': (r) => ['~REF*SY*', ssn24(r), '~'],
  'x12-person-address': (r) => [`NM1*QC*1*${r.pick(FAMILY)}*${r.pick(GIVEN)}~N3*`, `${r.int(10, 9999)} MAPLE GLEN RD`, '~N4*AUSTIN*TX*78701~'],
  'x12-payment-routing': (r) => [`BPR*I*120.00*C*ACH*CCP*01*`, aba(r), `*DA*0000000000*1512345678~`],
  'x12-payment-account': (r) => [`BPR*I*120.00*C*ACH*CCP*01*${aba(r)}*DA*`, r.str(DIG, 10), '*1512345678~'],
  'health-plan-member-id': (r) => ['eligibility: {"subscriberId":"', member24(r), '","payer":"60054"}'],
  'us-medicare-mbi': (r) => ['crossover: Medicare MBI ', mbi24(r), ' not on file'],
  'national-id-record-field': (r) => ['<SofiNr>', bsn(r), '</SofiNr>'],
  'efw2-employee-ssn': (r) => ['RW record 0007: ', ssn24(r), `${r.pick(GIVEN).padEnd(15)}`],
  'keystore-password-option': (r) => ['as2 keystore: /etc/as2/partner.p12 PIN=', pw24(r), ' (rejected)'],
  'ipsec-psk': (r) => ['%any %any : PSK "', pw24(r) + r.str(B62, 10), '"'],
  'pkcs12-base64': (r) => ['AS2 cert (base64): ', `MIIKCQIBAzCCCc8G${r.str(B62, 300)}`, '\n'],
  'routing-number-nested-value': (r) => ['{"routingTransitID":{"idValue":"', aba(r), '"}}'],
  'bank-branch-number-keyed': (r) => ['<PaymentDetails><BSB>', `${r.str(DIG, 3)}-${r.str(DIG, 3)}`, '</BSB></PaymentDetails>'],
  'depositor-account-number': (r) => ['<DepositorAccountNum>', r.str(DIG, 11), '</DepositorAccountNum>'],
  'authorize-net-transaction-key': (r) => ['{"merchantAuthentication":{"name":"x","transactionKey":"', r.str(B62, 14) + r.int(10, 99), '"}}'],
  'person-name-in-record': (r) => ['refund returned: payee="', r.pick(PERSONS), `" employee_id=E${r.str(DIG, 6)}`],
};

