import { type Rng, type Sample } from './sample-rng';

/**
 * Round l87 (blind set 85 again, form-encoded bodies; blind sets 86 and 87): a sample for each of the round's detectors
 * (see generators.ts), in contexts of our own.
 */

const HEX = '0123456789abcdef';
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

/** Samples of the round-l87 detectors, keyed by detector id. */
export const L87_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'crisp-plugin-token-key': (r) => [`E, [2024-06-01T10:00:00Z] ERROR -- : Crisp::RouteError 401 {"identifier" => "${uuid(r)}", "key" => "`, r.str(HEX, 64), `"}`],
};
