import type { Rng, Sample } from './sample-rng';
import { DIG } from './sample-rng';

const GIVEN = ['Tamsin', 'Oluwaseun', 'Björn', 'Mariana', 'Keanu', 'Saoirse'];
const FAMILY = ['Achterberg', 'Ferreira', 'Nakashima', 'Oyelaran', 'Lindgren', 'Whitcombe'];

/** A title-case `Given Family` name. */
const person27 = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
/** A UK sort code (`20-45-77`). */
const sortCode = (r: Rng): string => `${r.int(10, 99)}-${r.str(DIG, 2)}-${r.str(DIG, 2)}`;

/**
 * Samples of round g27a's detectors (blind set 27: people operations): record formats that name their
 * fields. The record's other values are masked (`[FILTERED]`) so that the line holds no other finding.
 */
export const G27A_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'pdf-form-field-value': (r) => ['pdftk: FDF merge warning - unknown field "Sig1"\n1 0 obj<</FDF<</Fields[<</T(employee_name)/V(', person27(r), ')>><</T(start_date)/V([FILTERED])>>]>>>>endobj'],
  'vcard-home-address': (r) => ['BEGIN:VCARD\r\nVERSION:3.0\r\nADR;TYPE=HOME:', `;;Flat ${r.int(2, 9)};Rue des Li\r\n las;Lyon;;6900${r.int(1, 9)};FR`, '\r\nEND:VCARD'],
  'bank-details-generic-csv-column': (r) => [`payroll export rejected\nemp_id,bank_1,bank_2,cost_centre\n${r.str(DIG, 5)},`, sortCode(r), `,[FILTERED],CC-${r.str(DIG, 3)}`],
  'person-name-record-line': (r) => [`HireRight: screening ${r.str(DIG, 8)} complete\nCandidate: `, person27(r), '\nSSN (last search): [FILTERED]'],
  'uscis-receipt-number': (r) => [`relocation-svc: vendor case RLC-${r.str(DIG, 5)} updated, receipt=`, `${r.pick(['EAC', 'WAC', 'IOE', 'LIN'])}${r.str(DIG, 10)}`, ' status=approved'],
};
