import { B62, DIG, HEX, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';

/**
 * Round r61 (blind set 61: error trackers' events): a sample for each of the round's detectors (see
 * generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Ottoline', 'Casimir', 'Wenonah', 'Leopold', 'Rosalind', 'Thaddeus']);
const family = (r: Rng): string => r.pick(['Fairweather', 'Okonjo', 'Lindqvist', 'Castellano', 'Hargreave', 'Brannigan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const pw = (r: Rng): string => `${r.str(UPPER, 2)}${r.str(LOWER, 4)}${r.pick(['#', '$', '!', '&'])}${r.str(B62, 7)}${r.str(DIG, 2)}`;

/** Samples of the round-r61 detectors, keyed by detector id. */
export const R61_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'password-repeated-form-field': (r) => [`rollbar: body={"user":{"email_confirmed":false,"password":{"first":"`, pw(r), `"},"terms":true}}`],
  'session-id-in-session-dump': (r) => ['Sentry extra: {"session":{"_csrf_token":"<filtered>","session_id":"', r.str(HEX, 32), '"},"route":"/checkout"}'],
  'express-signed-session-cookie': (r) => ['bugsnag metaData: {"express":{"sess":"', `s%3A${r.str(URLSAFE, 32)}.${r.str(B62, 43)}`, '","route":"/cart"}}'],
  'person-name-payment-party-before-iban': (r) => ['sepa: rejected pain.008 for debtor ', person(r), ` IBAN DE${r.str(DIG, 2)} ${r.str(DIG, 4)} ${r.str(DIG, 4)} reason=AC04`],
  'person-name-sql-dollar-quoted': (r) => ['pg error: INSERT INTO payees (id, display_name) VALUES (1, $$x$$); UPDATE payees SET display_name = $$', person(r), `$$ WHERE id = ${r.str(DIG, 6)}`],
  'person-name-sql-parameter-comment': (r) => ['EF query failed: SELECT Id FROM Patients WHERE LastName = @p1 OR PatientName = @p0 /* "', person(r), '" */'],
};
