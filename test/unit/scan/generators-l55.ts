import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * The lead's fixes after blind set 55 (Datadog alert texts) at first sight: a sample for each new
 * detector (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const mix = (r: Rng, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, n - 3)}`;
const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);

/** Samples of the detectors added after blind set 55, keyed by detector id. */
export const L55_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'uri-userinfo-password': (r) => [`config :app, Repo, url: "ecto://app_${r.str(LOWER, 4)}:`, mix(r, 18), '@db.internal/app_prod"'],
  'person-name-quoted-after-role': (r) => ['ERROR payout rejected for beneficiary "', `${given(r)} ${family(r)}`, `": account closed (ref ${r.str(DIG, 8)})`],
};
