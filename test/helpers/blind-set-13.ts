import { credCommon } from './blind-set-13-cred-common';
import { credExtra } from './blind-set-13-cred-extra';
import { credPlatform } from './blind-set-13-cred-platform';
import { credRegional } from './blind-set-13-cred-regional';
import { credSaas } from './blind-set-13-cred-saas';
import { financial } from './blind-set-13-financial';
import { negIds } from './blind-set-13-neg-ids';
import { negLogs } from './blind-set-13-neg-logs';
import { negPublic } from './blind-set-13-neg-public';
import { personalEu } from './blind-set-13-personal-eu';
import { personalWorld } from './blind-set-13-personal-world';
import { hash9, Rng9 } from './blind-set-9-rng';
import type { BlindSet13 } from './blind-set-13-types';

export type { BlindSet13 } from './blind-set-13-types';

const POSITIVES = [...credCommon, ...credSaas, ...credRegional, ...credPlatform, ...credExtra, ...personalEu, ...personalWorld, ...financial];
const NEGATIVES = [...negIds, ...negPublic, ...negLogs];

/** Blind held-out set 13: every case draws from its own stream, seeded by the set seed and the case's place. */
export function buildBlindSet13(seed: number): BlindSet13 {
  return {
    positives: POSITIVES.map((c, i) => c(new Rng9(hash9(`blind13/${seed}/pos/${i}`)))),
    negatives: NEGATIVES.map((c, i) => c(new Rng9(hash9(`blind13/${seed}/neg/${i}`)))),
  };
}
