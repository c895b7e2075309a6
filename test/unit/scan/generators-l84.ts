import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Lead round l84 (blind set 82 at a fresh seed): a sample for each of the round's detectors (see generators.ts), in
 * contexts of our own.
 */

/** A password with letters, digits and characters that end a bare value elsewhere (`{`, `(`, `]`, `"`). */
export const punctuatedPassword = (r: Rng): string =>
  `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, 4)}${r.pick(['{(', '](', '"[', ')}', ':('])}${r.str(B62, 6)}`;

/** Samples of the round-l84 detectors, keyed by detector id. */
export const L84_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'session-id-in-framework-format-under-session-key': (r) => [`config:\n  store:\n    PHPSESSID: `, `${r.str('ghijklmnopqrstuv', 3)}${r.str('0123456789', 2)}${r.str('0123456789abcdefghijklmnopqrstuv', 21)}`, `\n  retries: ${r.int(1, 9)}`],
  'password-run-before-next-field': (r) => [`panic: unexpected state: &{Host:db-7 SmtpPassword:`, punctuatedPassword(r), ` Retries:${r.int(1, 9)} Region:eu-west-1}`],
};
