import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r49 (blind set 49: online communities, dating and social apps, trust and safety): a sample
 * for each of the round's detectors (see generators.ts), in contexts of our own, values drawn from
 * the sample generator.
 */

/** Letters of both cases and digits, both present. */
const mix = (r: Rng, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, n - 3)}`;
const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
/** A valid NINO: prefix letters outside the excluded ones, six digits, suffix A-D. */
const nino = (r: Rng): string => `${r.pick(['AB', 'CE', 'JK', 'PR', 'WX'])}${r.str(DIG, 6)}${r.pick(['A', 'B', 'C', 'D'])}`;
const coord = (r: Rng, max: number): string => `${r.int(10, max)}.${r.str(DIG, 6)}`;

export const R49_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'branch-io-secret-key': (r) => ['BRANCH_SECRET=', `secret_live_${mix(r, 32)}`, '\n'],
  'matrix-access-token': (r) => ['curl -H "Authorization: Bearer ', `syt_${r.pick(['YWxpY2U', 'Ym9i', 'YWRtaW4'])}_${mix(r, 20)}_${mix(r, 6)}`, '" https://matrix.example.org/_matrix/client/v3/account/whoami'],
  'braintree-positional-private-key': (r) => [`gateway = new BraintreeGateway(Environment.SANDBOX, "${r.str(LOWER + DIG, 16)}", "${r.str(LOWER + DIG, 16)}", "`, r.str(HEX, 32), '");'],
  'messagebird-client-key': (r) => ["const messagebird = require('messagebird')('", mix(r, 25), "');"],
  'uk-nino-csv-column': (r) => [`payee,nino,amount\n${given(r)} ${family(r)},`, nino(r), `,${r.int(10, 999)}.00\n`],
  'geo-pair-under-loc-key': (r) => ['event=checkin user=u81 loc=', `${coord(r, 59)},-${coord(r, 120)}`, ' ok'],
  'dob-sql-insert-column': (r) => ['INSERT INTO members (id, date_of_birth, plan) VALUES\n  (7, \'', `19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, "', 'gold');"],
  'person-name-form-holder-field': (r) => ['POST /checkout body: plan=pro&cardholder_name=', `${given(r)}+${family(r)}`, '&zip=10001'],
  'person-name-chat-profile': (r) => ['{"user":{"nickname":"', `${given(r)} ${family(r)}`, `","email":"${r.str(LOWER, 6)}@mailbox.org"}}`],
  'person-given-name-before-family-field': (r) => ['{"applicant":{"name-first":"', given(r), `","name-last":"${family(r)}"}}`],
  'person-family-name-after-given-field': (r) => [`{"customer":{"name-first":"${given(r)}","name-last":"`, family(r), '"}}'],
  'person-name-real-name-is': (r) => ['chat report: the other user claims his real name is ', `${given(r)} ${family(r)}`, ' and lives nearby'],
  'person-name-cell-own-mailbox-cell': (r) => {
    const g = given(r);
    const f = family(r);
    return [`${r.int(100, 999)};`, `${g} ${f}`, `;${g.toLowerCase()}.${f.toLowerCase()}@${r.pick(['posteo.de', 'fastmail.com'])};active`];
  },
  // Line 2's check digits hold (document X47195823, born 1987-03-14).
  'mrz-td3-name-line': (r) => ['ocr result:\n', `P<NLD${r.pick(['DE<VRIES<<ANOUK', 'JANSEN<<SEM', 'VAN<DAM<<LOTTE<MARIE'])}`.padEnd(44, '<'), '\nX471958234NLD8703145F3206216<<<<<<<<<<<<<<<2\n'],
};
