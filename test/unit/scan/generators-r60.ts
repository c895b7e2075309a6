import { abaChecksumOk } from '../../../src/scan/validators';
import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r60 (blind set 60: CRM, marketing and support sync logs): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const aba = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 9)}${r.str(DIG, 7)}`;
    if (abaChecksumOk(v)) return v;
  }
};
const nino = (r: Rng): string => `${r.pick(['AB', 'CE', 'JK', 'PR', 'SH'])} ${r.str(DIG, 2)} ${r.str(DIG, 2)} ${r.str(DIG, 2)} ${r.pick(['A', 'B', 'C', 'D'])}`;
const dob = (r: Rng): string => `${r.int(1950, 2001)}-0${r.int(1, 9)}-${r.int(10, 28)}`;

/** Samples of the round-r60 detectors, keyed by detector id. */
export const R60_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'close-api-key': (r) => ['export CLOSE_IO_KEY=', `api_${mixed(r, 22)}.${mixed(r, 22)}`, ' # lead importer'],
  'mandrill-key-under-label': (r) => ['transactional mail relay: apikey=', `md-${r.str(UPPER, 8)}${r.str(LOWER, 8)}${r.str(UPPER + LOWER, 6)}`, ' region=us'],
  'crm-vendor-named-key': (r) => ['[helpdesk]\ngorgias_key = ', r.str(HEX, 40), '\nsubdomain = shop'],
  'webhook-signing-key-qualified': (r) => ['receiver started: front_webhook_signing_secret_current="', r.str(HEX, 64), '" port=8443'],
  'webhook-signature-checked-with-key': (r) => ['X-Gorgias-Signature verified using secret ', r.str(HEX, 48), ' for event ticket.updated'],
  'password-in-comma-property-dump': (r) => ['Environment: {mail.smtp.host=relay.local, mail.smtp.password=', `${r.pick(['Tundra', 'Walrus'])} ${r.str(LOWER, 4)} ${r.str(DIG, 3)}!`, ', mail.smtp.port=587}'],
  'birth-date-after-diff-arrow': (r) => ['patient merge preview\n  birth_date:  "1901-01-02" -> "', dob(r), '"'],
  'bank-number-after-diff-arrow': (r) => ['vendor master change 7731\n  payout_bank_routing: null => ', aba(r), ''],
  'personal-value-in-field-diff-record': (r) => ['audit: [{"property":"dob","before":null,"after":"', dob(r), '"}]'],
  'personal-old-value-in-field-diff-record': (r) => ['crm merge log {"changes":[{"field":"birthdate","old":"', `${r.int(13, 28)}/0${r.int(1, 9)}/${r.int(1950, 2001)}`, '","new":"1901-01-01"}]}'],
  'national-id-under-hashed-custom-field': (r) => [`deal participant {"person":{"id":${r.str(DIG, 5)}},"${r.str(HEX, 40)}":"`, nino(r), '"}'],
  'birth-date-in-property-value-error': (r) => ['census sync row rejected: Field `birthday` value ', `${r.int(10, 28)}/0${r.int(1, 9)}/${r.int(1950, 2001)}`, ' could not be parsed'],
  'personal-property-value-pair': (r) => ['intercom attribute update {"property_name":"home_address","property_value":"', `${r.int(2, 999)} Larchmont Heights`, '"}'],
  'street-number-compound-word': (r) => ['courier note: leave parcel at ', `${r.int(2, 300)} ${r.pick(['Lindenallee', 'Keizersgracht', 'Drottninggatan', 'Birkenweg'])}`, ', side door'],
  'street-line-city-postcode': (r) => ['parcel bounced back: ', `${r.int(2, 900)} Rua das Flores, Porto ${r.int(4000, 4999)}-${r.str(DIG, 3)}`, ' (verified)'],
  'person-name-transcript-speaker-label': (r) => ['livechat export 2026-03-02\n[visitor ', person(r), '] hi, my parcel never arrived'],
  'person-name-supplied-name-key': (r) => ['web-to-lead payload SuppliedName=', person(r), '&SuppliedCompany=Acme'],
  'person-name-validation-failed-for': (r) => ['kyc: document upload rejected for ', person(r), ' (blurry image)'],
  'person-name-merge-field': (r) => ['POST /subscribe merge_fields[EMAIL]=x&merge_fields[FNAME]=', given(r), '&tags=beta'],
};
