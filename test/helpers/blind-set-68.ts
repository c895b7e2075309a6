import type { BlindSetShape } from './blind-set-measure';
import { hash9, Rng9 } from './blind-set-9-rng';
import { BACKEND68 } from './blind-set-68-backend';
import { CONFIG68 } from './blind-set-68-config';
import { DEVICES68 } from './blind-set-68-devices';
import { FIREBASE68 } from './blind-set-68-firebase';
import type { Tpl68 } from './blind-set-68-kit';
import { NEGATIVES68 } from './blind-set-68-negatives';
import { STORES68 } from './blind-set-68-stores';
import { Gen68, type Val68 } from './blind-set-68-values';

/** All positive templates of set 68. */
export const TEMPLATES68: Tpl68[] = [...FIREBASE68, ...BACKEND68, ...STORES68, ...DEVICES68, ...CONFIG68];

const DRAWS = 5;
const NEG_DRAWS = 4;

/**
 * Sealed blind set 68: mobile and app backends (Firebase, Supabase, Amplify/AppSync/Cognito,
 * RevenueCat, App Store / Google Play, Expo / APNs / FCM, Branch / AppsFlyer / Adjust, Auth0,
 * Clerk, crash and session reports, mobile API gateways) as their failures reach an alert.
 * Every case draws its values from its own stream, seeded by the set seed and the case id.
 */
export function buildBlindSet68(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Val68[] }[] = [];
  for (const tpl of TEMPLATES68) {
    for (let k = 0; k < DRAWS; k++) {
      const id = `68-${tpl.src}-${tpl.t}-${k}`;
      const g = new Gen68(new Rng9(hash9(`${seed}/${id}`)));
      const text = tpl.make(g);
      const seen = new Set<string>();
      const values = g.vals.filter((v) => (seen.has(v.value) ? false : (seen.add(v.value), true)));
      positives.push({ id, text, values });
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const tpl of NEGATIVES68) {
    for (let k = 0; k < NEG_DRAWS; k++) {
      const id = `68-neg-${tpl.src}-${tpl.t}-${k}`;
      negatives.push({ id, text: tpl.make(new Rng9(hash9(`${seed}/${id}`))) });
    }
  }
  return { positives, negatives };
}
