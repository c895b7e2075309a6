import { hash9, Rng9 } from './blind-set-9-rng';
import { credExtra } from './blind-set-14-cred-extra';
import { credMiddleware } from './blind-set-14-cred-middleware';
import { credMobile } from './blind-set-14-cred-mobile';
import { credPlatform } from './blind-set-14-cred-platform';
import { financial } from './blind-set-14-financial';
import { negIds } from './blind-set-14-neg-ids';
import { negLogs } from './blind-set-14-neg-logs';
import { negPublic } from './blind-set-14-neg-public';
import { personalEu } from './blind-set-14-personal-eu';
import { personalWorld } from './blind-set-14-personal-world';
import type { BlindSet14 } from './blind-set-14-types';

export type { BlindSet14 } from './blind-set-14-types';

const POSITIVES = [...credPlatform, ...credMiddleware, ...credMobile, ...credExtra, ...personalEu, ...personalWorld, ...financial];
const NEGATIVES = [...negIds, ...negPublic, ...negLogs];

/** Blind held-out set 14: every case draws from its own stream, seeded by the set seed and the case's place. */
export function buildBlindSet14(seed: number): BlindSet14 {
  return {
    positives: POSITIVES.map((c, i) => c(new Rng9(hash9(`blind14/${seed}/pos/${i}`)))),
    negatives: NEGATIVES.map((c, i) => c(new Rng9(hash9(`blind14/${seed}/neg/${i}`)))),
  };
}
