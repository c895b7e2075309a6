import { type Rng, type Sample } from './sample-rng';

/**
 * Lead round l82 (outside probes: names in log prose): a sample for each of the round's detectors (see generators.ts),
 * a common given name first, in contexts of our own.
 */

const GIVEN = ['Kenji', 'Ingrid', 'Tomasz', 'Aisha', 'Rahul', 'Zanele', 'Björn', 'Lucía'];
const FAMILY = ['Okafor', 'Lindqvist', 'Wiśniewski', 'Haddad', 'Raman', 'Dlamini', 'Ásgeirsson', 'Ferreira'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;

/** Samples of the round-l82 detectors, keyed by detector id. */
export const L82_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-after-person-noun': (r) => ['WARN payout hold placed for beneficiary ', person(r), ' after 3 failed attempts'],
  'person-name-after-greeting': (r) => ['fax cover rendered\nATTN: ', person(r), `\nRE: invoice ${r.int(1000, 9999)} overdue`],
  'person-name-quoted-after-name-word': (r) => [`422 {"code":"parameter_invalid","message":"Name '`, person(r), `' already taken"}`],
  'person-name-before-own-contact': (r) => ['pager rota 49: ', person(r), ` (+44 7${r.int(100, 999)} ${r.int(100000, 999999)}) primary`],
};
