import { einValid } from '../../../src/scan/id-checksums-world';
import { B62, B64, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r50 (blind set 50: clinics, pharmacies, labs, telehealth and wearables): a sample for each
 * of the round's detectors (see generators.ts), in contexts of our own, values drawn from the
 * sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const ein = (r: Rng): string => {
  for (;;) {
    const v = `${r.int(10, 88)}${r.str(DIG, 7)}`;
    if (einValid(v)) return v;
  }
};

/** Samples of the round-r50 detectors, keyed by detector id. */
export const R50_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'x12-nm1-person-name': (r) => ['ST*270*0001~HL*3*2*22*0~NM1*IL*1*', `${family(r).toUpperCase()}*${given(r).toUpperCase()}`, `****MI*${r.str(UPPER, 1)}${r.str(DIG, 9)}~DMG*D8*19`],
  // Round l87: an individual provider's (NM1*85*1): a group practice's or payer's tax id is the business's.
  'x12-ref-provider-tax-id': (r) => ['NM1*85*1*OKONKWO*ADAEZE****XX*1234567893~\r\nREF*EI*', ein(r), '~\r\nHL*2*1*22*1~'],
  'person-name-url-query': (r) => [`GET /fhir/Patient?given=${given(r)}&family=`, family(r), `&birthdate=19${r.int(40, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)} 200 ${r.int(5, 99)}ms`],
  'person-name-xml-first-last': (r) => ['<Subject><Name><First>', `${given(r)}</First><Last>${family(r)}`, `</Last></Name><DOB>19${r.int(40, 99)}0${r.int(1, 9)}1${r.int(0, 9)}</DOB></Subject>`],
  'person-name-yaml-payee-item': (r) => ['reimbursements:\n  - name: ', `${given(r)} ${family(r)}`, `\n    iban: GB${r.int(10, 99)}NWBK${r.str(DIG, 14)}\n    amount: 120\n`],
  'geo-latlng-array': (r) => ['{"type":"ride","end_latlng":[', `${r.int(10, 59)}.${r.str(DIG, 6)},-${r.int(10, 120)}.${r.str(DIG, 6)}`, ']}'],
  'sso-login-code-url': (r) => ['GET https://portal.example.net/sso/Login.aspx?SingleSignOnClinicId=1&SingleSignOnCode=', `${r.str(B64, 86)}%3D%3D`, '&PatientId=9 HTTP/1.1'],
  'webhook-verification-code': (r) => ['WEBHOOK_VERIFICATION_CODE=', r.str(HEX, 64), '\nWEBHOOK_PATH=/hooks/sync\n'],
  'agora-rtc-token': (r) => [`// agora rtc join\nclient.join(APP_ID, "room-${r.str(LOWER, 5)}", "`, `006${r.str(HEX, 32)}IA${r.str(B62 + '+/', 120)}`, '", uid);'],
};
