import { hash9, Rng9 } from './blind-set-9-rng';
import { credCommonA } from './blind-set-15-cred-common-a';
import { credCommonB } from './blind-set-15-cred-common-b';
import { credMixed } from './blind-set-15-cred-mixed';
import { credTailA } from './blind-set-15-cred-tail-a';
import { credTailB } from './blind-set-15-cred-tail-b';
import { financial } from './blind-set-15-financial';
import { negIds } from './blind-set-15-neg-ids';
import { negLogs } from './blind-set-15-neg-logs';
import { negPublic } from './blind-set-15-neg-public';
import { personalEu } from './blind-set-15-personal-eu';
import { personalWorld } from './blind-set-15-personal-world';
import type { BlindSet15 } from './blind-set-15-types';

export type { BlindSet15 } from './blind-set-15-types';

const POSITIVES = [...credCommonA, ...credCommonB, ...credMixed, ...credTailA, ...credTailB, ...personalEu, ...personalWorld, ...financial];
const NEGATIVES = [...negIds, ...negPublic, ...negLogs];

/** Blind held-out set 15: every case draws from its own stream, seeded by the set seed and the case's place. */
export function buildBlindSet15(seed: number): BlindSet15 {
  return {
    positives: POSITIVES.map((c, i) => c(new Rng9(hash9(`blind15/${seed}/pos/${i}`)))),
    negatives: NEGATIVES.map((c, i) => c(new Rng9(hash9(`blind15/${seed}/neg/${i}`)))),
  };
}
