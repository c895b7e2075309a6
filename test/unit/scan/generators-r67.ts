import { einValid } from '../../../src/scan/id-checksums-world';
import { abaChecksumOk } from '../../../src/scan/validators';
import { vatValid } from '../../../src/scan/vat-numbers';
import { B62, DIG, HEX, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';

/**
 * Round r67 (blind set 67: accounting, billing and subscription integrations): a sample for each of the round's
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
const ein = (r: Rng): string => {
  for (;;) {
    const v = `${r.pick(['12', '27', '46', '54', '83', '94'])}-${r.str(DIG, 7)}`;
    if (einValid(v)) return v;
  }
};
const vat = (r: Rng): string => {
  for (;;) {
    const v = `FR${r.str(DIG, 2)}${r.int(1, 9)}${r.str(DIG, 8)}`;
    if (vatValid(v)) return v;
  }
};
const b64url = (s: string): string => Buffer.from(s).toString('base64url');
/** A NACHA entry-detail record split where the detector's value starts and ends (after `6xx`, before the name's padding). */
const nacha = (r: Rng): [string, string] => {
  const name = `${given(r)} ${family(r)}`.toUpperCase();
  const value = `${aba(r)}${`${r.int(1, 9)}${r.str(DIG, 9)}`.padEnd(17)}${r.str(DIG, 10)}${`EMP${r.str(DIG, 6)}`.padEnd(15)}${name}`;
  return [value, `${' '.repeat(22 - name.length)}  0${r.str(DIG, 15)}`];
};

/** Samples of the round-r67 detectors, keyed by detector id. */
export const R67_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'jwe-compact-token': (r) => ['okta introspect failed for id_token=', `${b64url('{"alg":"RSA-OAEP-256","enc":"A256GCM","kid":"k1"}')}.${r.str(URLSAFE, 342)}.${r.str(URLSAFE, 16)}.${r.str(URLSAFE, 120)}.${r.str(URLSAFE, 22)}`, ' (expired)'],
  'brex-api-token': (r) => ['expense sync: Authorization: Bearer ', `bxt_${mixed(r, 40)}`, ' -> 401'],
  'plaid-secret-env-key': (r) => ['config dump: plaid.sandbox.secret: ', `${r.str(DIG, 3)}${r.str('abcdef', 3)}${r.str(HEX, 24)}`, ' env=sandbox'],
  'billcom-session-id': (r) => ['POST /api/v2/List/Bill.json body: sessionId=', `!${mixed(r, 11)}!${mixed(r, 60)}`, '&devKey=REDACTED'],
  'remember-me-token': (r) => ['ap-sync.properties: billcom.mfaRememberMeId=', `${r.str(DIG, 3)}${r.str('abcdef', 3)}${r.str(HEX, 58)}`, ''],
  'secret-named-by-two-words': (r) => ['suitetalk passport: token secret ', `${r.str(DIG, 3)}${r.str('abcdef', 3)}${r.str(HEX, 58)}`, ' (InvalidSignature)'],
  'token-key-then-words': (r) => ['qbo reconnect: access_token last sent: ', mixed(r, 64), ' (401 AuthenticationFailed)'],
  'nacha-entry-indented': (r) => {
    const [value, tail] = nacha(r);
    return [`ACH return R03 for batch 7:\n    6${r.pick(['22', '27'])}`, value, tail];
  },
  'bank-field-in-table-row': (r) => ['| payee.bank.routing_number | ', aba(r), ' |'],
  'bank-field-csv-column': (r) => ['EmployeeId,Name,DirectDepositRoutingNumber,DirectDepositAccountNumber\nE-301,Payroll row,', aba(r), `,${r.int(1, 9)}${r.str(DIG, 9)}`],
  'bank-account-full-number-key': (r) => ['aggregator: {"CONTAINER":"bank","fullAccountNumber":"', `${r.int(1, 9)}${r.str(DIG, 11)}`, '"}'],
  'routing-number-typed-id': (r) => ['"codes":[{"id":"', aba(r), '","type":"ROUTING_NUMBER"}]'],
  'vat-id-under-tax-identifier-key': (r) => ['customer upsert: tax_registration_number=', vat(r), ' country=FR'],
  'ein-under-exemption-number-key': (r) => ['<ExemptionCertificate><ExemptionNumber>x</ExemptionNumber> exemption_number: ', ein(r), ' state=TX'],
  'person-name-bank-payroll-key': (r) => ['payroll sync: {"preferred_name": "', person(r), '", "dept": 4}'],
  'person-name-first-last-key': (r) => ['row 12: First Name & Last Name: ', person(r), ' (duplicate)'],
};
