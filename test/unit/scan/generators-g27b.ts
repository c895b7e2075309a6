import type { Rng, Sample } from './sample-rng';
import { B62, DIG, HEX } from './sample-rng';

/** Random base62 of `n` holding a digit, a lowercase and an uppercase letter. */
const mixed = (r: Rng, n: number): string => `${r.str(B62, n - 3)}${r.str(DIG, 1)}${r.str('abcdefghijkmnpqrstuvwxyz', 1)}${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}`;

/** Samples of round g27b's detectors (blind set 27: people operations and the service desk). */
export const G27B_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'shell-echo-secret': (r) => [`$ echo $${r.pick(['SLACK_CLIENT_SECRET', 'OKTA_API_TOKEN', 'GREENHOUSE_API_KEY', 'DB_PASSWORD'])}\n`, r.pick([r.str(HEX, 32), mixed(r, 40)]), '\n$ exit'],
};
